"""Scoring contract predictions against hand-made gold."""

from __future__ import annotations

import copy

import pytest

from detente.errors import EvalError
from detente.eval.gold import parse_gold_record
from detente.eval.oracle import gold_to_prediction, span
from detente.eval.scorer import score_document, score_documents

TEXT = (
    "Russia announced on Wednesday that it was pulling out of Kherson. "
    "Talks between Ukraine and Russia were held in Istanbul at the end of March. "
    "The US and its allies discouraged peace talks with Russia. "
    "Russia may become closer to China. "
    "\u201cWe are ready to negotiate,\u201d Maria Zakharova said. "
    "Officials told NBC News that the US would not push Ukraine to negotiate."
)
GOLD = {
    "id": "t1",
    "meta": {"title": "T", "outlet": "O", "author": "A", "published": "2022-11-09"},
    "text": TEXT,
    "events": [
        {"type": "RETREAT", "source": ["RUS"], "target": ["UKR"], "modality": "asserted",
         "evidence": "Russia announced on Wednesday that it was pulling out of Kherson",
         "date": "2022-11-09", "location": "Kherson"},
        {"type": "CONSULT", "source": ["UKR", "RUS"], "target": [], "modality": "asserted",
         "evidence": "Talks between Ukraine and Russia were held in Istanbul at the end of March",
         "date": "2022-03", "location": "Istanbul"},
        {"type": "REQUEST", "source": ["USA.GOV", "WST"], "target": ["UKR"], "modality": "asserted",
         "evidence": "The US and its allies discouraged peace talks with Russia", "alt_types": ["REJECT"]},
        {"type": "COOPERATE", "source": ["RUS"], "target": ["CHN"], "modality": "hypothetical",
         "evidence": "Russia may become closer to China", "optional": True},
    ],
    "attributions": [
        {"speaker": "Maria Zakharova", "speaker_code": "RUS.GOV", "anonymous": False, "cue": "said",
         "kind": "direct", "content": "We are ready to negotiate", "via": []},
        {"speaker": "Officials", "speaker_code": "USA.GOV", "anonymous": True, "cue": "told",
         "kind": "indirect", "content": "the US would not push Ukraine to negotiate", "via": ["NBC News"]},
    ],
    "stances": [
        {"actor": "RUS.GOV", "topic": "negotiations", "position": "conditional", "alt_positions": ["open"],
         "conditions": [], "evidence": "We are ready to negotiate"},
        {"actor": "USA.GOV", "topic": "negotiations", "position": "neutral", "conditions": [],
         "evidence": "the US would not push Ukraine to negotiate"},
    ],
}


@pytest.fixture()
def gold():
    return parse_gold_record(copy.deepcopy(GOLD), where="test:1")


def find(s: str) -> dict:
    start = TEXT.find(s)
    assert start >= 0, s
    return span(TEXT, start, start + len(s))


def _all_f1(metrics: dict) -> list[float]:
    return [metrics[k]["f1"] for k in ("events", "event_tuples", "attributions", "stances")]


def test_scorer_perfect_prediction_scores_one(gold):
    report = score_documents([gold], [gold_to_prediction(gold)]).to_dict()
    total = report["total"]
    assert _all_f1(total) == [1.0] * 4
    assert total["events"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 3, "fp": 0, "fn": 0}
    for group in ("event_accuracy", "attribution_accuracy", "stance_accuracy"):
        assert all(acc["accuracy"] == 1.0 for acc in total[group].values()), group
    assert total["event_accuracy"]["date"]["total"] == 2
    assert report["documents"][0]["errors"] == {"missed": [], "spurious": [], "wrong": []}
    assert total["attribution_full"]["f1"] == 1.0 and total["attribution_accuracy"]["speaker_code"]["total"] == 2


def test_scorer_empty_prediction_scores_zero(gold):
    total = score_document(gold, {"events": [], "attributions": [], "stances": []})
    for prf in (total.events, total.event_tuples, total.attributions, total.stances):
        assert (prf.precision, prf.recall, prf.f1) == (0.0, 0.0, 0.0)
    assert total.events.fn == 3  # the optional event is not a miss
    assert total.event_accuracy["source"].value is None


