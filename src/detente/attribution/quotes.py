"""Quotation marks in plain text: pair them into quotes, never failing on bad input.

``find_quotes(text)`` works on the string alone (no model), so it can be tested and reused
anywhere. It knows straight (``"``), curly (``“ ”``), low (``„``), guillemet (``« »``) and
doubled-apostrophe (``'' ``/`` `` ``) marks. A mark's role comes first from its flanks (a
space before and a letter after opens; a letter before and a space or punctuation after
closes) and only then from its shape, so a curly mark typed the wrong way round still pairs.

Quotes never cross a line break, with the one news convention that does: a paragraph that
ends inside a quote and a next paragraph that opens with a mark continue the same quote
(the closing mark comes only at the end of the last paragraph). Marks that cannot be paired
are dropped, except an unclosed quote that opens a paragraph (or continues one), which runs
to the end of its paragraph.

On a parsed Doc, ``direct_quotes`` gives each quote its cue and speaker by layout
('"...," X said', 'X said: "..."', '"..." — X', floating quotes) and ``speaker_labels``
reads transcript lines ("PENCE: Well, ..."). The content of a direct quote is the text
inside the marks, without a trailing comma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..intervals import RangeIndex
from ..nlp import budget
from ..nlp.docindex import doc_index
from . import lexicon
from .channels import channel_of
from .syntax import Candidate, noun_phrase, subject_of

__all__ = ["Quote", "content_bounds", "direct_quotes", "find_quotes", "quote_chars", "speaker_labels"]

_OPENERS = "“„«‘‚"  # shapes that open (single marks only count when doubled, see _MARK)
_CLOSERS = "”»"
# '' and `` are doubled apostrophes/backticks used as double marks; ‘’ single marks are left
# alone (they are apostrophes far more often than quotes).
_MARK = re.compile(r"``|''|[\"“”„«»]")
_LINE = re.compile(r"[^\n]+")
_OPEN_BEFORE = set(" \t\r\u00a0([{—–-/")
_CLOSE_AFTER = set(" \t\r\u00a0.,;:!?)]}—–-/…")
_TRAIL = " \t\r\n\u00a0,"


def quote_chars() -> str:
    """Every character that can be part of a quotation mark."""
    return "\"“”„«»'`"


@dataclass(frozen=True)
class Quote:
    """One paired quote. ``start``/``end`` include the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True
    paragraphs: int = 1

    def __contains__(self, pos: int) -> bool:
        return self.start <= pos < self.end


