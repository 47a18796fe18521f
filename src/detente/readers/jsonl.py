"""JSON Lines (.jsonl, .ndjson): one article object per line; and .json files.

Accepted keys: ``text`` (required), ``id``, ``title``/``headline``,
``outlet``/``publisher``/``source``/``sitename``, ``author``/``authors``/``byline``,
``published``/``date``/``pubdate``, ``url``/``link``; others are ignored. JSONL files
are streamed: the size limit applies to each line, and a malformed line is reported
(``PATH:LINE``) without stopping the rest of the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import EmptyInput, InputError, InputNotFound, MalformedRecord
from ..models import Article
from ._bytes import check_binary, cp1252_warning, decode, read_limited, too_large
from ._meta import Warn, metadata_from_record

__all__ = ["article_from_record", "read_json", "read_jsonl"]

Report = Callable[[InputError], None]
_CHUNK = 1 << 16


def article_from_record(record: Any, source: str, warn: Warn) -> Article:
    """The Article in the decoded JSON value RECORD; MalformedRecord when it is not one."""
    if not isinstance(record, dict):
        raise MalformedRecord(
            source, f"a JSON {type(record).__name__}, not an object; write one "
            '{"text": ...} object per line'
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "no \"text\" field" if text is None else "an empty or non-string \"text\""
        raise MalformedRecord(source, f"{what}; each record needs a non-empty string \"text\"")
    meta = metadata_from_record(record, source, warn)
    return Article(text=text, source=source, **meta)


def _lines(path: Path, limit: int, report: Report) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line of PATH; lines over LIMIT are reported, as None."""
    with path.open("rb") as f:
        check_binary(f.read(8192), str(path))
        f.seek(0)
        lineno = 0
        while True:
            raw = f.readline(limit + 1)
            if not raw:
                return
            lineno += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                report(too_large(f"{path}:{lineno}", None, limit))
                while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                    raw = f.readline(_CHUNK)
                yield lineno, None
                continue
            yield lineno, raw


def read_jsonl(path: Path, *, limit: int, warn: Warn, report: Report,
               source: str | None = None) -> Iterator[Article]:
    """Yield an Article per JSON line of PATH; report bad lines and go on."""
    src = source or str(path)
    if not path.is_file():
        raise InputNotFound(src, "no such file; check the path")
    seen = warned = False
    for lineno, raw in _lines(path, limit, report):
        if raw is not None and not raw.strip():
            continue
        seen = True
        if raw is None:
            continue
        where = f"{src}:{lineno}"
        try:
            decoded = decode(raw, where)
            if decoded.fallback and not warned:
                warn(cp1252_warning(where) + " (first such line)")
                warned = True
            try:
                record = json.loads(decoded.text)
            except json.JSONDecodeError as exc:
                raise MalformedRecord(
                    where, f"not JSON ({exc.msg} at column {exc.colno}); "
                    "fix or remove the line"
                ) from None
            yield article_from_record(record, where, warn)
        except InputError as err:
            report(err)
    if not seen:
        raise EmptyInput(src, "no records (empty or only blank lines); pass a file "
                              "with one JSON object per line")


def read_json(path: Path, *, limit: int, warn: Warn, report: Report,
              source: str | None = None) -> Iterator[Article]:
    """Yield the Article(s) of a .json file: one object, or a list of objects."""
    src = source or str(path)
    decoded = decode(read_limited(path, limit, src), src)
    if decoded.fallback:
        warn(cp1252_warning(src))
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(
            src, f"not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
            "fix the file or pass one JSON object per line as .jsonl"
        ) from None
    if not isinstance(value, list):
        yield article_from_record(value, src, warn)
        return
    if not value:
        raise EmptyInput(src, "an empty JSON list; pass at least one {\"text\": ...} object")
    for n, item in enumerate(value, 1):
        try:
            yield article_from_record(item, f"{src}#record-{n}", warn)
        except InputError as err:
            report(err)
