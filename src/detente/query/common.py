"""What every query shares: opening the store, reading filter values, matching actors.

Filter values are checked before any SQL runs, and a bad one raises ``QueryError`` with
one line that names the value and says what to write instead.

Actor and speaker filters take a code or a name:

* a value written like a code (upper case, ``RUS``, ``RUS.GOV``, ``NATO``, ``WST.MIL``)
  matches codes **by prefix at a dot** (``RUS`` matches ``RUS`` and ``RUS.GOV``, not
  ``RUSX``) and names equal to it, case aside (``ICC``, ``NATO``);
* anything else is a name: a case-insensitive substring of the actor's name
  (``zelensky``, ``Foreign Ministry``).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import date
from typing import Any, Iterator, Sequence

from sqlalchemy import ColumnElement, func, or_

from ..errors import QueryError
from ..events.plover import MODALITIES, TYPES
from ..resolve.dates import date_interval
from ..store import Store

__all__ = [
    "code_like",
    "check_limit",
    "check_offset",
    "check_modalities",
    "check_types",
    "chunks",
    "iso",
    "match_code",
    "match_name",
    "open_store",
    "parse_period",
    "split_values",
]

_CODE = re.compile(r"^[A-Z]{2,4}(\.[A-Z]{2,4})*$")


@contextmanager
def open_store(db: str | Store | None) -> Iterator[Store]:
    """The store DB names (a URL, None for the db setting), or DB itself when it is a Store.

    A store opened here is closed on exit; an SQLite file that does not exist is refused
    (``StoreError``) instead of being created empty.
    """
    if isinstance(db, Store):
        yield db
        return
    store = Store.open(db, create=False)
    try:
        yield store
    finally:
        store.close()


def iso(value: Any) -> str | None:
    """A date or datetime as ISO text (dates as ``YYYY-MM-DD``), anything else unchanged."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def split_values(values: str | Sequence[str] | None) -> list[str]:
    """A value or values, each possibly comma-separated, as one flat list."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for value in values:
        out.extend(v.strip() for v in str(value).split(",") if v.strip())
    return out


def check_types(values: str | Sequence[str] | None) -> list[str]:
    """PLOVER types, upper-cased and checked (``QueryError`` names an unknown one)."""
    out = []
    for value in split_values(values):
        upper = value.upper()
        if upper not in TYPES:
            raise QueryError(f"unknown event type {value!r}; use one of {', '.join(TYPES)}")
        out.append(upper)
    return out


def check_modalities(values: str | Sequence[str] | None) -> list[str]:
    """Event modalities, lower-cased and checked."""
    out = []
    for value in split_values(values):
        lower = value.lower()
        if lower not in MODALITIES:
            raise QueryError(f"unknown modality {value!r}; use one of {', '.join(MODALITIES)}")
        out.append(lower)
    return out


def check_limit(limit: int | None) -> int | None:
    if limit is not None and limit < 1:
        raise QueryError(f"--limit {limit} must be 1 or more (leave it out for every row)")
    return limit


def check_offset(offset: int | None) -> int | None:
    if offset is not None and offset < 0:
        raise QueryError(f"offset {offset} must be 0 or more")
    return offset


def _bound(value: date | str | None, option: str, last: bool) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    span = date_interval(text) if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) else None
    if span is None:
        raise QueryError(f"{option} {value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY "
                         f"(e.g. {option} 2022-11-09)")
    return span[1] if last else span[0]


def parse_period(since: date | str | None, until: date | str | None
                 ) -> tuple[date | None, date | None]:
    """``--since``/``--until`` as dates: SINCE's first day and UNTIL's last day.

    ``--since 2022-11`` starts on 1 November, ``--until 2022`` ends on 31 December.
    """
    first = _bound(since, "--since", last=False)
    last = _bound(until, "--until", last=True)
    if first and last and first > last:
        raise QueryError(f"--since {iso(first)} is after --until {iso(last)}; swap them")
    return first, last


def code_like(value: str) -> bool:
    """Whether VALUE is written like an actor code (``RUS``, ``RUS.GOV``, ``NATO``)."""
    return bool(_CODE.match(value))


def match_code(column: Any, code: str) -> ColumnElement[bool]:
    """COLUMN is CODE or starts with ``CODE.`` (a code prefix at a dot)."""
    return or_(column == code, column.like(code + ".%"))


def match_name(column: Any, name: str) -> ColumnElement[bool]:
    """COLUMN contains NAME, case-insensitively (LIKE wildcards in NAME are literal)."""
    return func.lower(column).contains(name.lower(), autoescape=True)


def chunks(values: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]
