import pytest

from detente.events.cameo import cameo_code, cameo_detail
from detente.events.plover import MODES, TYPES


@pytest.mark.parametrize(
    "etype, mode, code",
    [
        ("AGREE", None, "03"),
        ("CONSULT", None, "04"),
        ("CONSULT", "visit", "04"),
        ("SUPPORT", None, "05"),
        ("COOPERATE", None, "06"),
        ("AID", None, "07"),
        ("CONCEDE", None, "08"),
        ("RETREAT", "withdraw", "08"),
        ("ACCUSE", "investigate", "09"),
        ("ACCUSE", "allege", "11"),
        ("REQUEST", "meet", "10"),
        ("REJECT", "meet", "12"),
        ("THREATEN", "violence", "13"),
        ("PROTEST", "demo", "14"),
        ("MOBILIZE", "troops", "15"),
        ("SANCTION", None, "16"),
        ("COERCE", "arrest", "17"),
        ("ASSAULT", "abduct", "18"),
        ("ASSAULT", None, "19"),
        ("ASSAULT", "heavy-weapons", "19"),
        ("ASSAULT", "massacre", "20"),
    ],
)
def test_cameo_code_by_type_and_mode(etype, mode, code):
    assert cameo_code(etype, mode) == code


def test_cameo_every_type_and_mode_has_a_code():
    for etype in TYPES:
        for mode in (None, *MODES[etype]):
            assert cameo_code(etype, mode) is not None, (etype, mode)


def test_cameo_unknown_mode_falls_back_and_unknown_type_is_none():
    assert cameo_code("CONSULT", "nonsense") == "04"
    assert cameo_code("NOPE") is None
    root, code, label = cameo_detail("CONSULT", "visit")
    assert (root, code) == ("04", "042") and "visit" in label
