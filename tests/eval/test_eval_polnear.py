"""PolNeAR attribution scoring."""

from __future__ import annotations

import pytest

from detente.eval.oracle import span
from detente.eval.polnear import char_f1, parse_record, score_polnear, score_record

TEXT = ("Trump said the wall will be built, he added, and Mexico will pay for every single mile of it. "
        "It was reported that taxes rise.")


def _s(s: str) -> dict:
    start = TEXT.find(s)
    assert start >= 0, s
    return span(TEXT, start, start + len(s))


RAW = {
    "id": "r1_ann1", "text": TEXT, "title": "Wall", "publisher": "pub", "date": "2016-09-12",
    "attributions": [
        {"id": "E1", "type": "Attribution", "source": [_s("Trump")], "cue": [_s("said")],
         "content": [_s("the wall will be built"), _s("and Mexico will pay for every single mile of it")]},
        {"id": "E2", "type": "Attribution-no-source", "source": [], "cue": [_s("It was reported")],
         "content": [_s("taxes rise")]},
    ],
}


def _pred(*attrs: dict) -> dict:
    return {"attributions": list(attrs)}


def _attr(content: str, source: str | None = "Trump", cue: str | None = "said") -> dict:
    return {"content": _s(content), "source_mention": _s(source) if source else None,
            "cue": _s(cue) if cue else None}


@pytest.fixture()
def record():
    return parse_record(RAW, "test:1")


def test_polnear_char_f1():
    assert char_f1({1, 2, 3, 4}, {3, 4, 5, 6}) == 0.5
    assert char_f1({1}, {2}) == 0.0


def test_polnear_multi_span_content_is_a_union(record):
    # the short span alone covers 22 of 69 gold chars: F1 = 44/91 < 0.5
    assert score_record(record, _pred(_attr("the wall will be built"))).attributions.tp == 0
    assert score_record(record, _pred(_attr("and Mexico will pay for every single mile of it"))).attributions.tp == 1
    whole = _attr("the wall will be built, he added, and Mexico will pay for every single mile of it")
    assert score_record(record, _pred(whole)).attributions.tp == 1


def test_polnear_source_and_cue_by_overlap(record):
    good = _attr("and Mexico will pay for every single mile of it", source="Trump said", cue="said")
    score = score_record(record, _pred(good))
    assert (score.source.correct, score.cue.correct) == (1, 1)
    bad = _attr("and Mexico will pay for every single mile of it", source="Mexico", cue="added")
    score = score_record(record, _pred(bad))
    assert (score.source.correct, score.cue.correct, score.source.total) == (0, 0, 1)
    assert (score.attributions.tp, score.end_to_end.tp, score.end_to_end.fp, score.end_to_end.fn) == (1, 0, 1, 2)


def test_polnear_no_source_gold_wants_no_source(record):
    assert score_record(record, _pred(_attr("taxes rise", source=None, cue="reported"))).source.correct == 1
    assert score_record(record, _pred(_attr("taxes rise", source="Trump", cue="reported"))).source.correct == 0


def test_polnear_perfect_and_records_scored_separately(record):
    perfect = _pred(_attr("the wall will be built, he added, and Mexico will pay for every single mile of it"),
                    _attr("taxes rise", source=None, cue="It was reported"))
    other = parse_record({**RAW, "id": "r1_ann2"}, "test:2")
    report = score_polnear([record, other], [perfect, _pred()])
    assert [d["id"] for d in report["documents"]] == ["r1_ann1", "r1_ann2"]
    assert report["documents"][0]["end_to_end"]["f1"] == 1.0
    assert report["documents"][1]["attributions"]["fn"] == 2
    assert report["total"]["attributions"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667,
                                               "tp": 2, "fp": 0, "fn": 2}
