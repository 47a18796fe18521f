"""Groups nobody names are anonymous speakers; named bodies and outlet kinds are not
(slow: real model)."""

from __future__ import annotations

import pytest

from detente.extract import parse

pytestmark = pytest.mark.slow


def _first(nlp, text: str):
    found = parse(text, "2024-03-05", nlp)._.attributions
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups say the detainees were beaten in custody.",
        "Authorities said the road would reopen on Friday.",
        "Security forces in Mali said they had repelled the attack.",
        "Local news reports say the dam burst overnight.",
        "Human rights advocates said the ruling was a setback.",
    ],
)
def test_stage_unnamed_group_is_anonymous(nlp, text):
    assert _first(nlp, text).anonymous


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International said the detainees were beaten in custody.",
        "The Malian army said it had repelled the attack.",
        "Italian media reported that the talks had stalled.",
    ],
)
def test_stage_named_group_is_not_anonymous(nlp, text):
    assert not _first(nlp, text).anonymous
