"""``find_quotes``: attributions (quotes and reported speech), and how many are anonymous.

Each row:

    article_id, quote_id, published, outlet, speaker, speaker_code, anonymous, kind,
    via (the reporting chain as names, nearest first), cue, content, title, url

``speaker`` is the resolved speaker's name, else the words that introduce the source as
written ("a senior Western official"). Attributions carry no date of their own: SINCE and
UNTIL filter on the article's publication date.

The summary (``QuoteResult.summary``) counts the attributions matching every filter *except*
ANONYMOUS, so its share of anonymous sources means something even with ``--anonymous``:
``{"attributions": 120, "anonymous": 31, "share_anonymous": 0.258, "by_outlet": [...]}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select

from ..store import Store
from ..store import schema as t
from .common import check_limit, check_offset, code_like, iso, match_code, match_name, open_store, parse_period

__all__ = ["QUOTE_COLUMNS", "QuoteResult", "find_quotes", "quote_filters", "quotes_about",
           "summary_line"]

QUOTE_COLUMNS: tuple[str, ...] = ("article_id", "quote_id", "published", "outlet", "speaker",
                                  "speaker_code", "anonymous", "kind", "via", "cue", "content",
                                  "title", "url")


@dataclass
class QuoteResult:
    rows: list[dict[str, Any]]
    summary: dict[str, Any] = field(default_factory=dict)


def _speaker_filter(value: str) -> Any:
    q = t.attributions
    if code_like(value):
        return or_(match_code(q.c.speaker_code, value),
                   func.lower(q.c.speaker_name) == value.lower())
    return or_(match_name(q.c.speaker_name, value), match_name(q.c.source_mention_text, value))


def quote_filters(*, speaker: str | None = None, outlet: str | None = None,
                  since: date | str | None = None, until: date | str | None = None
                  ) -> list[Any]:
    """The WHERE clauses (on ``attributions`` joined to ``articles``) of these filters."""
    first, last = parse_period(since, until)
    q, a = t.attributions, t.articles
    where = []
    if speaker and speaker.strip():
        where.append(_speaker_filter(speaker.strip()))
    if outlet:
        where.append(match_name(a.c.outlet, outlet))
    if first:
        where.append(a.c.published >= first)
    if last:
        where.append(a.c.published <= last)
    return where


def find_quotes(
    db: str | Store | None = None,
    *,
    speaker: str | None = None,
    anonymous: bool | None = None,
    outlet: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> QuoteResult:
    """Attributions in the store DB matching every filter, by publication date.

    SPEAKER: a code (prefix at a dot) or part of the speaker's name or of the words that
    name the source. ANONYMOUS: True for anonymous sources only, False for named ones only.
    OUTLET: substring of the outlet, case-insensitive. SINCE/UNTIL: publication dates.
    LIMIT/OFFSET: a page of the rows (the summary counts them all; ``matched`` is how many
    rows there are without LIMIT/OFFSET).
    """
    check_limit(limit)
    check_offset(offset)
    where = quote_filters(speaker=speaker, outlet=outlet, since=since, until=until)
    q, a = t.attributions, t.articles
    joined = q.join(a, a.c.id == q.c.article_id)
    stmt = select(*_columns()).select_from(joined).where(*where)
    if anonymous is not None:
        stmt = stmt.where(q.c.anonymous == anonymous)
    stmt = stmt.order_by(case((a.c.published.is_(None), 1), else_=0), a.c.published,
                         q.c.article_id, q.c.seq)
    if limit:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    anon = func.sum(case((q.c.anonymous == True, 1), else_=0))  # noqa: E712 - SQL
    by_outlet = (select(a.c.outlet, func.count().label("n"), anon.label("anonymous"))
                 .select_from(joined).where(*where).group_by(a.c.outlet))
    with open_store(db) as store, store.engine.connect() as conn:
        found = list(conn.execute(stmt).mappings())
        outlets = [(r.outlet, int(r.n), int(r.anonymous or 0)) for r in conn.execute(by_outlet)]
    rows = [_row(r) for r in found]
    total = sum(n for _, n, _ in outlets)
    n_anon = sum(k for _, _, k in outlets)
    summary = {
        "attributions": total,
        "anonymous": n_anon,
        "share_anonymous": round(n_anon / total, 4) if total else None,
        "by_outlet": [
            {"outlet": o, "attributions": n, "anonymous": k,
             "share_anonymous": round(k / n, 4) if n else None}
            for o, n, k in sorted(outlets, key=lambda x: (-x[1], x[0] or ""))],
        "shown": len(rows),
        "matched": (total if anonymous is None else n_anon if anonymous else total - n_anon),
    }
    return QuoteResult(rows, summary)


def _row(r: Any) -> dict[str, Any]:
    return {
        "article_id": r["article_id"],
        "quote_id": r["quote_id"],
        "published": iso(r["published"]),
        "outlet": r["outlet"],
        "speaker": r["speaker_name"] or r["source_mention_text"],
        "speaker_code": r["speaker_code"],
        "anonymous": bool(r["anonymous"]),
        "kind": r["kind"],
        "via": list(r["via_names"] or []),
        "cue": r["cue_text"],
        "content": r["content_text"],
        "title": r["title"],
        "url": r["url"],
    }


def _columns() -> list[Any]:
    q, a = t.attributions, t.articles
    return [q.c.article_id, q.c.id.label("quote_id"), a.c.published, a.c.outlet,
            q.c.speaker_name, q.c.source_mention_text, q.c.speaker_code, q.c.anonymous,
            q.c.kind, q.c.via_names, q.c.cue_text, q.c.content_text, a.c.title, a.c.url]


def quotes_about(db: str | Store | None, actor: str, *, limit: int | None = None
                 ) -> list[dict[str, Any]]:
    """Attributions whose content mentions ACTOR (a code prefix or part of a name), not
    spoken by it: what others say about it. Rows as ``find_quotes`` gives them."""
    check_limit(limit)
    q, a, m, ac = t.attributions, t.articles, t.actor_mentions, t.actors
    value = actor.strip()
    if code_like(value):
        named = or_(match_code(ac.c.code, value), func.lower(ac.c.name) == value.lower())
        speaker = match_code(func.coalesce(q.c.speaker_code, ""), value)
    else:
        named = match_name(ac.c.name, value)
        speaker = match_name(func.coalesce(q.c.speaker_name, ""), value)
    mentioned = exists(
        select(literal(1)).select_from(
            m.join(ac, and_(ac.c.article_id == m.c.article_id, ac.c.id == m.c.actor_id)))
        .where(m.c.article_id == q.c.article_id, m.c.mention_start >= q.c.content_start,
               m.c.mention_end <= q.c.content_end, named))
    stmt = (select(*_columns()).select_from(q.join(a, a.c.id == q.c.article_id))
            .where(mentioned, ~speaker)
            .order_by(case((a.c.published.is_(None), 1), else_=0), a.c.published,
                      q.c.article_id, q.c.seq))
    if limit:
        stmt = stmt.limit(limit)
    with open_store(db) as store, store.engine.connect() as conn:
        return [_row(r) for r in conn.execute(stmt).mappings()]


def summary_line(summary: dict[str, Any]) -> str:
    """One line for people: how many attributions, how many anonymous, and by outlet."""
    total = summary.get("attributions") or 0
    if not total:
        return "no attributions match"
    anon = summary["anonymous"]
    line = (f"{total:,} attribution(s) match; {anon:,} from anonymous sources "
            f"({100 * anon / total:.1f}%)")
    outlets = [o for o in summary.get("by_outlet", []) if o["attributions"]]
    if len(outlets) > 1:
        parts = [f"{o['outlet'] or '(no outlet)'} {100 * o['share_anonymous']:.0f}% of "
                 f"{o['attributions']}" for o in outlets[:6]]
        more = f", +{len(outlets) - 6} more" if len(outlets) > 6 else ""
        line += "; anonymous by outlet: " + ", ".join(parts) + more
    if summary.get("shown") is not None and summary["shown"] != total:
        line += f"; {summary['shown']:,} shown"
    return line
