"""What AGREE / REJECT / REQUEST events imply (fast: events built by hand)."""

import pytest

from detente.models import Event, Span
from detente.stances.from_events import _position


def _event(type_, modality, mode="meet"):
    span = Span(0, 5, "talks")
    return Event(id="e1", type=type_, mode=mode, source=["a1"], target=[], source_codes=["USA"],
                 target_codes=[], modality=modality, trigger=span, evidence=span)


@pytest.mark.parametrize(
    "type_, modality, expected",
    [
        ("AGREE", "asserted", "open"),
        ("AGREE", "negated", "opposed"),
        ("REJECT", "asserted", "opposed"),
        ("REJECT", "negated", None),
        ("REQUEST", "asserted", "open"),
        ("REQUEST", "future", "open"),
        # "won't push Ukraine to the negotiating table": deference, not opposition to talks
        ("REQUEST", "negated", "neutral"),
        ("CONSULT", "asserted", None),
    ],
)
def test_from_events_position(type_, modality, expected):
    assert _position(_event(type_, modality)) == expected
