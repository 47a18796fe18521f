"""Obligations as requests: reported, "needs to / has to", and inside direct quotes (``embedding``)."""

import pytest

from detente.extract import parse

pytestmark = pytest.mark.slow


def _events(nlp, text):
    return parse(text, "2024-05-14", nlp)._.events


def _requests(nlp, text):
    return [e for e in _events(nlp, text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text, target",
    [
        ("The German chancellor said Iran needs to release the detained sailors.", "IRN"),
        ("\u201cSerbia has to recognise the new border,\u201d the Croatian foreign minister told reporters.", "SRB"),
        ("\u201cTurkey must stop the shelling of our villages,\u201d the Syrian minister said.", "TUR"),
    ],
)
def test_embedding_obligation_is_a_request_to_the_obliged(nlp, text, target):
    requests = _requests(nlp, text)
    assert requests and any(c.startswith(target) for c in requests[0].target_codes)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe must be patient,\u201d the Croatian foreign minister said.",  # self-exhortation
        "The Croatian minister said the region will have to adapt to higher prices.",  # a prediction
        "\u201cIt must be said clearly,\u201d the Syrian minister said.",  # no one is asked
    ],
)
def test_embedding_obligation_without_an_addressee_is_no_request(nlp, text):
    assert not _requests(nlp, text)


def test_embedding_quoted_imperative_of_an_event_is_a_request_by_the_speaker(nlp):
    text = "The Polish president said: \u201cWithdraw your troops from Belarus now.\u201d"
    events = _events(nlp, text)
    assert [e.type for e in events] == ["REQUEST"]  # no withdrawal is reported as done
    assert events[0].source_codes == ["POL.GOV"] and events[0].target_codes == [] and events[0].location is None


def test_embedding_quoted_imperative_without_an_event_is_nothing(nlp):
    assert not _requests(nlp, "\u201cLook at the map,\u201d the Polish president said.")


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Georgia agreed that negotiations would begin in Geneva.", "AGREE"),
        ("Mali refused to accept that the peace talks would continue.", "REJECT"),
        ("The Lebanese minister agreed that the truce should take effect at dawn.", "AGREE"),
    ],
)
def test_embedding_event_noun_subject_of_an_aspectual_verb_is_embedded(nlp, text, etype):
    # "talks should resume": the verb only says the event its subject names goes on
    assert etype in [e.type for e in _events(nlp, text)]


def test_embedding_aspectual_verb_without_an_event_subject_stays_an_opinion(nlp):
    assert not [e for e in _events(nlp, "The ministers agreed that prices would continue to rise.") if e.type == "AGREE"]
