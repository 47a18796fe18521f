"""Trigger forms of real news (``lexicon``, ``detect``, ``modality``, ``filters``): levies and
sanctions one hits a country "with", protests as a state ("gathered in protest"), "stands
accused", a purpose of being somewhere ("was in Washington to meet"), and the litotes "will
not hesitate to"."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2024-05-14")
    return nlp(doc)._.events


def _countries(codes):
    return {c.split(".", 1)[0] for c in codes}


@pytest.mark.parametrize(
    "text, target",
    [
        ("Washington hit Mexico last week with a new 25% levy on steel.", "MEX"),
        ("The European Union slapped Belarus with new sanctions on Monday.", "BLR"),
    ],
)
def test_triggers_hit_a_country_with_a_levy_is_a_sanction_on_it(nlp, text, target):
    (event,) = [e for e in _events(nlp, text) if e.type == "SANCTION"]
    assert target in _countries(event.target_codes)


def test_triggers_hit_with_weather_is_nothing(nlp):
    assert not _events(nlp, "The storm hit the coast with heavy rain.")


def test_triggers_gathered_in_protest_is_a_protest(nlp):
    text = "Thousands of Kenyan students gathered outside parliament in protest against the new tax law."
    (event,) = [e for e in _events(nlp, text) if e.type == "PROTEST"]
    assert "KEN" in _countries(event.source_codes)


def test_triggers_stands_accused_targets_the_accused(nlp):
    (event,) = [e for e in _events(nlp, "Mr. Navalny stands accused of fraud.") if e.type == "ACCUSE"]
    assert "RUS" in _countries(event.target_codes)


def test_filters_purpose_of_being_somewhere_is_a_meeting(nlp):
    events = _events(nlp, "The delegation was in Washington this week to meet with lawmakers.")
    assert [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text, etype, modality",
    [
        ("Kenya will not hesitate to impose sanctions on Somalia.", "THREATEN", "asserted"),
        ("The army did not hesitate to open fire on the crowd.", "ASSAULT", "asserted"),
    ],
)
def test_modality_not_hesitating_asserts_the_act(nlp, text, etype, modality):
    assert (etype, modality) in [(e.type, e.modality) for e in _events(nlp, text)]


def test_stage_purpose_happens_where_its_governor_does(nlp):
    events = _events(nlp, "The Kenyan delegation was in Geneva this week to meet with Swiss officials.")
    (event,) = [e for e in events if e.type == "CONSULT"]
    assert event.location is not None and event.location.name == "Geneva"
