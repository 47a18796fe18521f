"""When a stance was stated, and whether the article reports it as current or as background.

Date, in order: a DATE entity on the reporting verb ("Moscow reaffirmed on Wednesday that
..."): when it was said; a DATE entity in the stating clause unless that clause is future or
modal ("will host talks on Monday" dates the talks, not the stance), outside the topic
phrase, its complements ("offered to host a meeting in April" dates the meeting), the
conditions and other coordinated clauses ("discouraged peace talks ... at the end of March"
-> 2022-03); the publication date when the statement or its reporting verb is in the present or present
perfect ("says", "has maintained"); otherwise none.

Recency: ``earlier`` when the date ends more than a week before publication, or the clause
says so ("recently", "previously", past perfect "had ruled out"); else ``current``.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Token

from ..models import DateValue
from ..nlp.docindex import doc_index
from ..resolve.dates import date_interval, parse_published, publication_date, resolve_date
from .lexicon import VAGUE_PAST
from .syntax import modals

__all__ = ["stance_date"]

_BOUNDED = frozenset({"since", "until", "for", "after", "before", "within", "throughout", "from", "till"})
_NOT_PAST = frozenset({"will", "wo", "'ll", "’ll", "would", "could", "might", "may", "shall", "should", "can", "ca"})
_DATE_PREPS = frozenset({"on", "in", "at", "during", "by", "last", "this", "early", "late", "of"})


def _ent_of(token: Token):
    if not token.ent_type_:
        return None
    return doc_index(token.doc).entity_at(token.i)  # (doc.ents rebuilds every entity)


def _own_dates(top: Token, skip: set[int]) -> list:
    """DATE entities in TOP's clause, not under a skipped token or a coordinated clause."""
    out = []
    stack = [top]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        if t.ent_type_ == "DATE":
            ent = _ent_of(t)
            if ent is not None and ent not in out:
                prep = ent.root.head if ent.root.dep_ == "pobj" else None
                first = ent[0].lower_
                if first not in _BOUNDED and (prep is None or prep.lower_ not in _BOUNDED):
                    out.append(ent)
        for c in t.children:
            if t == top and c.dep_ in ("conj", "ccomp", "xcomp", "dobj", "parataxis", "relcl"):
                continue
            stack.append(c)
    return sorted(out, key=lambda e: e.start)


def _direct_date(verb: Token):
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _DATE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME"):
                    return _ent_of(g)
        elif c.dep_ in ("npadvmod", "tmod", "advmod") and c.ent_type_ == "DATE":
            return _ent_of(c)
    return None


def _present(verb: Token | None) -> bool:
    if verb is None:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True  # "has maintained", "is exploring", "does appear"
    return any(a.lower_ in ("will", "wo", "'ll", "’ll") for a in auxes)


def _marked_past(tokens: list[Token]) -> bool:
    for t in tokens:
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ in VAGUE_PAST:
                return True
            if c.dep_ == "aux" and c.lower_ in ("had", "'d") and t.tag_ == "VBN":
                return True
    return False


def stance_date(
    top: Token, path: list[Token], governor: Token | None, skip: set[int], published: str | None
) -> tuple[DateValue | None, str]:
    """(date, recency) of a statement whose clause verb is TOP (see the module docstring)."""
    date = None
    if governor is not None:  # "Moscow reaffirmed on Wednesday that ...": when it was said
        ent = _direct_date(governor)
        if ent is not None:
            date = resolve_date(ent.text, published, tense="past")
    if date is None and not (modals(top) & _NOT_PAST):  # "will host ... on Monday" is a plan
        ents = _own_dates(top, skip)
        if ents:
            date = resolve_date(ents[0].text, published, tense="past")
    recency = "current"
    if date is not None:
        pub = parse_published(published)
        span = date_interval(date.value, date.precision)
        if pub is not None and span is not None and span[1] < pub - timedelta(days=7):
            recency = "earlier"
    elif _present(top) or (governor is not None and _present(governor)):
        date = publication_date(published)
    if _marked_past([top, *path] + ([governor] if governor is not None else [])):
        recency = "earlier"
    return date, recency
