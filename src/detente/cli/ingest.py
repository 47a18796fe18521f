"""``detente ingest PATH|DIR|GLOB|URL...``: extract articles into the store, exactly once."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .. import settings
from ..ingest import ingest
from . import app, user_errors


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _help(name: str) -> str:
    return next(s.help for s in settings.SETTINGS if s.name == name)


@app.command("ingest")
def ingest_cli(
    inputs: List[str] = typer.Argument(
        ..., metavar="PATH|DIR|GLOB|URL...",
        help="Text, HTML, JSONL, RSS/Atom files, directories (recursively), glob patterns "
             "('corpus/**/*.jsonl', quoted), http(s) URLs of pages or feeds, or - for stdin."),
    db: Optional[str] = typer.Option(None, "--db", help=_help("db")),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help="local: extract in this process; dask: on a Dask cluster."),
    workers: Optional[int] = typer.Option(
        None, "--workers", help="Worker processes of the local Dask cluster (--engine dask; "
                                "default: the number of CPUs)."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS",
        help="Use the running Dask scheduler at ADDRESS (tcp://HOST:8786) instead of a local "
             "cluster; its workers need detente and the model installed."),
    reprocess: bool = typer.Option(
        False, "--reprocess", help="Extract articles already stored again, with this "
                                   "version, and replace their rows."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Fetch URLs on private, loopback and link-local "
                                       "addresses (refused by default)."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for every article."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name for every article."),
    title: Optional[str] = typer.Option(None, help="Title for every article."),
    actors: Optional[List[Path]] = typer.Option(
        None, "--actors", help="Extra actor file(s) (YAML, the built-in base's format) "
                               "merged over the built-in base."),
    model: Optional[str] = typer.Option(None, help=_help("model")),
    max_bytes: Optional[int] = typer.Option(None, help="Largest input in bytes (setting max_input_bytes)."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help=_help("ingest_batch_size")),
    time_budget: Optional[float] = typer.Option(None, "--time-budget", min=0.0,
                                                help=_help("article_time_budget")),
    progress: Optional[bool] = typer.Option(
        None, "--progress/--no-progress", help="Progress bar on stderr (default: when "
                                               "stderr is a terminal)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON object."),
) -> None:
    """Read, extract and store articles; already stored ones are skipped (resumable).

    Exit status: 0 done, 1 done but some inputs or articles failed (see `detente
    failures`), 2 bad options or an unusable store, 130 interrupted (Ctrl-C; what was
    committed is kept, and the next run resumes).
    """
    def on_warning(message: str) -> None:
        typer.echo(f"warning: {message}", err=True)

    show = sys.stderr.isatty() if progress is None else progress
    with user_errors():
        summary = ingest(
            inputs, db=db, engine=engine.value, workers=workers, scheduler=scheduler,
            reprocess=reprocess, allow_private=allow_private, published=published,
            outlet=outlet, title=title, actors=actors or (), model=model,
            max_bytes=max_bytes, batch_size=batch_size, progress=show,
            on_warning=on_warning, budget=time_budget)
    for failure in summary.failures[:10]:
        typer.echo(f"failed: {failure.input}: {failure.reason}", err=True)
    if summary.failed > 10:
        typer.echo(f"... and {summary.failed - 10:,} more (detente failures)", err=True)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        typer.echo("\n".join(summary.lines()))
    if summary.interrupted:
        raise typer.Exit(130)
    if summary.failed:
        raise typer.Exit(1)
