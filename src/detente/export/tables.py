"""Every table of the store, one file each: Parquet (``TABLE.parquet``) or CSV (``TABLE.csv``).

The files mirror ``store/SCHEMA.md`` column for column, so the joins documented there work
in pandas, polars, DuckDB and Spark (``(article_id, id)`` keys, ``events.attribution_id`` ->
``attributions.id`` within an article, ...). Types in Parquet: text -> string, integers ->
int64, floats -> float64, booleans -> bool, SQL dates -> date32, timestamps -> timestamp[us,
UTC]; JSON columns (``via``, ``quantities``, ``conditions``, ``extra``, ...) are JSON text
(``json.loads`` in pandas, ``json`` functions in DuckDB). CSV: a header row, dates ISO,
booleans ``true``/``false``, NULL empty, JSON columns as JSON text.

Rows are read in chunks (server-side cursors on PostgreSQL), so memory stays flat however
large the store.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Table, select

from ..store import Store
from ..store import schema as t
from .common import atomic_path, out_dir

__all__ = ["TABLES", "arrow_schema", "write_csv_tables", "write_parquet_tables"]

CHUNK_ROWS = 5_000

TABLES: tuple[Table, ...] = tuple(t.metadata.sorted_tables)


def _is_json(column: Any) -> bool:
    return isinstance(column.type, JSON)


def arrow_type(column: Any) -> Any:
    import pyarrow as pa

    typ = column.type
    if isinstance(typ, JSON):
        return pa.string()
    if isinstance(typ, Boolean):
        return pa.bool_()
    if isinstance(typ, Integer):
        return pa.int64()
    if isinstance(typ, Float):
        return pa.float64()
    if isinstance(typ, DateTime):
        return pa.timestamp("us", tz="UTC") if typ.timezone else pa.timestamp("us")
    if isinstance(typ, Date):
        return pa.date32()
    return pa.string()


def arrow_schema(table: Table) -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(c.name, arrow_type(c), nullable=c.nullable
                               if not c.primary_key else False) for c in table.columns])


def _chunks(store: Store, table: Table) -> Iterator[list[Any]]:
    """Rows of TABLE in primary-key order, CHUNK_ROWS at a time."""
    order = list(table.primary_key.columns) or list(table.columns)
    with store.engine.connect() as conn:
        result = conn.execution_options(yield_per=CHUNK_ROWS).execute(
            select(table).order_by(*order))
        for part in result.partitions():
            yield part


def _json_text(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def write_parquet_tables(store: Store, out: str | Path) -> tuple[list[str], dict[str, int]]:
    """One Parquet file per table in directory OUT; returns (files, rows per table)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory = out_dir(out, "parquet")
    files, counts = [], {}
    for table in TABLES:
        schema = arrow_schema(table)
        json_cols = [i for i, c in enumerate(table.columns) if _is_json(c)]
        path = directory / f"{table.name}.parquet"
        n = 0
        with atomic_path(path) as tmp:
            with pq.ParquetWriter(str(tmp), schema) as writer:
                for part in _chunks(store, table):
                    columns = list(zip(*part))
                    for i in json_cols:
                        columns[i] = [_json_text(v) for v in columns[i]]
                    batch = pa.RecordBatch.from_arrays(
                        [pa.array(col, type=f.type) for col, f in zip(columns, schema)],
                        schema=schema)
                    writer.write_batch(batch)
                    n += len(part)
                if n == 0:
                    writer.write_table(schema.empty_table())
        files.append(str(path))
        counts[table.name] = n
    return files, counts


def _csv_converter(column: Any) -> Callable[[Any], Any]:
    if _is_json(column):
        return lambda v: "" if v is None else json.dumps(v, ensure_ascii=False)
    if isinstance(column.type, Boolean):
        return lambda v: "" if v is None else ("true" if v else "false")
    if isinstance(column.type, (Date, DateTime)):
        return lambda v: "" if v is None else (v.isoformat() if hasattr(v, "isoformat")
                                               else str(v))
    return lambda v: "" if v is None else v


def write_csv_tables(store: Store, out: str | Path) -> tuple[list[str], dict[str, int]]:
    """One CSV file per table (header row first) in directory OUT."""
    directory = out_dir(out, "csv")
    files, counts = [], {}
    for table in TABLES:
        convert = [_csv_converter(c) for c in table.columns]
        path = directory / f"{table.name}.csv"
        n = 0
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow([c.name for c in table.columns])
            for part in _chunks(store, table):
                writer.writerows([f(v) for f, v in zip(convert, row)] for row in part)
                n += len(part)
        files.append(str(path))
        counts[table.name] = n
    return files, counts
