"""Stage ``detente_stances``: where each party stands on talks, as ``Stance`` records.

For one Doc, after actors, attributions and events:

1. ``detect.find_stances`` reads stance statements off the parse (lexicon in
   ``lexicon.py``, conditions in ``conditions.py``);
2. each statement's holders become actors: first person ("we are ready") and expletive
   holders ("it's up to Ukraine") are the speaker of the attribution holding the statement;
   third-person pronouns are the subject of the reporting verb ("Zelensky said he was
   open" -> Zelensky), else the actor stage's coreference; other noun phrases go through
   ``actors.stage.actor_for_span``. Coordinated holders each get a statement ("US and NATO
   could push for negotiations" -> USA and NATO);
3. ``from_events`` adds statements implied by AGREE/REJECT/REQUEST events about talks that
   the parse readers did not cover;
4. ``merge.merge`` keeps one stance per actor code and topic.

Actor codes: a state or group code without a sector is a government position ("Russia",
"the US" -> ``RUS.GOV``, ``USA.GOV``); organisations keep their code (``NATO``). Holders
without a code are dropped: a position nobody can be placed on a timeline for is noise.

Topic: ``negotiations``, ``ceasefire``, ``peace deal`` or ``meeting``, from the words of the
topic mention (``topics.py``); merging keeps one stance per actor and topic.

Attribution: the innermost attribution whose content holds the statement's cue. Date and
recency: ``timing.stance_date``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..intervals import Innermost
from ..models import Actor, Attribution, Span as TextSpan, Stance
from ..nlp import budget
from ..nlp.extensions import doc_list, doc_text
from .detect import Found, find_stances
from .from_events import event_stances
from .merge import Candidate, merge
from .syntax import FIRST_PERSON, THIRD_PERSON, is_actorish, phrase, speech_governor, subjects
from .timing import stance_date
from .topics import topic_of, topic_of_text

__all__ = ["TOPIC", "extract_stances", "normalise_code"]

TOPIC = "negotiations"  # the default topic (``topics.NEGOTIATIONS``)


SECTORS = frozenset("GOV MIL LEG JUD MED ELI OPP REB CVL BUS NGO IGO".split())


def normalise_code(actor: Actor, placed: str | None = None) -> str | None:
    """The code a stance is filed under: states and groups without a sector speak through
    their government (``RUS`` -> ``RUS.GOV``); organisations and outlets keep theirs.
    PLACED replaces a code that has a sector but no country (see ``_Context.place``)."""
    code = placed or actor.code
    if not code or code.split(".")[0] in SECTORS:
        return None
    if "." not in code and (actor.kind == "country" or (actor.kind in ("group", "person") and _is_state(code))):
        return f"{code}.GOV"
    return code


def _is_state(code: str) -> bool:
    """A country or region code (RUS, WST), not an organisation's (UN, NATO)."""
    from ..actors.kb import load_kb

    try:
        return load_kb().country(code) is not None
    except Exception:  # noqa: BLE001 - no knowledge base: judge by shape
        return len(code) == 3 and code.isalpha() and code.isupper()


class _Context:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        article = doc._.article
        self.published = getattr(article, "published", None)
        # the shortest content holding a char: the innermost report
        self.attributions: Innermost[Attribution] = Innermost(
            (a.content.start, a.content.end, a) for a in doc._.attributions or []
        )
        self.actors = {a.id: a for a in doc._.actors or []}
        # where the attribution stage found a speaker ("They called on China ..."): its
        # resolution (quote runs, statements' issuers) is the holder's too
        self.speakers = {a.source_mention.start: a for a in doc._.attributions or []
                         if a.source_mention is not None and a.speaker is not None}

    def speaker_at(self, token: Token) -> Actor | None:
        """The actor the attribution stage resolved the speaker mention starting at TOKEN to."""
        found = self.speakers.get(token.left_edge.idx) or self.speakers.get(token.idx)
        return self.actor(found.speaker) if found is not None else None

    def attribution_at(self, char: int) -> Attribution | None:
        return self.attributions.at(char)

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        if actor_id not in self.actors:
            self.actors = {a.id: a for a in self.doc._.actors or []}
        return self.actors.get(actor_id)

    def place(self, actor: Actor, char: int) -> str | None:
        """ACTOR's code; a code with a sector and no country ("the army" -> ``MIL``, a general
        the base does not know) takes the country of the nearest earlier actor of that sector
        ("Sudan's army" -> ``SDN.MIL``): the one the description most likely refers to."""
        code = actor.code
        if not code or code.split(".")[0] not in SECTORS:
            return code
        sector = code.split(".")[0]
        index = self.doc._.actor_index
        if index is not None and hasattr(index, "last_of_sector"):
            other = index.last_of_sector(char, sector, SECTORS)
            return other.code if other is not None else None
        earlier = index.before(char) if index is not None and hasattr(index, "before") else []
        for other in earlier:
            oc = other.code or ""
            if oc.endswith("." + sector) and oc.split(".")[0] not in SECTORS:
                return oc
        return None

    def actor_for(self, token: Token) -> Actor | None:
        from ..actors.stage import actor_for_span  # late: the actor stage may be swapped in tests

        known = self.speaker_at(token)
        if known is not None:
            return known
        try:
            actor = actor_for_span(self.doc, phrase(token))
        except Exception:  # noqa: BLE001 - an unresolvable phrase is no holder, not a crash
            return None
        self.actors[actor.id] = actor
        return actor


