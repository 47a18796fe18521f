"""``detente failures``: the inputs and articles an ingest run could not store, and why."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from enum import Enum
from typing import Any, Optional

import typer
from rich.table import Table

from .. import settings
from ..store import Store
from . import app, user_errors


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"


def list_failures(db: str | None = None, run: str | None = None, all_runs: bool = False
                  ) -> list[dict[str, Any]]:
    """The failures of RUN (an id or its prefix; default the latest run), or of ALL_RUNS."""
    with Store.open(db, create=False) as store:
        return store.failures(run, all_runs=all_runs)


def _plain(value: Any) -> Any:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value


@app.command("failures")
def failures_cli(
    db: Optional[str] = typer.Option(None, "--db", help=next(
        s.help for s in settings.SETTINGS if s.name == "db")),
    run: Optional[str] = typer.Option(None, "--run", metavar="ID",
                                      help="The run's id (a prefix is enough); default: the latest run."),
    all_runs: bool = typer.Option(False, "--all", help="Failures of every run."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table or jsonl."),
) -> None:
    """List the inputs and articles that could not be read, fetched, extracted or stored."""
    with user_errors():
        rows = list_failures(db, run, all_runs)
    if fmt is Format.jsonl:
        for row in rows:
            typer.echo(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False))
        return
    if not rows:
        typer.echo("no failures" + ("" if all_runs else " in the latest run"))
        return
    from .extract import console_for

    table = Table(title=f"{len(rows):,} failure(s)", title_justify="left")
    for name in ("when", "run", "stage", "error", "input", "reason"):
        table.add_column(name, overflow="fold", no_wrap=name in ("when", "run", "stage", "error"))
    for row in rows:
        when = _plain(row["at"])
        table.add_row(when.replace("T", " ")[:19] if when else "", row["run_id"][:8],
                      row["stage"], row["error"], row["input"], row["reason"])
    console_for(sys.stdout).print(table)
