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

Place: a GPE/LOC/FAC entity the trigger governs: the object of "in/at/near/inside" first,
then "to/into" for visits and deployments ("traveled to Kyiv"), the direct object of visit-like and attack-like verbs
("visited Kyiv", "shelled Juba"), then "from/out of" ("pulling out of Kherson"), looking
through "the city of X" and "X's" phrases. Not every place in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..models import DateValue, Place
from ..resolve.dates import publication_date, resolve_date
from .plover import SPEECH_ACTS

__all__ = ["date_span", "entity_index", "event_date", "event_place", "own_date_token"]

_DATE_PREPS = frozenset({"on", "in", "at", "during", "by", "last", "this", "early", "late"})
_DATE_DEPS = frozenset({"npadvmod", "tmod", "advmod", "obl", "nmod"})
_PLACE_PREPS = (("in", "at", "near", "inside", "outside", "around"), ("to", "into", "toward", "towards"),
                ("dobj",), ("from", "of"))
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


def event_place(event_type: str, words: list[Token | None], ents: dict[int, Span]) -> Place | None:
    """The place the event's WORDS (trigger, realising verb, clause verb) govern, if any."""
    seen: set[int] = set()
    tokens = []
    for w in words:
        if w is not None and w.i not in seen:
            seen.add(w.i)
            tokens.append(w)
    for preps in _PLACE_PREPS:
        for w in tokens:
            if preps == ("dobj",):
                if event_type not in _PLACE_DOBJ_TYPES:
                    continue
                objs = [c for c in w.children if c.dep_ == "dobj"]
            elif "to" in preps and event_type not in _PLACE_TO_TYPES:
                continue
            else:
                objs = _prep_objects(w, preps)
            for o in objs:
                ent = _place_in(o, ents)
                if ent is not None and ent._.place is not None:
                    return ent._.place
    return None
