"""Contract dict <-> table rows, both ways, losslessly.

``to_rows(result, ...)`` splits one article's extract into rows for each table of
``schema``; ``from_rows(article_row, rows)`` rebuilds the very same dict. Fields the
schema has no column for (a stage may add fields: the contract allows it) go to the row's
``extra`` JSON and come back from it, so the store never loses what the pipeline wrote.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any, Iterable, Mapping

from sqlalchemy import Table

from . import schema as t

__all__ = ["date_range", "from_rows", "to_rows"]

Rows = dict[Table, list[dict[str, Any]]]

_SPAN_KEYS = {"start", "end", "text"}
_DATE_KEYS = {"value", "precision", "text"}
_LOCATION_KEYS = {"name", "country", "lat", "lon", "geonameid"}

_ARTICLE_KEYS = {"id", "title", "outlet", "author", "published", "url", "text"}
_ACTOR_KEYS = {"id", "name", "code", "kind", "anonymous", "country", "mentions"}
_PLACE_KEYS = {"id", "name", "country", "lat", "lon", "geonameid", "feature", "mentions"}
_ATTRIBUTION_KEYS = {"id", "speaker", "speaker_name", "speaker_code", "anonymous",
                     "source_mention", "cue", "kind", "content", "via", "via_names"}
_EVENT_KEYS = {"id", "type", "mode", "source", "target", "source_codes", "target_codes",
               "modality", "condition", "attribution", "date", "location", "quantities",
               "trigger", "evidence", "confidence", "cameo"}
_STANCE_KEYS = {"id", "actor", "actor_code", "topic", "position", "conditions", "evidence",
                "attribution", "date"}
_TOP_KEYS = {"schema_version", "article", "actors", "places", "attributions", "events",
             "stances"}


# --------------------------------------------------------------------------- helpers


def _is_span(value: Any) -> bool:
    return (isinstance(value, dict) and set(value) == _SPAN_KEYS
            and isinstance(value["start"], int) and isinstance(value["end"], int)
            and isinstance(value["text"], str))


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_date(value: Any) -> bool:
    return (isinstance(value, dict) and set(value) == _DATE_KEYS
            and isinstance(value["value"], str)
            and (value["precision"] is None or isinstance(value["precision"], str)))


def date_range(value: str | None, precision: str | None) -> tuple[date | None, date | None]:
    """First and last day of the period a contract date names (None, None if unreadable).

    VALUE is the start of the period (``resolve/dates.py``): ``YYYY-MM-DD`` for day and
    week (the Monday), ``YYYY-MM`` for month and season (its first month), ``YYYY`` for year.
    """
    if not value:
        return None, None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            start = date(*parts)
            if precision == "week":
                return start, start + timedelta(days=6)
            if precision == "month":
                return start, date(start.year, start.month,
                                   calendar.monthrange(start.year, start.month)[1])
            if precision == "year":
                return start, date(start.year, 12, 31)
            return start, start
        if len(parts) == 2:
            year, month = parts
            months = 3 if precision == "season" else 1
            end_month = month + months - 1
            end_year = year + (end_month - 1) // 12
            end_month = (end_month - 1) % 12 + 1
            return (date(year, month, 1),
                    date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]))
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, TypeError):
        pass
    return None, None


class _Splitter:
    """Collects the fields of one contract item that have no column into ``extra``."""

    def __init__(self, item: Mapping[str, Any], known: set[str]) -> None:
        self.extra: dict[str, Any] = {k: v for k, v in item.items() if k not in known}
        absent = sorted(k for k in known if k not in item)
        if absent:  # rebuilt without them
            self.extra["__absent__"] = absent
        self.item = item

    def keep(self, key: str) -> None:
        """Keep ITEM[KEY] verbatim in extra (its shape does not fit the columns)."""
        if key in self.item:
            self.extra[key] = self.item[key]

    def span(self, row: dict[str, Any], key: str, prefix: str) -> None:
        value = self.item.get(key)
        if value is not None and not _is_span(value):
            self.keep(key)
            value = None
        row[f"{prefix}_start"] = value["start"] if value else None
        row[f"{prefix}_end"] = value["end"] if value else None
        row[f"{prefix}_text"] = value["text"] if value else None

    def date(self, row: dict[str, Any]) -> None:
        value = self.item.get("date")
        if value is not None and not _is_date(value):
            self.keep("date")
            value = None
        row["date_value"] = value["value"] if value else None
        row["date_precision"] = value["precision"] if value else None
        row["date_text"] = value["text"] if value else None
        row["date_start"], row["date_end"] = (
            date_range(value["value"], value["precision"]) if value else (None, None))

    def simple(self, row: dict[str, Any], key: str, column: str, kinds: tuple[type, ...]
               ) -> None:
        """ITEM[KEY] into COLUMN when it is None or one of KINDS, else into extra."""
        value = self.item.get(key)
        if value is None or (isinstance(value, kinds) and not (
                isinstance(value, bool) and bool not in kinds)):
            row[column] = value
        else:
            row[column] = None
            self.keep(key)

    @property
    def extra_or_none(self) -> dict[str, Any] | None:
        return self.extra or None


def _mentions(split: _Splitter, article_id: str, owner: str, owner_id: str,
              out: list[dict[str, Any]]) -> None:
    mentions = split.item.get("mentions")
    if mentions is None:
        return
    if not isinstance(mentions, list) or not all(_is_span(m) for m in mentions):
        split.keep("mentions")
        return
    for seq, m in enumerate(mentions):
        out.append({"article_id": article_id, owner: owner_id, "seq": seq,
                    "mention_start": m["start"], "mention_end": m["end"],
                    "mention_text": m["text"]})


def _parse_published(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.isoformat() == value else None


# --------------------------------------------------------------------------- to rows


def to_rows(
    result: Mapping[str, Any],
    *,
    article_id: str,
    source: str | None,
    run_id: str,
    processed_at: datetime,
    detente_version: str,
) -> Rows:
    """The rows of every table for one article's extract RESULT (a contract dict)."""
    rows: Rows = defaultdict(list)
    art = result.get("article") or {}
    split = _Splitter(art, _ARTICLE_KEYS)
    published = _parse_published(art.get("published"))
    if art.get("published") is not None and published is None:
        split.keep("published")
    top_extra = {k: v for k, v in result.items() if k not in _TOP_KEYS}
    text = art.get("text") or ""
    article_row: dict[str, Any] = {
        "id": article_id,
        "source_id": art.get("id"),
        "url": art.get("url"),
        "title": art.get("title"),
        "outlet": art.get("outlet"),
        "author": art.get("author"),
        "published": published,
        "source": source,
        "text": text,
        "n_chars": len(text),
        "schema_version": str(result.get("schema_version", "")),
        "detente_version": detente_version,
        "processed_at": processed_at,
        "run_id": run_id,
    }
    extra = dict(split.extra)
    if top_extra:
        extra["__result__"] = top_extra  # top-level fields beside article/actors/...
    article_row["extra"] = extra or None
    rows[t.articles].append(article_row)

    for key, table, fn in (("actors", t.actors, _actor), ("places", t.places, _place),
                           ("attributions", t.attributions, _attribution),
                           ("events", t.events, _event), ("stances", t.stances, _stance)):
        for seq, item in enumerate(result.get(key) or []):
            fn(rows, article_id, seq, item, result)
    return rows


