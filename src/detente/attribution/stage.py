"""Stage ``detente_attribution``: quotes, reported speech, speakers and reporting chains.

Order of work for one Doc:

1. ``quotes.find_quotes`` pairs the quotation marks of the text;
2. ``quotes.direct_quotes`` finds each quote's cue and speaker by layout;
3. ``indirect.find_indirect`` finds reported speech in the parse (cues inside quotes and
   cues already used by a quote are skipped); reported speech containing a quote is ``mixed``;
4. ``chains.nest`` resolves attributions nested in others;
5. speakers become actors through ``actors.stage.actor_for_span`` (the whole noun phrase is
   passed; "the report" stands for the outlet named last); outlets heard by the speaker
   ("told NBC"), cited sources and outer reports make the chain;
6. floating quotes take the previous speaker; a floating quote that closes the paragraph of
   the quote it continues joins it ('"A," X said. "B"' is one attribution, content from A to
   B); anonymous sources continue a recent report.

Records get ids q1, q2, ... in text order of their content.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..actors.stage import actor_for_span, add_mention
from ..intervals import RangeIndex, first_overlapping
from ..models import Attribution, Span as TextSpan
from ..nlp import budget
from ..nlp.extensions import doc_list, doc_text
from . import chains, channels, lexicon, runs
from .headlines import headline_attributions, is_title_case, keep_parsed
from .indirect import find_indirect
from .quotes import content_bounds, direct_quotes, find_quotes, speaker_labels
from .syntax import Candidate, noun_phrase

__all__ = ["attribute", "find_attributions"]

# A floating quote continues a speaker named at most this many paragraphs before it.
FLOATING_PARAGRAPHS = 1
# Most characters between two quotes of one speaker that are grouped into one attribution.
GROUP_GAP = 200


def _whole_line(text: str, sent: Span) -> bool:
    """Whether SENT is a line of its own (a headline), not a sentence inside a paragraph."""
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    before = start == 0 or text[start - 1] == "\n"
    k = end  # the first character after END that is no blank (no copy of the rest of the text)
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    after = end >= len(text) or k >= len(text) or text[k] == "\n"
    return before and after


class _Index:
    """Char offset -> token, for one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def token(self, char: int):
        i = max(0, bisect_right(self.starts, char) - 1)
        return self.doc[i]

    def tokens(self, start: int, end: int) -> range:
        return range(max(0, bisect_right(self.starts, start) - 1), bisect_right(self.starts, max(start, end - 1)))


def _in_quote_tokens(index: _Index, quotes) -> set[int]:
    inside: set[int] = set()
    for q in quotes:
        inside.update(index.tokens(q.start, q.end))
    return inside


class _Quotes:
    """The quotes of a Doc, for "the first quote overlapping this content" by bisection.

    ``find_quotes`` gives disjoint quotes in text order; should they ever overlap, the look-up
    scans them in order, as it always did."""

    def __init__(self, quotes) -> None:
        self.quotes = quotes
        self.starts = [q.inner_start for q in quotes]
        self.ends = [q.inner_end for q in quotes]
        self.disjoint = all(a.end <= b.start for a, b in zip(quotes, quotes[1:]))

    def first_overlapping(self, s: int, e: int):
        if self.disjoint:
            k = first_overlapping(self.starts, self.ends, s, e)
            return self.quotes[k] if k is not None else None
        return next((q for q in self.quotes if q.inner_start < e and s < q.inner_end), None)


def _set_kind(cand: Candidate, quotes: _Quotes, text: str) -> None:
    if cand.kind == "direct":
        return
    s, e = cand.content
    q = quotes.first_overlapping(s, e)
    if q is None:
        return
    qs, qe = content_bounds(text, q)
    if q.start - 1 <= s and e <= q.end + 1 and (e - s) >= 0.8 * (qe - qs):
        cand.kind, cand.content, cand.quote = "direct", (qs, qe), q
    else:
        cand.kind = "mixed"


class _Containing:
    """Whether a range lies inside one of SPANS (``((start, end), cue_i)``) with another cue.

    Sorted by start, each prefix keeps its largest end and the largest end of a span whose
    cue differs from that one's: "inside a span with a cue other than X" is then one
    bisection and two comparisons."""

    def __init__(self, spans) -> None:
        spans = sorted(spans, key=lambda sc: sc[0][0])
        self.starts = [s for (s, _), _ in spans]
        self.best: list[tuple] = []  # per prefix: (largest end, its cue, largest end with another cue)
        top = None
        for (_, e), cue in spans:
            if top is None:
                top = (e, cue, None)
            elif e > top[0]:
                other = top[0] if cue != top[1] else top[2]
                top = (e, cue, other)
            elif cue != top[1] and (top[2] is None or e > top[2]):
                top = (top[0], top[1], e)
            self.best.append(top)

    def holds(self, content: tuple[int, int], cue) -> bool:
        k = bisect_right(self.starts, content[0])  # spans starting at or before the content
        if not k:
            return False
        end, top_cue, other = self.best[k - 1]
        reach = end if top_cue != cue else other
        return reach is not None and content[1] <= reach


