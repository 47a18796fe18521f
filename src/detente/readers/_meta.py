"""Metadata helpers shared by the readers: date normalisation and field aliases."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Mapping

from ..errors import BadMetadata

__all__ = ["FIELDS", "Warn", "metadata_from_record", "normalize_date", "override_date"]

Warn = Callable[[str], None]

# Article field -> accepted record keys, in order of preference.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "outlet": ("outlet", "publisher", "source", "sitename"),
    "author": ("author", "authors", "byline"),
    "published": ("published", "date", "pubdate"),
    "url": ("url", "link"),
}

_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\s*$")


def normalize_date(value: str) -> str | None:
    """VALUE as an ISO ``YYYY-MM-DD`` date, or None when it is not a full, absolute date.

    Accepts ISO dates and datetimes, RFC 822 dates (``Wed, 09 Nov 2022 10:00:00 GMT``)
    and written dates (``9 November 2022``). The date is the one written, not converted
    to UTC. Relative (``yesterday``), partial (``2022-11``) and ambiguous numeric dates
    (``09/11/2022``) give None.
    """
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if not _YEAR.search(text):  # "yesterday", "3 days ago", "Nov 9"
        return None
    m = _NUMERIC.match(text)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12:
        return None  # 09/11/2022: day-month or month-day?
    import dateparser  # slow to import: only for the rare written-out date

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date().isoformat() if parsed else None


def override_date(value: str) -> str:
    """The ``--published`` override as ISO, or BadMetadata saying how to write it."""
    iso = normalize_date(value)
    if iso is None:
        raise BadMetadata("--published", f"{value!r} is not a date; use YYYY-MM-DD")
    return iso


def _as_text(value: Any) -> str | None:
    """A metadata value as text: strings stripped, numbers as text, lists of strings joined."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip()) or None
    return None


def metadata_from_record(record: Mapping[str, Any], source: str, warn: Warn) -> dict[str, str]:
    """The Article metadata in RECORD (aliases resolved, dates normalised).

    A value of the wrong type or a date that cannot be read is dropped with a warning
    naming SOURCE, so that the article itself is not lost.
    """
    meta: dict[str, str] = {}
    for field, keys in FIELDS.items():
        for key in keys:
            if key not in record or record[key] is None:
                continue
            text = _as_text(record[key])
            if text is None:
                if record[key] not in ("", []):
                    warn(f"{source}: field {key!r} is not a string ({record[key]!r}); ignored")
                continue
            if field == "published":
                iso = normalize_date(text)
                if iso is None:
                    warn(f"{source}: {key} {text!r} is not a date (use YYYY-MM-DD); ignored")
                    continue
                text = iso
            meta[field] = text
            break
    return meta
