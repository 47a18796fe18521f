"""Arguments: appositions that give a code, every party inside "the X of A and B", and the
country of a place named in the object of a verdict (``arguments``)."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2024-05-14")
    return nlp(doc)._.events


def test_arguments_apposition_codes_an_uncoded_head(nlp):
    (event,) = [e for e in _events(nlp, "The mediator, a senior Qatari diplomat, met Hamas leaders in Doha.")
                if e.type == "CONSULT"]
    assert event.source_codes and event.source_codes[0].startswith("QAT")


def test_arguments_every_party_of_an_of_phrase(nlp):
    (event,) = [e for e in _events(nlp, "The foreign ministers of Serbia and Kosovo held talks in Brussels.")
                if e.type == "CONSULT"]
    assert {c.split(".")[0] for c in event.source_codes} >= {"SRB", "XKX"}


def test_arguments_verdict_on_an_event_somewhere_targets_that_country(nlp):
    (event,) = [e for e in _events(nlp, "Britain and Canada condemned the massacre in Myanmar.") if e.type == "ACCUSE"]
    assert "MMR" in event.target_codes and event.location is None