def _holder_actors(ctx: _Context, f: Found, attribution: Attribution | None) -> list[Actor]:
    """The actors holding F; a collective ("both leaders") stands for its members."""
    from ..actors.stage import members_of

    out: list[Actor] = []
    for actor in _holders(ctx, f, attribution):
        for member in members_of(ctx.doc, actor) or [actor]:
            if member not in out:
                out.append(member)
    return out


def _holders(ctx: _Context, f: Found, attribution: Attribution | None) -> list[Actor]:
    speaker = ctx.actor(attribution.speaker) if attribution is not None else None
    if not f.holders:
        if not f.speaker_ok:
            return []
        if speaker is not None:
            return [speaker]
        governor = speech_governor(f.top)
        holders = [s for s in subjects(governor) if is_actorish(s)] if governor is not None else []
        return [a for a in (ctx.actor_for(h) for h in holders if h.pos_ != "PRON") if a is not None]
    out: list[Actor] = []
    for h in f.holders:
        low = h.lower_
        actor: Actor | None = None
        if h.pos_ == "PRON" and low in FIRST_PERSON:
            actor = speaker
        elif h.pos_ == "PRON" and low in THIRD_PERSON:
            reporters = _reporters(h, f.top)
            if reporters:
                for s in reporters:
                    a = ctx.actor_for(s)
                    if a is not None and a not in out:
                        out.append(a)
                continue
            actor = ctx.actor_for(h)
        elif is_actorish(h):
            actor = ctx.actor_for(h)
        if actor is not None and actor not in out:
            out.append(actor)
    return out


def _reporters(pronoun: Token, top: Token) -> list[Token]:
    """Who a third-person pronoun holder is when its clause is reported speech: the subject of
    the reporting verb ("Zelensky said [he was open]"), climbing through reported thoughts
    that are themselves reported ("Blinken said [he believed [a deal was possible]]")."""
    verb = pronoun.head if pronoun.head != pronoun and pronoun.dep_ in ("nsubj", "nsubjpass") else top
    for _ in range(3):
        governor = speech_governor(verb)
        if governor is None:
            return []
        subs = [s for s in subjects(governor) if is_actorish(s)]
        if not subs or any(s.lower_ in FIRST_PERSON for s in subs):
            return []
        if all(s.pos_ == "PRON" for s in subs):
            verb = governor
            continue
        named = [s for s in subs if s.pos_ != "PRON"]
        return named if _agrees(pronoun, named) else []
    return []


_PERSON_HEADS = frozenset(
    """minister spokesman spokeswoman spokesperson president official diplomat envoy leader
    secretary ambassador adviser advisor aide chancellor premier king general commander
    negotiator senator lawmaker chief head""".split()
)


def _agrees(pronoun: Token, reporters: list[Token]) -> bool:
    """Whether PRONOUN can refer to REPORTERS: "he"/"she" a person, "it" a state or body,
    "they" several, a group or a body ("Officials told NBC that he was open" is not them)."""
    low = pronoun.lower_
    first = reporters[0]
    person = first.ent_type_ == "PERSON" or first.lemma_.lower() in _PERSON_HEADS
    plural = len(reporters) > 1 or first.tag_ in ("NNS", "NNPS")
    if low in ("he", "she", "him", "her"):
        return person and not plural
    if low == "it":
        return not person and not plural
    return plural or not person  # they/them


