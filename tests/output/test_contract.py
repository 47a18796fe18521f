import pytest

from detente.models import Article
from detente.output.contract import check_spans, to_contract


def test_contract_empty_doc_has_every_section(blank_nlp):
    doc = blank_nlp("Nothing happened.")
    doc._.article = Article(text="Nothing happened.", published="2022-11-09")
    result = to_contract(doc)
    assert result["schema_version"] == "1"
    assert result["article"]["published"] == "2022-11-09"
    for key in ("actors", "places", "attributions", "events", "stances"):
        assert result[key] == []


def test_contract_check_spans_finds_bad_offsets():
    result = {
        "article": {"text": "Kyiv and Moscow"},
        "places": [{"mentions": [{"start": 0, "end": 4, "text": "Kyiv"},
                                 {"start": 9, "end": 15, "text": "Moskva"}]}],
    }
    problems = check_spans(result)
    assert len(problems) == 1 and "Moskva" in problems[0]


def test_contract_drop_unconfident_keeps_confident_and_clears_conditions():
    from detente.output.contract import drop_unconfident

    result = {"events": [{"id": "e1", "confidence": 0.3, "condition": None},
                         {"id": "e2", "confidence": 0.8, "condition": "e1"},
                         {"id": "e3", "confidence": 0.5, "condition": "e2"}]}
    kept = drop_unconfident(result, 0.5)["events"]
    assert [e["id"] for e in kept] == ["e2", "e3"]
    assert kept[0]["condition"] is None and kept[1]["condition"] == "e2"
    assert len(result["events"]) == 3  # the input is not changed
