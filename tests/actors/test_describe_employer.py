"""A title held in a named organisation takes the organisation's code, whatever units and
places the phrase also names (``describe._employer``)."""

from __future__ import annotations

import pytest

from detente.actors.describe import code_from_description


@pytest.mark.parametrize(
    "text, code",
    [
        ("head of the Africa desk of Amnesty International", "NGO"),
        ("director of the Middle East bureau of Reporters Without Borders", "NGO"),
        ("a senior fellow at the Hudson Institute's Program on Naval Strategy", "USA.NGO"),
        ("the research director at the Observer Research Foundation in Mumbai", "IND.NGO"),
    ],
)
def test_describe_employer_wins_over_places_and_units(kb, text, code):
    got = code_from_description(text, kb, "2024-05-01")
    assert got is not None and got[0] == code, got


def test_describe_employer_needs_a_title_before_it(kb):
    # no title: "of NATO" is what the phrase is about, not who employs the speaker
    got = code_from_description("a critic of NATO", kb, "2024-05-01")
    assert got is None or "title held in" not in got[1]


def test_describe_coordinator_of_an_organisation_is_the_organisation(kb):
    got = code_from_description("U.N. Humanitarian Coordinator for Sudan", kb, "2024-05-01")
    assert got is not None and got[0] == "UN", got


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ugandan opposition figure Bobi Wine", "UGA"),
        ("barrister Caoilfhionn Gallagher", "GBR"),
        ("publisher Jimmy Lai", "HKG"),
    ],
)
def test_describe_well_known_people_in_the_base(kb, text, code):
    got = code_from_description(text, kb, "2024-05-01")
    assert got is not None and got[0].split(".")[0] == code, got


@pytest.mark.parametrize(
    "text, code",
    [
        ("head of Kenya's Community Empowerment Foundation", "KEN.NGO"),
        ("a researcher at the Ukrainian Institute of Strategic Studies", "UKR.NGO"),
        # titles and regions inside the name say nothing of the speaker
        ("a lecturer at the Asia-Pacific Center for Military Studies", "NGO"),
    ],
)
def test_describe_unknown_institution_is_an_ngo(kb, text, code):
    got = code_from_description(text, kb, "2024-05-01")
    assert got is not None and got[0] == code, got
