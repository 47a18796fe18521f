"""Stances implied by events the events stage found and the lexicon readers missed.

Only events about talks count: mode ``meet``, or a topic word on the trigger or just below
it (``_about_talks``). What each implies for its source actors:

- AGREE: asserted/future -> ``open`` ("agreed to talks"); negated -> ``opposed``
  ("has not agreed to a ceasefire").
- REJECT: asserted/future -> ``opposed``; negated -> nothing (not rejecting is not a position).
- REQUEST (``meet``): asserted/future -> ``open`` (asking for talks, pushing a party to
  negotiate); negated -> ``neutral``: "won't push Ukraine to the negotiating table" declines
  to press a party into talks and defers to it, which is not opposition to talks (a
  negated request is never read as opposed).
- hypothetical modality keeps the position but makes the statement hedged; a condition
  (the event of the if-clause) makes it ``conditional`` with that event's evidence as the
  condition.
- CONSULT (talks held) is participation, not a stated position: no stance.

These are tier 1 (see ``merge.py``): they fill gaps, they never outvote what the lexicon
read from the parse. An event whose trigger lies inside a lexicon statement's evidence is
skipped, since the lexicon reading of those words is more specific.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..intervals import RangeIndex
from ..models import Event
from . import lexicon as lx

__all__ = ["EventStance", "event_stances"]

_TYPES = frozenset({"AGREE", "REJECT", "REQUEST"})


@dataclass
class EventStance:
    event: Event
    position: str
    hedged: bool
    conditions: list[tuple[int, int]]  # char ranges


def _about_talks(doc: Doc, event: Event) -> bool:
    """Mode ``meet``, or a topic word on the trigger or close below it (its object, the object
    of its preposition, its complement): "agreed to a ceasefire", "mediation efforts". A
    topic word elsewhere in the evidence ("rejected a counterproposal for a ceasefire and
    vowed to press on": "vowed") does not make the event about talks."""
    if event.mode == "meet":
        return True
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    frontier = list(span)
    for _ in range(3):
        if any(lx.topic_node(t) is not None for t in frontier):
            return True
        frontier = [c for t in frontier for c in t.children
                    if c.dep_ in ("dobj", "prep", "pobj", "xcomp", "compound", "amod", "acomp", "attr")]
    return False


def _position(event: Event) -> str | None:
    mod = event.modality
    if event.type == "AGREE":
        return lx.OPPOSED if mod == "negated" else lx.OPEN
    if event.type == "REJECT":
        return None if mod == "negated" else lx.OPPOSED
    if event.type == "REQUEST":
        return lx.NEUTRAL if mod == "negated" else lx.OPEN
    return None


def event_stances(doc: Doc, covered: list[tuple[int, int]]) -> list[EventStance]:
    """Stances read off ``doc._.events``, skipping triggers inside COVERED char ranges."""
    events: list[Event] = list(doc._.events or [])
    by_id = {e.id: e for e in events}
    inside = RangeIndex(covered)  # (a scan of every range per event is quadratic)
    out: list[EventStance] = []
    for e in events:
        if e.type not in _TYPES or not e.source:
            continue
        # the trigger starts in a covered range, or ends in one (lo < end <= hi)
        if inside.holds(e.trigger.start) or inside.holds(e.trigger.end - 1):
            continue
        if not _about_talks(doc, e):
            continue
        position = _position(e)
        if position is None:
            continue
        conditions: list[tuple[int, int]] = []
        if e.condition and e.condition in by_id and position in (lx.OPEN, lx.OPPOSED):
            cond = by_id[e.condition]
            conditions.append((cond.evidence.start, cond.evidence.end))
            position = lx.CONDITIONAL
        out.append(EventStance(e, position, e.modality == "hypothetical", conditions))
    return out