def _tier(ctx: _Context, actor: Actor, code: str, attribution: Attribution | None, hedged: bool,
          weak: bool) -> int:
    speaker_code = None
    if attribution is not None:
        speaker = ctx.actor(attribution.speaker)
        speaker_code = (ctx.place(speaker, attribution.content.start) if speaker is not None
                        else attribution.speaker_code)
    own = attribution is None or attribution.speaker == actor.id or (
        speaker_code is not None and speaker_code.split(".")[0] == code.split(".")[0]
    )
    tier = 3 if own else 2
    return max(0, tier - int(hedged) - int(weak))


def _chars(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    while hi - 1 > lo and (doc[hi - 1].is_space or doc[hi - 1].is_punct):
        hi -= 1
    while lo < hi - 1 and (doc[lo].is_space or doc[lo].is_punct):
        lo += 1
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _candidates(ctx: _Context, f: Found) -> list[Candidate]:
    doc = ctx.doc
    anchor = f.cue if f.cue is not None else f.topic
    attribution = ctx.attribution_at(anchor.idx)
    actors = _holder_actors(ctx, f, attribution)
    if not actors:
        return []
    skip = {f.topic.i} if f.topic != f.top else set()
    for lo, hi in f.conditions:
        skip.update(range(lo, hi))
    date, recency = stance_date(f.top, f.path, speech_governor(f.top), skip, ctx.published)
    evidence = _chars(doc, f.lo, f.hi)
    conditions = [_chars(doc, lo, hi) for lo, hi in f.conditions]
    out = []
    for actor in actors:
        code = normalise_code(actor, ctx.place(actor, evidence[0]))
        if code is None:
            continue
        out.append(Candidate(
            actor=actor.id, code=code, topic=topic_of(f.topic), position=f.position, evidence=evidence,
            conditions=conditions, attribution=attribution.id if attribution is not None else None,
            date=date, recency=recency, tier=_tier(ctx, actor, code, attribution, f.hedged, f.weak),
            origin=f.kind, unconditional=f.unconditional,
        ))
    return out


def _event_candidates(ctx: _Context, covered: list[tuple[int, int]]) -> list[Candidate]:
    from ..resolve.dates import date_interval, parse_published
    from datetime import timedelta

    out = []
    pub = parse_published(ctx.published)
    for es in event_stances(ctx.doc, covered):
        e = es.event
        recency = "current"
        if e.date is not None and pub is not None:
            span = date_interval(e.date.value, e.date.precision)
            if span is not None and span[1] < pub - timedelta(days=7):
                recency = "earlier"
        for actor_id in e.source:
            actor = ctx.actor(actor_id)
            if actor is None:
                continue
            code = normalise_code(actor, ctx.place(actor, e.evidence.start))
            if code is None:
                continue
            out.append(Candidate(
                actor=actor.id, code=code, topic=topic_of_text(e.evidence.text), position=es.position,
                evidence=(e.evidence.start, e.evidence.end), conditions=list(es.conditions),
                attribution=e.attribution, date=e.date, recency=recency,
                tier=max(0, 1 - int(es.hedged)), origin="event",
            ))
    return out


def extract_stances(doc: Doc) -> list[Stance]:
    """The stances of DOC (also stored in ``doc._.stances`` by the component)."""
    ctx = _Context(doc)
    found = find_stances(doc)
    candidates: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    for f in found:
        budget.check(doc)
        candidates.extend(_candidates(ctx, f))
        covered.append(_chars(doc, f.lo, f.hi))
    candidates.extend(_event_candidates(ctx, covered))
    text = doc_text(doc)
    stances = []
    for n, c in enumerate(merge(candidates), 1):
        stances.append(Stance(
            id=f"s{n}", actor=c.actor, actor_code=c.code, topic=c.topic, position=c.position,
            evidence=TextSpan(c.evidence[0], c.evidence[1], text[c.evidence[0]:c.evidence[1]]),
            conditions=[TextSpan(lo, hi, text[lo:hi]) for lo, hi in c.conditions],
            attribution=c.attribution, date=c.date,
        ))
    return stances


@Language.component(
    "detente_stances",
    requires=["doc._.actors", "doc._.attributions", "doc._.events"],
    assigns=["doc._.stances"],
)
@budget.stage
def detect_stances(doc: Doc) -> Doc:
    stances = doc_list(doc, "stances")
    stances.extend(extract_stances(doc))
    return doc
