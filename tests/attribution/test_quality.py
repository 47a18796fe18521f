"""Quality floors on the seed gold, the two dev halves and PolNeAR dev (floors only rise)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.shared]

SEED_FLOORS = {"f1": 0.94, "speaker": 0.98, "anonymous": 1.0, "kind": 0.98, "via": 0.98}
POLNEAR_FLOORS = {"attributions": 0.755, "end_to_end": 0.695}
# ../shared/gold/dev.jsonl by half: rules grow on the even half and are checked on the odd one
DEV_FLOORS = {
    "even": {"f1": 0.83, "full": 0.71, "speaker": 0.89, "speaker_code": 0.87, "via": 0.94},
    "odd": {"f1": 0.845, "full": 0.675, "speaker": 0.80, "speaker_code": 0.85, "via": 0.95},
}


LATER_STAGES = ("detente_events", "detente_stances")


@pytest.fixture(scope="module")
def extract(nlp):
    """The pipeline up to the attribution stage (later stages do not change attributions)."""
    from detente.extract import extract_articles

    def run(articles):
        with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n in LATER_STAGES]):
            return extract_articles(articles, nlp=nlp)

    return run


@pytest.fixture(scope="module")
def seed_report(shared, extract):
    from detente.eval import evaluate_gold

    return evaluate_gold(shared("gold/seed.jsonl"), extract=extract)["total"]


@pytest.fixture(scope="module")
def dev_reports(shared, extract):
    from detente.eval import evaluate_gold

    path = shared("gold/dev.jsonl")
    return {half: evaluate_gold(path, extract=extract, half=half)["total"] for half in ("even", "odd")}


@pytest.fixture(scope="module")
def polnear_report(shared, extract):
    from detente.eval import evaluate_polnear

    return evaluate_polnear(shared("attribution/polnear_dev.jsonl"), extract=extract)["total"]


def test_quality_seed_attribution_f1(seed_report):
    assert seed_report["attributions"]["f1"] >= SEED_FLOORS["f1"]


@pytest.mark.parametrize("field", ["speaker", "anonymous", "kind", "via"])
def test_quality_seed_attribution_accuracy(seed_report, field):
    assert seed_report["attribution_accuracy"][field]["accuracy"] >= SEED_FLOORS[field]


@pytest.mark.parametrize("field", ["attributions", "end_to_end"])
def test_quality_polnear_dev_f1(polnear_report, field):
    assert polnear_report[field]["f1"] >= POLNEAR_FLOORS[field]


@pytest.mark.parametrize("half", ["even", "odd"])
def test_quality_dev_half_attributions(dev_reports, half):
    total, floors = dev_reports[half], DEV_FLOORS[half]
    assert total["attributions"]["f1"] >= floors["f1"], total["attributions"]
    assert total["attribution_full"]["f1"] >= floors["full"], total["attribution_full"]
    for field in ("speaker", "speaker_code", "via"):
        assert total["attribution_accuracy"][field]["accuracy"] >= floors[field], (field, total["attribution_accuracy"])
