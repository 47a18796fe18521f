import json

from typer.testing import CliRunner

from detente.cli import app
from detente.eval.gold import read_gold
from detente.eval.oracle import gold_to_prediction


def test_cli_eval_perfect_predictions_score_one(tmp_path, shared):
    gold = shared("gold/seed.jsonl")
    preds = tmp_path / "pred.jsonl"
    preds.write_text(
        "".join(json.dumps(gold_to_prediction(d)) + "\n" for d in read_gold(gold)), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(preds), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)["gold"]
    assert report["total"]["events"]["f1"] == 1.0
    assert report["total"]["attributions"]["f1"] == 1.0


def test_cli_eval_missing_file_is_one_line(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_eval_needs_something_to_score():
    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code == 2
    assert "nothing to score" in result.stderr
