import pytest

from detente.actors.stage import actor_for_span
from detente.extract import parse

pytestmark = pytest.mark.slow


def _doc(nlp, text):
    return parse(text, "2022-11-09", nlp)


def _token(doc, text, nth=0):
    return [t for t in doc if t.text == text][nth]


def test_coref_he_is_the_nearest_person(nlp):
    doc = _doc(nlp, "Jake Sullivan visited Kyiv last week. He met officials there.")
    he = _token(doc, "He")
    assert actor_for_span(doc, doc[he.i:he.i + 1]).name == "Jake Sullivan"


def test_coref_it_prefers_a_country(nlp):
    doc = _doc(nlp, "NBC News reported that Russia lost ground. It has captured little since.")
    it = _token(doc, "It")
    assert actor_for_span(doc, doc[it.i:it.i + 1]).name == "Russia"


def test_coref_the_paper_is_the_last_outlet(nlp):
    doc = _doc(nlp, "La Repubblica reported the plan on Monday. The paper said talks could follow.")
    the = _token(doc, "The")
    actor = actor_for_span(doc, doc[the.i:the.i + 2])
    assert (actor.name, actor.code) == ("La Repubblica", "ITA.MED")


def test_coref_the_officials_is_the_last_officials_group(nlp):
    doc = _doc(nlp, "Ukrainian officials told Reuters the talks failed. The officials also said more.")
    first = actor_for_span(doc, doc[0:2])
    the = _token(doc, "The")
    assert actor_for_span(doc, doc[the.i:the.i + 2]) is first


def test_coref_pronoun_without_antecedent_is_its_own_group(nlp):
    doc = _doc(nlp, "They said nothing.")
    actor = actor_for_span(doc, doc[0:1])
    assert actor.code is None and actor.name == "They"
