"""A concession or retreat an actor says it will not make is a refusal (``commitments``);
an adjective that is the event itself is one (``filters``); a sense whose needs fail hands
the word to its next sense (``lexicon``)."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2024-05-14")
    return nlp(doc)._.events


def test_commitments_will_not_withdraw_is_a_refusal(nlp):
    events = _events(nlp, "Armenia will not withdraw its forces from the border villages, the Armenian defence ministry said.")
    assert [(e.type, e.mode, e.modality) for e in events] == [("REJECT", "yield", "asserted")]


def test_commitments_did_not_withdraw_stays_negated(nlp):
    events = _events(nlp, "Armenia did not withdraw its forces from the border villages.")
    assert [(e.type, e.modality) for e in events] == [("RETREAT", "negated")]


def test_filters_adjective_event_needs_no_embedded_event(nlp):
    events = _events(nlp, "The Dutch government is sharply critical of Hungary.")
    assert [(e.type, e.target_codes) for e in events] == [("ACCUSE", ["HUN"])]


def test_filters_control_adjective_still_needs_an_embedded_event(nlp):
    assert not _events(nlp, "The Dutch minister was ready to comment.")


def test_lexicon_failed_need_falls_through_to_the_next_sense(nlp):
    events = _events(nlp, "Sudanese troops attacked the rebels for the third day.")
    assert [e.type for e in events] == ["ASSAULT"]  # "attack X for" as criticism needs a person


def test_embedding_demand_targets_the_subject_of_its_clause(nlp):
    events = _events(nlp, "The Chilean president demanded that Bolivia hand over the documents.")
    assert [(e.type, e.target_codes[:1]) for e in events] == [("REQUEST", ["BOL"])]


def test_embedding_demand_with_must_is_one_request(nlp):
    events = _events(nlp, "The Chilean president demanded that Bolivia must withdraw its troops.")
    assert [e.type for e in events] == ["REQUEST"]


def test_embedding_looks_through_framing_nouns(nlp):
    events = _events(nlp, "The Sudanese army ruled out the possibility of a ceasefire.")
    assert [(e.type, e.mode) for e in events] == [("REJECT", "yield")]
