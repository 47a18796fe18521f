"""Aggregates over the store: events per week and type, dyads, sources by outlet.

Every event aggregate takes the filters of ``find_events`` (``EVENT_FILTERS``) and counts
exactly the events ``find_events`` would list for them (``events.event_subquery``).

- ``events_by_week``: ``[{"week": "2022-11-07", "type": "ASSAULT", "events": 3}, ...]``;
  an event's week is the ISO week (starting Monday) of its first day, else of its
  article's publication date; events with neither are counted under ``"week": None``.
- ``dyads``: who acts on whom, by actor code: ``[{"source": "RUS", "target": "UKR",
  "events": 4, "types": {"ASSAULT": 3, "THREATEN": 1}}, ...]``, most events first. An event
  with several source or target codes adds to each pair.
- ``sources``: per outlet, how many attributions, how many anonymous (and the share), by
  kind, and the reporting chains (``via``) used, most frequent first.
- ``store_stats``: all of the above in one dict (``GET /api/v1/stats``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, select

from ..store import Store
from ..store import schema as t
from .common import check_limit, iso, open_store
from .events import event_subquery
from .quotes import quote_filters

__all__ = ["EVENT_FILTERS", "dyads", "events_by_week", "sources", "store_stats",
           "type_counts", "week_of"]

EVENT_FILTERS: tuple[str, ...] = ("actor", "role", "type", "modality", "since", "until",
                                  "outlet", "min_confidence")


def week_of(day: date | str | None) -> str | None:
    """The Monday of DAY's ISO week, as ``YYYY-MM-DD`` (None for None)."""
    if day is None:
        return None
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return (day - timedelta(days=day.weekday())).isoformat()


def _event_filters(filters: dict[str, Any]) -> dict[str, Any]:
    unknown = set(filters) - set(EVENT_FILTERS)
    if unknown:  # a programming error, not a user's
        raise TypeError(f"unknown event filter(s): {', '.join(sorted(unknown))}")
    return filters


def events_by_week(db: str | Store | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Events per ISO week and type for the FILTERS of ``find_events``, oldest week first."""
    sub = event_subquery(**_event_filters(filters))
    stmt = select(sub.c.day, sub.c.type, func.count().label("n")).group_by(sub.c.day,
                                                                           sub.c.type)
    counts: Counter = Counter()
    with open_store(db) as store, store.engine.connect() as conn:
        for r in conn.execute(stmt):
            counts[(week_of(r.day), r.type)] += int(r.n)
    return [{"week": w, "type": ty, "events": n}
            for (w, ty), n in sorted(counts.items(), key=lambda kv: (kv[0][0] is None,
                                                                     kv[0][0] or "", kv[0][1]))]


def type_counts(db: str | Store | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Events per PLOVER type and modality for the FILTERS, most frequent type first."""
    sub = event_subquery(**_event_filters(filters))
    stmt = (select(sub.c.type, sub.c.modality, func.count().label("n"))
            .group_by(sub.c.type, sub.c.modality))
    by_type: dict[str, Counter] = defaultdict(Counter)
    with open_store(db) as store, store.engine.connect() as conn:
        for r in conn.execute(stmt):
            by_type[r.type][r.modality or "asserted"] += int(r.n)
    rows = [{"type": ty, "events": sum(c.values()), "by_modality": dict(sorted(c.items()))}
            for ty, c in by_type.items()]
    return sorted(rows, key=lambda r: (-r["events"], r["type"]))


def dyads(db: str | Store | None = None, *, limit: int | None = None, **filters: Any
          ) -> list[dict[str, Any]]:
    """(source code, target code) pairs with their event counts, most events first."""
    check_limit(limit)
    sub = event_subquery(**_event_filters(filters))
    src, tgt = t.event_codes.alias("src"), t.event_codes.alias("tgt")
    stmt = (
        select(src.c.code.label("source"), tgt.c.code.label("target"), sub.c.type,
               func.count().label("n"))
        .select_from(
            sub.join(src, and_(src.c.article_id == sub.c.article_id,
                               src.c.event_id == sub.c.event_id, src.c.role == "source"))
            .join(tgt, and_(tgt.c.article_id == sub.c.article_id,
                            tgt.c.event_id == sub.c.event_id, tgt.c.role == "target")))
        .where(src.c.code != tgt.c.code)
        .group_by(src.c.code, tgt.c.code, sub.c.type)
    )
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    with open_store(db) as store, store.engine.connect() as conn:
        for r in conn.execute(stmt):
            pairs[(r.source, r.target)][r.type] += int(r.n)
    rows = [{"source": s, "target": g, "events": sum(c.values()),
             "types": dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))}
            for (s, g), c in pairs.items()]
    rows.sort(key=lambda r: (-r["events"], r["source"], r["target"]))
    return rows[:limit] if limit else rows


