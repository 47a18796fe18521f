"""Nominal events with participants, and relative clauses on actors (``detect``, ``filters``)."""

import pytest

from detente.extract import parse

pytestmark = pytest.mark.slow


def _events(nlp, text):
    return parse(text, "2024-05-14", nlp)._.events


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        ("Egypt's crackdown on the protesters drew wide condemnation.", "COERCE", "crackdown"),
        ("The army's assault on the rebel town continued into a second week.", "ASSAULT", "assault"),
        ("Brazil's mediation between the two neighbours was praised by the United Nations.", "CONSULT", "mediation"),
        ("The blockade of Gaza by Israel entered its seventeenth year.", "COERCE", "blockade"),
    ],
)
def test_detect_noun_with_participants_is_an_event(nlp, text, etype, trigger):
    assert any(e.type == etype and trigger in e.trigger.text for e in _events(nlp, text))


@pytest.mark.parametrize(
    "text, etype",
    [
        # a demand's content is no event of its own
        ("Kyiv set conditions for the talks, including a complete Russian withdrawal.", "RETREAT"),
        # a nationality alone is background ("US sanctions"), not a report
        ("Farmers say that American sanctions have made fertilizer expensive.", "SANCTION"),
    ],
)
def test_detect_noun_without_report_stays_latent(nlp, text, etype):
    assert not [e for e in _events(nlp, text) if e.type == etype]


def test_filters_relative_clause_on_an_actor_is_a_report(nlp):
    text = "The militants, who besieged the garrison for a week, withdrew on Sunday."
    assert any(e.type == "ASSAULT" for e in _events(nlp, text))


def test_filters_relative_clause_on_a_thing_is_background(nlp):
    text = "Kyiv will not give up the territory that Russia has captured."
    assert not [e for e in _events(nlp, text) if e.type == "ASSAULT"]


def test_detect_derived_noun_counts_only_when_a_verb_realises_it(nlp):
    from detente.events.lexicon import load_lexicon

    lexicon = load_lexicon()
    sentences = {  # nominalisations of listed verbs; the test takes one the lexicon does not list
        "interception": ("The navy carried out the interception of the fishing boats on Monday.",
                         "Crews recalled the interception of the boats by the navy."),
        "encirclement": ("The army completed the encirclement of the rebel town on Monday.",
                         "Residents recalled the encirclement of the town by the army."),
        "detonation": ("Militants carried out the detonation of a car bomb on Monday.",
                       "Witnesses recalled the detonation of the bomb by the militants."),
    }
    word = next(w for w in sentences if ("noun", w) not in lexicon.entries)
    realised, background = sentences[word]
    assert any(e.trigger.text == word for e in _events(nlp, realised))
    assert not [e for e in _events(nlp, background) if e.trigger.text == word]


def test_arguments_target_through_an_event_noun(nlp):
    events = _events(nlp, "Egypt's crackdown on protests by Sudanese refugees drew criticism.")
    crackdown = next(e for e in events if e.type == "COERCE")
    assert crackdown.source_codes[:1] == ["EGY"] and any(c.startswith("SDN") for c in crackdown.target_codes)
