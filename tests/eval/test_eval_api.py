"""The top-level functions of detente.eval, on hand-made files and on ../shared data."""

from __future__ import annotations

import json

import pytest

from detente.errors import EvalError
from detente.eval import evaluate_gold, evaluate_gsr, evaluate_polnear
from detente.eval.gold import parse_gold_record, read_gold
from detente.eval.gsr import read_gsr
from detente.eval.oracle import gold_to_prediction, gsr_to_prediction, polnear_to_prediction
from detente.eval.polnear import read_polnear

RECORD = {
    "id": "e1", "meta": {"published": "2022-11-09"},
    "text": "Russia shelled Kharkiv on Monday. \u201cWe will respond,\u201d Zelensky said.",
    "events": [{"type": "ASSAULT", "source": ["RUS"], "target": ["UKR"], "modality": "asserted",
                "evidence": "Russia shelled Kharkiv"}],
    "attributions": [{"speaker": "Volodymyr Zelensky", "speaker_code": "UKR.GOV", "anonymous": False,
                      "cue": "said", "kind": "direct", "content": "We will respond", "via": []}],
    "stances": [],
}


@pytest.fixture()
def gold_path(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    return path


def _oracle(golds):
    by_id = {g.id: g for g in golds}
    return lambda articles: [gold_to_prediction(by_id[a.id]) for a in articles]


def test_eval_gold_with_extract_and_with_pred_file(gold_path, tmp_path):
    seen = []

    def extract(articles):
        seen.extend(articles)
        return _oracle(read_gold(gold_path))(articles)

    report = evaluate_gold(gold_path, extract=extract)
    assert report["total"]["events"]["f1"] == 1.0 and report["total"]["attributions"]["f1"] == 1.0
    assert [(a.id, a.published) for a in seen] == [("e1", "2022-11-09")]
    pred = gold_to_prediction(parse_gold_record(RECORD))
    pred["article"]["id"] = "content-hash"  # matched by identical text instead
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text(json.dumps(pred) + "\n", encoding="utf-8")
    assert evaluate_gold(gold_path, pred_path=pred_path) == report


def test_eval_gold_needs_exactly_one_prediction_source(gold_path, tmp_path):
    with pytest.raises(EvalError, match="either"):
        evaluate_gold(gold_path)
    with pytest.raises(EvalError, match="either"):
        evaluate_gold(gold_path, pred_path=tmp_path / "p.jsonl", extract=lambda a: [])


def test_eval_extract_must_return_one_per_article(gold_path):
    with pytest.raises(EvalError, match="1 articles"):
        evaluate_gold(gold_path, extract=lambda articles: [])


def test_eval_extract_must_keep_the_text(gold_path):
    def extract(articles):
        return [{"article": {"id": a.id, "text": a.text.upper()}} for a in articles]

    with pytest.raises(EvalError, match="different text"):
        evaluate_gold(gold_path, extract=extract)


@pytest.mark.shared
def test_eval_seed_gold_as_prediction_scores_one(shared):
    path = shared("gold/seed.jsonl")
    report = evaluate_gold(path, extract=_oracle(read_gold(path)))
    total = report["total"]
    for key in ("events", "event_tuples", "attributions", "stances"):
        assert total[key]["f1"] == 1.0, key
    assert total["events"]["tp"] > 10 and total["stances"]["tp"] > 0
    assert all(acc["accuracy"] in (1.0, None) for acc in total["event_accuracy"].values())


@pytest.mark.shared
def test_eval_polnear_gold_as_prediction_scores_one(shared):
    path = shared("attribution/polnear_dev.jsonl")
    records = {r.id: r for r in read_polnear(path, limit=5)}
    report = evaluate_polnear(path, limit=5,
                              extract=lambda arts: [polnear_to_prediction(records[a.id]) for a in arts])
    assert len(report["documents"]) == 5
    assert report["total"]["attributions"]["f1"] == 1.0
    assert report["total"]["end_to_end"]["f1"] == 1.0
    assert report["total"]["cue"]["accuracy"] == 1.0


@pytest.mark.shared
def test_eval_gsr_gold_as_prediction_scores_one(shared):
    path = shared("plover/gsr_dev.jsonl")
    records = {r.id: r for r in read_gsr(path, limit=20)}
    report = evaluate_gsr(path, limit=20, extract=lambda arts: [gsr_to_prediction(records[a.id]) for a in arts])
    assert report["total"]["sentences"] == 20
    assert report["total"]["type_source"]["accuracy"] == 1.0
    assert report["total"]["extras_per_sentence"] == 0.0
