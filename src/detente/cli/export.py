"""``detente export --format parquet|csv|jsonl|gdelt|graphml OUT``: the store for other tools."""

from __future__ import annotations

from enum import Enum
from typing import List, Optional

import typer

from .. import settings
from ..export import export
from . import app, user_errors


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"
    graphml = "graphml"


@app.command("export")
def export_cli(
    out: str = typer.Argument(
        ..., metavar="OUT",
        help="parquet, csv: a directory (one file per table, created if missing); jsonl, "
             "gdelt, graphml: a file, - for stdout, or a directory (existing, or ending in /) "
             "that gets detente.jsonl, events.gdelt.csv or actors.graphml."),
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="What to write."),
    db: Optional[str] = typer.Option(
        None, "--db", metavar="URL", help=next(s.help for s in settings.SETTINGS
                                               if s.name == "db")),
    modality: Optional[List[str]] = typer.Option(
        None, "--modality", "-m", metavar="M",
        help="gdelt and graphml: which events count (asserted, negated, future, "
             "hypothetical, or all); repeat for several. Default: asserted."),
    header: bool = typer.Option(
        True, "--header/--no-header",
        help="gdelt: a first line with GDELT's column names (--no-header: exactly the "
             "layout of GDELT's own files)."),
) -> None:
    """Export the store as Parquet, CSV, JSONL, a GDELT 2.0 event table or GraphML.

    parquet/csv: one file per table (store/SCHEMA.md); jsonl: one contract dict per
    article; gdelt: GDELT 2.0 event columns, tab-separated (src/detente/export/GDELT.md);
    graphml: the actor network, edges weighted by event counts per type (Gephi, networkx).
    """
    with user_errors():
        summary = export(db, fmt.value, out, modalities=modality or ["asserted"],
                         header=header)
    typer.echo(summary.line(), err=out == "-")