def sources(db: str | Store | None = None, *, outlet: str | None = None,
            since: date | str | None = None, until: date | str | None = None,
            speaker: str | None = None, chains: int = 10) -> list[dict[str, Any]]:
    """Per outlet: attributions, anonymous ones and their share, kinds, reporting chains.

    The filters are those of ``find_quotes`` (SINCE/UNTIL on publication dates). CHAINS:
    how many of an outlet's most used reporting chains to keep (``chains_total`` counts
    every attribution that came through one).
    """
    q, a = t.attributions, t.articles
    where = quote_filters(speaker=speaker, outlet=outlet, since=since, until=until)
    stmt = (select(a.c.outlet, q.c.anonymous, q.c.kind, q.c.via_names)
            .select_from(q.join(a, a.c.id == q.c.article_id)).where(*where))
    grouped: dict[str | None, dict[str, Any]] = {}
    with open_store(db) as store, store.engine.connect() as conn:
        articles_by_outlet = dict(conn.execute(
            select(a.c.outlet, func.count().label("articles"))
            .where(a.c.id.in_(select(q.c.article_id).select_from(
                q.join(a, a.c.id == q.c.article_id)).where(*where)))
            .group_by(a.c.outlet)).all())
        for r in conn.execute(stmt):
            g = grouped.setdefault(r.outlet, {"n": 0, "anon": 0, "kinds": Counter(),
                                              "chains": Counter(), "via": 0})
            g["n"] += 1
            g["anon"] += bool(r.anonymous)
            g["kinds"][r.kind or "unknown"] += 1
            if r.via_names:
                g["via"] += 1
                g["chains"][" > ".join(r.via_names)] += 1
    out = []
    for name, g in grouped.items():
        out.append({
            "outlet": name, "articles": int(articles_by_outlet.get(name, 0)),
            "attributions": g["n"], "anonymous": g["anon"],
            "share_anonymous": round(g["anon"] / g["n"], 4) if g["n"] else None,
            "kinds": dict(sorted(g["kinds"].items())),
            "via_total": g["via"],
            "chains": [{"chain": c, "attributions": n} for c, n in
                       sorted(g["chains"].items(), key=lambda kv: (-kv[1], kv[0]))[:chains]],
        })
    out.sort(key=lambda r: (-r["attributions"], r["outlet"] or ""))
    return out


def store_stats(db: str | Store | None = None, *, dyad_limit: int = 20, **filters: Any
                ) -> dict[str, Any]:
    """The numbers of ``GET /api/v1/stats`` for the event FILTERS of ``find_events``."""
    filters = _event_filters(filters)
    with open_store(db) as store:
        types = type_counts(store, **filters)
        with store.engine.connect() as conn:
            n_articles = conn.execute(select(func.count()).select_from(t.articles)).scalar_one()
            span = conn.execute(select(func.min(t.articles.c.published),
                                       func.max(t.articles.c.published))).one()
        quote_keys = {k: filters[k] for k in ("outlet", "since", "until") if filters.get(k)}
        return {
            "articles": int(n_articles),
            "published": {"first": iso(span[0]), "last": iso(span[1])},
            "events": sum(r["events"] for r in types),
            "by_type": types,
            "by_week": events_by_week(store, **filters),
            "top_dyads": dyads(store, limit=dyad_limit, **filters),
            "anonymous_by_outlet": [
                {k: r[k] for k in ("outlet", "attributions", "anonymous", "share_anonymous")}
                for r in sources(store, **quote_keys)],
        }
