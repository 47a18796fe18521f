"""Reported speech from the parse: cue types, clause boundaries, passives, modals, mixed quotes."""

from __future__ import annotations

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _attributions(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text)
    return nlp(doc)._.attributions


def _one(nlp, text: str):
    found = _attributions(nlp, text)
    assert len(found) == 1, [(a.cue.text if a.cue else None, a.content.text) for a in found]
    return found[0]


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("Zelensky said that Ukraine would not cede territory.", "Zelensky", "said", "Ukraine would not cede territory"),
        ("Kyiv will keep fighting, officials said.", "officials", "said", "Kyiv will keep fighting"),
        ("The ministry denied that its forces had shelled the city.", "The ministry", "denied",
         "its forces had shelled the city"),
        ("Western officials believe Russia cannot win the war.", "Western officials", "believe",
         "Russia cannot win the war"),
        ("According to the Kremlin, the talks have stalled.", "the Kremlin", "According to", "the talks have stalled"),
        ("The minister accused Kyiv of shelling the plant.", "The minister", "accused", "Kyiv of shelling the plant"),
        ("Putin vowed to continue the offensive.", "Putin", "vowed", "to continue the offensive"),
        ("Biden reiterated the administration's stance that it is up to Ukraine to decide.", "Biden", "reiterated",
         "it is up to Ukraine to decide"),
    ],
)
def test_indirect_indirect_cue_types(nlp, text, speaker, cue, content):
    found = _one(nlp, text)
    assert found.kind == "indirect"
    assert found.source_mention.text == speaker
    assert found.cue.text == cue
    assert found.content.text == content


def test_indirect_indirect_parenthetical_cue(nlp):
    found = _one(nlp, "The offensive, the general said, will begin in spring.")
    assert found.source_mention.text == "the general"
    assert found.content.text.startswith("The offensive") and found.content.text.endswith("in spring")


def test_indirect_passive_cue_has_no_speaker(nlp):
    found = _one(nlp, "It was reported that the convoy had been stopped.")
    assert found.speaker is None and found.source_mention is None
    assert found.content.text == "the convoy had been stopped"


def test_indirect_hypothetical_speech_is_no_attribution(nlp):
    assert _attributions(nlp, "Russia could say that the talks failed.") == []


def test_indirect_mixed_quote(nlp):
    found = _one(nlp, "Peskov said the talks were “not on the agenda” for now.")
    assert found.kind == "mixed"
    assert "“not on the agenda”" in found.content.text


def test_indirect_participle_after_cue_is_its_own_attribution(nlp):
    found = _attributions(nlp, "Kremlin spokesman Dmitry Peskov said talks were possible, adding that Moscow had not set conditions.")
    assert [(a.cue.text, a.content.text) for a in found] == [
        ("said", "talks were possible"),
        ("adding", "Moscow had not set conditions"),
    ]


def test_indirect_according_to_after_the_claim(nlp):
    found = _one(nlp, "The talks have stalled, according to two people familiar with the matter.")
    assert found.cue.text == "according to"
    assert found.source_mention.text == "two people familiar with the matter"
    assert found.content.text == "The talks have stalled"


def test_indirect_cues_inside_quotes_are_part_of_the_quote(nlp):
    found = _one(nlp, "“I think they said that the war is over,” Peskov said.")
    assert found.kind == "direct" and found.source_mention.text == "Peskov"
