"""Positions read off single sentences through the whole pipeline (slow: real model)."""

import pytest

from detente.extract import parse

pytestmark = pytest.mark.slow


def stances_of(nlp, text, published="2023-05-10"):
    doc = parse(text, published, nlp)
    return [s.to_dict() for s in doc._.stances or []], doc


@pytest.mark.parametrize(
    "text, code, position, topic",
    [
        # open
        ("Russia said on Monday that it was ready to resume peace talks with Ukraine.", "RUS", "open", "negotiations"),
        ("China called for an immediate ceasefire and peace talks.", "CHN", "open", "negotiations"),
        ("Erdogan offered to host a summit between Putin and Zelensky.", "TUR", "open", "meeting"),
        ("North Korea has signaled its readiness for talks with the United States.", "PRK", "open", "negotiations"),
        ("The Pentagon has not ruled out talks with the Taliban.", "USA", "open", "negotiations"),
        ("Putin said he is willing to meet Zelensky.", "RUS", "open", "meeting"),
        ("The European Union urged both sides to return to the negotiating table.", "EU", "open", "negotiations"),
        ("India abstained and said dialogue and diplomacy are the only way forward.", "IND", "open", "negotiations"),
        ('"The potential for talks, we would like to see that happening," one Western official said.', "WST", "open", "negotiations"),
        ("Moscow has said it is willing to hold talks without preconditions.", "RUS", "open", "negotiations"),
        # opposed
        ("The Kremlin rejected a ceasefire proposal from Turkey.", "RUS", "opposed", "ceasefire"),
        ("Zelensky said he would never negotiate with Putin.", "UKR", "opposed", "negotiations"),
        ("Polish officials opposed any negotiations with the Kremlin.", "POL", "opposed", "negotiations"),
        ("Washington pressed Kyiv not to negotiate with Moscow.", "USA", "opposed", "negotiations"),
        ("The Taliban refused to take part in the Doha negotiations.", "AFG", "opposed", "negotiations"),
        ("France believes negotiations are premature.", "FRA", "opposed", "negotiations"),
        ("Boris Johnson traveled to Kyiv and urged Ukraine not to negotiate with Russia.", "GBR", "opposed", "negotiations"),
        ("Netanyahu vowed to keep fighting and rejected calls for a ceasefire.", "ISR", "opposed", "ceasefire"),
        ("Zelensky has said that he will not hold talks with Putin.", "UKR", "opposed", "negotiations"),
        ("Lavrov said Russia would not take part in the summit.", "RUS", "opposed", "meeting"),
        ("The Kremlin said Russia is not interested in talks with the current leadership in Kyiv.", "RUS", "opposed", "negotiations"),
        ("Poland is opposed to talks with Moscow.", "POL", "opposed", "negotiations"),
        ("Zelensky has rejected calls to negotiate with Russia.", "UKR", "opposed", "negotiations"),
        ('"There will be no negotiations," Kremlin spokesman Dmitry Peskov said.', "RUS", "opposed", "negotiations"),
        ("Russia vetoed the ceasefire resolution.", "RUS", "opposed", "ceasefire"),
        ("Brazil is in favor of peace negotiations.", "BRA", "open", "negotiations"),
        ("Russia is committed to peace.", "RUS", "open", "negotiations"),
        ("Washington has been pressuring Kyiv to enter talks with Moscow.", "USA", "open", "negotiations"),
        ("Israel has expressed support for a temporary truce.", "ISR", "open", "ceasefire"),
        ("Russia accused Ukraine of sabotaging the peace talks.", "UKR", "opposed", "negotiations"),
        ("Washington warned Kyiv against negotiating with Moscow.", "USA", "opposed", "negotiations"),
        ("The EU discouraged Ukraine from negotiating with Russia.", "EU", "opposed", "negotiations"),
        ("Netanyahu on Thursday rejected a Hamas counterproposal for a ceasefire.", "ISR", "opposed", "ceasefire"),
        # neutral: defers to others
        ("The White House said it was up to Kyiv to decide whether to negotiate.", "USA", "neutral", "negotiations"),
        ("Germany does not want to pressure Ukraine into a ceasefire.", "DEU", "neutral", "ceasefire"),
        ("The US has maintained that it won't push Ukraine to the negotiating table.", "USA", "neutral", "negotiations"),
        # conditional
        ("Iran is open to negotiations provided that sanctions are lifted.", "IRN", "conditional", "negotiations"),
        ("Pakistan is ready to talk to India if New Delhi stops its aggression.", "PAK", "conditional", "negotiations"),
        ("Ukraine refuses to negotiate until Russia withdraws its troops from all occupied territory.", "UKR", "conditional", "negotiations"),
        ("Kyiv says it will only negotiate once Russian forces leave Ukraine.", "UKR", "conditional", "negotiations"),
        ("Kuleba said Kyiv would not sit down with Moscow as long as Russian forces occupy Ukrainian land.",
         "UKR", "conditional", "negotiations"),
        ("Ukraine has insisted on the restoration of its borders as a precondition for peace talks.", "UKR",
         "conditional", "negotiations"),
        ("Moscow says any talks must take into account the new territorial realities.", "RUS", "conditional", "negotiations"),
    ],
)
def test_detect_position(nlp, text, code, position, topic):
    stances, _ = stances_of(nlp, text)
    mine = [s for s in stances if s["actor_code"] and s["actor_code"].split(".")[0] == code
            and s["topic"] == topic]
    assert len(mine) == 1, stances
    assert mine[0]["position"] == position, stances