def _role(text: str, start: int, end: int) -> str:
    """'open', 'close' or 'either' for the mark text[start:end]."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    space_before = before in _OPEN_BEFORE or before == "\n"
    space_after = after in _CLOSE_AFTER or after == "\n" or after in "\"”'"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    mark = text[start:end]
    if mark in ("``",) or mark[0] in _OPENERS:
        return "open"
    if mark[0] in _CLOSERS:
        return "close"
    return "either"


def _style(mark: str) -> str:
    """Marks of one style pair with each other across paragraphs: straight, doubled or curly."""
    if mark == '"':
        return "straight"
    if mark in ("''", "``"):
        return "doubled"
    return "curly"


def find_quotes(text: str) -> list[Quote]:
    """The quotes of TEXT, in order of their opening marks."""
    quotes: list[Quote] = []
    pending: tuple[int, int, int] | None = None  # (open start, open end, paragraphs) carried over
    pending_end = 0
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        marks = [
            (m.start(), m.end(), _role(text, m.start(), m.end()))
            for m in _MARK.finditer(text, line.start(), line.end())
        ]
        open_at: tuple[int, int, int] | None = None
        if pending is not None:
            lead = len(line.group()) - len(line.group().lstrip())
            first = marks[0] if marks else None
            if (
                first
                and first[0] == line.start() + lead
                and first[2] != "close"
                and _style(text[first[0] : first[1]]) == _style(text[pending[0] : pending[1]])
            ):
                open_at = (pending[0], pending[1], pending[2] + 1)
                marks = marks[1:]
            else:
                _close_unpaired(quotes, text, pending, pending_end)
            pending = None
        for start, end, role in marks:
            if open_at is None:
                if role != "close":
                    open_at = (start, end, 1)
                continue  # a stray closing mark: dropped
            if role == "open" and open_at[2] == 1:
                # a second opener before a close: the first was never closed
                open_at = (start, end, 1)
                continue
            quotes.append(Quote(open_at[0], end, open_at[1], start, True, open_at[2]))
            open_at = None
        if open_at is not None:
            pending, pending_end = open_at, line.end()
    if pending is not None:
        _close_unpaired(quotes, text, pending, pending_end)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _close_unpaired(quotes: list[Quote], text: str, opened: tuple[int, int, int], line_end: int) -> None:
    """Keep an unclosed quote that opens its paragraph or continues one; drop the rest."""
    start, inner, paragraphs = opened
    line_start = text.rfind("\n", 0, start) + 1
    if paragraphs > 1 or not text[line_start:start].strip():
        if text[inner:line_end].strip():
            quotes.append(Quote(start, line_end, inner, line_end, False, paragraphs))


def content_bounds(text: str, quote: Quote) -> tuple[int, int]:
    """The quoted words: inside the marks, without edge spaces or a trailing comma."""
    start, end = quote.inner_start, quote.inner_end
    while start < end and text[start] in _TRAIL:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


# ---------------------------------------------------------------- quotes in a parsed Doc

_WINDOW_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "ADP", "PART", "CCONJ", "AUX", "ADV", "X"})
_STOP_TEXT = frozenset(".!?;") | frozenset(quote_chars()) | {"''", "``"}
_TIME_ENTS = frozenset({"DATE", "TIME"})
_NP_VERB_DEPS = frozenset({"acl", "relcl", "amod", "compound"})  # verbs inside a noun phrase
_DASHES = frozenset({"—", "–", "--", "-", "―"})
_SENT_END = ".!?…"


def _cue_after(doc, i: int) -> tuple[object, list] | None:
    """A cue verb in the few tokens after a closing mark: '..., one Western official said'.
    A single mark closing a nested quote together with the outer one is skipped first."""
    window = []
    while i < len(doc) and i > 0 and doc[i].text in ("'", "’") and not doc[i - 1].whitespace_ \
            and doc[i - 1].text[-1:] in "'’\"”":
        i += 1
    while i < len(doc) and len(window) < 30:
        token = doc[i]
        if token.is_space:
            if "\n" in token.text:
                return None
            i += 1
            continue
        if token.text in _STOP_TEXT or token.text == ":":
            return None
        if lexicon.is_cue_verb(token, cognition=False) or token.lemma_.lower() in lexicon.QUOTE_ONLY_VERBS:
            if token.pos_ in ("VERB", "AUX"):
                return token, window
        if token.pos_ == "VERB" and token.dep_ not in _NP_VERB_DEPS:
            return None
        if token.text != "," and token.pos_ not in _WINDOW_POS and token.pos_ != "PUNCT" and token.pos_ != "VERB":
            return None
        window.append(token)
        i += 1
    return None


def _cue_before(doc, i: int):
    """A cue verb just before an opening mark: 'X said: "...', 'X told reporters, "...'."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        if doc[j].text.count("\n") and (j == 0 or doc[j - 1].text != ":"):
            return None
        j -= 1
    if j < 0:
        return None
    prev = doc[j]
    if prev.pos_ in ("VERB", "AUX") and lexicon.is_cue_verb(prev, cognition=False):
        return prev
    if prev.text not in (":", ","):
        return None
    steps = 0
    j -= 1
    while j >= 0 and steps < 8:
        token = doc[j]
        if token.is_space and "\n" in token.text or token.text in _STOP_TEXT:
            return None
        if token.pos_ in ("VERB", "AUX") and (
            lexicon.is_cue_verb(token, cognition=False) or token.lemma_.lower() in lexicon.QUOTE_ONLY_VERBS
        ):
            return token
        if token.pos_ == "VERB" or (token.pos_ not in _WINDOW_POS and token.text != ","):
            return None
        steps += 1
        j -= 1
    return None


