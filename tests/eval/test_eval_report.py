"""Rendering reports as text and JSON."""

from __future__ import annotations

import json

import pytest

from detente.errors import EvalError
from detente.eval import render_json, render_text
from detente.eval.gold import parse_gold_record
from detente.eval.gsr import parse_record as gsr_record
from detente.eval.gsr import score_gsr
from detente.eval.oracle import gold_to_prediction
from detente.eval.report import table
from detente.eval.scorer import score_documents

TEXT = "Russia shelled Kharkiv on Monday. Ukraine accused Russia of war crimes."
GOLD = parse_gold_record({
    "id": "r1", "text": TEXT, "attributions": [], "stances": [],
    "events": [{"type": "ASSAULT", "source": ["RUS"], "target": ["UKR"], "modality": "asserted",
                "evidence": "Russia shelled Kharkiv"},
               {"type": "ACCUSE", "source": ["UKR"], "target": ["RUS"], "modality": "asserted",
                "evidence": "Ukraine accused Russia of war crimes"}],
})


def _gold_report() -> dict:
    pred = gold_to_prediction(GOLD)
    pred["events"][1]["type"] = "PROTEST"
    return score_documents([GOLD], [pred]).to_dict()


def test_report_json_round_trips_with_totals_first():
    report = _gold_report()
    assert json.loads(render_json(report)) == report
    assert list(report) == ["kind", "total", "documents", "confusion"]
    assert report["confusion"] == [{"gold": "ACCUSE", "pred": "PROTEST", "count": 1},
                                   {"gold": "ASSAULT", "pred": "ASSAULT", "count": 1}]


def test_report_text_has_totals_documents_and_confusion():
    text = render_text(_gold_report())
    lines = text.splitlines()
    assert lines[0] == "Gold evaluation: 1 document(s)"
    assert any(line.split()[:4] == ["events", "0.500", "0.500", "0.500"] for line in lines)
    assert any(line.split() == ["stance", "position", "-", "0/0"] for line in lines)  # nothing scored
    assert any(line.split() == ["ACCUSE", "PROTEST", "1"] for line in lines)
    assert text.index("Per document") < text.index("Event types")


def test_report_text_for_gsr():
    rec = gsr_record({"id": "s1", "text": "Talks began.", "events": [{"type": "CONSULT", "source": ["USA"],
                                                                     "target": []}]})
    text = render_text(score_gsr([rec], [{"events": [{"type": "CONSULT", "source_codes": ["USA"]}]}]))
    assert "PLOVER GSR: 1 sentence(s)" in text
    assert any(line.split() == ["CONSULT", "1.000", "1.000", "1"] for line in text.splitlines())


def test_report_table_aligns_columns():
    assert table(["id", "F1"], [["a", 1.0], ["long-id", None]]).splitlines() == [
        "id          F1", "a        1.000", "long-id      -"]


def test_report_unknown_kind_fails():
    with pytest.raises(EvalError, match="kind"):
        render_text({"total": {}})
