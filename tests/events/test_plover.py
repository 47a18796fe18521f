import pytest

from detente.events.plover import (
    COOPERATIVE,
    HOSTILE,
    MODES,
    SPEECH_ACTS,
    TYPES,
    is_country,
    is_mode,
    request_mode,
    threat_mode,
)


def test_plover_sixteen_types_each_with_modes():
    assert len(TYPES) == 16 and set(MODES) == set(TYPES)
    assert MODES["AGREE"] == () and "visit" in MODES["CONSULT"]


def test_plover_groups_are_types():
    for group in (COOPERATIVE, HOSTILE, SPEECH_ACTS):
        assert group <= set(TYPES)
    assert not COOPERATIVE & HOSTILE


@pytest.mark.parametrize(
    "etype, mode, ok",
    [("CONSULT", "visit", True), ("CONSULT", None, True), ("AGREE", "visit", False), ("ASSAULT", "aerial", True)],
)
def test_plover_is_mode(etype, mode, ok):
    assert is_mode(etype, mode) is ok


@pytest.mark.parametrize(
    "embedded, mode",
    [("CONSULT", "meet"), ("AID", "assist"), ("RETREAT", "yield"), ("CONCEDE", "yield"), ("ASSAULT", "change"), (None, None)],
)
def test_plover_request_mode_from_embedded_event(embedded, mode):
    assert request_mode(embedded) == mode


@pytest.mark.parametrize(
    "embedded, emode, mode",
    [("ASSAULT", None, "violence"), ("SANCTION", "discontinue", "relations"), ("COERCE", "arrest", "arrest"),
     ("COERCE", "curfew", "restrict"), ("PROTEST", "boycott", "restrict")],
)
def test_plover_threat_mode_from_embedded_event(embedded, emode, mode):
    assert threat_mode(embedded, emode) == mode


def test_plover_is_country():
    assert is_country("RUS.GOV") and is_country("UKR")
    assert not is_country("NATO") and not is_country("UN") and not is_country(None)
