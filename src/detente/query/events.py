"""``find_events``: events in the store, filtered, with their article and evidence.

Each row is a plain dict (JSON-ready: dates as ISO text, lists as lists):

    article_id, event_id, date, date_precision, type, mode, modality, cameo, confidence,
    source, source_codes, target, target_codes, place, place_country, lat, lon, geonameid,
    said_by, said_by_code, said_by_anonymous, condition, trigger, evidence,
    outlet, published, title, url, article_source_id

``source``/``target`` are the linked actors' names, ``source_codes``/``target_codes`` the
codes the event carries, ``said_by`` the speaker of the attribution holding the event
(None when the article asserts it in its own voice).

Dates: ``--since``/``--until`` keep events whose period overlaps the range
(``date_end >= since`` and ``date_start <= until``); an event without a date of its own is
dated by its article's publication date. Rows come in date order (undated last), then by
article and position in the article.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Iterator, Sequence

from sqlalchemy import and_, case, exists, func, literal, or_, select

from ..errors import QueryError
from ..store import Store
from ..store import schema as t
from .common import (
    check_limit,
    check_modalities,
    check_offset,
    check_types,
    chunks,
    code_like,
    iso,
    match_code,
    match_name,
    open_store,
    parse_period,
)

__all__ = ["EVENT_COLUMNS", "ROLES", "check_event_filters", "count_events", "event_keys", "event_subquery",
           "events_by_keys", "find_events", "iter_events"]

ROLES = ("source", "target")

EVENT_COLUMNS: tuple[str, ...] = (
    "article_id", "event_id", "date", "date_precision", "type", "mode", "modality", "cameo",
    "confidence", "source", "source_codes", "target", "target_codes", "place",
    "place_country", "lat", "lon", "geonameid", "said_by", "said_by_code",
    "said_by_anonymous", "condition", "trigger", "evidence", "outlet", "published", "title",
    "url", "article_source_id",
)


def actor_filter(value: str, role: str | None = None) -> Any:
    """A WHERE clause on ``events``: some source/target actor of the event matches VALUE."""
    e, c, ea, ac = t.events, t.event_codes, t.event_actors, t.actors
    conditions = []
    if code_like(value):
        coded = select(literal(1)).select_from(c).where(
            c.c.article_id == e.c.article_id, c.c.event_id == e.c.id, match_code(c.c.code, value))
        if role:
            coded = coded.where(c.c.role == role)
        conditions.append(exists(coded))
        on_actor = or_(match_code(ac.c.code, value), func.lower(ac.c.name) == value.lower())
    else:
        on_actor = match_name(ac.c.name, value)
    linked = select(literal(1)).select_from(
        ea.join(ac, and_(ac.c.article_id == ea.c.article_id, ac.c.id == ea.c.actor_id))
    ).where(ea.c.article_id == e.c.article_id, ea.c.event_id == e.c.id, on_actor)
    if role:
        linked = linked.where(ea.c.role == role)
    conditions.append(exists(linked))
    return or_(*conditions)


def find_events(
    db: str | Store | None = None,
    *,
    actor: str | None = None,
    role: str | None = None,
    type: str | Sequence[str] | None = None,  # noqa: A002 - the option's name
    modality: str | Sequence[str] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    outlet: str | None = None,
    min_confidence: float | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> list[dict[str, Any]]:
    """Events in the store DB matching every filter given, in date order.

    ACTOR: a code (prefix at a dot) or a name (substring, case-insensitive) of a source or
    target (only ROLE's when ROLE is ``source`` or ``target``). TYPE and MODALITY: one or
    more (a list or comma-separated). SINCE/UNTIL: ``YYYY[-MM[-DD]]``. OUTLET: substring of
    the article's outlet, case-insensitive. MIN_CONFIDENCE: 0 to 1. LIMIT: at most that many;
    OFFSET: skip that many first (a page: ``limit=50, offset=100``).
    """
    return list(iter_events(db, actor=actor, role=role, type=type, modality=modality,
                            since=since, until=until, outlet=outlet,
                            min_confidence=min_confidence, limit=limit, offset=offset))


def iter_events(
    db: str | Store | None = None,
    *,
    actor: str | None = None,
    role: str | None = None,
    type: str | Sequence[str] | None = None,  # noqa: A002
    modality: str | Sequence[str] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    outlet: str | None = None,
    min_confidence: float | None = None,
    limit: int | None = None,
    offset: int | None = None,
    chunk: int = 1000,
) -> Iterator[dict[str, Any]]:
    """``find_events`` as a stream, CHUNK events at a time (for CSV/JSONL of large stores).

    The filters are checked and the store opened at once (``QueryError``, ``StoreError``),
    before the first row is asked for.
    """
    stmt = _statement(actor, role, type, modality, since, until, outlet, min_confidence, limit,
                      offset)
    own = not isinstance(db, Store)
    store = Store.open(db, create=False) if own else db
    return _stream(store, stmt, chunk, close=own)


def count_events(
    db: str | Store | None = None,
    *,
    actor: str | None = None,
    role: str | None = None,
    type: str | Sequence[str] | None = None,  # noqa: A002
    modality: str | Sequence[str] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    outlet: str | None = None,
    min_confidence: float | None = None,
) -> int:
    """How many events ``find_events`` gives for these filters (without LIMIT/OFFSET)."""
    sub = event_subquery(actor=actor, role=role, type=type, modality=modality, since=since,
                         until=until, outlet=outlet, min_confidence=min_confidence)
    with open_store(db) as store, store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(sub)).scalar_one())


def event_subquery(
    *,
    actor: str | None = None,
    role: str | None = None,
    type: str | Sequence[str] | None = None,  # noqa: A002
    modality: str | Sequence[str] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    outlet: str | None = None,
    min_confidence: float | None = None,
) -> Any:
    """The events these filters keep, as a subquery (``article_id``, ``event_id``, ``type``,
    ``modality``, ``day``: the event's first day, else its article's publication date, ...)
    for aggregate queries (``query.stats``) to join on."""
    return _statement(actor, role, type, modality, since, until, outlet, min_confidence,
                      None, None, ordered=False).subquery()


def check_event_filters(actor: str | None, role: str | None, min_confidence: float | None) -> None:
    """``QueryError`` for an unknown role, a confidence outside 0..1 or an empty actor."""
    if role is not None and role not in ROLES:
        raise QueryError(f"unknown role {role!r}; use source or target (or leave it out)")
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise QueryError(f"--min-confidence {min_confidence} is outside 0..1; "
                         "confidence is a probability, e.g. --min-confidence 0.6")
    if actor is not None and not actor.strip():
        raise QueryError("--actor is empty; give a code (RUS, RUS.GOV) or part of a name")


def _statement(actor: str | None, role: str | None, type_: Any, modality: Any,
               since: Any, until: Any, outlet: str | None, min_confidence: float | None,
               limit: int | None, offset: int | None = None, *, ordered: bool = True,
               keys_only: bool = False) -> Any:
    types = check_types(type_)
    modalities = check_modalities(modality)
    first, last = parse_period(since, until)
    check_limit(limit)
    check_offset(offset)
    check_event_filters(actor, role, min_confidence)

    e, a, q = t.events, t.articles, t.attributions
    day_start = func.coalesce(e.c.date_start, a.c.published)
    day_end = func.coalesce(e.c.date_end, a.c.published)
    stmt = select(e.c.article_id, e.c.id).select_from(e.join(a, a.c.id == e.c.article_id)) \
        if keys_only else (
        select(
            e.c.article_id, e.c.id.label("event_id"), e.c.type, e.c.mode, e.c.modality,
            e.c.cameo, e.c.confidence, e.c.date_value, e.c.date_precision,
            e.c.location_name, e.c.location_country, e.c.location_lat, e.c.location_lon,
            e.c.location_geonameid, e.c.condition_id, e.c.trigger_text, e.c.evidence_text,
            q.c.speaker_name, q.c.speaker_code, q.c.anonymous.label("said_by_anonymous"),
            q.c.source_mention_text, e.c.attribution_id,
            a.c.outlet, a.c.published, a.c.title, a.c.url, a.c.source_id,
            day_start.label("day"),
        )
        .select_from(
            e.join(a, a.c.id == e.c.article_id)
            .outerjoin(q, and_(q.c.article_id == e.c.article_id, q.c.id == e.c.attribution_id))
        )
    )
    if actor:
        stmt = stmt.where(actor_filter(actor.strip(), role))
    if types:
        stmt = stmt.where(e.c.type.in_(types))
    if modalities:
        stmt = stmt.where(e.c.modality.in_(modalities))
    if first:
        stmt = stmt.where(day_end >= first)
    if last:
        stmt = stmt.where(day_start <= last)
    if outlet:
        stmt = stmt.where(match_name(a.c.outlet, outlet))
    if min_confidence is not None:
        stmt = stmt.where(e.c.confidence >= min_confidence)
    if not ordered:
        return stmt
    stmt = stmt.order_by(case((day_start.is_(None), 1), else_=0), day_start, day_end,
                         e.c.article_id, e.c.seq)
    if limit:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    return stmt


Key = tuple[str, str]  # (article_id, event_id)


def event_keys(
    db: str | Store | None = None,
    *,
    actor: str | None = None,
    role: str | None = None,
    type: str | Sequence[str] | None = None,  # noqa: A002
    modality: str | Sequence[str] | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    outlet: str | None = None,
    min_confidence: float | None = None,
) -> list[Key]:
    """The (article_id, event_id) of every event ``find_events`` gives, in its order: one
    query of two columns, for callers that page through a filter many times (the API
    keeps it and fetches each page with ``events_by_keys``)."""
    stmt = _statement(actor, role, type, modality, since, until, outlet, min_confidence,
                      None, None, keys_only=True)
    with open_store(db) as store, store.engine.connect() as conn:
        return [(r[0], r[1]) for r in conn.execute(stmt)]


def events_by_keys(db: str | Store | None, keys: Sequence[Key]) -> list[dict[str, Any]]:
    """The rows (as ``find_events`` gives them) of the events KEYS name, in KEYS' order;
    keys of events no longer stored are left out."""
    if not keys:
        return []
    e = t.events
    found: dict[Key, dict[str, Any]] = {}
    with open_store(db) as store, store.engine.connect() as conn:
        # by primary key (article, event): only the rows asked for are read
        for part in chunks(sorted(set(keys)), 200):
            stmt = _statement(None, None, None, None, None, None, None, None, None, None,
                              ordered=False).where(_key_filter(e.c.article_id, e.c.id, part))
            rows = [dict(r._mapping) for r in conn.execute(stmt)]
            links = _links(conn, rows, part)
            for r in rows:
                found[(r["article_id"], r["event_id"])] = _row(r, links)
    return [found[k] for k in keys if k in found]


def _stream(store: Store, stmt: Any, chunk: int, close: bool) -> Iterator[dict[str, Any]]:
    try:
        with store.engine.connect() as conn:
            result = conn.execution_options(yield_per=chunk).execute(stmt)
            for part in result.partitions():
                found = [dict(r._mapping) for r in part]
                links = _links(conn, found)
                for r in found:
                    yield _row(r, links)
    finally:
        if close:
            store.close()


def _row(r: dict[str, Any], links: dict[str, dict[tuple, list[str]]]) -> dict[str, Any]:
    key = (r["article_id"], r["event_id"])
    said_by = ((r["speaker_name"] or r["source_mention_text"]) if r["attribution_id"]
               else None)
    return {
        "article_id": r["article_id"],
        "event_id": r["event_id"],
        "date": r["date_value"],
        "date_precision": r["date_precision"],
        "type": r["type"],
        "mode": r["mode"],
        "modality": r["modality"],
        "cameo": r["cameo"],
        "confidence": r["confidence"],
        "source": links["source"].get(key, []),
        "source_codes": links["source_codes"].get(key, []),
        "target": links["target"].get(key, []),
        "target_codes": links["target_codes"].get(key, []),
        "place": r["location_name"],
        "place_country": r["location_country"],
        "lat": r["location_lat"],
        "lon": r["location_lon"],
        "geonameid": r["location_geonameid"],
        "said_by": said_by,
        "said_by_code": r["speaker_code"] if r["attribution_id"] else None,
        "said_by_anonymous": (bool(r["said_by_anonymous"])
                              if r["attribution_id"] and r["said_by_anonymous"] is not None
                              else None),
        "condition": r["condition_id"],
        "trigger": r["trigger_text"],
        "evidence": r["evidence_text"],
        "outlet": r["outlet"],
        "published": iso(r["published"]),
        "title": r["title"],
        "url": r["url"],
        "article_source_id": r["source_id"],
    }


def _key_filter(article: Any, event: Any, keys: Sequence[Key]) -> Any:
    """A condition keeping exactly the rows of KEYS: per article, its event ids
    (``article = ? AND event IN (...)``, OR-ed), which the (article_id, id) index answers
    term by term (SQLite does not use it for a row-value IN)."""
    by_article: dict[str, list[str]] = defaultdict(list)
    for a, ev in keys:
        by_article[a].append(ev)
    return or_(*(and_(article == a, event.in_(sorted(ids))) for a, ids in sorted(by_article.items())))


def _links(conn: Any, found: list[dict[str, Any]], keys: Sequence[Key] | None = None
           ) -> dict[str, dict[tuple, list[str]]]:
    """Source/target names and codes of the FOUND events, in contract order. With KEYS (the
    found events' keys, at most one chunk), only their rows are read; else every row of
    their articles is read and the others dropped (cheaper for whole articles)."""
    out: dict[str, dict[tuple, list[str]]] = {
        k: defaultdict(list) for k in ("source", "target", "source_codes", "target_codes")}
    wanted = {(r["article_id"], r["event_id"]) for r in found}
    c, ea, ac = t.event_codes, t.event_actors, t.actors
    if keys is not None:
        parts = [("keys", list(keys))]
    else:
        parts = [("articles", part) for part in chunks(sorted({r["article_id"] for r in found}))]
    for how, part in parts:
        def where(table: Any) -> Any:
            if how == "keys":
                return _key_filter(table.c.article_id, table.c.event_id, part)
            return table.c.article_id.in_(part)

        for r in conn.execute(select(c.c.article_id, c.c.event_id, c.c.role, c.c.code)
                              .where(where(c))
                              .order_by(c.c.article_id, c.c.event_id, c.c.role, c.c.seq)):
            key = (r.article_id, r.event_id)
            if key in wanted and r.role in ROLES:
                out[f"{r.role}_codes"][key].append(r.code)
        for r in conn.execute(
                select(ea.c.article_id, ea.c.event_id, ea.c.role, ea.c.actor_id, ac.c.name)
                .select_from(ea.outerjoin(ac, and_(ac.c.article_id == ea.c.article_id,
                                                   ac.c.id == ea.c.actor_id)))
                .where(where(ea))
                .order_by(ea.c.article_id, ea.c.event_id, ea.c.role, ea.c.seq)):
            key = (r.article_id, r.event_id)
            if key in wanted and r.role in ROLES:
                out[r.role][key].append(r.name if r.name is not None else r.actor_id)
    return out
