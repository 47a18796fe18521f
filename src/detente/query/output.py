"""Writing query rows: ``table`` (rich, fits the terminal), ``csv`` and ``jsonl``.

* ``csv``: a header, then one line per row; lists are joined with ``; ``, booleans are
  ``true``/``false``, None is empty.
* ``jsonl``: one JSON object per row, lists as lists, exactly the dicts the query returned.
* ``table``: the columns given, long text cut to fit; for people, not for parsing.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass
from enum import Enum
from typing import Any, Iterable, Sequence, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import settings

__all__ = ["Col", "Format", "console", "csv_cell", "write_csv", "write_jsonl", "write_rows",
           "write_table"]


class Format(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


@dataclass(frozen=True)
class Col:
    """A table column: the row KEY, its HEADER, and how it behaves when space is short."""

    key: str
    header: str
    max_chars: int | None = None  # cut longer values with an ellipsis
    no_wrap: bool = False
    style: str | None = None
    drop_below: int | None = None  # left out when the terminal is narrower than this


def console(stream: TextIO | None = None) -> Console:
    """A rich console on STREAM (stdout), coloured unless the color setting or NO_COLOR says no."""
    color = settings.get("color") and "NO_COLOR" not in os.environ
    return Console(file=stream or sys.stdout, no_color=not color, highlight=False,
                   soft_wrap=False)


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(csv_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _table_cell(value: Any, max_chars: int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        text = f"{value:.2f}"
    elif isinstance(value, (list, tuple)):
        text = ", ".join(_table_cell(v, None) for v in value)
    else:
        text = csv_cell(value)
    text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    if max_chars and len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str],
              stream: TextIO | None = None) -> int:
    out = stream or sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], stream: TextIO | None = None) -> int:
    out = stream or sys.stdout
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=csv_cell) + "\n")
        n += 1
    return n


def write_table(rows: Sequence[dict[str, Any]], columns: Sequence[Col],
                stream: TextIO | None = None, *, title: str | None = None,
                caption: str | None = None, row_styles: Sequence[str | None] | None = None
                ) -> int:
    out = console(stream)
    columns = [c for c in columns if not c.drop_below or out.width >= c.drop_below]
    table = Table(title=Text(title) if title else None, title_justify="left",
                  caption=Text(caption) if caption else None, caption_justify="left",
                  box=box.SIMPLE_HEAD, show_edge=False, expand=False,
                  header_style="bold")
    for col in columns:
        table.add_column(col.header, no_wrap=col.no_wrap,
                         overflow="ellipsis" if col.no_wrap else "fold", style=col.style)
    for i, row in enumerate(rows):
        cells = [Text(_table_cell(row.get(c.key), c.max_chars)) for c in columns]
        table.add_row(*cells, style=row_styles[i] if row_styles else None)
    out.print(table)
    return len(rows)


def write_rows(rows: Sequence[dict[str, Any]], fmt: Format | str, *, columns: Sequence[str],
               table_columns: Sequence[Col], stream: TextIO | None = None,
               title: str | None = None, caption: str | None = None) -> int:
    """ROWS in FMT: CSV with COLUMNS, JSONL as they are, or a table of TABLE_COLUMNS."""
    fmt = Format(fmt)
    if fmt is Format.csv:
        return write_csv(rows, columns, stream)
    if fmt is Format.jsonl:
        return write_jsonl(rows, stream)
    return write_table(rows, table_columns, stream, title=title, caption=caption)
