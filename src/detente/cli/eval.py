"""``detente eval``: score detente against gold annotations, PolNeAR or PLOVER GSR."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import app, fail, user_errors


def run_eval(
    gold: Optional[Path] = None,
    *,
    pred: Optional[Path] = None,
    polnear: Optional[Path] = None,
    plover_gsr: Optional[Path] = None,
    limit: Optional[int] = None,
    model: Optional[str] = None,
    half: Optional[str] = None,
) -> dict:
    """All requested reports, keyed by 'gold', 'polnear' and 'plover_gsr'."""
    from .. import eval as ev

    def extract(articles):
        from ..extract import extract_articles
        from ..nlp.load import load_pipeline

        return extract_articles(articles, load_pipeline(model))

    reports: dict = {}
    if gold is not None:
        reports["gold"] = ev.evaluate_gold(gold, pred_path=pred, extract=None if pred else extract, half=half)
    if polnear is not None:
        reports["polnear"] = ev.evaluate_polnear(polnear, extract=extract, limit=limit)
    if plover_gsr is not None:
        reports["plover_gsr"] = ev.evaluate_gsr(plover_gsr, extract=extract, limit=limit)
    return reports


@app.command("eval")
def eval_cli(
    gold: Optional[Path] = typer.Argument(None, metavar="[GOLD.jsonl]",
                                          help="Gold annotations (../shared/gold/FORMAT.md)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Score these predictions (extract JSONL) instead of extracting."),
    polnear: Optional[Path] = typer.Option(None, "--polnear", help="Score attributions against PolNeAR records (JSONL)."),
    plover_gsr: Optional[Path] = typer.Option(None, "--plover-gsr", help="Score events against PLOVER gold-standard sentences (JSONL)."),
    limit: Optional[int] = typer.Option(None, help="Only the first N records of --polnear/--plover-gsr."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    model: Optional[str] = typer.Option(None, help="spaCy model (setting model)."),
    half: Optional[str] = typer.Option(None, "--half", metavar="even|odd",
                                       help="Only gold documents whose id ends in an even (or odd) digit: the two dev halves."),
    errors: bool = typer.Option(False, "--errors", help="Also list each document's missed, spurious and wrong items."),
) -> None:
    """Score extraction against gold data; prints P/R/F1 and accuracies."""
    from .. import eval as ev

    if gold is None and polnear is None and plover_gsr is None:
        fail("nothing to score: give GOLD.jsonl, --polnear FILE or --plover-gsr FILE", 2)
    for path in (gold, pred, polnear, plover_gsr):
        if path is not None and not path.is_file():
            fail(f"{path}: no such file; check the path", 2)
    with user_errors():
        reports = run_eval(gold, pred=pred, polnear=polnear, plover_gsr=plover_gsr, limit=limit,
                           model=model, half=half)
    if as_json:
        typer.echo(json.dumps(reports, indent=2, ensure_ascii=False))
        return
    for report in reports.values():
        typer.echo(ev.render_text(report, errors=errors))