def _source_like(span: Span) -> bool:
    return lexicon.is_anonymous_phrase(span) or any(t.ent_type_ in lexicon.SOURCE_ENTS for t in span)


def _interviewer(actor, span: Span) -> bool:
    """Whether the other side of an interview is a reporting channel: an outlet, or a named
    person or organisation ("an interview with podcast host Hugh Hewitt"), not a platform."""
    if actor is None or channels.is_platform(span):
        return False
    return getattr(actor, "kind", None) in ("person", "outlet", "organization") and not getattr(actor, "anonymous", False)


def _could_be_outlet(span: Span) -> bool:
    return lexicon.is_media_phrase(span) or any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in span)


def _candidates(doc: Doc, text: str, index: _Index) -> list[Candidate]:
    """Steps 1-3: direct quotes, transcript lines, reported speech and headline patterns."""
    quotes = find_quotes(text)
    labels = speaker_labels(doc, text)
    direct = direct_quotes(doc, quotes, text)
    if labels:
        # a transcript line is one attribution even when it sits in quotation marks
        lines = RangeIndex(l.content for l in labels)
        direct = [c for c in direct if not lines.overlaps(*c.content)] + labels
    used = {c.cue_i for c in direct if c.cue_i is not None}
    indirect = find_indirect(doc, _in_quote_tokens(index, quotes), used)
    paired = _Quotes(quotes)
    for cand in indirect:
        _set_kind(cand, paired, text)
    # drop reported speech that only repeats a direct quote
    repeats = _Containing([(c.content, c.cue_i) for c in direct])
    indirect = [c for c in indirect if not repeats.holds(c.content, c.cue_i)]
    cands = direct + indirect
    # a sentence in Title Case parses badly ("Officials Think Winter Will ..."): its
    # attributions come from word patterns instead
    titles: dict[int, bool] = {}
    for cand in cands:
        sent = index.token(cand.cue[0] if cand.cue else cand.content[0]).sent
        if sent.start not in titles:
            # only a line of its own is a heading; a body sentence full of names is not
            titles[sent.start] = is_title_case(sent) and _whole_line(text, sent)
        cand.dropped = titles[sent.start]
    for sent in doc.sents:
        if sent.start_char == 0:
            continue  # the headline, below
        if text[sent.start_char - 1] == "\n" and _whole_line(text, sent) and is_title_case(sent):
            cands.extend(headline_attributions(doc, sent))
    headline = _headline(doc, text)
    if headline is not None:
        # the headline: only an explicit cue with a real speaker (``headlines``)
        title_case = is_title_case(headline)
        for cand in cands:
            anchor = cand.cue[0] if cand.cue else cand.content[0]
            if anchor < headline.end_char and not cand.dropped:
                cand.dropped = title_case or not keep_parsed(cand, doc)
        cands.extend(headline_attributions(doc, headline, title_case))
    for cand in cands:
        if not cand.dropped and cand.kind != "direct" and _no_speaker(cand.speaker):
            cand.dropped = True  # "The phone call focused on ...", "The site is considered ..."
        if not cand.dropped:
            _strip_dateline(cand, text)
    return [c for c in cands if not c.dropped]


# "KYIV, Ukraine (AP) — ", "MOSCOW (Reuters) - ": a dateline opening a paragraph is no part of
# what anyone said (the place is in capitals)
_DATELINE = re.compile(r"([A-Z][A-Z.'’ -]*[A-Z.])(?:,[ \t]*[A-Z][\w.'’ -]{0,30}?)?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[—–-]{1,2}[ \t]+")


def _strip_dateline(cand: Candidate, text: str) -> None:
    start, end = cand.content
    if start > 0 and text[start - 1] != "\n":
        return
    match = _DATELINE.match(text, start, end)
    if match is not None and match.end() < end and len(match.group(1)) >= 3:
        cand.content = (match.end(), end)


# heads of subjects that are events or things, never a source: "The phone call focused on
# trade", "The trial is seen as ...", "a money-laundering case that press groups say ..."
NON_SPEAKER_HEADS = frozenset(
    """call calls meeting meetings visit visits trip trips talks session
    summit hearing trial case site strategy event ceremony incident attack attacks bombing
    operation war conflict violence fighting""".split()
)


