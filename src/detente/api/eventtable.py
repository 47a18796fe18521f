"""The store's events in memory, for the server's filtered pages.

A page of ``GET /api/v1/events`` needs the ordered keys of the events its filter keeps.
Asked of SQL, that is a sort of every matching event (tens of milliseconds on a few
thousand articles, for every new filter). ``EventTable`` reads what the filters look at
once per store version (type, modality, confidence, days, outlet; each event's source and
target codes and actor names), in ``find_events``' order, and answers ``keys(filters)`` by
one pass in Python with the same rules as the SQL (``query.events``):

- actor: written like a code (``RUS``, ``RUS.GOV``): an event code or a linked actor's code
  is it or starts with it at a dot, or a linked actor's name equals it (case-insensitively);
  otherwise a linked actor's name contains it. ``role`` narrows to sources or targets.
- type / modality: one of those given. since / until: the event's period (its own dates, else
  its article's publication day) overlaps. outlet: the outlet's name contains it
  (case-insensitively). min_confidence: at least that.

Stores with more events than ``max_events`` are not loaded (``load`` gives None); their pages
come from SQL. The filters are checked as the SQL path checks them (``QueryError``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Sequence

from sqlalchemy import func, select

from ..query.common import check_modalities, check_types, code_like, parse_period
from ..query.events import ROLES, Key, check_event_filters
from ..store import Store
from ..store import schema as t

__all__ = ["EventTable"]


@dataclass(slots=True)
class _Row:
    key: Key
    type: str
    modality: str | None
    confidence: float | None
    day_start: date | None
    day_end: date | None
    outlet: str  # lower-cased, "" without one
    codes: dict[str, list[str]] = field(default_factory=lambda: {"source": [], "target": []})
    actors: dict[str, list[tuple[str, str]]] = field(  # role -> [(code, lower-cased name)]
        default_factory=lambda: {"source": [], "target": []})
    # role ("source", "target", None: either) -> every code and code prefix at a dot of the
    # event's codes and its actors' codes, and the actors' lower-cased names
    coded: dict[str | None, frozenset[str]] = field(default_factory=dict)

    def index(self) -> None:
        for role in ROLES:
            words = set()
            for code in self.codes[role] + [c for c, _ in self.actors[role]]:
                parts = code.split(".")
                words.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
            words.update(name for _, name in self.actors[role])
            words.discard("")
            self.coded[role] = frozenset(words)
        self.coded[None] = self.coded["source"] | self.coded["target"]


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class EventTable:
    """Every event's filter fields, in ``find_events`` order (see the module docstring)."""

    def __init__(self, rows: list[_Row]) -> None:
        self.rows = rows

    @classmethod
    def load(cls, store: Store, max_events: int) -> "EventTable | None":
        e, a, c, ea, ac = t.events, t.articles, t.event_codes, t.event_actors, t.actors
        with store.engine.connect() as conn:
            if conn.execute(select(func.count()).select_from(e)).scalar_one() > max_events:
                return None
            rows: list[_Row] = []
            by_key: dict[Key, _Row] = {}
            for r in conn.execute(
                    select(e.c.article_id, e.c.id, e.c.seq, e.c.type, e.c.modality,
                           e.c.confidence, e.c.date_start, e.c.date_end, a.c.published,
                           a.c.outlet)
                    .select_from(e.join(a, a.c.id == e.c.article_id))):
                published = _day(r.published)
                start, end = _day(r.date_start), _day(r.date_end)
                row = _Row((r.article_id, r.id), r.type, r.modality, r.confidence,
                           start if start is not None else published,
                           end if end is not None else published, (r.outlet or "").lower())
                row_seq = (row, r.seq)
                rows.append(row_seq)  # type: ignore[arg-type]
                by_key[row.key] = row
            for r in conn.execute(select(c.c.article_id, c.c.event_id, c.c.role, c.c.code)):
                row = by_key.get((r.article_id, r.event_id))
                if row is not None and r.role in ROLES:
                    row.codes[r.role].append(r.code)
            for r in conn.execute(
                    select(ea.c.article_id, ea.c.event_id, ea.c.role, ac.c.code, ac.c.name)
                    .select_from(ea.join(ac, (ac.c.article_id == ea.c.article_id)
                                         & (ac.c.id == ea.c.actor_id)))):
                row = by_key.get((r.article_id, r.event_id))
                if row is not None and r.role in ROLES:
                    row.actors[r.role].append((r.code or "", (r.name or "").lower()))
        for row in by_key.values():
            row.index()
        # find_events' order: undated last, then first day, last day, article, seq
        rows.sort(key=lambda rs: (rs[0].day_start is None, rs[0].day_start or date.min,  # type: ignore[index]
                                  rs[0].day_end or date.min, rs[0].key[0], rs[1]))  # type: ignore[index]
        return cls([rs[0] for rs in rows])  # type: ignore[index]

    def keys(self, actor: str | None = None, role: str | None = None,
             type: str | Sequence[str] | None = None,  # noqa: A002 - the filters' name
             modality: str | Sequence[str] | None = None, since: Any = None, until: Any = None,
             outlet: str | None = None, min_confidence: float | None = None) -> list[Key]:
        """The keys ``event_keys`` gives for these filters, in its order."""
        types = set(check_types(type))
        modalities = set(check_modalities(modality))
        first, last = parse_period(since, until)
        check_event_filters(actor, role, min_confidence)
        wanted = _actor_test(actor.strip(), role) if actor else None
        outlet_part = outlet.lower() if outlet else None
        out = []
        for r in self.rows:
            if types and r.type not in types:
                continue
            if modalities and r.modality not in modalities:
                continue
            if first and (r.day_end is None or r.day_end < first):
                continue
            if last and (r.day_start is None or r.day_start > last):
                continue
            if outlet_part is not None and outlet_part not in r.outlet:
                continue
            if min_confidence is not None and (r.confidence is None or r.confidence < min_confidence):
                continue
            if wanted is not None and not wanted(r):
                continue
            out.append(r.key)
        return out


def _actor_test(value: str, role: str | None):
    roles = (role,) if role else ROLES
    if code_like(value):
        low = value.lower()

        def test(r: _Row) -> bool:  # a code or a code prefix at a dot, or a name equal to it
            words = r.coded[role]
            return value in words or low in words
        return test
    part = value.lower()

    def named(r: _Row) -> bool:
        return any(part in name for ro in roles for _, name in r.actors[ro])
    return named
