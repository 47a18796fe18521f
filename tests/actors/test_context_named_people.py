"""People the article names and quotes without a country of their own (slow: real model)."""

import pytest

from detente.actors.context import is_context_code
from detente.actors.stage import description_of
from detente.extract import parse

pytestmark = pytest.mark.slow


def _actor(doc, name):
    return next(a for a in doc._.actors if a.name == name)


def test_context_unknown_person_takes_the_story_country(nlp):
    text = ("Floods cut roads across Malawi\n\n"
            "Floods in Malawi have cut roads near Blantyre and Zomba. "
            "Tiwonge Banda led a team of volunteers to the worst-hit villages. "
            "She says hundreds of families have lost their homes.")
    doc = parse(text, "2024-03-05", nlp)
    actor = _actor(doc, "Tiwonge Banda")
    assert actor.code == "MWI"
    assert is_context_code(actor.why)


def test_context_named_analyst_takes_the_story_country_with_the_sector(nlp):
    text = ("Ghana bolsters border posts\n\n"
            "Ghana has sent troops to its northern border, officials in Accra said. "
            "Security analyst Kwesi Mensah said the deployment was overdue.")
    doc = parse(text, "2024-03-05", nlp)
    actor = _actor(doc, "Kwesi Mensah")
    assert actor.code == "GHA.ELI"
    assert is_context_code(actor.why)


def test_context_most_named_country_counts_for_a_person_only(nlp):
    # Peru three times, Chile twice: too close for a bare group, enough for a named person
    text = ("Peru and Chile talk water rights\n\n"
            "Peru hosted the talks in Lima. Chile sent a delegation. "
            "Rosa Quispe led the farmers' group at the talks and says the deal is fair.")
    doc = parse(text, "2024-03-05", nlp)
    assert doc._.actor_index.context.story_country() is None
    actor = _actor(doc, "Rosa Quispe")
    assert actor.code == "PER"


def test_context_no_country_without_a_leading_one(nlp):
    text = ("Talks resume\n\n"
            "Peru and Chile met again in Lima and Santiago. "
            "Rosa Quispe says the deal is fair.")
    doc = parse(text, "2024-03-05", nlp)
    assert _actor(doc, "Rosa Quispe").code is None


def test_description_title_before_for_and_a_place(nlp):
    doc = parse("“The situation is grave,” U.N. Special Coordinator for Lebanon Ana Ferreira said.",
                "2024-03-05", nlp)
    ent = next(e for e in doc.ents if e.text == "Ana Ferreira")
    assert description_of(ent).startswith("U.N.")
    assert ent._.actor.code == "UN"


def test_context_who_clause_makes_a_person_with_the_body_they_head(nlp):
    text = ("Naledi Okonkwo-Baptiste, who heads Ghana’s Coastal Livelihoods Foundation, "
            "echoed their concerns. She told reporters the fishermen were afraid.")
    doc = parse(text, "2024-03-05", nlp)
    found = doc._.attributions
    assert found and found[-1].source_mention.text == "She"
    assert found[-1].speaker_name == "Naledi Okonkwo-Baptiste"
    assert found[-1].speaker_code == "GHA.NGO"


def test_coref_the_group_is_the_organisation_named_last(nlp):
    text = ("The militant group al-Shabab claimed responsibility for the attack. "
            "In a statement, the group said it had killed 12 soldiers.")
    doc = parse(text, "2024-03-05", nlp)
    said = [a for a in doc._.attributions if a.source_mention and a.source_mention.text == "the group"]
    assert said and said[0].speaker_code == "SOM.REB"


def test_known_person_under_another_label_keeps_surname_and_pronoun(nlp):
    from detente.actors.stage import _MISLABELLED

    text = ("That is something that Uganda's Bobi Wine knows all too well. "
            "Wine says he has trouble even talking to voters. "
            "“I cannot address my constituents,” he said.")
    doc = parse(text, "2020-01-10", nlp)
    wine = [a for a in doc._.attributions if a.speaker_name == "Bobi Wine"]
    assert len(wine) >= 2, [(a.speaker_name, a.content.text) for a in doc._.attributions]
    assert all(a.speaker_code == "UGA.OPP" for a in wine)
    assert "FAC" in _MISLABELLED and "PERSON" not in _MISLABELLED


def test_context_unnamed_people_take_the_most_named_country(nlp):
    text = ("Peru and Chile talk water rights\n\n"
            "Peru hosted the talks in Lima. Chile sent a delegation. "
            "Some believe the deal is unfair, and analysts say it will not last.")
    doc = parse(text, "2024-03-05", nlp)
    said = {a.source_mention.text: a for a in doc._.attributions if a.source_mention}
    assert said["analysts"].speaker_code == "PER.ELI"
    assert said["analysts"].anonymous
