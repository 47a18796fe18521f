"""Read extract-contract predictions from a file and pair them with gold documents.

The file may hold JSON Lines, concatenated (pretty-printed) JSON objects, or a JSON array:
whatever ``detente extract --format jsonl|json`` wrote. A prediction belongs to the gold
document whose id equals its ``article.id``, else to the one whose text is identical to its
``article.text``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from detente.errors import EvalError
from detente.eval.gold import GoldDocument

__all__ = ["align_predictions", "check_prediction_text", "read_predictions"]


def _json_values(text: str, path: Path) -> Iterator[Any]:
    decoder = json.JSONDecoder()
    i, n = 0, len(text)
    while True:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            return
        try:
            value, i = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg}); "
                            "give the output of `detente extract --format jsonl`") from exc
        yield value


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Every contract object in a predictions file.

    Raises:
        EvalError: the file cannot be read, is not JSON, or holds something other than objects.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read the predictions ({exc}); give a UTF-8 JSONL file") from exc
    preds: list[dict[str, Any]] = []
    for value in _json_values(text, path):
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, dict):
                raise EvalError(f"{path}: prediction {len(preds) + 1} is {type(item).__name__}, not an object; "
                                "give one extract-contract object per article")
            preds.append(item)
    return preds


def _article(pred: dict[str, Any]) -> dict[str, Any]:
    article = pred.get("article")
    return article if isinstance(article, dict) else {}


def check_prediction_text(gold: GoldDocument, pred: dict[str, Any]) -> None:
    """Raise ``EvalError`` when the prediction carries a text other than the gold text."""
    text = _article(pred).get("text")
    if text is not None and text != gold.text:
        raise EvalError(f"the prediction for {gold.id!r} was made on a different text than the gold "
                        f"({gold.where}); run extract on the gold text itself")


def align_predictions(golds: Sequence[GoldDocument], preds: Sequence[dict[str, Any]],
                      source: str = "predictions") -> list[dict[str, Any]]:
    """One prediction per gold document, found by article id, else by identical text.

    Predictions for articles not in the gold are ignored.

    Raises:
        EvalError: a gold document has no prediction, or its prediction has another text.
    """
    by_id: dict[str, dict[str, Any]] = {}
    by_text: dict[str, dict[str, Any]] = {}
    for pred in preds:
        article = _article(pred)
        if isinstance(article.get("id"), str):
            by_id.setdefault(article["id"], pred)
        if isinstance(article.get("text"), str):
            by_text.setdefault(article["text"], pred)
    aligned = []
    for gold in golds:
        pred = by_id.get(gold.id)
        if pred is None or (pred is not by_text.get(gold.text) and gold.text in by_text):
            pred = by_text.get(gold.text, pred)  # an id clash yields to an identical text
        if pred is None:
            raise EvalError(f"{source} has no prediction for gold article {gold.id!r} ({gold.where}), "
                            "neither by article.id nor by identical article.text; run extract on every gold text")
        check_prediction_text(gold, pred)
        aligned.append(pred)
    return aligned
