"""Derived triggers: prefixes, spellings and nominalisations of listed words (``derive``)."""

import pytest

from detente.events.derive import DERIVED_STRENGTH, derived_entries
from detente.events.lexicon import Lexicon

FILES = {
    "SANCTION": {"verb": {"impose": {"objects": ["sanction", "tariff"], "target": ["on"], "strength": 0.8}}},
    "ASSAULT": {"verb": {"bombard": {"target": ["dobj"], "strength": 0.9}},
                "noun": {"offensive": {"target": ["against"], "strength": 0.6}}},
    "COERCE": {"verb": {"seize": {"target": ["dobj"], "strength": 0.6}}},
    "MOBILIZE": {"verb": {"mobilize": {"strength": 0.8}}},
    "REJECT": {"verb": {"rule": {"particle": ["out"], "target": ["dobj"]}},
               "noun": {}},
    "REQUEST": {"verb": {"press": {"target": ["dobj"]}}},
}


@pytest.fixture()
def lex():
    return Lexicon(FILES)


@pytest.mark.parametrize(
    "pos, lemma, source, etype",
    [
        ("verb", "reimpose", "impose", "SANCTION"),
        ("verb", "re-impose", "impose", "SANCTION"),
        ("noun", "counteroffensive", "offensive", "ASSAULT"),
        ("verb", "mobilise", "mobilize", "MOBILIZE"),
        ("noun", "bombardment", "bombard", "ASSAULT"),
        ("noun", "seizure", "seize", "COERCE"),
        ("noun", "mobilisation", "mobilize", "MOBILIZE"),
    ],
)
def test_derive_finds_the_listed_word(lex, pos, lemma, source, etype):
    entries = derived_entries(lex, pos, lemma)
    assert entries and entries[0].type == etype and entries[0].derived_from == source
    assert entries[0].pos == pos and entries[0].lemma == lemma


def test_derive_lowers_strength_and_turns_objects_into_of_phrases(lex):
    (entry,) = derived_entries(lex, "noun", "bombardment")
    assert entry.strength == pytest.approx(0.9 * DERIVED_STRENGTH)
    assert entry.target == ("of",)
    (imposition,) = derived_entries(lex, "noun", "imposition")
    assert imposition.objects == {"sanction", "tariff"}  # "the imposition of tariffs", not of a will


@pytest.mark.parametrize(
    "pos, lemma",
    [
        ("noun", "ruling"),       # "rule out" is phrasal: no "ruling"
        ("verb", "repress"),      # a false friend of "press"
        ("noun", "opposition"),
        ("verb", "relax"),        # too short a stem to strip
        ("noun", "pressure"),     # no verb "presse"
    ],
)
def test_derive_refuses_false_friends(lex, pos, lemma):
    assert derived_entries(lex, pos, lemma) == ()


def test_derive_is_cached_per_lemma(lex):
    assert derived_entries(lex, "noun", "seizure") is derived_entries(lex, "noun", "seizure")
    assert ("noun", "seizure") in lex.derived_cache


def test_derive_listed_words_come_first(lex, blank_nlp):
    from spacy.tokens import Doc

    doc = Doc(blank_nlp.vocab, words=["offensive"], pos=["NOUN"], lemmas=["offensive"])
    assert lex.candidates(doc[0])[0].derived_from is None
