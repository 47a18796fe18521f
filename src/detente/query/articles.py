"""``find_articles``: the stored articles, filtered, newest first, with their counts.

Each row:

    article_id, title, outlet, author, published, url, source_id, n_chars,
    events, attributions, stances

Filters: OUTLET (substring, case-insensitive), SINCE/UNTIL (publication date), Q (words
that must all occur in the title or the text, case-insensitive). Rows come newest first
(undated last), then by id. ``count_articles`` counts the same filter.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import case, func, or_, select

from ..errors import QueryError
from ..store import Store
from ..store import schema as t
from .common import check_limit, check_offset, iso, match_name, open_store, parse_period

__all__ = ["ARTICLE_COLUMNS", "count_articles", "find_articles"]

ARTICLE_COLUMNS: tuple[str, ...] = ("article_id", "title", "outlet", "author", "published",
                                    "url", "source_id", "n_chars", "events", "attributions",
                                    "stances")

_MAX_WORDS = 10


def _where(outlet: str | None, since: Any, until: Any, q: str | None) -> list[Any]:
    first, last = parse_period(since, until)
    a = t.articles
    where = []
    if outlet:
        where.append(match_name(a.c.outlet, outlet))
    if first:
        where.append(a.c.published >= first)
    if last:
        where.append(a.c.published <= last)
    words = (q or "").split()
    if len(words) > _MAX_WORDS:
        raise QueryError(f"q has {len(words)} words; search with at most {_MAX_WORDS}")
    for word in words:
        where.append(or_(match_name(a.c.title, word), match_name(a.c.text, word)))
    return where


def _count(child: Any) -> Any:
    return (select(func.count()).select_from(child)
            .where(child.c.article_id == t.articles.c.id).scalar_subquery())


def find_articles(
    db: str | Store | None = None,
    *,
    outlet: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    q: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> list[dict[str, Any]]:
    """Articles of the store DB matching every filter, newest first."""
    check_limit(limit)
    check_offset(offset)
    a = t.articles
    stmt = (
        select(a.c.id, a.c.title, a.c.outlet, a.c.author, a.c.published, a.c.url,
               a.c.source_id, a.c.n_chars, _count(t.events).label("events"),
               _count(t.attributions).label("attributions"),
               _count(t.stances).label("stances"))
        .where(*_where(outlet, since, until, q))
        .order_by(case((a.c.published.is_(None), 1), else_=0), a.c.published.desc(), a.c.id)
    )
    if limit:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    with open_store(db) as store, store.engine.connect() as conn:
        return [{
            "article_id": r.id, "title": r.title, "outlet": r.outlet, "author": r.author,
            "published": iso(r.published), "url": r.url, "source_id": r.source_id,
            "n_chars": r.n_chars, "events": int(r.events), "attributions": int(r.attributions),
            "stances": int(r.stances),
        } for r in conn.execute(stmt)]


def count_articles(
    db: str | Store | None = None,
    *,
    outlet: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    q: str | None = None,
) -> int:
    """How many articles ``find_articles`` gives for these filters (without LIMIT/OFFSET)."""
    stmt = select(func.count()).select_from(t.articles).where(*_where(outlet, since, until, q))
    with open_store(db) as store, store.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())