def _speaker_near(doc, cue, window, quote: Quote) -> object | None:
    """The speaker of a quote's cue: its subject, else the noun phrase next to it."""
    subj = subject_of(cue, outside=(quote.start, quote.end))
    if subj is not None:
        return noun_phrase(subj)
    before = [t for t in window if t.i < cue.i]
    if any(t.pos_ in ("PROPN", "NOUN") and not quote.start <= t.idx < quote.end for t in before):
        # '"...," Guterres' spokesman, Stephane Dujarric, told reporters': the parser left the
        # cue without a subject; the phrase before it speaks, not its object (the addressee)
        found = _window_speaker(before, quote)
        if found is not None:
            return found
    for child in cue.children:
        if child.dep_ in ("dobj", "attr") and child.pos_ in ("PROPN", "NOUN") and child.i > cue.i \
                and not quote.start <= child.idx < quote.end and child.ent_type_ not in _TIME_ENTS:
            return noun_phrase(child)
    return _window_speaker(list(window) + [t for t in doc[cue.i + 1 : cue.i + 6]], quote)


def _window_speaker(tokens, quote: Quote) -> object | None:
    """The first noun phrase among TOKENS outside the quote (not a time)."""
    for token in tokens:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and not quote.start <= token.idx < quote.end \
                and token.ent_type_ not in _TIME_ENTS and token.dep_ != "npadvmod":
            # "said Virginia delegate Beau Correll": the name the modifiers belong to
            while token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.i > token.i \
                    and token.head.pos_ in ("PROPN", "NOUN") and token.head.i - token.i <= 4:
                token = token.head
            return noun_phrase(token)
    return None


_RELATIVES = frozenset({"whose", "which", "who", "whom"})


def _own_clause_outside(cue, quoted: RangeIndex, inner=None) -> bool:
    """Whether CUE has a clausal complement outside all quotes (QUOTED indexes their ranges) ('he said that ...'). A
    relative clause the parser hung on the cue (", whose parent company relocated ...") and a
    participle with no subject of its own (", angered that ...") are none."""
    for child in cue.children:
        if child.dep_ != "ccomp" or quoted.holds(child.idx):
            continue
        if inner is not None and child.i < inner.start and inner.end <= cue.i and any(
                t.head.i == child.i and t.dep_ in ("ccomp", "xcomp", "parataxis", "dobj") for t in inner):
            # 'Resistance continues "...," the envoy said': a line before the quote the parser
            # hung on the cue, with the quote as its complement; the quote is what the cue
            # reports (a scare quote inside the clause is not: '... into "territorial
            # waters," the law says')
            continue
        if child.left_edge.lower_ in _RELATIVES:
            continue
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in child.children)
        marked = any(c.dep_ == "mark" for c in child.children)
        if not has_subject and not marked and child.tag_ in ("VBN", "VBG"):
            continue
        if child.i > cue.i and not _adjacent(cue, child):
            continue  # '... said Karen Janes, of Exeter, after listening to Clinton speak'
        return True
    return False


