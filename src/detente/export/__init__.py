"""Exports of the store for the tools analysts already use: ``export(db, fmt, out)``.

=========  ==============================================================================
format     OUT
=========  ==============================================================================
parquet    a directory: ``TABLE.parquet`` per table (pandas, polars, DuckDB, Spark)
csv        a directory: ``TABLE.csv`` per table, header row first
jsonl      a file: one contract dict per article, rebuilt from the store (``Store.extract``)
gdelt      a file: the events as a GDELT 2.0 event table, tab-separated (``GDELT.md``)
graphml    a file: the actor network, edges weighted by event counts per type
=========  ==============================================================================

Single-file formats take ``-`` for stdout, and a directory as OUT (one that exists, or a
path ending in ``/``) gets ``detente.jsonl`` / ``events.gdelt.csv`` / ``actors.graphml``
inside it. Files are written
under a temporary name and renamed when complete. ``tables``, ``gdelt`` and ``graphml``
hold the writers; ``common`` the path checks (``ExportError`` when OUT is unwritable).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..errors import QueryError
from ..events.plover import MODALITIES
from ..query.common import check_modalities, open_store
from ..store import Store
from .common import open_out

__all__ = ["DEFAULT_NAMES", "FORMATS", "ExportSummary", "export"]

FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "gdelt", "graphml")
DEFAULT_NAMES = {"jsonl": "detente.jsonl", "gdelt": "events.gdelt.csv",
                 "graphml": "actors.graphml"}


@dataclass
class ExportSummary:
    """What an export wrote: FORMAT, where (OUT, FILES) and how many rows per file/table."""

    format: str
    out: str
    files: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        what = ", ".join(f"{k} {v:,}" for k, v in self.rows.items())
        where = self.out if len(self.files) != 1 else self.files[0]
        head = (f"wrote {len(self.files)} file(s) to {where}" if where != "-"
                else "wrote to stdout")
        return f"{head} ({self.format}: {what})" + "".join(f"; {n}" for n in self.notes)


def export(
    db: str | Store | None,
    fmt: str,
    out: str | Path,
    *,
    modalities: Sequence[str] | str | None = ("asserted",),
    header: bool = True,
) -> ExportSummary:
    """Export the store DB as FMT to OUT (a directory for parquet/csv, else a file or ``-``).

    MODALITIES (gdelt and graphml): which events count, default asserted only; ``all`` or
    an empty list for every modality. HEADER (gdelt): write the column names first (GDELT's
    own files have none: ``header=False`` gives exactly their layout).
    """
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(modalities, str):
        modalities = [modalities]
    mods = list(modalities or [])
    mods = [] if any(m.lower() == "all" for m in mods) else check_modalities(mods)
    summary = ExportSummary(fmt, str(out))
    with open_store(db) as store:
        if fmt in ("parquet", "csv"):
            from .tables import write_csv_tables, write_parquet_tables

            writer = write_parquet_tables if fmt == "parquet" else write_csv_tables
            summary.files, summary.rows = writer(store, out)
            return summary
        with open_out(out, DEFAULT_NAMES[fmt], newline="" if fmt == "gdelt" else None
                      ) as (stream, name):
            if fmt == "jsonl":
                n = 0
                for result in store.iter_extracts():
                    stream.write(json.dumps(result, ensure_ascii=False) + "\n")
                    n += 1
                summary.rows = {"articles": n}
            elif fmt == "gdelt":
                from .gdelt import write_gdelt

                stats: dict[str, int] = {}
                summary.rows = {"events": write_gdelt(store, stream, mods, header, stats)}
                left = {k: v for k, v in stats.items() if k in ("undated", "uncoded") and v}
                if left:
                    summary.notes.append("left out: " + ", ".join(
                        f"{v} {k}" for k, v in left.items()))
            else:
                from .graphml import write_graphml

                nodes, edges = write_graphml(store, stream, mods)
                summary.rows = {"nodes": nodes, "edges": edges}
        summary.files = [name]
    if fmt in ("gdelt", "graphml"):
        summary.notes.append("modalities: " + (", ".join(mods) if mods else
                                               ", ".join(MODALITIES)))
    return summary
