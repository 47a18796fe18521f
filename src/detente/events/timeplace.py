"""When and where an event happened: its own date and the place its trigger governs.

Date, in order:

1. a DATE entity attached to the event's own clause: the object of "on/in/at/during" or a
   bare noun-phrase adverbial ("last week", "Tuesday") on the trigger, on the verb that
   realises a nominal trigger, or on the clause verb; "since", "until", "for", "after",
   "before" give bounds and durations, not the event's date, and are skipped;
2. the date of the reporting verb whose complement holds the event, when the event is the
   speech act itself (AGREE, REQUEST, ... : "Moscow reaffirmed on Wednesday that it's open to
   negotiations") or is reported as ongoing ("announced on Wednesday that it was pulling
   out");
3. the publication date, only for an asserted event reported by a verb in the present or
   present perfect ("Moscow says it is open to talks"; "has agreed"). A past event with no
   time given gets no date.

Dates are resolved with ``resolve.dates.resolve_date`` against the article's publication
date, looking forward for future and hypothetical events.

Place: a GPE/LOC/FAC entity the trigger governs: the object of "in/at/near/inside" first
(also under a locative adverb: "elsewhere in Hirshabelle"), "on/against" for nominal attacks
("strikes on Odesa"), then "to/into" for visits and deployments ("traveled to Kyiv"), the
direct object of visit-like and attack-like verbs ("visited Kyiv", "shelled Juba"), then
"from/out of" ("pulling out of Kherson"), looking through "the city of X" and "X's" phrases;
then a city modifying a nominal trigger ("the Kabul bombing"), then a locative phrase of the
event's objects ("besieged a hotel in the town of Beledweyne"). Not every place in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..models import DateValue, Place
from ..nlp.docindex import doc_index
from ..resolve.dates import publication_date, resolve_date
from .plover import SPEECH_ACTS

__all__ = ["date_span", "entity_index", "event_date", "event_place", "inherit_context", "own_date_token"]

_DATE_PREPS = frozenset({"on", "in", "at", "during", "by", "last", "this", "early", "late"})
_DATE_DEPS = frozenset({"npadvmod", "tmod", "advmod", "obl", "nmod"})
_NOUN_DATE_DEPS = frozenset({"compound", "nummod", "amod", "poss"})
_PLACE_PREPS = (("in", "at", "near", "inside", "outside", "around", "across", "throughout", "off"),
                ("on", "against"), ("to", "into", "toward", "towards"), ("dobj",), ("from", "of"))
_PLACE_ON_TYPES = frozenset({"ASSAULT", "COERCE"})  # "strikes on Odesa": nominal attacks land where they hit
# acts done to things where they are ("besieged a hotel in Beledweyne"); a verdict on "the coup
# in Niger" is not made in Niger
_PLACE_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST", "SANCTION"})
_PLACE_ADVERBS = frozenset({"elsewhere", "there", "here", "nearby", "inside", "abroad"})
_PLACE_DOBJ_TYPES = frozenset({"CONSULT", "ASSAULT", "COERCE", "RETREAT", "MOBILIZE"})
_PLACE_TO_TYPES = frozenset({"CONSULT", "MOBILIZE"})  # "traveled to Kyiv"; aid sent to X is not in X
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def entity_index(doc: Doc) -> dict[int, Span]:
    """Token index -> the entity span holding it (built once per Doc)."""
    out: dict[int, Span] = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            out[i] = ent
    return out


def own_date_token(verbs: list[Token | None]) -> Token | None:
    """A token of the first DATE/TIME entity attached to one of VERBS (module docstring)."""
    for v in verbs:
        if v is None:
            continue
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in _DATE_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME"):
                        return g
            elif c.dep_ in _DATE_DEPS and c.ent_type_ == "DATE" and not _bounded(c):
                return c
            elif c.dep_ in _NOUN_DATE_DEPS and v.pos_ in ("NOUN", "PROPN") and c.ent_type_ == "DATE" and c.i < v.i:
                return c  # "the 2004 bombing", "last year's offensive"
    return None


def date_span(verbs: list[Token | None], ents: dict[int, Span]) -> Span | None:
    """The first DATE entity attached to one of VERBS (see the module docstring)."""
    token = own_date_token(verbs)
    return ents.get(token.i) if token is not None else None


def _bounded(token: Token) -> bool:
    """A bound or duration ("since 2014", "for years"), not the event's date."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start].lower_ in ("since", "until", "for", "after", "before", "within", "throughout", "from")