def _no_speaker(span: Span | None) -> bool:
    """Whether SPAN, a candidate's speaker, is an event or a thing (``NON_SPEAKER_HEADS``)."""
    if span is None:
        return False
    head = span.root
    return head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() in NON_SPEAKER_HEADS


_HEADLINE_MAX_TOKENS = 40


def _headline(doc: Doc, text: str) -> Span | None:
    """The first line of a text of several lines, as a span, when it is the article's title
    (``article.title``; the text reader takes a first line that looks like a headline as the
    title) or in Title Case, and short enough to be a headline."""
    cut = text.find("\n")
    if cut <= 0 or not text[cut:].strip() or text[:cut].rstrip().endswith((":", ",", ";")):
        return None
    span = doc.char_span(0, cut, alignment_mode="contract")
    if span is None or not len(span) or len(span) > _HEADLINE_MAX_TOKENS:
        return None
    article = doc._.article
    title = (getattr(article, "title", None) or "").strip().rstrip(".").strip()
    first = text[:cut].strip().rstrip(".").strip()
    if title and first.casefold() == title.casefold() or is_title_case(span):
        return span
    return None


def _resolve_speakers(doc: Doc, cands: list[Candidate]) -> None:
    """Step 5: speakers, audiences and cited sources become actors, in text order."""
    outlets: list[object] = []  # outlets named so far, for "the report", "the paper"
    tasks = []
    own = channels.own_outlet(doc)
    for cand in cands:
        if cand.speaker is not None:
            tasks.append((cand.speaker.start_char, "speaker", cand))
        if cand.audience is not None and (cand.channel == "interview" or _could_be_outlet(cand.audience)):
            tasks.append((cand.audience.start_char, "audience", cand))
    tasks.sort(key=lambda t: (t[0], t[1]))
    previous = None  # the last attribution whose speaker was resolved: the current run
    seen: dict[tuple[int, int], object] = {}  # one subject of two cues ("He claimed ... and said")
    for _, role, cand in tasks:
        span = cand.speaker if role == "speaker" else cand.audience
        if role == "speaker" and (span.start, span.end) in seen:
            actor = seen[(span.start, span.end)]
        elif role == "speaker" and lexicon.is_report_phrase(span) and outlets:
            actor = outlets[-1]
        elif role == "speaker" and previous is not None and runs.continues_run(doc, span, previous, cand):
            actor = previous.actor
            add_mention(doc, actor, span)
        else:
            actor = actor_for_span(doc, span)
        outlet = chains.is_outlet(actor, span)
        if outlet:
            outlets.append(actor)
        if role == "speaker":
            cand.actor = actor
            cand.mention = cand.written if cand.written is not None else span
            if actor is not None:
                previous = cand
                seen[(span.start, span.end)] = actor
        elif channels.is_own(actor, own):
            cand.channel = None  # "told VOA" in a VOA story: first hand
        elif outlet or cand.channel == "interview" and _interviewer(actor, span):
            cand.via = [actor]
        else:
            cand.channel = None
    # "NBC News reported, citing anonymous sources, that ...": the sources speak via NBC
    for cand in cands:
        if cand.cited is not None and not cand.dropped and _source_like(cand.cited):
            if cand.actor is not None:
                cand.via = [cand.actor] + cand.via
            cand.speaker = cand.mention = cand.cited
            cand.actor = actor_for_span(doc, cand.cited)


def _continue_floating(live: list[Candidate], paragraph_of) -> list[Candidate]:
    """Step 6a: a floating quote takes the speaker and chain of the attribution before it."""
    previous = None
    for cand in live:
        if cand.floating:
            if previous is None or paragraph_of(cand) - paragraph_of(previous) > FLOATING_PARAGRAPHS:
                cand.dropped = True
                continue
            cand.continues = previous
            cand.speaker, cand.actor, cand.mention = previous.speaker, previous.actor, previous.mention
            cand.via = list(previous.via)
        if (cand.actor is not None or cand.floating) and not cand.frame:
            previous = cand
    return [c for c in live if not c.dropped]


