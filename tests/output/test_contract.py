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