def _actor(rows: Rows, aid: str, seq: int, item: Mapping[str, Any], _: Any) -> None:
    s = _Splitter(item, _ACTOR_KEYS)
    row: dict[str, Any] = {"article_id": aid, "id": item["id"], "seq": seq,
                           "name": item.get("name") or "",
                           "anonymous": bool(item.get("anonymous"))}
    if item.get("name") is None or not isinstance(item.get("name"), str):
        s.keep("name")
    if not isinstance(item.get("anonymous"), bool):
        s.keep("anonymous")
    s.simple(row, "code", "code", (str,))
    s.simple(row, "country", "country", (str,))
    s.simple(row, "kind", "kind", (str,))
    _mentions(s, aid, "actor_id", item["id"], rows[t.actor_mentions])
    row["extra"] = s.extra_or_none
    rows[t.actors].append(row)


def _place(rows: Rows, aid: str, seq: int, item: Mapping[str, Any], _: Any) -> None:
    s = _Splitter(item, _PLACE_KEYS)
    row: dict[str, Any] = {"article_id": aid, "id": item["id"], "seq": seq,
                           "name": item.get("name") or ""}
    if not isinstance(item.get("name"), str):
        s.keep("name")
    s.simple(row, "country", "country", (str,))
    s.simple(row, "lat", "lat", (int, float))
    s.simple(row, "lon", "lon", (int, float))
    s.simple(row, "geonameid", "geonameid", (int,))
    s.simple(row, "feature", "feature", (str,))
    if isinstance(item.get("lat"), int) or isinstance(item.get("lon"), int):
        s.keep("lat"), s.keep("lon")  # an int would come back as a float
    _mentions(s, aid, "place_id", item["id"], rows[t.place_mentions])
    row["extra"] = s.extra_or_none
    rows[t.places].append(row)


