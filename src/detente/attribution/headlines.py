"""Attributions in a headline: only an explicit cue with a real speaker.

A headline is the article's first line. Capitalised headline words parse badly ("Ceasefire
Talks Between Moscow and Kyiv Deadlock", "US Diplomat Discusses Truce With Turkish FM"), so
a headline is an attribution only in these layouts, matched on words rather than on the
parse, in Title Case or not:

- "Pat Caddell: Democrat Voters Worried About ...", "Lynch: No outside influence on ..."
  (a speaker, a colon, the claim);
- "Trump Could Address Clean Energy, Lindsey Graham Says" (the claim, the speaker, a speech
  verb);
- "Kremlin Says Talks Stalled", "Sanders Vows To Eliminate ...", "Chris Christie Calls
  Hillary Clinton 'A Disgrace'" (the speaker, the cue, the claim). A speech verb ("says",
  "warns", "denies") takes any real speaker; a verb of a speech act or stance ("calls",
  "vows", "slams") only a person by name: "Turkey Criticizes Israel", "UN Court Opens
  Hearing" are news, not quotes.

A real speaker (``real_speaker``) starts with a capitalised word, is at most five words, and
is an actor: a name the actor stage resolved (a person, organisation, outlet or country) or a
description with a code ("Russian Officials"). Labels such as "Report:", "Analysis:",
"EXCLUSIVE –" or "The Latest:" are not speakers. ``keep_parsed`` applies the same test to the
parser's candidates in a headline that is not in Title Case.
"""

from __future__ import annotations

from spacy.tokens import Span

from . import lexicon
from .syntax import Candidate

__all__ = ["headline_attributions", "is_title_case", "keep_parsed", "real_speaker"]

_TITLE_MIN_WORDS = 4
_TITLE_SHARE = 0.75
_MAX_SPEAKER = 5
_LABELS = frozenset(
    """
    report reports analysis opinion editorial exclusive breaking update watch video latest live
    explainer factbox timeline review comment commentary interview the a an in on at why how what
    """.split()
)
# Sources that are findings rather than actors: "Poll: Clinton and Trump in dead heat".
_FINDINGS = frozenset("poll polls survey study audit".split())
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


def real_speaker(span: Span, *, person: bool = False) -> bool:
    """Whether SPAN names an actor (see the module docstring); with PERSON, a person by name."""
    if span is None or not len(span):
        return False
    rest = span[1:] if span[0].lower_ == "the" and len(span) > 1 else span
    if not _speaker_ok(rest):
        return False
    index = span.doc._.actor_index
    for ent in (index.ents_in(span) if index is not None else list(span.ents)):
        actor = ent._.actor
        if actor is None:
            continue
        kind = getattr(actor, "kind", None)
        if person:
            # a person the base knows, or the article names again ("Ceasefire" tagged PERSON
            # in a Title Case headline is no one)
            if kind == "person" and (getattr(actor, "kb_id", None) or getattr(actor, "code", None)
                                     or len(getattr(actor, "mentions", ())) > 1):
                return True
            continue
        if kind in ("person", "organization", "outlet", "country") or getattr(actor, "code", None):
            return True
    if index is None:
        return False
    if _known_person(index, rest):
        return True
    if person:
        return False
    if rest.root.lemma_.lower() in _FINDINGS:
        return True  # "Poll: ...", "New Survey: ..."
    return index.kb.describe(span.text, index.date) is not None


def _known_person(index, span: Span) -> bool:
    """A person by name: the article names them in full ("GOP Rep McCaul" when the story
    names Michael McCaul), or the knowledge base knows the name or surname ("Trump")."""
    from ..actors.names import fold

    for k in range(len(span)):
        if fold(span[k:].text) in index.people:
            return True
    last = span[-1]
    if not last.text[:1].isupper() or last.text.isupper():
        return False
    match = index.kb.lookup(span.text, index.date)
    if match is not None:
        return match.kind == "person"
    return bool(index.kb.lookup_surname(last.text, index.date))


def keep_parsed(cand: Candidate, doc) -> bool:
    """Whether a parser candidate in a headline that is not in Title Case is an attribution:
    a speech verb with a real speaker ("G7 says ..."), or a speech act or stance by a person
    named ("Trump urges supporters to ...", not "G7 urges Russia to ...")."""
    if cand.cue_i is None or cand.speaker is None:
        return False
    cue = doc[cand.cue_i]
    if cue.lemma_.lower() in lexicon.SPEECH_VERBS and not cand.frame:
        return real_speaker(cand.speaker)
    return cue.pos_ == "VERB" and real_speaker(cand.speaker, person=True)


def _chars(doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in "”’'\"" or doc[end - 1].is_space):
        end -= 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


_DASHES = frozenset("– — - :".split())


def headline_attributions(doc, line: Span, title_case: bool = True) -> list[Candidate]:
    """Attributions in the headline LINE (see the module docstring). Without TITLE_CASE only
    the colon layout is read here (the parse handles the rest, see ``keep_parsed``)."""
    tokens = [t for t in line if not t.is_space]
    # "EXCLUSIVE – Roger Stone: ...": a label before a dash is no part of the speaker
    if len(tokens) > 2 and tokens[0].lower_ in _LABELS | {"exclusive", "breaking", "watch"} and tokens[1].text in _DASHES:
        tokens = tokens[2:]
    if len(tokens) < 4:
        return []
    # "Name: claim"
    for k, token in enumerate(tokens[: _MAX_SPEAKER + 1]):
        if token.text == ":":
            speaker = line.doc[tokens[0].i : token.i]
            if k > 0 and real_speaker(speaker) and len(tokens) - k > 3:
                return [_cand(doc, speaker, token, tokens[k + 1].i, tokens[-1].i + 1)]
            break
    if not title_case:
        return []
    # "Claim, Name Says."
    last = len(tokens) - 1
    while last > 0 and tokens[last].is_punct:
        last -= 1
    if _is_cue(tokens[last]) and _lemma(tokens[last].text) in lexicon.SPEECH_VERBS:
        comma = next((j for j in range(last - 1, max(0, last - _MAX_SPEAKER - 2), -1) if tokens[j].text == ","), None)
        if comma is not None and comma > 2:
            speaker = line.doc[tokens[comma + 1].i : tokens[last].i]
            if real_speaker(speaker):
                return [_cand(doc, speaker, tokens[last], tokens[0].i, tokens[comma].i)]
    # "Name Says/Calls/Vows ..."
    for k in range(1, min(_MAX_SPEAKER + 1, len(tokens) - 2)):
        if _is_cue(tokens[k]):
            speaker = line.doc[tokens[0].i : tokens[k].i]
            lemma = _lemma(tokens[k].text)
            speech = lemma in lexicon.SPEECH_VERBS
            frames = lexicon.OBJECT_FRAMES.get(lemma, frozenset())
            if not speech and frames and all(f.startswith("prep:") for f in frames) \
                    and f"prep:{tokens[k + 1].lower_}" not in frames:
                break  # "Talks Between ...": "talk" reports only "talk about"
            if real_speaker(speaker, person=not speech):
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