def test_scorer_optional_event_neither_fp_nor_fn(gold):
    pred = gold_to_prediction(gold)
    with_optional = score_document(gold, pred)
    pred["events"] = [e for e in pred["events"] if e["type"] != "COOPERATE"]
    without = score_document(gold, pred)
    for score in (with_optional, without):
        assert (score.events.tp, score.events.fp, score.events.fn) == (3, 0, 0)
    assert ("COOPERATE", "COOPERATE") not in with_optional.confusion


def test_scorer_alt_type_accepted(gold):
    pred = gold_to_prediction(gold)
    pred["events"][2]["type"] = "REJECT"
    score = score_document(gold, pred)
    assert score.events.f1 == 1.0 and score.event_tuples.f1 == 1.0
    assert score.confusion[("REQUEST", "REJECT")] == 1


def test_scorer_wrong_type_goes_to_confusion_table(gold):
    pred = gold_to_prediction(gold)
    pred["events"][0]["type"] = "ASSAULT"
    pred["events"].append({"id": "x", "type": "THREATEN", "evidence": find("Maria Zakharova said"),
                           "source_codes": ["RUS"], "target_codes": [], "modality": "asserted"})
    report = score_documents([gold], [pred]).to_dict()
    assert report["total"]["events"] == {"precision": 0.5, "recall": 0.6667, "f1": 0.5714,
                                        "tp": 2, "fp": 2, "fn": 1}
    confusion = {(c["gold"], c["pred"]): c["count"] for c in report["confusion"]}
    assert confusion[("RETREAT", "ASSAULT")] == 1
    assert confusion[("-", "THREATEN")] == 1
    assert ("RETREAT", "-") not in confusion
    errors = report["documents"][0]["errors"]
    assert {"what": "event", "label": "RETREAT", "text": GOLD["events"][0]["evidence"]} in errors["missed"]
    assert [e["label"] for e in errors["spurious"]] == ["ASSAULT", "THREATEN"]


def test_scorer_missed_event_counts_as_gold_to_dash(gold):
    pred = gold_to_prediction(gold)
    del pred["events"][0]
    assert score_document(gold, pred).confusion[("RETREAT", "-")] == 1


def test_scorer_modality_date_location_accuracy_on_matches(gold):
    pred = gold_to_prediction(gold)
    retreat, consult = pred["events"][0], pred["events"][1]
    retreat["modality"] = "future"
    retreat["date"] = {"value": "2022-11", "precision": "month", "text": None}
    consult["location"] = {"name": "ISTANBUL"}  # case-insensitive
    consult["date"] = None
    score = score_document(gold, pred)
    acc = {k: (a.correct, a.total) for k, a in score.event_accuracy.items()}
    assert acc["modality"] == (2, 3)
    assert acc["date"] == (0, 2)  # only events whose gold has a date are scored
    assert acc["location"] == (2, 2)
    assert score.events.f1 == 1.0
    assert (score.event_tuples.tp, score.event_tuples.fp, score.event_tuples.fn) == (2, 1, 1)


def test_scorer_source_full_code_vs_country(gold):
    pred = gold_to_prediction(gold)
    pred["events"][2]["source_codes"] = ["USA.MIL"]  # country right, sector wrong
    score = score_document(gold, pred)
    assert score.event_accuracy["source"].correct == 2
    assert score.event_tuples.f1 == 1.0  # tuples compare countries


def test_scorer_target_rules(gold):
    pred = gold_to_prediction(gold)
    pred["events"][1]["source_codes"], pred["events"][1]["target_codes"] = ["UKR"], ["RUS"]  # reciprocal
    pred["events"][0]["target_codes"] = []
    score = score_document(gold, pred)
    assert (score.event_accuracy["target"].correct, score.event_tuples.tp) == (2, 2)


def test_scorer_attribution_accuracy_and_via(gold):
    pred = gold_to_prediction(gold)
    first, second = pred["attributions"]
    first["speaker_name"], first["kind"] = "Zakharova", "indirect"
    second["via_names"] = ["NBC"]
    second["anonymous"] = False
    score = score_document(gold, pred)
    acc = {k: (a.correct, a.total) for k, a in score.attribution_accuracy.items()}
    assert acc == {"speaker": (1, 2), "speaker_code": (2, 2), "anonymous": (1, 2), "kind": (1, 2), "via": (2, 2)}
    second["via_names"] = []
    assert score_document(gold, pred).attribution_accuracy["via"].correct == 1


