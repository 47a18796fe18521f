"""Condition patterns: verbatim spans, coordinated items split (slow: real model)."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _only_stance(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2023-05-10")
    doc = nlp(doc)
    stances = doc._.stances
    assert len(stances) == 1, [s.to_dict() for s in stances]
    return stances[0], text


@pytest.mark.parametrize(
    "text, conditions",
    [
        ("Pakistan is ready to talk to India if New Delhi stops its aggression.", ["New Delhi stops its aggression"]),
        ("Iran is open to negotiations provided that sanctions are lifted.", ["sanctions are lifted"]),
        ("Moscow said it was prepared to talk, on condition that NATO halts its expansion.", ["NATO halts its expansion"]),
        ("Kyiv has ruled out any talks as long as Russian troops remain on Ukrainian soil.",
         ["Russian troops remain on Ukrainian soil"]),
        ("Hamas said it would accept a truce only if Israel ends the blockade of Gaza.", ["Israel ends the blockade of Gaza"]),
        ("Sudan's army said it would return to talks in Jeddah only after the rebels left the cities.",
         ["the rebels left the cities"]),
        ("Ukraine refuses to negotiate until Russia withdraws its troops.", ["Russia withdraws its troops"]),
        ('"We are ready to negotiate, of course, taking into account the realities that are emerging at the moment," '
         "said Russian Foreign Ministry spokeswoman Maria Zakharova.",
         ["taking into account the realities that are emerging at the moment"]),
        ("Zelensky said he was open to talks with Russia, but he maintained conditions that are non-starters for "
         "negotiations, including a full Russian withdrawal and Moscow paying for war damages.",
         ["a full Russian withdrawal", "Moscow paying for war damages"]),
        ("Serbia wants dialogue with Kosovo, but insists on the formation of a union of Serb municipalities.",
         ["the formation of a union of Serb municipalities"]),
        ("Israel's prime minister said there would be no ceasefire until all hostages are released.",
         ["all hostages are released"]),
        ("Kuleba said there can be no talks while our cities are being shelled.", ["our cities are being shelled"]),
        ("A full withdrawal is a precondition for talks, Kyiv said.", ["A full withdrawal"]),
        ("Ukraine has insisted on the restoration of its borders as a precondition for peace talks.",
         ["the restoration of its borders"]),
    ],
)
def test_conditions_spans(nlp, text, conditions):
    stance, text = _only_stance(nlp, text)
    assert stance.position == "conditional"
    assert [c.text for c in stance.conditions] == conditions
    for c in stance.conditions:
        assert text[c.start:c.end] == c.text


def test_conditions_garden_path_conjunct_is_cut(nlp):
    stance, _ = _only_stance(nlp, "Italian media reported NATO could push for negotiations if Ukraine retakes Kherson "
                                  "and Russia says it's pulling out of the city")
    assert [c.text for c in stance.conditions] == ["Ukraine retakes Kherson"]


def test_conditions_without_conditions_stays_open(nlp):
    stance, _ = _only_stance(nlp, "A Kremlin spokesman said Moscow accepts the truce without conditions.")
    assert stance.position == "open"
    assert stance.conditions == []
