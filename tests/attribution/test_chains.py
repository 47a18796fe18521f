"""Reporting chains: outlets heard by a speaker, cited sources, reports and their continuation."""

from __future__ import annotations

import pytest

from detente.extract import parse

pytestmark = pytest.mark.slow


def _attributions(nlp, text: str):
    return parse(text, nlp=nlp)._.attributions


def _by_content(found, start: str):
    match = [a for a in found if a.content.text.startswith(start)]
    assert len(match) == 1, [a.content.text for a in found]
    return match[0]


def _names_agree(names, expected):
    """'NBC' and 'NBC News' name the same outlet (the actor stage picks the canonical name)."""
    assert len(names) == len(expected), names
    for got, want in zip(names, expected):
        assert set(got.lower().split()) <= set(want.lower().split()) or set(want.lower().split()) <= set(
            got.lower().split()
        ), (got, want)


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("US officials told NBC that Ukraine should consider talks.", "NBC News"),
        ("A Ukrainian official told Reuters that the strike hit a depot.", "Reuters"),
    ],
)
def test_chains_told_outlet_is_via(nlp, text, outlet):
    (found,) = _attributions(nlp, text)
    assert found.anonymous
    _names_agree(found.via_names, [outlet])
    assert len(found.via) == 1


def test_chains_reporters_are_no_outlet(nlp):
    (found,) = _attributions(nlp, "Zelensky told reporters that Ukraine would not cede territory.")
    assert found.via == []


def test_chains_citing_sources_speak_via_outlet(nlp):
    (found,) = _attributions(nlp, "NBC News reported, citing anonymous sources, that the aid package was delayed.")
    assert found.source_mention.text == "anonymous sources"
    assert found.anonymous
    assert found.content.text == "the aid package was delayed"
    _names_agree(found.via_names, ["NBC News"])


def test_chains_outlet_reports_first_hand(nlp):
    text = "The Italian newspaper La Repubblica reported that NATO might seek talks. The paper said the allies fear escalation."
    first, second = _attributions(nlp, text)
    assert first.via == [] and second.via == []
    assert second.source_mention.text == "The paper"
    assert second.speaker == first.speaker  # "the paper" is the outlet named last


def test_chains_report_said_x_said(nlp):
    text = "NBC News reported that the talks had stalled. The report said Sullivan said Kyiv should change its stance."
    found = _attributions(nlp, text)
    inner = _by_content(found, "Kyiv should")
    assert inner.source_mention.text == "Sullivan"
    _names_agree(inner.via_names, ["NBC News"])
    assert not any(a.content.text.startswith("Sullivan said") for a in found)  # the carrier is dropped


def test_chains_report_conjunct_keeps_both(nlp):
    text = (
        "NBC News reported that the talks had stalled. The report said Sullivan didn’t want to pressure Ukraine "
        "but said Kyiv should change its stance."
    )
    found = _attributions(nlp, text)
    outer = _by_content(found, "Sullivan didn’t want")
    inner = _by_content(found, "Kyiv should")
    assert outer.content.text == "Sullivan didn’t want to pressure Ukraine"
    assert outer.speaker == found[0].speaker and outer.via == []
    assert inner.source_mention.text == "Sullivan"
    _names_agree(inner.via_names, ["NBC News"])


def test_chains_nested_belief_via_report(nlp):
    text = "NBC News reported that the talks had stalled.\n\nThe report said Western officials don't believe that Ukraine can win."
    found = _attributions(nlp, text)
    inner = _by_content(found, "Ukraine can win")
    assert inner.source_mention.text == "Western officials" and inner.anonymous
    _names_agree(inner.via_names, ["NBC News"])


def test_chains_nested_in_outer_speech_of_same_speaker_is_one(nlp):
    (found,) = _attributions(nlp, "Zelensky said he believes Russia cannot win.")
    assert found.source_mention.text == "Zelensky"
    assert found.content.text == "he believes Russia cannot win"


def test_chains_anonymous_quote_continues_report(nlp):
    text = (
        "NBC News reported that the talks had stalled, citing anonymous sources.\n\n"
        '"Nobody wants to move first," one Western official said. Moscow said it is open to talks.'
    )
    found = _attributions(nlp, text)
    quote = _by_content(found, "Nobody wants")
    _names_agree(quote.via_names, ["NBC News"])
    assert _by_content(found, "it is open").via == []  # a named government speaks first hand


def test_chains_floating_quote_inherits_chain(nlp):
    text = (
        "Some officials believe the war will stall, NBC News reported, citing anonymous sources.\n\n"
        "“In the winter everything slows down,” one Western official said. “We would like to see talks.” "
        "The fighting goes on."
    )
    found = _attributions(nlp, text)
    belief = _by_content(found, "the war will stall")
    _names_agree(belief.via_names, ["NBC News"])
    floating = _by_content(found, "We would like")
    assert floating.source_mention.text == "one Western official"
    _names_agree(floating.via_names, ["NBC News"])


def test_chains_non_speech_conjunct_stays_in_the_report(nlp):
    (found,) = _attributions(nlp, "She said she was tired of the status quo and wanted a candidate who owed nothing to banks.")
    assert found.cue.text == "said"
    assert found.content.text == "she was tired of the status quo and wanted a candidate who owed nothing to banks"


def test_chains_cue_inside_a_stance_is_part_of_it(nlp):
    (found,) = _attributions(nlp, "The minister accused Kyiv of saying the plant was safe.")
    assert found.cue.text == "accused" and found.content.text == "Kyiv of saying the plant was safe"