@pytest.mark.parametrize(
    "text",
    [
        "The negotiations ultimately failed.",
        "Russia losing Kherson could make Vladimir Putin's government less likely to talk.",
        "France, Britain and Germany were preparing to trigger sanctions if no agreement is reached.",
        "If Ukraine retakes Kherson, it could put the government in a better position to negotiate.",
        "Kyiv should change its stance on negotiations.",
        "The talks collapsed after Russia walked away from the grain deal.",
        "Congress is planning to pass a fresh aid package for Ukraine.",
        "Zelensky recently signed a decree on the mobilization of reservists.",
        "The Kremlin declined to comment on the talks.",
        "Ukraine refused to say whether talks would resume.",
        "Russia and Ukraine discussed a ceasefire in Istanbul.",
        "Blinken said Washington wants Ukraine to be in the strongest possible position at the negotiating table.",
        "Peskov said peace would only come through victory.",
    ],
)
def test_detect_no_stance(nlp, text):
    stances, _ = stances_of(nlp, text)
    assert stances == []


def test_detect_coordinated_holders_each_get_a_stance(nlp):
    stances, _ = stances_of(nlp, "Italian media reported US and NATO could push for negotiations if Ukraine retakes Kherson.")
    assert sorted((s["actor_code"], s["position"]) for s in stances) == [
        ("NATO", "conditional"), ("USA.GOV", "conditional")]


def test_detect_deferred_party_gets_no_stance(nlp):
    stances, _ = stances_of(nlp, "President Biden reiterated that it's up to Ukraine when to negotiate with Russia.")
    assert [(s["actor_code"], s["position"]) for s in stances] == [("USA.GOV", "neutral")]
    assert "up to Ukraine" in stances[0]["evidence"]["text"]


def test_detect_noun_cue_holder_and_clause_holder(nlp):
    stances, _ = stances_of(nlp, "Sudan's government has rejected a US and Saudi proposal for a humanitarian truce.")
    got = {s["actor_code"].split(".")[0]: s["position"] for s in stances}
    assert got == {"SDN": "opposed", "USA": "open", "SAU": "open"}


def test_detect_accusation_is_the_object_s_position(nlp):
    stances, _ = stances_of(nlp, "Moscow blamed Kyiv for refusing to negotiate.")
    assert [(s["actor_code"], s["position"]) for s in stances] == [("UKR.GOV", "opposed")]


def test_detect_reported_thought_climbs_to_the_reporter(nlp):
    stances, _ = stances_of(nlp, "US Secretary of State Antony Blinken, who met Netanyahu in Jerusalem on Wednesday, "
                                 "said he still believed a deal was possible.")
    assert [(s["actor_code"], s["position"]) for s in stances] == [("USA.GOV", "open")]