def _adjacent(cue, clause) -> bool:
    """Whether CLAUSE starts right after CUE, with nothing in between but punctuation, "that"
    and the cue's own subject, objects and modifiers ("said X that ...", "said in an
    interview with the Post that ..."; past modifiers, "that" is required)."""
    doc = cue.doc
    own = set()
    for child in cue.children:
        if child.dep_ in ("prep", "advmod", "npadvmod", "nsubj", "dative", "dobj", "agent") and child.i > cue.i:
            own.update(range(child.left_edge.i, child.right_edge.i + 1))
    k = cue.i + 1
    skipped = False
    while k < clause.left_edge.i and (doc[k].is_punct or doc[k].lower_ == "that" or doc[k].is_space or k in own):
        skipped = skipped or (k in own and not doc[k].is_punct)
        k += 1
    if k < clause.left_edge.i:
        return False
    # past the cue's own modifiers only an explicit "that" starts its clause ("said at an event
    # at the Cato Institute think tank" is no clause)
    return not skipped or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _cue_by_parse(doc, inner, after_i: int):
    """The cue a quote's parse hangs it on when the words between the closing mark and the
    cue are too many for the layout rules ('"...," Trump, the frontrunner in ... after
    winning ..., said'): the head of the quote's root, a speech verb after the quote in the
    same sentence. Returns (cue, tokens between the quote and the cue) or None."""
    head = inner.root.head
    if head.i < after_i or head.sent != inner.root.sent or not lexicon.is_cue_verb(head, cognition=False):
        return None
    between = doc[after_i:head.i]
    if any(t.text in _STOP_TEXT for t in between) or any("\n" in t.text for t in between):
        return None
    return head, list(between)


def _floating(text: str, quote: Quote) -> bool:
    """A quote that is whole sentences on its own: nothing but a sentence end before and after."""
    k = quote.start - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    if k >= 0 and text[k] not in "\n" + _SENT_END + "”\"»":
        return False
    inner = text[quote.inner_start : quote.inner_end].rstrip()
    if not inner or inner[-1] not in _SENT_END + ",":
        return False
    if inner[-1] == ",":
        return False
    k = quote.end
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    return k >= len(text) or text[k] == "\n" or text[k].isupper() or text[k] in "“\"("


def direct_quotes(doc, quotes: list[Quote], text: str | None = None) -> list[Candidate]:
    """Candidates for the direct quotes of DOC, with the cue and speaker of each layout.

    Layouts: '"...," X said' and '"...," said X' (cue after), 'X said: "..."' (cue before,
    also across a paragraph break after a colon), '"..." — X' (dash), and floating quotes
    (whole sentences with no cue; the stage gives them the previous speaker). Quoted
    fragments inside a sentence are left to ``indirect`` (they make a quote ``mixed``).
    """
    text = doc.text if text is None else text
    out: list[Candidate] = []
    merged: set[int] = set()
    quoted = RangeIndex((q.start, q.end) for q in quotes)
    for n, quote in enumerate(quotes):
        budget.check(doc)
        if n in merged:
            continue
        start, end = content_bounds(text, quote)
        if end <= start:
            continue
        inner = doc.char_span(start, end, alignment_mode="expand")
        if inner is None or not len(inner):
            continue
        first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
        after_i = inner.end
        while after_i < len(doc) and doc[after_i].idx < quote.end:
            after_i += 1
        # '"... talks." The fighting goes on': a quote closed by a full stop ends its sentence
        ended = text[quote.inner_start : quote.inner_end].rstrip().endswith(".")
        found = _cue_after(doc, after_i) if quote.closed and not ended else None
        if found is None and quote.closed and not ended:
            found = _cue_by_parse(doc, inner, after_i)
        cue = window = None
        if found is not None:
            cue, window = found
            if _own_clause_outside(cue, quoted, inner):
                cue = None
        if cue is None and first is not None:
            cue = _cue_before(doc, first.start)
            window = []
            if cue is not None and _own_clause_outside(cue, quoted):
                cue = None
        if cue is not None:
            cand = Candidate(
                kind="direct",
                content=(start, end),
                cue=(cue.idx, cue.idx + len(cue.text)),
                cue_i=cue.i,
                speaker=_speaker_near(doc, cue, window or [], quote),
                quote=quote,
            )
            channel = channel_of(cue)
            if channel is not None and not quote.start <= channel.token.idx < quote.end:
                cand.audience, cand.channel = noun_phrase(channel.token), channel.kind
            # '"...," he said, "..."': the second part belongs to the same attribution
            if found is not None and cue.i >= after_i and n + 1 < len(quotes) and quotes[n + 1].start > cue.idx:
                nxt = quotes[n + 1]
                gap = text[cue.idx + len(cue.text) : nxt.start]
                tail = doc.char_span(cue.idx, nxt.start, alignment_mode="expand")
                if (
                    "\n" not in gap
                    and gap.rstrip().endswith(",")
                    and tail is not None
                    and not any(t.pos_ == "VERB" for t in tail[1:])
                ):
                    s2, e2 = content_bounds(text, nxt)
                    if e2 > s2:
                        cand.content = (start, e2)
                        merged.add(n + 1)
            out.append(cand)
            continue
        # '"..." — X'
        k = after_i
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        if quote.closed and k < len(doc) and doc[k].text in _DASHES:
            stop = k + 1
            # (at most 13 tokens: a longer tail is no speaker, and a scan to the end of a
            # 20,000-token sentence for every quote would be quadratic)
            while stop < len(doc) and stop <= k + 13 and not (doc[stop].is_space and "\n" in doc[stop].text) \
                    and doc[stop].text not in _SENT_END:
                stop += 1
            tail = doc[k + 1 : stop]
            if len(tail) and len(tail) <= 12 and not any(t.pos_ == "VERB" for t in tail) and any(
                t.pos_ in ("PROPN", "NOUN") for t in tail
            ):
                out.append(
                    Candidate(
                        kind="direct",
                        content=(start, end),
                        cue=(doc[k].idx, doc[k].idx + len(doc[k].text)),
                        speaker=noun_phrase(tail.root),
                        quote=quote,
                    )
                )
                continue
        if _floating(text, quote) and len(inner) >= 3:
            out.append(Candidate(kind="direct", content=(start, end), floating=True, quote=quote))
    return out


