"""Reading and validating gold JSONL."""

from __future__ import annotations

import copy
import json

import pytest

from detente.errors import EvalError, GoldFormatError
from detente.eval.gold import parse_gold_record, read_gold

TEXT = "Russia said on Wednesday it was pulling out of Kherson. \u201cWe are ready to talk,\u201d Zakharova said."
RECORD = {
    "id": "g1",
    "meta": {"title": "Pullout", "outlet": "Wire", "author": "A. Writer", "published": "2022-11-09"},
    "text": TEXT,
    "events": [{"type": "RETREAT", "source": ["RUS"], "target": ["UKR"], "modality": "asserted",
                "evidence": "it was pulling out of Kherson", "location": "Kherson"}],
    "attributions": [{"speaker": "Maria Zakharova", "speaker_code": "RUS.GOV", "anonymous": False,
                      "cue": "said", "kind": "direct", "content": "We are ready to talk", "via": []}],
    "stances": [{"actor": "RUS.GOV", "topic": "negotiations", "position": "open",
                 "conditions": [], "evidence": "We are ready to talk"}],
}


def _write(tmp_path, *records):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_gold_locates_strings_with_find():
    doc = parse_gold_record(RECORD)
    ev = doc.events[0]
    assert TEXT[ev.start:ev.end] == ev.evidence
    at = doc.attributions[0]
    assert TEXT[at.start:at.end] == "We are ready to talk"
    assert ev.alt_types == [] and ev.optional is False and ev.date is None


def test_gold_evidence_not_in_text_names_line_and_string(tmp_path):
    bad = copy.deepcopy(RECORD)
    bad["id"] = "g2"
    bad["events"][0]["evidence"] = "it was pulling out of Kyiv"
    path = _write(tmp_path, RECORD, bad)
    with pytest.raises(GoldFormatError) as info:
        read_gold(path)
    msg = str(info.value)
    assert f"{path}:2" in msg and "'it was pulling out of Kyiv'" in msg and "event 1 evidence" in msg
    assert isinstance(info.value, EvalError)


@pytest.mark.parametrize("field,value,expected", [
    ("content", "We are ready to negotiate", "attribution 1 content"),
    ("kind", "paraphrase", "direct, indirect, mixed"),
])
def test_gold_bad_attribution_says_what_to_do(field, value, expected):
    bad = copy.deepcopy(RECORD)
    bad["attributions"][0][field] = value
    with pytest.raises(GoldFormatError, match=expected):
        parse_gold_record(bad, where="x.jsonl:1")


def test_gold_condition_must_be_verbatim():
    bad = copy.deepcopy(RECORD)
    bad["stances"][0]["conditions"] = ["a ceasefire"]
    with pytest.raises(GoldFormatError, match="stance 1 condition 'a ceasefire'"):
        parse_gold_record(bad)


def test_gold_unknown_type_and_missing_field():
    bad = copy.deepcopy(RECORD)
    bad["events"][0]["type"] = "WITHDRAW"
    with pytest.raises(GoldFormatError, match="ASSAULT"):
        parse_gold_record(bad)
    bad = copy.deepcopy(RECORD)
    del bad["events"][0]["modality"]
    with pytest.raises(GoldFormatError, match="event 1 has no 'modality'"):
        parse_gold_record(bad)


def test_gold_repeated_id_and_bad_json(tmp_path):
    with pytest.raises(GoldFormatError, match="repeats"):
        read_gold(_write(tmp_path, RECORD, RECORD))
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(RECORD) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"broken.jsonl:2: not valid JSON"):
        read_gold(path)


def test_gold_builds_article_from_meta(tmp_path):
    doc = read_gold(_write(tmp_path, RECORD))[0]
    article = doc.article()
    assert (article.id, article.text, article.title, article.outlet, article.author, article.published) == (
        "g1", TEXT, "Pullout", "Wire", "A. Writer", "2022-11-09")
