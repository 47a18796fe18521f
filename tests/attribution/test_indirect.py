"""Reported speech from the parse: cue types, clause boundaries, passives, modals, mixed quotes."""

from __future__ import annotations

import pytest

from detente.extract import parse

pytestmark = pytest.mark.slow


def _attributions(nlp, text: str):
    return parse(text, nlp=nlp)._.attributions


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


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("The senator attacked the new tax plan.", "The senator", "attacked", "the new tax plan"),
        ("Most voters want to raise the minimum wage.", "Most voters", "want", "to raise the minimum wage"),
        ("Democrats voted against the bill.", "Democrats", "voted against", "the bill"),
        ("The mayor cast her rival as a puppet of the donors.", "The mayor", "cast",
         "her rival as a puppet of the donors"),
        ("The senator called the voters “stupid” for backing the plan.", "The senator", "called",
         "the voters “stupid” for backing the plan"),
    ],
)
def test_indirect_stance_and_intention_frames(nlp, text, speaker, cue, content):
    found = _one(nlp, text)
    assert (found.source_mention.text, found.cue.text, found.content.text) == (speaker, cue, content)


def test_indirect_stance_under_a_modal_is_still_a_stance(nlp):
    found = _one(nlp, "The governor would support a ban on assault weapons.")
    assert found.cue.text == "would support" and found.content.text == "a ban on assault weapons"


def test_indirect_infinitive_of_a_cue_is_one_attribution(nlp):
    found = _one(nlp, "The governor sought to clarify the remarks about the budget.")
    assert found.cue.text == "sought" and found.content.text == "to clarify the remarks about the budget"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The race seemed to be his to lose.", "seemed", "The race seemed to be his to lose"),
        ("Turnout is expected to rise sharply in the suburbs.", "is expected",
         "Turnout is expected to rise sharply in the suburbs"),
    ],
)
def test_indirect_evidential_has_no_speaker(nlp, text, cue, content):
    found = _one(nlp, text)
    assert found.source_mention is None and found.speaker is None
    assert (found.cue.text, found.content.text) == (cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "There appears to be a shift in the party.",  # expletive: the writer's voice
        "She signed the order but appeared to regret it.",  # no subject of its own
        "Unions are making preparations to support the strike.",  # a light verb's object is no speaker
    ],
)
def test_indirect_no_attribution(nlp, text):
    assert _attributions(nlp, text) == []


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The senator was accused of hiding the documents.", "was accused of", "hiding the documents"),
        ("Asked about the merger, the company declined to comment.", "Asked about", "the merger"),
    ],
)
def test_indirect_passive_frame_has_no_speaker(nlp, text, cue, content):
    found = [a for a in _attributions(nlp, text) if a.cue.text == cue]
    assert len(found) == 1 and found[0].source_mention is None and found[0].content.text == content


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("His criticism of the trade deal angered the unions.", "His", "criticism of", "the trade deal"),
        ("Labor groups have doubts about the merger.", "Labor groups", "doubts about", "the merger"),
        ("Sanders is critical of the trade deal.", "Sanders", "is critical of", "the trade deal"),
    ],
)
def test_indirect_stance_nouns_and_adjectives(nlp, text, speaker, cue, content):
    found = _one(nlp, text)
    assert (found.source_mention.text, found.cue.text, found.content.text) == (speaker, cue, content)


def test_indirect_share_of_people_is_a_speaker(nlp):
    found = _one(nlp, "Some 22 percent said they would back the mayor.")
    assert found.source_mention.text == "Some 22 percent" and found.content.text == "they would back the mayor"
