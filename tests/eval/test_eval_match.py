"""Matching rules."""

from __future__ import annotations

import pytest

from detente.errors import EvalError
from detente.eval.gold import GoldAttribution, GoldEvent
from detente.eval.match import (
    codes_agree_full,
    greedy,
    match_attributions,
    match_events,
    pred_range,
    speaker_matches,
    targets_agree,
    token_f1,
    via_matches,
)


def _event(start: int, end: int, etype: str = "ASSAULT", alt=(), optional=False) -> GoldEvent:
    return GoldEvent(type=etype, source=["RUS"], target=["UKR"], modality="asserted", evidence="x" * (end - start),
                     start=start, end=end, alt_types=list(alt), optional=optional)


def _attribution(content: str = "", speaker: str = "Jake Sullivan", code: str = "USA.GOV",
                 anonymous: bool = False) -> GoldAttribution:
    return GoldAttribution(speaker=speaker, speaker_code=code, anonymous=anonymous, cue="said", kind="indirect",
                           content=content, start=0, end=len(content))


def test_match_greedy_takes_best_score_first_one_to_one():
    assert greedy([(5, 0, 0), (9, 1, 0), (3, 0, 1)]) == [(0, 1), (1, 0)]


def test_match_events_needs_overlap_and_type_or_alt_type():
    gold = [_event(0, 10, "REQUEST", alt=["REJECT"])]
    assert match_events(gold, [("REJECT", (5, 20))]).pairs == [(0, 0)]
    assert match_events(gold, [("ACCUSE", (5, 20))]).pairs == []
    assert match_events(gold, [("REQUEST", (10, 20))]).pairs == []  # touching is not overlapping


def test_match_events_required_gold_before_optional():
    gold = [_event(0, 30, optional=True), _event(20, 40)]
    m = match_events(gold, [("ASSAULT", (0, 30))])  # overlaps the optional one more
    assert m.pairs == [(1, 0)] and m.optional_pairs == [] and m.missed == [] and m.spurious == []


def test_match_events_prefers_bigger_overlap():
    gold = [_event(0, 10), _event(12, 40)]
    m = match_events(gold, [("ASSAULT", (8, 40)), ("ASSAULT", (0, 9))])
    assert m.pairs == [(0, 1), (1, 0)]


@pytest.mark.parametrize("n_gold,n_pred,matches", [(36, 12, True), (37, 12, False)])
def test_match_attribution_token_f1_threshold(n_gold, n_pred, matches):
    gold = " ".join(f"w{i}" for i in range(n_gold))
    pred = " ".join(f"w{i}" for i in range(n_pred))
    f1 = token_f1(gold, pred)
    assert (f1 >= 0.5) is matches and (f1 == 0.5 if matches else f1 < 0.49)
    assert bool(match_attributions([_attribution(gold)], [pred])) is matches


def test_match_token_f1_is_case_and_punctuation_blind():
    assert token_f1("We are READY, to negotiate!", "we are ready to negotiate") == 1.0
    assert token_f1("", "anything") == 0.0


@pytest.mark.parametrize("gold,pred,ok", [
    (["NBC News"], ["NBC"], True),
    (["nbc news"], ["NBC News"], True),
    (["NBC News"], [], False),
    ([], [], True),
    (["NBC News", "Reuters"], ["Reuters", "NBC News"], False),  # order is the chain
    (["NBC News"], ["CNN"], False),
])
def test_match_via_names(gold, pred, ok):
    assert via_matches(gold, pred) is ok


@pytest.mark.parametrize("name,code,anonymous,ok", [
    ("Jake Sullivan", "USA.GOV", False, True),
    ("Sullivan", None, False, True),  # last token
    ("National Security Advisor Jake Sullivan", None, False, True),
    ("Joe Biden", "USA.GOV", False, False),
    (None, "USA.GOV", False, False),
])
def test_match_named_speaker(name, code, anonymous, ok):
    assert speaker_matches(_attribution(), name, code, anonymous) is ok


def test_match_anonymous_speaker_by_country_code():
    gold = _attribution(speaker="one Western official", code="WST.GOV", anonymous=True)
    assert speaker_matches(gold, "Western officials", "WST.MIL", True)
    assert not speaker_matches(gold, "Western officials", "WST.GOV", False)
    assert not speaker_matches(gold, "Russian officials", "RUS.GOV", True)


def test_match_full_code_and_target_rules():
    assert codes_agree_full(["RUS"], ["RUS.GOV"])  # gold has no sector: country decides
    assert not codes_agree_full(["RUS.GOV"], ["RUS.MIL"])
    assert codes_agree_full(["USA", "NATO"], ["NATO.IGO"])
    assert targets_agree([], [], ["RUS"])
    assert not targets_agree([], ["UKR"], ["RUS"])
    assert targets_agree([], ["RUS"], ["UKR", "RUS"])  # reciprocal: talks between UKR and RUS
    assert not targets_agree(["UKR"], [], ["RUS"])
    assert targets_agree(["UKR"], ["UKR.GOV"], ["RUS"])


def test_match_pred_range_checks_span_text():
    assert pred_range({"start": 0, "end": 3, "text": "abc"}, "abcdef", "p") == (0, 3)
    assert pred_range(None, "abc", "p") is None
    with pytest.raises(EvalError, match="offsets are off"):
        pred_range({"start": 1, "end": 4, "text": "abc"}, "abcdef", "p")
    with pytest.raises(EvalError, match="not a span inside the article"):
        pred_range({"start": 4, "end": 99}, "abcdef", "p")