# ---------------------------------------------------------------- transcripts and headlines

_LABEL_STOP = frozenset(
    """
    update note editor correction clarification related watch breaking exclusive photo video
    source sources read more also see listen q a transcript advertisement ad author by report
    latest analysis opinion editorial review live poll polls graphic chart map
    """.split()
)
_LABEL = re.compile(r"[ \t\u00a0]*[\"“'`]*[ \t]*((?:[A-Z][\w.'’\-]*[ \t]*){1,5}):[ \t]+(?=\S)")


def speaker_labels(doc, text: str | None = None) -> list[Candidate]:
    """Transcript lines: 'PENCE: Well, the question really is ...' (the label is the speaker).

    A label opens its paragraph (after an optional quote mark), is one to five words and
    is either in capitals (PENCE, MR. TRUMP) or a person's name; the rest of the
    paragraph is what was said.
    """
    text = doc.text if text is None else text
    index = doc_index(doc)
    out = []
    for line in _LINE.finditer(text):
        match = _LABEL.match(line.group())
        if match is None:
            continue
        label = match.group(1).strip()
        words = label.replace(".", " ").split()
        if not words or any(w.lower() in _LABEL_STOP for w in words) or len(label) < 2:
            continue
        start = line.start() + match.start(1)
        end = start + len(label)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        upper = all(w.isupper() for w in words if any(c.isalpha() for c in w))
        # an entity of the sentence holding the label is the one at its first token
        sent = span.sent
        holder = index.entity_at(span.start)
        inside = index.ents_within(span.start, span.end)
        person = (
            holder is not None and holder.label_ == "PERSON" and span.end <= holder.end
            and sent.start <= holder.start and holder.end <= sent.end
        ) or (len(inside) == 1 and inside[0].label_ == "PERSON" and inside[0].text == span.text)
        if not (upper and len(label) > 1) and not person:
            continue
        c_start = line.start() + match.end()
        c_end = line.end()
        while c_end > c_start and text[c_end - 1] in " \t\u00a0\"”'":
            c_end -= 1
        if c_end - c_start < 3:
            continue
        colon = text.find(":", end)
        out.append(Candidate(kind="direct", content=(c_start, c_end), cue=(colon, colon + 1), speaker=span))
    return out