def test_scorer_attribution_content_threshold(gold):
    pred = gold_to_prediction(gold)
    # 2 of the 8 gold tokens: F1 = 4/10 < 0.5; 4 of 8: F1 = 8/12 >= 0.5
    pred["attributions"][1]["content"] = find("push Ukraine")
    assert score_document(gold, pred).attributions.tp == 1
    pred["attributions"][1]["content"] = find("push Ukraine to negotiate")
    assert score_document(gold, pred).attributions.tp == 2


def test_scorer_stance_position_via_alt_positions(gold):
    pred = gold_to_prediction(gold)
    pred["stances"][0]["position"] = "open"  # alt position
    pred["stances"][0]["actor_code"] = "RUS"  # matched at country level
    pred["stances"][1]["position"] = "opposed"
    score = score_document(gold, pred)
    assert score.stances.f1 == 1.0
    assert (score.stance_accuracy["position"].correct, score.stance_accuracy["position"].total) == (1, 2)
    pred["stances"][1]["topic"] = "sanctions"
    assert score_document(gold, pred).stances.tp == 1


def test_scorer_rejects_spans_off_the_text(gold):
    pred = gold_to_prediction(gold)
    pred["events"][0]["evidence"] = {"start": 0, "end": 6, "text": "Moscow"}
    with pytest.raises(EvalError, match="prediction for 't1' event e1"):
        score_document(gold, pred)


def test_scorer_totals_sum_documents(gold):
    report = score_documents([gold, gold], [gold_to_prediction(gold), {"events": []}]).to_dict()
    assert report["total"]["events"]["tp"] == 3 and report["total"]["events"]["fn"] == 3
    assert [d["id"] for d in report["documents"]] == ["t1", "t1"]
    assert report["documents"][1]["events"]["f1"] == 0.0


def test_scorer_wrong_fields_are_listed_and_cost_full_attribution_f1(gold):
    pred = gold_to_prediction(gold)
    pred["events"][0]["source_codes"] = ["UKR"]
    zakharova = next(a for a in pred["attributions"] if a["speaker_name"] == "Maria Zakharova")
    zakharova["speaker_code"] = "UKR.GOV"
    officials = next(a for a in pred["attributions"] if a["speaker_name"] != "Maria Zakharova")
    officials["via_names"] = []
    report = score_documents([gold], [pred]).to_dict()
    total = report["total"]
    assert total["attribution_accuracy"]["speaker_code"]["correct"] == 1
    assert total["attribution_full"]["tp"] == 1 and total["attributions"]["tp"] == 2
    wrong = report["documents"][0]["errors"]["wrong"]
    assert [w["what"] for w in wrong] == ["event", "attribution", "attribution"]
    assert wrong[0]["label"].startswith("RETREAT: source ['RUS'] -> ['UKR']")


def test_eval_in_half_splits_ids_by_last_digit():
    from detente.eval import in_half

    assert in_half("voa-123", "odd") and in_half("voa-124", "even") and not in_half("voa-124", "odd")
    with pytest.raises(EvalError, match="--half even"):
        in_half("voa-1", "first")


def test_scorer_location_matches_as_named_in_the_text(gold):
    pred = gold_to_prediction(gold)
    consult = pred["events"][1]
    consult["location"] = {"name": "İstanbul", "country": "TUR", "lat": 41.0, "lon": 29.0, "geonameid": 745044}
    assert score_document(gold, pred).event_accuracy["location"].correct == 2  # diacritics folded
    retreat = pred["events"][0]
    retreat["location"] = {"name": "Kherson Oblast", "country": "UKR", "lat": 46.6, "lon": 32.6, "geonameid": 1}
    assert score_document(gold, pred).event_accuracy["location"].correct == 1
    pred["places"] = [{"id": "p1", "name": "Kherson Oblast", "country": "UKR", "lat": 46.6, "lon": 32.6,
                       "geonameid": 1, "mentions": [find("Kherson")]}]
    assert score_document(gold, pred).event_accuracy["location"].correct == 2  # a mention's text
