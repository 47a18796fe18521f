"""Merge rules: one stance per actor code and topic (fast, no model)."""

import pytest

from detente.models import DateValue
from detente.stances.merge import Candidate, merge


def _c(position, *, code="UKR.GOV", tier=3, recency="current", conditions=(), start=0, actor="a1", date=None):
    return Candidate(actor=actor, code=code, topic="negotiations", position=position,
                     evidence=(start, start + 5), conditions=list(conditions), tier=tier,
                     recency=recency, date=date)


def test_merge_one_stance_per_code_and_topic():
    merged = merge([_c("open", start=0), _c("open", start=10, actor="a2"), _c("opposed", code="RUS.GOV", start=5)])
    assert [(m.code, m.position) for m in merged] == [("UKR.GOV", "open"), ("RUS.GOV", "opposed")]


def test_merge_conditional_beats_open_and_collects_conditions():
    merged = merge([_c("open", start=0), _c("conditional", start=20, conditions=[(30, 40), (45, 50)])])
    assert len(merged) == 1
    assert merged[0].position == "conditional"
    assert merged[0].conditions == [(30, 40), (45, 50)]
    assert merged[0].evidence == (20, 25)  # evidence from a statement with the final position


def test_merge_lower_tier_conditions_still_make_open_conditional():
    merged = merge([_c("open", tier=3), _c("conditional", tier=1, start=9, conditions=[(50, 60)])])
    assert merged[0].position == "conditional"
    assert merged[0].conditions == [(50, 60)]


def test_merge_higher_tier_wins_over_hedged_report():
    # Biden's own "up to Ukraine" (tier 3) against a hedged media report (tier 1)
    merged = merge([_c("conditional", code="USA.GOV", tier=1, conditions=[(1, 2)]),
                    _c("neutral", code="USA.GOV", tier=3, start=30)])
    assert merged[0].position == "neutral"


def test_merge_background_positions_give_way_to_current_ones():
    merged = merge([_c("opposed", recency="earlier", date=DateValue("2022-03", "month")),
                    _c("open", start=40, date=DateValue("2022-11-09", "day"))])
    assert merged[0].position == "open"
    assert merged[0].date.value == "2022-11-09"


def test_merge_all_background_keeps_them():
    merged = merge([_c("opposed", recency="earlier")])
    assert merged[0].position == "opposed"


@pytest.mark.parametrize(
    "positions, expected",
    [
        (["neutral", "neutral", "open"], "neutral"),  # most frequent
        (["open", "opposed"], "open"),  # tie: earliest in the text
        (["opposed", "conditional"], "conditional"),  # "won't sit at the table" + "only after X"
    ],
)
def test_merge_position_choice(positions, expected):
    cands = [_c(p, start=10 * i, conditions=[(100, 110)] if p == "conditional" else ()) for i, p in enumerate(positions)]
    assert merge(cands)[0].position == expected


def test_merge_date_falls_back_to_other_current_statements():
    merged = merge([_c("open", start=0), _c("open", start=10, date=DateValue("2022-11-09", "day"))])
    assert merged[0].evidence == (0, 5)
    assert merged[0].date.value == "2022-11-09"


def test_merge_tie_goes_to_explicit_deference():
    merged = merge([_c("open", code="USA.GOV", start=0), _c("neutral", code="USA.GOV", start=50)])
    assert merged[0].position == "neutral"
    assert merged[0].evidence == (50, 55)
