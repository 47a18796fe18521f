"""PLOVER GSR sentence scoring."""

from __future__ import annotations

from detente.eval.gsr import parse_record, score_gsr

RECORDS = [
    parse_record({"id": "s1", "text": "Hungary will support a U.N. resolution.",
             "events": [{"type": "AGREE", "mode": None, "source": ["HUN"], "target": ["IGO.GOV"],
                         "trigger": "support"}]}, "t:1"),
    parse_record({"id": "s2", "text": "The U.N. condemned the attack.",
             "events": [{"type": "PROTEST", "mode": None, "source": ["IGO.GOV"], "target": [],
                         "trigger": "condemned"}]}, "t:2"),
    parse_record({"id": "s3", "text": "Israeli troops shelled the camp.",
             "events": [{"type": "ASSAULT", "mode": None, "source": ["ISR.MIL"], "target": ["PSE"],
                         "trigger": "shelled"}]}, "t:3"),
]


def _ev(etype: str, *sources: str) -> dict:
    return {"type": etype, "source_codes": list(sources)}


def test_gsr_type_and_type_source_counts():
    preds = [
        {"events": [_ev("AGREE", "HUN.GOV"), _ev("SUPPORT", "HUN")]},  # right + one extra
        {"events": [_ev("PROTEST", "IGO")]},  # IGO.GOV vs IGO: first segment agrees
        {"events": [_ev("ASSAULT", "PSE"), _ev("ASSAULT"), _ev("THREATEN", "ISR")]},  # wrong source, one extra
    ]
    report = score_gsr(RECORDS, preds)
    total = report["total"]
    assert total["type"] == {"accuracy": 1.0, "correct": 3, "total": 3}
    assert total["type_source"] == {"accuracy": 0.6667, "correct": 2, "total": 3}
    assert total["extra_events"] == 2 and total["extras_per_sentence"] == 0.6667
    assert report["by_type"]["ASSAULT"]["type_source"]["correct"] == 0
    assert [d["extras"] for d in report["documents"]] == [1, 0, 1]


def test_gsr_empty_prediction():
    report = score_gsr(RECORDS, [{"events": []}] * 3)
    assert report["total"]["type"]["accuracy"] == 0.0
    assert report["total"]["sentences_without_events"] == 3
    assert report["total"]["extras_per_sentence"] == 0.0


def test_gsr_article_has_record_id_and_no_date():
    article = RECORDS[0].article()
    assert (article.id, article.published, article.text) == ("s1", None, RECORDS[0].text)


def test_eval_gsr_legacy_codes_agree_with_current_ones():
    from detente.eval.gsr import GsrEvent, GsrRecord, score_gsr

    records = [
        GsrRecord("a", "x", [GsrEvent("AGREE", ["IGO.GOV"], [])]),
        GsrRecord("b", "y", [GsrEvent("SANCTION", ["JAP"], [])]),
        GsrRecord("c", "z", [GsrEvent("AGREE", ["IGO"], [])]),
    ]
    preds = [
        {"events": [{"type": "AGREE", "source_codes": ["NATO.MIL"]}]},
        {"events": [{"type": "SANCTION", "source_codes": ["JPN"]}]},
        {"events": [{"type": "AGREE", "source_codes": ["FRA.GOV"]}]},  # a state is no IGO
    ]
    total = score_gsr(records, preds)["total"]
    assert total["type_source"]["correct"] == 2
