"""How cues on one dependency path combine (fast: detect._compose reads only kinds and negations)."""

import pytest

from detente.stances.detect import _compose


@pytest.mark.parametrize(
    "cues, neg_below, expected",
    [
        ([("open", False)], False, "open"),  # ready to negotiate
        ([("open", True)], False, "opposed"),  # not ready to negotiate
        ([("opposed", False)], False, "opposed"),  # rejects talks
        ([("opposed", True)], False, "open"),  # has not ruled out talks
        ([("open", False), ("opposed", False)], False, "opposed"),  # refused to accept a truce
        ([("pressure", False)], False, "open"),  # urged Ukraine to negotiate
        ([("pressure", False)], True, "opposed"),  # urged Ukraine not to negotiate
        ([("pressure", True)], False, "neutral"),  # won't push Ukraine to the table
        ([("pressure", False), ("open", True)], False, "neutral"),  # didn't want to pressure Ukraine
        ([("open", False)], True, "opposed"),  # wants no talks
        ([], False, None),
    ],
)
def test_compose_positions(cues, neg_below, expected):
    assert _compose([(None, kind, neg) for kind, neg in cues], neg_below) == expected
