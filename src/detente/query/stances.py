"""``stance_series``: where each actor stands on each topic, over time, from the store.

The stored stances are handed to ``stances.timeline.stance_timeline`` (the same logic the
contract dicts use), so a series is ordered by the stance's own date, else its article's
publication date, undated ones last; consecutive positions that differ are change points.
A stance whose actor has no code cannot be followed across articles and is left out.

Each series:

    {"actor_code": "UKR.GOV", "topic": "negotiations", "current": "conditional",
     "positions": [{"date", "precision", "dated_by", "position", "change", "conditions",
                    "evidence", "actor", "article_id", "stance_id", "outlet", "title",
                    "url"}, ...],
     "changes": [{"from", "to", "date", "article", "previous_date", "previous_article"}]}

``change`` is ``"open -> opposed"`` on a position that differs from the one before it,
else None. ``flatten(series)`` gives one row per position (``STANCE_COLUMNS``) for CSV.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from ..stances.timeline import stance_timeline
from ..store import Store
from ..store import schema as t
from .common import code_like, iso, match_code, match_name, open_store, parse_period

__all__ = ["STANCE_COLUMNS", "flatten", "stance_series"]

STANCE_COLUMNS: tuple[str, ...] = (
    "actor_code", "topic", "date", "precision", "dated_by", "position", "change",
    "conditions", "actor", "evidence", "outlet", "title", "article_id", "url", "stance_id",
)


def stance_series(
    db: str | Store | None = None,
    *,
    actor: str | None = None,
    topic: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
) -> list[dict[str, Any]]:
    """Position over time per actor code and topic, with change points, from the store DB.

    ACTOR: a code (prefix at a dot: ``UKR`` gives UKR, UKR.GOV, ...) or part of the actor's
    name. TOPIC: exact topic (``negotiations``). SINCE/UNTIL: the stance's period (else its
    article's publication date) overlaps the range.
    """
    first, last = parse_period(since, until)
    s, a, ac = t.stances, t.articles, t.actors
    where = []
    if actor and actor.strip():
        value = actor.strip()
        if code_like(value):
            where.append(or_(match_code(s.c.actor_code, value),
                             func.lower(ac.c.name) == value.lower()))
        else:
            where.append(match_name(ac.c.name, value))
    if topic:
        where.append(s.c.topic == topic)
    if first:
        where.append(func.coalesce(s.c.date_end, a.c.published) >= first)
    if last:
        where.append(func.coalesce(s.c.date_start, a.c.published) <= last)
    stmt = (
        select(s.c.article_id, s.c.id, s.c.actor_id, s.c.actor_code, s.c.topic, s.c.position,
               s.c.conditions, s.c.evidence_text, s.c.date_value, s.c.date_precision,
               s.c.date_text, ac.c.name.label("actor_name"), a.c.published, a.c.outlet,
               a.c.title, a.c.url)
        .select_from(s.join(a, a.c.id == s.c.article_id).outerjoin(
            ac, and_(ac.c.article_id == s.c.article_id, ac.c.id == s.c.actor_id)))
        .where(s.c.actor_code.is_not(None), *where)
        .order_by(case((a.c.published.is_(None), 1), else_=0), a.c.published,
                  s.c.article_id, s.c.seq)
    )
    results: dict[str, dict[str, Any]] = {}
    articles: dict[str, dict[str, Any]] = {}
    with open_store(db) as store, store.engine.connect() as conn:
        for r in conn.execute(stmt).mappings():
            aid = r["article_id"]
            if aid not in results:
                results[aid] = {"article": {"id": aid, "published": iso(r["published"])},
                                "actors": [], "stances": []}
                articles[aid] = {"outlet": r["outlet"], "title": r["title"], "url": r["url"]}
            result = results[aid]
            if r["actor_id"] is not None and r["actor_name"] is not None:
                result["actors"].append({"id": r["actor_id"], "name": r["actor_name"]})
            result["stances"].append({
                "id": r["id"], "actor": r["actor_id"], "actor_code": r["actor_code"],
                "topic": r["topic"], "position": r["position"],
                "conditions": r["conditions"] or [],
                "evidence": {"text": r["evidence_text"]} if r["evidence_text"] else None,
                "date": ({"value": r["date_value"], "precision": r["date_precision"],
                          "text": r["date_text"]} if r["date_value"] else None),
            })
    series = stance_timeline(results.values())
    for record in series:
        previous = None
        for position in record["positions"]:
            aid = position.pop("article")
            position["change"] = (f"{previous} -> {position['position']}"
                                  if previous is not None and previous != position["position"]
                                  else None)
            previous = position["position"]
            position["article_id"] = aid
            position["stance_id"] = position.pop("stance", None)
            position.update(articles.get(aid, {}))
    return series


def flatten(series: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per position (``STANCE_COLUMNS``), series after series."""
    rows = []
    for record in series:
        for p in record["positions"]:
            rows.append({"actor_code": record["actor_code"], "topic": record["topic"],
                         **{k: p.get(k) for k in STANCE_COLUMNS if k not in ("actor_code",
                                                                            "topic")}})
    return rows
