"""Evaluation: score detente's extract output against gold annotations.

Extraction is injected, so nothing here loads a model. ``extract`` is a batch function,
``list[Article] -> list[dict]``, returning one extract-contract dict
(``../shared/contract/extract-json.md``) per article, in order. The CLI
(``detente eval GOLD.jsonl [--pred PRED.jsonl] [--json] [--polnear FILE] [--plover-gsr FILE]``)
wraps these functions.

Every function returns a JSON-ready report dict with ``"kind"`` (``"gold"``, ``"polnear"`` or
``"gsr"``), ``"total"`` first, then ``"documents"`` (one entry per article/record/sentence,
each with an ``"id"``). Gold reports add ``"confusion"`` (``[{"gold", "pred", "count"}]``) and
per-document ``"errors"``; GSR reports add ``"by_type"``. A P/R/F1
entry is ``{"precision", "recall", "f1", "tp", "fp", "fn"}``; an accuracy entry is
``{"accuracy", "correct", "total"}`` with ``accuracy`` ``None`` when nothing was scored.
Scoring rules: ``scorer`` (gold), ``match`` (matching), ``polnear``, ``gsr``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from detente.errors import EvalError
from detente.eval.gold import read_gold
from detente.eval.gsr import read_gsr, score_gsr
from detente.eval.polnear import read_polnear, score_polnear
from detente.eval.predictions import align_predictions, check_prediction_text, read_predictions
from detente.eval.report import render_json, render_text
from detente.eval.scorer import score_documents
from detente.models import Article

__all__ = [
    "Extract",
    "evaluate_gold",
    "evaluate_gsr",
    "evaluate_polnear",
    "in_half",
    "render_json",
    "render_text",
]

Extract = Callable[[list[Article]], list[dict[str, Any]]]


def _run(extract: Extract, articles: list[Article]) -> list[dict[str, Any]]:
    preds = list(extract(articles))
    if len(preds) != len(articles):
        raise EvalError(f"extract returned {len(preds)} results for {len(articles)} articles; "
                        "it must return one contract dict per article, in order")
    return preds


def _check_texts(ids_texts: Sequence[tuple[str, str]], preds: Sequence[dict[str, Any]]) -> None:
    for (doc_id, text), pred in zip(ids_texts, preds):
        article = pred.get("article") if isinstance(pred, dict) else None
        got = article.get("text") if isinstance(article, dict) else None
        if got is not None and got != text:
            raise EvalError(f"extract returned a prediction for {doc_id!r} with a different article text; "
                            "it must keep the text it was given")


def in_half(doc_id: str, half: str) -> bool:
    """Whether DOC_ID belongs to HALF: ``"even"`` when it ends in 0, 2, 4, 6 or 8, ``"odd"`` else."""
    if half not in ("even", "odd"):
        raise EvalError(f"unknown half {half!r}; use --half even or --half odd")
    return (doc_id[-1:] in "02468" and doc_id[-1:] != "") == (half == "even")


def evaluate_gold(gold_path: str | Path, *, pred_path: str | Path | None = None,
                  extract: Extract | None = None, half: str | None = None) -> dict[str, Any]:
    """Score predictions against a gold JSONL file (``../shared/gold/FORMAT.md``).

    Args:
        gold_path: the gold file.
        pred_path: a file of contract dicts (JSONL), matched to gold by article id, else by text.
        extract: a batch extractor, run on the gold articles. Give exactly one of the two.
        half: ``"even"`` or ``"odd"``: only documents whose id ends in such a digit (the two
            halves of a development set: grow rules on one, check them on the other).
    Returns:
        ``{"kind": "gold", "total", "documents", "confusion"}``; see ``scorer.Report.to_dict``.
    Raises:
        GoldFormatError: the gold breaks the format. EvalError: predictions cannot be scored.
    """
    if (pred_path is None) == (extract is None):
        raise EvalError("give either a predictions file (--pred) or an extractor to evaluate, not both or neither")
    golds = read_gold(gold_path)
    if half is not None:
        golds = [g for g in golds if in_half(g.id, half)]
    if pred_path is not None:
        preds = align_predictions(golds, read_predictions(pred_path), source=str(pred_path))
    else:
        assert extract is not None
        preds = _run(extract, [g.article() for g in golds])
        for gold, pred in zip(golds, preds):
            check_prediction_text(gold, pred)
    return score_documents(golds, preds).to_dict()


def evaluate_polnear(path: str | Path, *, extract: Extract, limit: int | None = None) -> dict[str, Any]:
    """Score an extractor's attributions on PolNeAR records (the first ``limit``, or all).

    Returns:
        ``{"kind": "polnear", "total", "documents"}``; each holds ``attributions`` and
        ``end_to_end`` P/R/F1 and ``source`` and ``cue`` accuracy (see ``polnear``).
    """
    records = read_polnear(path, limit)
    preds = _run(extract, [r.article() for r in records])
    _check_texts([(r.id, r.text) for r in records], preds)
    return score_polnear(records, preds)


def evaluate_gsr(path: str | Path, *, extract: Extract, limit: int | None = None) -> dict[str, Any]:
    """Score an extractor's events on PLOVER GSR sentences (the first ``limit``, or all).

    Returns:
        ``{"kind": "gsr", "total", "by_type", "documents"}``; totals hold ``type`` and
        ``type_source`` accuracy and ``extras_per_sentence`` (see ``gsr``).
    """
    records = read_gsr(path, limit)
    preds = _run(extract, [r.article() for r in records])
    _check_texts([(r.id, r.text) for r in records], preds)
    return score_gsr(records, preds)