def _present(verb: Token) -> bool:
    """Present tense or present perfect ("says", "has agreed")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in verb.children)
    return False


def _progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def event_date(
    event_type: str,
    modality: str,
    head: Token,
    anchor: Token,
    light: Token | None,
    speech: Token | None,
    ents: dict[int, Span],
    published: str | None,
    looking: str | None = None,
) -> DateValue | None:
    """The event's own date (see the module docstring), or ``None``. LOOKING is the
    modality that decides the direction of relative dates when it differs from MODALITY
    (an announced future recoded as AGREE still looks forward: "will meet on 9 June")."""
    tense = "future" if (looking or modality) in ("future", "hypothetical") else "past"
    shared = None  # "traveled to Kyiv last week and met Zelensky": the conjuncts share the time
    if anchor.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
        shared = anchor.head
    own = date_span([head, light, anchor, shared], ents)
    if own is None and anchor.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("when", "after", "as", "while") for c in anchor.children):
        own = date_span([anchor.head], ents)  # "relations soured in 2010 after commandos stormed the ship"
    if own is not None:
        return resolve_date(own.text, published, tense=tense)
    if speech is not None and (event_type in SPEECH_ACTS or _progressive(anchor) or _progressive(head)):
        said = date_span([speech], ents)
        if said is not None:
            return resolve_date(said.text, published, tense="past")
    if modality != "asserted":
        return None
    reporter = speech if speech is not None else (head if event_type in SPEECH_ACTS else None)
    if reporter is not None and _present(reporter):
        return publication_date(published)
    return None


def _place_in(token: Token, ents: dict[int, Span], depth: int = 0) -> Span | None:
    ent = ents.get(token.i)
    if ent is not None and ent.label_ in _PLACE_LABELS:
        return ent
    if depth > 2:
        return None
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    found = _place_in(g, ents, depth + 1)
                    if found is not None:
                        return found
        elif c.dep_ in ("compound", "appos") and ents.get(c.i) is not None and ents[c.i].label_ in _PLACE_LABELS:
            return ents[c.i]
    return None


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in token.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.lower_ in ("out", "away", "back"):
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ in preps:
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    return out


def event_place(event_type: str, words: list[Token | None], ents: dict[int, Span],
                objects: list[Token] | None = None) -> Place | None:
    """The place the event's WORDS (trigger, realising verb, clause verb) govern, if any;
    then a place named in a locative phrase of its OBJECTS (the nouns the event acts on:
    "laid siege to a hotel in the town of Beledweyne", "killed ten people in Gaza")."""
    seen: set[int] = set()
    tokens = []
    for w in words:
        if w is not None and w.i not in seen:
            seen.add(w.i)
            tokens.append(w)
    # "elsewhere in Hirshabelle", "there, in Gaza": a locative adverb's own phrase
    adverbs = [c for w in tokens for c in w.children if c.dep_ == "advmod" and c.lower_ in _PLACE_ADVERBS]
    for preps in _PLACE_PREPS:
        for w in tokens + adverbs:
            if preps == ("dobj",):
                if event_type not in _PLACE_DOBJ_TYPES:
                    continue
                objs = [c for c in w.children if c.dep_ == "dobj"]
            elif "to" in preps and event_type not in _PLACE_TO_TYPES:
                continue
            elif preps == ("on", "against") and not (event_type in _PLACE_ON_TYPES and w.pos_ in ("NOUN", "PROPN")):
                continue
            else:
                objs = _prep_objects(w, preps)
            for o in objs:
                ent = _place_in(o, ents)
                if ent is not None and ent._.place is not None:
                    return ent._.place
    for w in tokens:  # "the Kabul bombing": a city modifying a nominal event is where it happened
        if w.pos_ in ("NOUN", "PROPN"):
            for c in w.children:
                ent = ents.get(c.i)
                if c.dep_ in ("compound", "nmod") and ent is not None and ent.label_ in _PLACE_LABELS \
                        and ent._.place is not None and ent._.place.feature != "country":
                    return ent._.place
    for o in (objects or ()) if event_type in _PLACE_OBJECT_TYPES else ():
        for p in _prep_objects(o, _PLACE_PREPS[0] + _PLACE_PREPS[1]):
            ent = _place_in(p, ents)
            if ent is not None and ent._.place is not None:
                return ent._.place
    return None


# events of one incident: a date or place stated for one holds for the next
_FAMILIES = (
    frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}),
    frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}),
)


def _family(event_type: str) -> frozenset[str] | None:
    return next((f for f in _FAMILIES if event_type in f), None)


def inherit_context(found: list, events: list, published: str | None = None) -> None:
    """Fill what an asserted event's own clause leaves open from the story just before it, in
    the same paragraph and at most one sentence back:

    - its place from the latest event of the same kind of incident (fighting; a meeting and its
      outcome) that had one: "Militants laid siege to a hotel in Beledweyne on Tuesday. Troops
      killed all six attackers.";
    - its date from the latest time the story named before it ("Zamora attended the hearing on
      Monday. Near the end, he called the ruling arbitrary."), not a bound ("since 2014"), and
      not for an event told as earlier than the story (the pluperfect: "said on Wednesday that
      it had withdrawn").

    The field's name goes into ``event.context``: it comes from the story, not from the event's
    clause. FOUND and EVENTS are parallel lists in text order."""
    if not found:
        return
    from bisect import bisect_right

    doc = found[0].head.doc
    index = doc_index(doc)
    starts = index.sent_starts()
    times = [e for e in index.ents() if e.label_ == "DATE" and not _bounded(doc[e.start])]
    time_ends = [e.end for e in times]
    places: dict[frozenset[str], tuple[int, int, object]] = {}  # family -> (sentence, paragraph, place)
    for f, event in zip(found, events):
        sent = bisect_right(starts, f.head.i) - 1
        par = f.head._.paragraph
        family = _family(event.type)
        if event.modality == "asserted":
            prev = places.get(family) if family is not None else None
            if event.location is None and prev is not None and prev[1] == par and sent - prev[0] <= 1:
                event.location = prev[2]
                event.context.append("location")
            if event.date is None and not _pluperfect(f.anchor):
                k = bisect_right(time_ends, f.head.i) - 1  # the last time named before the event
                if k >= 0:
                    t = times[k]
                    t_sent = bisect_right(starts, t.start) - 1
                    if doc[t.start]._.paragraph == par and sent - t_sent <= 1:
                        date = resolve_date(t.text, published, tense="past")
                        if date is not None:
                            event.date = date
                            event.context.append("date")
        if family is not None and event.location is not None and "location" not in event.context:
            places[family] = (sent, par, event.location)


def _pluperfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)