def _attribution(rows: Rows, aid: str, seq: int, item: Mapping[str, Any], _: Any) -> None:
    s = _Splitter(item, _ATTRIBUTION_KEYS)
    row: dict[str, Any] = {"article_id": aid, "id": item["id"], "seq": seq,
                           "anonymous": bool(item.get("anonymous"))}
    if not isinstance(item.get("anonymous"), bool):
        s.keep("anonymous")
    s.simple(row, "speaker", "speaker_id", (str,))
    s.simple(row, "speaker_name", "speaker_name", (str,))
    s.simple(row, "speaker_code", "speaker_code", (str,))
    s.simple(row, "kind", "kind", (str,))
    s.span(row, "source_mention", "source_mention")
    s.span(row, "cue", "cue")
    s.span(row, "content", "content")
    if item.get("content") is None:
        s.keep("content")
        row["content_start"], row["content_end"], row["content_text"] = 0, 0, ""
    row["via"], row["via_names"] = item.get("via"), item.get("via_names")
    row["extra"] = s.extra_or_none
    rows[t.attributions].append(row)


def _location_place(location: Mapping[str, Any], result: Mapping[str, Any]) -> str | None:
    for place in result.get("places") or []:
        if (place.get("name") == location.get("name")
                and place.get("geonameid") == location.get("geonameid")
                and place.get("country") == location.get("country")):
            return place.get("id")
    return None


def _event(rows: Rows, aid: str, seq: int, item: Mapping[str, Any],
           result: Mapping[str, Any]) -> None:
    s = _Splitter(item, _EVENT_KEYS)
    eid = item["id"]
    row: dict[str, Any] = {"article_id": aid, "id": eid, "seq": seq,
                           "type": item.get("type") or ""}
    if not isinstance(item.get("type"), str):
        s.keep("type")
    s.simple(row, "mode", "mode", (str,))
    s.simple(row, "modality", "modality", (str,))
    s.simple(row, "condition", "condition_id", (str,))
    s.simple(row, "attribution", "attribution_id", (str,))
    s.simple(row, "cameo", "cameo", (str,))
    s.simple(row, "confidence", "confidence", (int, float))
    if isinstance(item.get("confidence"), int):
        s.keep("confidence")
    s.date(row)
    location = item.get("location")
    if location is not None and not (isinstance(location, dict)
                                     and set(location) == _LOCATION_KEYS):
        s.keep("location")
        location = None
    if location is not None and any(isinstance(location.get(k), int) and
                                    not isinstance(location.get(k), bool)
                                    for k in ("lat", "lon")):
        s.keep("location")  # ints would come back as floats
    row["location_place_id"] = _location_place(location, result) if location else None
    for key in ("name", "country", "lat", "lon", "geonameid"):
        row[f"location_{key}"] = location.get(key) if location else None
    row["quantities"] = item.get("quantities")
    s.span(row, "trigger", "trigger")
    s.span(row, "evidence", "evidence")
    for key in ("trigger", "evidence"):
        if item.get(key) is None:
            s.keep(key)
            row[f"{key}_start"], row[f"{key}_end"], row[f"{key}_text"] = 0, 0, ""
    for role in ("source", "target"):
        ids, codes = item.get(role), item.get(f"{role}_codes")
        if _is_str_list(ids):
            rows[t.event_actors].extend(
                {"article_id": aid, "event_id": eid, "role": role, "seq": i, "actor_id": a}
                for i, a in enumerate(ids))
        else:
            s.keep(role)
        if _is_str_list(codes):
            rows[t.event_codes].extend(
                {"article_id": aid, "event_id": eid, "role": role, "seq": i, "code": c}
                for i, c in enumerate(codes))
        else:
            s.keep(f"{role}_codes")
    row["extra"] = s.extra_or_none
    rows[t.events].append(row)


def _stance(rows: Rows, aid: str, seq: int, item: Mapping[str, Any], _: Any) -> None:
    s = _Splitter(item, _STANCE_KEYS)
    row: dict[str, Any] = {"article_id": aid, "id": item["id"], "seq": seq}
    s.simple(row, "actor", "actor_id", (str,))
    s.simple(row, "actor_code", "actor_code", (str,))
    s.simple(row, "topic", "topic", (str,))
    s.simple(row, "position", "position", (str,))
    s.simple(row, "attribution", "attribution_id", (str,))
    row["conditions"] = item.get("conditions")
    s.span(row, "evidence", "evidence")
    if item.get("evidence") is None:
        s.keep("evidence")
        row["evidence_start"], row["evidence_end"], row["evidence_text"] = 0, 0, ""
    s.date(row)
    row["extra"] = s.extra_or_none
    rows[t.stances].append(row)


# --------------------------------------------------------------------------- from rows


