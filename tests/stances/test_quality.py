"""Quality floors on the gold seed article and the dev halves (slow; skips without ../shared;
floors only rise)."""

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


DEV_FLOORS = {"even": (0.65, 0.95), "odd": (0.65, 0.78)}  # stances F1, position accuracy


@pytest.mark.parametrize("half", ["even", "odd"])
def test_quality_dev_half_stances(shared, nlp, half):
    from detente.eval import evaluate_gold
    from detente.extract import extract_articles

    report = evaluate_gold(shared("gold/dev.jsonl"), extract=lambda arts: extract_articles(arts, nlp=nlp), half=half)
    total = report["total"]
    f1, position = DEV_FLOORS[half]
    assert total["stances"]["f1"] >= f1, total["stances"]
    assert total["stance_accuracy"]["position"]["accuracy"] >= position, total["stance_accuracy"]
