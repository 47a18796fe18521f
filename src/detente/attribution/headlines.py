"""Attributions in a headline written in Title Case, where the parse cannot be trusted.

Three layouts, matched on words rather than on the parse:

- "Pat Caddell: Democrat Voters Worried About ..."  (a name, a colon, the claim)
- "Trump 'The Dealmaker' Could Address Clean Energy, Lindsey Graham Says"
- "Chris Christie Calls Hillary Clinton 'A Disgrace' ..." / "Sanders Vows To Eliminate ..."

The speaker must start with a capitalised word and be at most five words long; labels such
as "Report:", "Analysis:" or "The Latest:" are not speakers.
"""

from __future__ import annotations

from spacy.tokens import Span

from . import lexicon
from .syntax import Candidate

__all__ = ["headline_attributions", "is_title_case"]

_TITLE_MIN_WORDS = 4
_TITLE_SHARE = 0.75
_MAX_SPEAKER = 5
_LABELS = frozenset(
    """
    report reports analysis opinion editorial exclusive breaking update watch video latest live
    explainer factbox timeline review comment commentary interview the a an in on at why how what
    """.split()
)
# Headline verbs that report what someone said or did with words.
_HEADLINE_VERBS = frozenset("rip slam blast hammer knock back endorse reveal seek see".split())


def is_title_case(sent: Span) -> bool:
    """Whether SENT is written in Title Case (most of its longer words capitalised)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < _TITLE_MIN_WORDS:
        return False
    return sum(1 for t in words if t.text[0].isupper()) >= _TITLE_SHARE * len(words)


def _lemma(word: str) -> str:
    low = word.lower()
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("", "")):
        if low.endswith(suffix):
            stem = low[: len(low) - len(suffix)] + repl if suffix else low
            if stem in lexicon.SPEECH_VERBS or stem in lexicon.OBJECT_FRAMES or stem in _HEADLINE_VERBS:
                return stem
    return low


def _is_cue(token) -> bool:
    lemma = _lemma(token.text)
    return token.is_alpha and (
        lemma in lexicon.SPEECH_VERBS or lemma in lexicon.OBJECT_FRAMES or lemma in _HEADLINE_VERBS
    ) and token.text.lower().endswith("s") and len(token) > 3


def _speaker_ok(span: Span) -> bool:
    if not 0 < len(span) <= _MAX_SPEAKER or not span[0].text[:1].isupper():
        return False
    if any(t.lower_ in _LABELS and t.i == span.start for t in span) or span.root.lower_ in lexicon.REPORT_NOUNS:
        return False
    return all(t.is_alpha or t.text in (".", "'", "’", "-", "&") or t.like_num for t in span)


def _chars(doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in "”’'\"" or doc[end - 1].is_space):
        end -= 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def headline_attributions(doc, sent: Span) -> list[Candidate]:
    """Attributions in the Title Case headline SENT (see the module docstring)."""
    tokens = [t for t in sent if not t.is_space]
    if len(tokens) < 4:
        return []
    # "Name: claim"
    for k, token in enumerate(tokens[: _MAX_SPEAKER + 1]):
        if token.text == ":":
            speaker = sent.doc[tokens[0].i : token.i]
            if k > 0 and _speaker_ok(speaker) and len(tokens) - k > 3:
                return [_cand(doc, speaker, token, tokens[k + 1].i, tokens[-1].i + 1)]
            break
    # "Claim, Name Says."
    last = len(tokens) - 1
    while last > 0 and tokens[last].is_punct:
        last -= 1
    if _is_cue(tokens[last]) and _lemma(tokens[last].text) in lexicon.SPEECH_VERBS:
        comma = next((j for j in range(last - 1, max(0, last - _MAX_SPEAKER - 2), -1) if tokens[j].text == ","), None)
        if comma is not None and comma > 2:
            speaker = sent.doc[tokens[comma + 1].i : tokens[last].i]
            if _speaker_ok(speaker):
                return [_cand(doc, speaker, tokens[last], tokens[0].i, tokens[comma].i)]
    # "Name Says/Calls/Vows ..."
    for k in range(1, min(_MAX_SPEAKER + 1, len(tokens) - 2)):
        if _is_cue(tokens[k]):
            speaker = sent.doc[tokens[0].i : tokens[k].i]
            if _speaker_ok(speaker):
                return [_cand(doc, speaker, tokens[k], tokens[k + 1].i, tokens[-1].i + 1)]
            break
    return []


def _cand(doc, speaker: Span, cue, start: int, end: int) -> Candidate:
    return Candidate(
        kind="indirect",
        content=_chars(doc, start, end),
        cue=(cue.idx, cue.idx + len(cue.text)),
        speaker=speaker,
    )