def _span_of(row: Mapping[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_start"] is None:
        return None
    return {"start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"],
            "text": row[f"{prefix}_text"]}


def _date_of(row: Mapping[str, Any]) -> dict[str, Any] | None:
    if row["date_value"] is None:
        return None
    return {"value": row["date_value"], "precision": row["date_precision"],
            "text": row["date_text"]}


def _finish(item: dict[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    if extra:
        for key in extra.get("__absent__", ()):
            item.pop(key, None)
        item.update({k: v for k, v in extra.items() if k not in ("__absent__", "__result__")})
    return item


def from_rows(article: Mapping[str, Any], rows: Mapping[Table, Iterable[Mapping[str, Any]]]
              ) -> dict[str, Any]:
    """The contract dict of one article from its ARTICLE row and its child ROWS."""
    def ordered(table: Table) -> list[Mapping[str, Any]]:
        return sorted(rows.get(table, ()), key=lambda r: r["seq"])

    def grouped(table: Table, key: str) -> dict[str, list[Mapping[str, Any]]]:
        out: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for r in ordered(table):
            out[r[key]].append(r)
        return out

    published = article["published"]
    if isinstance(published, str):  # drivers without date conversion
        published = date.fromisoformat(published)
    art = _finish({
        "id": article["source_id"],
        "title": article["title"],
        "outlet": article["outlet"],
        "author": article["author"],
        "published": published.isoformat() if published else None,
        "url": article["url"],
        "text": article["text"],
    }, article["extra"])
    result: dict[str, Any] = {"schema_version": article["schema_version"], "article": art}

    mentions = grouped(t.actor_mentions, "actor_id")
    result["actors"] = [_finish({
        "id": r["id"], "name": r["name"], "code": r["code"], "kind": r["kind"],
        "anonymous": r["anonymous"], "country": r["country"],
        "mentions": [_span_of(m, "mention") for m in mentions.get(r["id"], [])],
    }, r["extra"]) for r in ordered(t.actors)]

    pmentions = grouped(t.place_mentions, "place_id")
    result["places"] = [_finish({
        "id": r["id"], "name": r["name"], "country": r["country"], "lat": r["lat"],
        "lon": r["lon"], "geonameid": r["geonameid"], "feature": r["feature"],
        "mentions": [_span_of(m, "mention") for m in pmentions.get(r["id"], [])],
    }, r["extra"]) for r in ordered(t.places)]

    result["attributions"] = [_finish({
        "id": r["id"], "speaker": r["speaker_id"], "speaker_name": r["speaker_name"],
        "speaker_code": r["speaker_code"], "anonymous": r["anonymous"],
        "source_mention": _span_of(r, "source_mention"), "cue": _span_of(r, "cue"),
        "kind": r["kind"], "content": _span_of(r, "content"), "via": r["via"],
        "via_names": r["via_names"],
    }, r["extra"]) for r in ordered(t.attributions)]

    links = grouped(t.event_actors, "event_id")
    codes = grouped(t.event_codes, "event_id")
    events = []
    for r in ordered(t.events):
        ev_links, ev_codes = links.get(r["id"], []), codes.get(r["id"], [])
        location = None
        if r["location_name"] is not None or r["location_geonameid"] is not None:
            location = {k: r[f"location_{k}"] for k in ("name", "country", "lat", "lon",
                                                         "geonameid")}
        events.append(_finish({
            "id": r["id"], "type": r["type"], "mode": r["mode"],
            "source": [x["actor_id"] for x in ev_links if x["role"] == "source"],
            "target": [x["actor_id"] for x in ev_links if x["role"] == "target"],
            "source_codes": [x["code"] for x in ev_codes if x["role"] == "source"],
            "target_codes": [x["code"] for x in ev_codes if x["role"] == "target"],
            "modality": r["modality"], "condition": r["condition_id"],
            "attribution": r["attribution_id"], "date": _date_of(r), "location": location,
            "quantities": r["quantities"], "trigger": _span_of(r, "trigger"),
            "evidence": _span_of(r, "evidence"), "confidence": r["confidence"],
            "cameo": r["cameo"],
        }, r["extra"]))
    result["events"] = events

    result["stances"] = [_finish({
        "id": r["id"], "actor": r["actor_id"], "actor_code": r["actor_code"],
        "topic": r["topic"], "position": r["position"], "conditions": r["conditions"],
        "evidence": _span_of(r, "evidence"), "attribution": r["attribution_id"],
        "date": _date_of(r),
    }, r["extra"]) for r in ordered(t.stances)]

    top = (article["extra"] or {}).get("__result__")
    if top:
        result.update(top)
    return result
