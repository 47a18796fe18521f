"""Verbs of speech acts used for something else (slow: real model)."""

from __future__ import annotations

import pytest

from detente.extract import parse

pytestmark = pytest.mark.slow


def _contents(nlp, text: str):
    return [a.content.text for a in parse(text, "2024-03-05", nlp)._.attributions]


@pytest.mark.parametrize(
    "text",
    [
        # a participle naming a group, misread as a finite verb
        "A Christian-dominated militia called the anti-Balaka fought back.",
        # an attack on a place is physical
        "Rebels attacked three villages near the border.",
        # a date is not what an attack or a claim said
        "The group claimed responsibility for the hotel attack on Tuesday.",
    ],
)
def test_indirect_no_attribution(nlp, text):
    assert _contents(nlp, text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        ("You can call RT America whatever you want.", "RT America whatever you want"),
        ("The senator attacked the plan as a giveaway.", "the plan as a giveaway"),
        ("She called the ruling a disgrace.", "the ruling a disgrace"),
    ],
)
def test_indirect_speech_acts_kept(nlp, text, content):
    assert content in _contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denies the allegations.",
        "The rebels have rejected those claims.",
        "The opposition welcomed the move.",
    ],
)
def test_indirect_response_pointing_back_is_no_attribution(nlp, text):
    assert _contents(nlp, text) == []


def test_indirect_response_with_content_of_its_own_is_kept(nlp):
    found = _contents(nlp, "The ministry denied reports of a second raid on the camp.")
    assert any("second raid" in c for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ministry officials have yet to comment on the report.",
        "The embassy did not answer an email requesting comment on whether talks had resumed.",
        "Both governments have said nothing about the detainees.",
    ],
)
def test_indirect_no_comment_is_no_attribution(nlp, text):
    assert _contents(nlp, text) == []


def test_indirect_commenting_is_kept(nlp):
    assert _contents(nlp, "The minister commented on the plan.") == ["the plan"]
