"""Reading prediction files and pairing them with gold."""

from __future__ import annotations

import json

import pytest

from detente.errors import EvalError
from detente.eval.gold import parse_gold_record
from detente.eval.predictions import align_predictions, read_predictions

GOLDS = [parse_gold_record({"id": i, "text": t, "events": [], "attributions": [], "stances": []}, where=f"g:{n}")
         for n, (i, t) in enumerate([("a", "First text."), ("b", "Second text.")], 1)]


def _pred(doc_id: str, text: str, tag: str) -> dict:
    return {"article": {"id": doc_id, "text": text}, "events": [], "tag": tag}


@pytest.mark.parametrize("layout", ["jsonl", "pretty", "array"])
def test_predictions_read_jsonl_pretty_and_array(tmp_path, layout):
    preds = [_pred("a", "First text.", "1"), _pred("b", "Second text.", "2")]
    text = {"jsonl": "\n".join(json.dumps(p) for p in preds),
            "pretty": "\n".join(json.dumps(p, indent=2) for p in preds),
            "array": json.dumps(preds)}[layout]
    path = tmp_path / "pred.jsonl"
    path.write_text(text + "\n", encoding="utf-8")
    assert read_predictions(path) == preds


def test_predictions_bad_json_names_line(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text('{"events": []}\n{"events": [}\n', encoding="utf-8")
    with pytest.raises(EvalError, match="pred.jsonl:2: not valid JSON"):
        read_predictions(path)


def test_predictions_align_by_id_then_text():
    preds = [_pred("zzz", "Second text.", "by-text"), _pred("a", "First text.", "by-id"),
             _pred("other", "Not in gold.", "ignored")]
    assert [p["tag"] for p in align_predictions(GOLDS, preds)] == ["by-id", "by-text"]


def test_predictions_id_clash_yields_to_identical_text():
    preds = [_pred("a", "Another article.", "clash"), _pred("x", "First text.", "text"),
             _pred("b", "Second text.", "b")]
    assert [p["tag"] for p in align_predictions(GOLDS, preds)] == ["text", "b"]


def test_predictions_missing_or_other_text_fails():
    with pytest.raises(EvalError, match="no prediction for gold article 'b'"):
        align_predictions(GOLDS, [_pred("a", "First text.", "1")], source="pred.jsonl")
    with pytest.raises(EvalError, match="different text"):
        align_predictions(GOLDS[:1], [_pred("a", "First text, edited.", "1")])
