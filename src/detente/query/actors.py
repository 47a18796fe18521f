"""``list_actors``: every actor across the store, by name, with how often it appears.

An actor row in the store belongs to one article; this groups them by name (as the
resolver wrote it, so "Vladimir Putin" across articles is one row) and gives:

    name, kind (the most frequent), codes (every code given to that name, most frequent
    first), anonymous, articles (how many), mentions (spans in those articles), events
    (links as source or target), first_seen / last_seen (publication dates)

Rows come by mentions, most first, then by name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import and_, func, select

from ..store import Store
from ..store import schema as t
from .common import check_limit, code_like, iso, match_code, match_name, open_store

__all__ = ["ACTOR_COLUMNS", "list_actors"]

ACTOR_COLUMNS: tuple[str, ...] = ("name", "kind", "codes", "anonymous", "articles", "mentions",
                                  "events", "first_seen", "last_seen")


def list_actors(db: str | Store | None = None, *, actor: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Actors of the store DB grouped by name, most mentioned first.

    ACTOR keeps the names matching it (a code prefix, or a substring of the name); LIMIT
    keeps the first that many rows.
    """
    check_limit(limit)
    ac, m, a, ea = t.actors, t.actor_mentions, t.articles, t.event_actors
    where = []
    if actor and actor.strip():
        value = actor.strip()
        where.append(match_code(ac.c.code, value) if code_like(value)
                     else match_name(ac.c.name, value))
    mentions = (select(m.c.article_id, m.c.actor_id, func.count().label("n"))
                .group_by(m.c.article_id, m.c.actor_id).subquery())
    totals = (
        select(ac.c.name, func.count(func.distinct(ac.c.article_id)).label("articles"),
               func.coalesce(func.sum(mentions.c.n), 0).label("mentions"),
               func.min(a.c.published).label("first_seen"),
               func.max(a.c.published).label("last_seen"))
        .select_from(ac.join(a, a.c.id == ac.c.article_id).outerjoin(
            mentions, and_(mentions.c.article_id == ac.c.article_id,
                           mentions.c.actor_id == ac.c.id)))
        .where(*where).group_by(ac.c.name)
    )
    kinds = (select(ac.c.name, ac.c.code, ac.c.kind, ac.c.anonymous, func.count().label("n"))
             .where(*where).group_by(ac.c.name, ac.c.code, ac.c.kind, ac.c.anonymous))
    events = (select(ac.c.name, func.count().label("n"))
              .select_from(ea.join(ac, and_(ac.c.article_id == ea.c.article_id,
                                            ac.c.id == ea.c.actor_id)))
              .where(*where).group_by(ac.c.name))
    with open_store(db) as store, store.engine.connect() as conn:
        rows = {r.name: dict(r._mapping) for r in conn.execute(totals)}
        codes: dict[str, Counter] = defaultdict(Counter)
        kind: dict[str, Counter] = defaultdict(Counter)
        anonymous: dict[str, Counter] = defaultdict(Counter)
        for r in conn.execute(kinds):
            if r.code:
                codes[r.name][r.code] += r.n
            kind[r.name][r.kind] += r.n
            anonymous[r.name][bool(r.anonymous)] += r.n
        n_events = {r.name: int(r.n) for r in conn.execute(events)}
    out = []
    for name, r in rows.items():
        out.append({
            "name": name,
            "kind": _most(kind[name]),
            "codes": [c for c, _ in sorted(codes[name].items(), key=lambda kv: (-kv[1], kv[0]))],
            "anonymous": bool(_most(anonymous[name])),
            "articles": int(r["articles"]),
            "mentions": int(r["mentions"]),
            "events": n_events.get(name, 0),
            "first_seen": iso(r["first_seen"]),
            "last_seen": iso(r["last_seen"]),
        })
    out.sort(key=lambda r: (-r["mentions"], -r["articles"], r["name"].casefold(), r["name"]))
    return out[:limit] if limit else out


def _most(counter: Counter) -> Any:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]