def _group_quotes(live: list[Candidate], text: str, paragraph_of) -> list[Candidate]:
    """Step 6b: '"A," X said. "B"' is one attribution whose content runs from A to B.

    A floating quote joins the attribution it continues when both are in one paragraph, at
    most ``GROUP_GAP`` characters apart, and the quote ends its paragraph; a quote followed by
    more narration in its paragraph stays an attribution of its own.
    """
    for cand in live:
        prev = cand.continues
        if prev is None:
            continue
        head = prev.grouped or prev
        if head.dropped or paragraph_of(cand) != paragraph_of(head):
            continue
        if cand.content[0] - head.content[1] > GROUP_GAP:
            continue
        end = cand.quote.end if cand.quote is not None else cand.content[1]
        line_end = text.find("\n", end)
        if text[end : line_end if line_end >= 0 else len(text)].strip():
            continue
        head.content = (head.content[0], max(head.content[1], cand.content[1]))
        cand.dropped = True
        cand.grouped = head
    return [c for c in live if not c.dropped]


def find_attributions(doc: Doc, text: str | None = None) -> list[Candidate]:
    """The resolved attribution candidates of DOC, in text order (actors registered)."""
    text = doc_text(doc) if text is None else text
    index = _Index(doc)
    cands = _candidates(doc, text, index)
    budget.check(doc)
    chains.nest(doc, cands)
    _resolve_speakers(doc, cands)
    live = sorted((c for c in cands if not c.dropped), key=lambda c: c.content)
    finals = [chains.chain_of(c) for c in live]
    for cand, via in zip(live, finals):
        cand.via = via

    def paragraph_of(cand: Candidate) -> int:
        return index.token(cand.content[0])._.paragraph

    live = _continue_floating(live, paragraph_of)
    live = _group_quotes(live, text, paragraph_of)
    _spread_channels(doc, live, index)
    chains.continue_reports(doc, live, paragraph_of, _anonymous_source)
    return live


def _spread_channels(doc: Doc, live: list[Candidate], index: _Index) -> None:
    """Step 6c: "Yapande spoke Friday on state TV" gives state TV to the run of Yapande's
    statements around it; "X told RFI ..." gives RFI to X's next statements (``channels``)."""
    sent_starts = sorted({s.start_char for s in doc.sents})
    own = channels.own_outlet(doc)

    def sentence_of(cand: Candidate) -> int:
        anchor = cand.cue[0] if cand.cue is not None else cand.content[0]
        return bisect_right(sent_starts, anchor) - 1

    found = []
    for subject, channel in channels.channel_clauses(doc):
        outlet = actor_for_span(doc, noun_phrase(channel.token))
        span = noun_phrase(channel.token)
        if channels.is_own(outlet, own):
            continue
        if not (chains.is_outlet(outlet, span) or channel.kind == "interview" and _interviewer(outlet, span)):
            continue
        speaker = actor_for_span(doc, noun_phrase(subject))
        found.append((bisect_right(sent_starts, subject.idx) - 1, speaker, outlet))
    channels.spread_channels(live, sentence_of, found)


def _anonymous_source(cand: Candidate) -> bool:
    """An unnamed source of the kind that continues an outlet's report ("officials",
    "a source"): the actor is anonymous, or the phrase is a source noun."""
    if cand.actor is not None and getattr(cand.actor, "anonymous", False):
        return True
    span = cand.speaker
    return span is not None and lexicon.is_anonymous_phrase(span)


def _anonymous(cand: Candidate) -> bool:
    if _anonymous_source(cand):
        return True
    span = cand.speaker
    if span is None:
        return False
    # "rights groups", "authorities", "others": a group the article does not name
    return getattr(cand.actor, "kind", None) == "group" and lexicon.is_unnamed_group(span)


def _text_span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start, end, text[start:end])


def attribute(doc: Doc) -> list[Attribution]:
    """``Attribution`` records for DOC (ids q1, q2, ... in text order)."""
    records = []
    text = doc_text(doc)
    for n, cand in enumerate(find_attributions(doc, text), 1):
        actor = cand.actor
        records.append(
            Attribution(
                id=f"q{n}",
                speaker=actor.id if actor is not None else None,
                speaker_name=actor.name if actor is not None else None,
                speaker_code=getattr(actor, "code", None) if actor is not None else None,
                anonymous=_anonymous(cand),
                source_mention=(
                    _text_span(text, cand.mention.start_char, cand.mention.end_char) if cand.mention is not None else None
                ),
                cue=_text_span(text, *cand.cue) if cand.cue is not None else None,
                kind=cand.kind,
                content=_text_span(text, *cand.content),
                via=[a.id for a in cand.via],
                via_names=[a.name for a in cand.via],
            )
        )
    return records


@Language.component(
    "detente_attribution",
    requires=["token.dep", "token.lemma", "doc.ents", "doc._.actors"],
    assigns=["doc._.attributions"],
)
@budget.stage
def attribution_component(doc: Doc) -> Doc:
    found = doc_list(doc, "attributions")
    found.extend(attribute(doc))
    return doc
