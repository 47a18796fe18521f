"""Speakers of direct quotes in layouts the parser gets wrong (slow: real model)."""

from __future__ import annotations

import pytest

from detente.extract import parse

pytestmark = pytest.mark.slow


def _quotes(nlp, text: str):
    return [a for a in parse(text, "2024-03-05", nlp)._.attributions if a.kind == "direct"]


def test_quotes_phrase_before_a_subjectless_cue_speaks_not_its_object(nlp):
    # the parse real articles get: "spokeswoman" is an attribute inside the quote's clause, so
    # "told" has no subject and only its object, the addressee, is near it
    from spacy.tokens import Doc

    from detente.attribution.quotes import Quote, _speaker_near

    words = ["“", "This", "is", "unacceptable", ",", "”", "his", "spokeswoman", ",", "Ilse",
             "Vandermeer", ",", "told", "reporters", "."]
    heads = [2, 2, 12, 2, 2, 7, 7, 2, 7, 10, 7, 7, 12, 12, 12]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "poss", "attr", "punct",
            "compound", "appos", "punct", "ROOT", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PRON", "NOUN", "PUNCT", "PROPN",
           "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    end = doc[5].idx + 1
    quote = Quote(start=0, end=end, inner_start=1, inner_end=doc[5].idx)
    speaker = _speaker_near(doc, doc[12], list(doc[6:12]), quote)
    assert speaker is not None and "Vandermeer" in speaker.text
    assert "reporters" not in speaker.text


def test_quotes_line_before_the_quote_is_not_the_cue(nlp):
    # a subheading run into the paragraph ("Protests continue") is parsed as the cue's clause
    found = _quotes(nlp, "Protests continue “The police have increased the pressure over the last "
                         "weeks, but the protests and the strikes continue,” mediator Farida Oyelaran said.")
    assert found and found[0].cue.text == "said"
    assert found[0].speaker_name == "Farida Oyelaran"


def test_quotes_scare_quote_inside_a_reported_clause_is_no_direct_quote(nlp):
    found = parse("The agency may stop ships entering “protected waters,” the new law says.",
                  "2024-03-05", nlp)._.attributions
    assert found and all(a.content.text != "protected waters" for a in found)


def test_quotes_title_taken_for_an_organisation_gives_way_to_the_person(nlp):
    found = _quotes(nlp, "“The violence has increased,” U.N. Resident Coordinator for Lebanon "
                         "Ana Ferreira said.")
    assert found and found[0].speaker_name == "Ana Ferreira"
    assert found[0].speaker_code == "UN"
