"""Responses of the list endpoints: a JSON page, or every row as CSV or JSONL.

A JSON page::

    {"ok": true, "page": 2, "per_page": 50, "total": 1234, "next": "/api/v1/events?...&page=3",
     "rows": [...]}

``next`` is the path and query of the following page (None on the last one). CSV and JSONL
(``?format=csv|jsonl``) stream every row of the filter, one page when ``per_page`` is
given, with the columns and cell rules of ``detente events -f csv`` (``query.output``).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable, Iterator, Sequence

from fastapi import Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from ..query.output import csv_cell
from .params import Page

__all__ = ["LIST_RESPONSES", "page_response", "rows_response"]

_MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


def page_response(request: Request, page: Page, rows: Sequence[dict[str, Any]], total: int,
                  **extra: Any) -> Response:
    """Page PAGE of a list of TOTAL rows, ROWS being its rows."""
    more = page.offset + len(rows) < total
    nxt = None
    if more:
        url = request.url.include_query_params(page=page.number + 1)
        nxt = url.path + ("?" + url.query if url.query else "")
    return JSONResponse({"ok": True, "page": page.number, "per_page": page.size,
                         "total": total, "next": nxt, **extra, "rows": list(rows)})


def _csv_lines(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        n += 1
        if n % 200 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False, default=csv_cell) + "\n"


def rows_response(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str],
                  name: str) -> Response:
    """ROWS as a CSV or JSONL download named NAME.csv / NAME.jsonl."""
    body = _csv_lines(rows, columns) if fmt == "csv" else _jsonl_lines(rows)
    return StreamingResponse(body, media_type=_MEDIA[fmt], headers={
        "content-disposition": f'attachment; filename="{name}.{fmt}"'})


# OpenAPI: what a list endpoint answers with 200
PAGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["ok", "page", "per_page", "total", "next", "rows"],
    "properties": {
        "ok": {"type": "boolean", "enum": [True]},
        "page": {"type": "integer", "minimum": 1},
        "per_page": {"type": "integer", "minimum": 1},
        "total": {"type": "integer", "minimum": 0},
        "next": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "rows": {"type": "array", "items": {"type": "object"}},
    },
}

LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "A page of rows (JSON), or every row of the filter as CSV or JSONL "
                         "with ?format=csv|jsonl.",
          "content": {"application/json": {"schema": PAGE_SCHEMA},
                      "text/csv": {"schema": {"type": "string"}},
                      "application/x-ndjson": {"schema": {"type": "string"}}}},
}
