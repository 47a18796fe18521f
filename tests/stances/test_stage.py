"""The component on whole texts: attribution links, dates, codes, one stance per actor (slow)."""

import pytest

from detente.extract import parse
from detente.models import Article

pytestmark = pytest.mark.slow


def _doc(nlp, text, published="2022-11-09"):
    return parse(text, published, nlp)


def test_stage_is_last_in_pipeline(nlp):
    assert nlp.pipe_names[-1] == "detente_stances"


def test_stage_attribution_link_and_speaker_holder(nlp):
    text = ('“We are ready to negotiate, of course,” said Russian Foreign Ministry spokeswoman Maria Zakharova.')
    doc = _doc(nlp, text)
    [stance] = doc._.stances
    assert stance.actor_code == "RUS.GOV"
    assert stance.position == "open"
    [attribution] = [a for a in doc._.attributions if a.id == stance.attribution]
    assert attribution.content.start <= stance.evidence.start < attribution.content.end
    assert stance.actor == attribution.speaker  # first person: the speaker holds it
    assert stance.date is not None and stance.date.value == "2022-11-09"  # present tense


def test_stage_reporting_verb_date_and_pronoun_holder(nlp):
    doc = _doc(nlp, "Moscow reaffirmed on Wednesday that it's open to negotiations.")
    [stance] = doc._.stances
    assert (stance.actor_code, stance.position) == ("RUS.GOV", "open")
    assert stance.date.value == "2022-11-09"
    moscow = next(a for a in doc._.actors if a.id == stance.actor)
    assert moscow.name == "Moscow"


def test_stage_merges_statements_of_one_party(nlp):
    text = ("Moscow reaffirmed on Wednesday that it's open to negotiations. "
            "“We are ready to negotiate, taking into account the realities on the ground,” said "
            "Russian Foreign Ministry spokeswoman Maria Zakharova.")
    doc = _doc(nlp, text)
    assert [(s.actor_code, s.position) for s in doc._.stances] == [("RUS.GOV", "conditional")]
    assert [c.text for c in doc._.stances[0].conditions] == ["taking into account the realities on the ground"]


def test_stage_background_position_gives_way(nlp):
    text = ("The US discouraged peace talks with Russia at the end of March. "
            "President Biden on Wednesday said it's up to Ukraine when to negotiate with Russia.")
    doc = _doc(nlp, text)
    assert [(s.actor_code, s.position) for s in doc._.stances] == [("USA.GOV", "neutral")]


def test_stage_spans_are_verbatim_and_ids_sequential(nlp, repo_root):
    text = (repo_root / "examples" / "sudan_jeddah_talks.txt").read_text(encoding="utf-8")
    doc = _doc(nlp, text, "2025-03-14")
    stances = doc._.stances
    assert stances
    assert [s.id for s in stances] == [f"s{i}" for i in range(1, len(stances) + 1)]
    codes = [(s.actor_code, s.topic) for s in stances]
    assert len(codes) == len(set(codes))
    for s in stances:
        assert text[s.evidence.start:s.evidence.end] == s.evidence.text
        assert s.evidence.text == s.evidence.text.strip()
        for c in s.conditions:
            assert text[c.start:c.end] == c.text
        assert s.position in ("open", "conditional", "opposed", "neutral")


def test_stage_contract_fields(nlp):
    from detente.extract import extract_articles

    [result] = extract_articles([Article(text="China called for an immediate ceasefire and peace talks.",
                                         published="2023-02-24")], nlp=nlp)
    # one stance per actor and topic: the ceasefire and the talks
    assert sorted(s["topic"] for s in result["stances"]) == ["ceasefire", "negotiations"]
    for stance in result["stances"]:
        assert set(stance) >= {"id", "actor", "actor_code", "topic", "position", "conditions", "evidence",
                               "attribution", "date"}
        assert stance["actor_code"] == "CHN.GOV"
        assert any(a["id"] == stance["actor"] for a in result["actors"])
