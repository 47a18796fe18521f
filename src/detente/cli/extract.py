"""``detente extract PATH... | -``: read articles, run the pipeline, print the contract."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console

from .. import settings
from ..errors import BudgetExceeded, InputError
from ..extract import iter_extract
from ..nlp.load import load_pipeline
from ..readers import describe_error, read_articles
from . import app, fail, user_errors


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def console_for(stream=None) -> Console:
    color = settings.get("color") and "NO_COLOR" not in __import__("os").environ
    return Console(file=stream or sys.stdout, no_color=not color, highlight=False,
                   soft_wrap=False)


def write_results(results: Iterator[dict], fmt: Format, stream=None) -> int:
    """Write RESULTS to STREAM (stdout) in FMT; returns how many were written."""
    out = stream or sys.stdout
    count = 0
    if fmt is Format.table:
        from ..output.table import render_tables

        console = console_for(out)
        for result in results:
            render_tables([result], console)
            count += 1
        return count
    for result in results:
        if fmt is Format.jsonl:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        out.flush()
        count += 1
    return count


@app.command("extract")
def extract_cli(
    inputs: List[str] = typer.Argument(..., metavar="PATH...",
                                       help="Text, HTML, JSONL, RSS/Atom files, directories, or - for stdin."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json, jsonl or table."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for every article."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name for every article."),
    title: Optional[str] = typer.Option(None, help="Title for every article."),
    model: Optional[str] = typer.Option(None, help=settings.SETTINGS[0].help),
    max_bytes: Optional[int] = typer.Option(None, help="Largest input in bytes (setting max_input_bytes)."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Leave out events whose confidence is below this (0-1): trades recall for precision."),
    actors: Optional[List[Path]] = typer.Option(None, "--actors", help="Extra actor file(s) (YAML, the built-in base's format) merged over the built-in base."),
    time_budget: Optional[float] = typer.Option(None, "--time-budget", min=0.0, help="Seconds detente's stages may spend on one article before it is stopped and reported (setting article_time_budget, default 60; 0: no limit)."),
) -> None:
    """Extract actors, places, quotes, events and stances from articles."""
    failures: list[InputError] = []  # unreadable inputs, and articles over the time budget

    def on_error(err: InputError) -> None:
        failures.append(err)
        typer.echo(describe_error(err), err=True)

    def on_warning(message: str) -> None:
        typer.echo(f"warning: {message}", err=True)

    with user_errors():
        articles = read_articles(inputs, published=published, outlet=outlet, title=title,
                                 max_bytes=max_bytes, on_error=on_error, on_warning=on_warning)
        nlp = load_pipeline(model, actors or ())
        results = iter_extract(articles, nlp, min_confidence=min_confidence, budget=time_budget,
                               on_error=on_error)
        written = write_results(results, fmt)
    over_budget = sum(isinstance(err, BudgetExceeded) for err in failures)
    if written == 0 and not over_budget:
        fail(f"no article could be read from {', '.join(inputs)}", 2)
    if failures:
        typer.echo(f"{len(failures)} input(s) failed, {written} article(s) extracted", err=True)
        raise typer.Exit(1)
