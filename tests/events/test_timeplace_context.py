"""Where and when: locative phrases of the event and its objects, dates on event nouns, and
a place or date carried from the previous event of the same incident (``timeplace``)."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text, published="2024-05-14"):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published=published)
    return nlp(doc)._.events


@pytest.mark.parametrize(
    "text, etype, place",
    [
        ("Gunmen besieged a police station in the town of Kismayo on Monday.", "ASSAULT", "Kismayo"),
        ("Government troops killed twelve insurgents elsewhere in Darfur.", "ASSAULT", "Darfur"),
        ("The missile strike on Kharkiv wounded four people.", "ASSAULT", "Kharkiv"),
        ("The ministers met in Vienna and signed a pact on energy.", "SUPPORT", "Vienna"),
    ],
)
def test_timeplace_place_from_own_and_object_phrases(nlp, text, etype, place):
    events = [e for e in _events(nlp, text) if e.type == etype]
    assert events and events[0].location is not None and events[0].location.name == place
    assert "location" not in events[0].context


def test_timeplace_noun_carries_its_own_year(nlp):
    events = [e for e in _events(nlp, "Prosecutors reopened the case of the 2011 bombing of the French embassy.")
              if e.type == "ASSAULT"]
    assert events and events[0].date is not None and events[0].date.value == "2011"


def test_timeplace_next_event_of_the_incident_inherits_place_and_date(nlp):
    text = ("Militants stormed a hotel in Mogadishu on Tuesday. "
            "Soldiers killed all four attackers after a long gun battle.")
    events = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    first, second = events[0], events[-1]
    assert first.location.name == "Mogadishu" and not first.context
    assert second.location.name == "Mogadishu" and set(second.context) == {"location", "date"}
    assert second.date.value == first.date.value == "2024-05-14"


def test_timeplace_no_inheritance_across_kinds_or_paragraphs(nlp):
    text = ("Militants stormed a hotel in Mogadishu on Tuesday.\n\n"
            "Soldiers killed four attackers.\n\n"
            "The president met the envoy.")
    events = _events(nlp, text)
    later = [e for e in events if e.trigger.start > text.index("Soldiers")]
    assert later and all(e.location is None and not e.context for e in later)


def test_stage_civilian_victims_take_the_country_of_the_place(nlp):
    events = [e for e in _events(nlp, "Militias shelled four villages in Sudan's Darfur region.") if e.type == "ASSAULT"]
    assert events and "SDN.CVL" in events[0].target_codes
    named = [e for e in _events(nlp, "Turkish drones struck Kurdish villages in northern Syria.") if e.type == "ASSAULT"]
    assert named and "SYR.CVL" not in named[0].target_codes  # the villagers' nationality is named


def test_timeplace_story_time_dates_the_next_sentence(nlp):
    text = "The court heard the case on Monday. Afterwards, the judge criticised the prosecutors."
    events = [e for e in _events(nlp, text) if e.type == "ACCUSE"]
    assert events and events[0].date.value == "2024-05-13" and "date" in events[0].context


def test_timeplace_story_time_skips_what_happened_before_the_story(nlp):
    text = "The court heard the case on Monday. The judge said the prosecutors had detained the editor."
    events = [e for e in _events(nlp, text) if e.type == "COERCE"]
    assert events and events[0].date is None


def test_timeplace_when_clause_takes_the_main_clause_date(nlp):
    text = "Ties soured in 2016 after Russian jets bombed a convoy near Aleppo."
    events = [e for e in _events(nlp, text) if e.type == "ASSAULT"]
    assert events and events[0].date.value == "2016" and "date" not in events[0].context
