"""Quality floor on the gold seed article (slow; skips without ../shared)."""

import pytest

pytestmark = pytest.mark.slow


def test_quality_seed_stances(shared, nlp):
    from detente.eval import evaluate_gold
    from detente.extract import extract_articles

    gold = shared("gold/seed.jsonl")
    report = evaluate_gold(str(gold), extract=lambda arts: extract_articles(arts, nlp=nlp))
    report = report if isinstance(report, dict) else report.to_dict()
    total = report["total"]
    assert total["stances"]["f1"] >= 0.9, total["stances"]
    assert total["stance_accuracy"]["position"]["accuracy"] >= 0.8, total["stance_accuracy"]
