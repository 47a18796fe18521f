"""Stance language of official readouts, sequences of conditions, impossibility, collective
actors, topics and the attribution each stance is linked to (slow: real model). The sentences
are written for these tests."""

import pytest

from detente.extract import parse
from detente.stances.topics import topic_of_text

pytestmark = pytest.mark.slow


def stances_of(nlp, text, published="2024-04-18"):
    doc = parse(text, published, nlp)
    return [s.to_dict() for s in doc._.stances or []], doc


@pytest.mark.parametrize(
    "text, code, topic, position",
    [
        ("The foreign ministry said Russia reaffirmed its openness to dialogue with Kyiv.", "RUS",
         "negotiations", "open"),
        ("The Kremlin said Moscow was ready to resume talks with Ukraine.", "RUS", "negotiations", "open"),
        ('"Now is the time for a ceasefire," Antony Blinken said.', "USA", "ceasefire", "open"),
        ('"An unconditional truce is the first crucial step," Zelensky said.', "UKR", "ceasefire", "open"),
        ("Sergei Lavrov said it would be possible to settle the dispute through negotiations.", "RUS",
         "negotiations", "open"),
        ("Zelensky said such a conversation with Putin is no longer possible.", "UKR", "negotiations",
         "opposed"),
        ("Arab states said they support a ceasefire in Gaza.", "MEA", "ceasefire", "open"),
        ("Erdogan rejected the peace deal drafted in Doha.", "TUR", "peace deal", "opposed"),
    ],
)
def test_readouts_positions(nlp, text, code, topic, position):
    stances, _ = stances_of(nlp, text)
    mine = [s for s in stances if s["actor_code"].split(".")[0] == code and s["topic"] == topic]
    assert [s["position"] for s in mine] == [position], stances


def test_readouts_sequence_of_conditions_is_one_condition_each(nlp):
    stances, _ = stances_of(nlp, "The Kremlin said Moscow would agree to talks only after a ceasefire "
                                 "and a withdrawal of Ukrainian troops.")
    assert len(stances) == 1, stances  # the ceasefire is a condition, not a second position
    [s] = stances
    assert s["position"] == "conditional"
    assert [c["text"] for c in s["conditions"]] == ["a ceasefire", "a withdrawal of Ukrainian troops"]


def test_readouts_refusal_before_a_withdrawal_is_conditional(nlp):
    stances, _ = stances_of(nlp, "Zelensky said Kyiv will not negotiate before Russia withdraws its troops.")
    assert [(s["actor_code"], s["position"]) for s in stances] == [("UKR.GOV", "conditional")]


def test_readouts_call_for_another_to_agree_is_the_callers(nlp):
    stances, _ = stances_of(nlp, "The G7 ministers called for Russia to reciprocate by agreeing to a "
                                 "ceasefire on equal terms.")
    assert [(s["actor_code"], s["topic"], s["position"]) for s in stances] == [("G7", "ceasefire", "open")]


def test_readouts_collective_holders_are_each_member(nlp):
    stances, _ = stances_of(nlp, "Armenia and Azerbaijan sent delegations to Geneva. The two countries "
                                 "agreed to resume peace talks.")
    assert sorted(s["actor_code"] for s in stances) == ["ARM.GOV", "AZE.GOV"]


def test_readouts_general_peace_and_cooperation_deals_are_no_stance(nlp):
    for text in ("Sullivan expressed the administration's commitment to supporting peace and stability.",
                 "Cameroon and Chad signed an agreement to jointly combat insecurity."):
        stances, _ = stances_of(nlp, text)
        assert stances == [], (text, stances)


def test_readouts_stance_is_linked_to_its_attribution(nlp):
    stances, doc = stances_of(nlp, "Kremlin spokesman Dmitry Peskov said Russia was open to talks with Kyiv.")
    [s] = stances
    [a] = doc._.attributions
    assert s["attribution"] == a.id


def test_readouts_pronoun_holder_is_the_attributions_speaker(nlp):
    text = ("The G7 joint statement said the group remained concerned about the war. They called on "
            "China to engage in discussions with Kyiv.")
    stances, _ = stances_of(nlp, text)
    assert [(s["actor_code"], s["topic"]) for s in stances] == [("G7", "negotiations")]


@pytest.mark.parametrize(
    "text, topic",
    [
        ("agreed to a 30-day cease-fire", "ceasefire"),
        ("signed the peace accord", "peace deal"),
        ("will attend the summit", "meeting"),
        ("resumed talks", "negotiations"),
    ],
)
def test_readouts_topic_of_event_text(text, topic):
    assert topic_of_text(text) == topic


@pytest.mark.parametrize(
    "text, code, topic, position",
    [
        ("The Saudi foreign minister voiced hope for progress in the talks.", "SAU", "negotiations", "open"),
        ("Moscow said it sees no basis for talks with Kyiv.", "RUS", "negotiations", "opposed"),
        ("The White House said a ceasefire was out of the question.", "USA", "ceasefire", "opposed"),
        ("The Kremlin said there was no point in talks with the current leadership.", "RUS",
         "negotiations", "opposed"),
        ("India expressed readiness to mediate between Russia and Ukraine.", "IND", "negotiations", "open"),
        ("The Chinese foreign ministry said Beijing underlined the need for a political solution "
         "through negotiations.", "CHN", "negotiations", "open"),
    ],
)
def test_readouts_more_official_language(nlp, text, code, topic, position):
    stances, _ = stances_of(nlp, text)
    mine = [s for s in stances if s["actor_code"].split(".")[0] == code and s["topic"] == topic]
    assert [s["position"] for s in mine] == [position], stances
