"""An article's text as HTML, every coded span a ``<mark>`` that carries its ids.

``highlight(result, focus=None)`` takes a contract dict and returns safe HTML: the text,
escaped, with one mark per span of

    event evidence      <mark class="ev ev-negated" data-event="e3">
    event trigger       <mark class="trigger" data-trigger="e3">
    quote content       <mark class="q q-content" data-attribution="q2" data-role="content">
    quote speaker       <mark class="q q-speaker" data-attribution="q2" data-role="speaker">
    quote cue           <mark class="q q-cue" data-attribution="q2" data-role="cue">
    stance evidence     <mark class="stance st-open" data-stance="s1">
    actor mention       <mark class="actor" data-actor="a4">
    place mention       <mark class="place" data-place="p2">

Spans overlap freely (a quote holds events, an event names actors). Marks must nest, so a
span that crosses the end of an enclosing one is split there: it is closed with the outer
mark and opened again after it, the continuation carrying the same ids and class ``cont``.
The text of all marks with one id, in document order, is exactly that span's text. The
mark of FOCUS (an event, attribution or stance id) gets class ``focus`` and its first
piece ``id="mark-FOCUS"``, so that a link can point at it.

The work is one sort of the spans plus one pass over their boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any, Iterable

from markupsafe import Markup

__all__ = ["Mark", "highlight", "marks_of", "render"]


@dataclass
class Mark:
    start: int
    end: int
    attrs: dict[str, str]
    classes: list[str] = field(default_factory=list)
    rank: int = 0  # among marks with the same start and end: lower opens first (outside)
    anchor: str | None = None  # id="..." on the first piece

    def open_tag(self, continued: bool) -> str:
        classes = self.classes + (["cont"] if continued else [])
        parts = [f'class="{escape(" ".join(classes))}"'] if classes else []
        if self.anchor and not continued:
            parts.append(f'id="{escape(self.anchor)}"')
        parts.extend(f'{k}="{escape(v)}"' for k, v in self.attrs.items())
        return "<mark " + " ".join(parts) + ">"


_RANK = {"q-content": 0, "stance": 1, "ev": 2, "q-speaker": 3, "q-cue": 3, "trigger": 4,
         "actor": 5, "place": 6}


def _span(value: Any, text_length: int) -> tuple[int, int] | None:
    if not isinstance(value, dict):
        return None
    start, end = value.get("start"), value.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if not 0 <= start < end <= text_length:
        return None
    return start, end


def marks_of(result: dict[str, Any], focus: str | None = None) -> list[Mark]:
    """The marks for every span of RESULT (a contract dict); FOCUS gets class ``focus``."""
    n = len((result.get("article") or {}).get("text") or "")
    marks: list[Mark] = []

    def add(value: Any, kind: str, attrs: dict[str, str], classes: list[str],
            owner: str | None = None) -> None:
        span = _span(value, n)
        if span is None:
            return
        focused = owner is not None and owner == focus
        marks.append(Mark(span[0], span[1], attrs, classes + (["focus"] if focused else []),
                          _RANK[kind], f"mark-{owner}" if focused else None))

    for ev in result.get("events") or []:
        eid = str(ev.get("id"))
        modality = str(ev.get("modality") or "asserted")
        add(ev.get("evidence"), "ev", {"data-event": eid}, ["ev", f"ev-{modality}"], eid)
        add(ev.get("trigger"), "trigger", {"data-trigger": eid}, ["trigger"])
    for q in result.get("attributions") or []:
        qid = str(q.get("id"))
        anon = ["q-anon"] if q.get("anonymous") else []
        add(q.get("content"), "q-content", {"data-attribution": qid, "data-role": "content"},
            ["q", "q-content"] + anon, qid)
        add(q.get("source_mention"), "q-speaker",
            {"data-attribution": qid, "data-role": "speaker"}, ["q", "q-speaker"] + anon)
        add(q.get("cue"), "q-cue", {"data-attribution": qid, "data-role": "cue"},
            ["q", "q-cue"])
    for st in result.get("stances") or []:
        sid = str(st.get("id"))
        add(st.get("evidence"), "stance", {"data-stance": sid},
            ["stance", f"st-{st.get('position') or 'neutral'}"], sid)
    for actor in result.get("actors") or []:
        for mention in actor.get("mentions") or []:
            add(mention, "actor", {"data-actor": str(actor.get("id"))}, ["actor"])
    for place in result.get("places") or []:
        for mention in place.get("mentions") or []:
            add(mention, "place", {"data-place": str(place.get("id"))}, ["place"])
    return marks


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """TEXT escaped, with MARKS as properly nested ``<mark>`` elements."""
    ordered = sorted(marks, key=lambda m: (m.start, -m.end, m.rank))
    points = sorted({m.start for m in ordered} | {m.end for m in ordered})
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0
    i = 0
    for point in points:
        out.append(escape(text[pos:point], quote=False))
        pos = point
        low = next((k for k, m in enumerate(stack) if m.end == point), None)
        if low is not None:  # close from the first mark ending here; reopen the others
            reopen = [m for m in stack[low:] if m.end != point]
            out.append("</mark>" * (len(stack) - low))
            del stack[low:]
            for m in reopen:
                out.append(m.open_tag(continued=True))
                stack.append(m)
        while i < len(ordered) and ordered[i].start == point:
            out.append(ordered[i].open_tag(continued=False))
            stack.append(ordered[i])
            i += 1
    out.append(escape(text[pos:], quote=False))
    out.append("</mark>" * len(stack))  # none left when every end is within the text
    return Markup("".join(out))


def highlight(result: dict[str, Any], focus: str | None = None) -> Markup:
    """The article text of RESULT as HTML with every coded span marked."""
    text = (result.get("article") or {}).get("text") or ""
    return render(text, marks_of(result, focus))
