"""Cue, outlet and anonymous-source lexicons."""

from __future__ import annotations

import pytest

from detente.attribution import lexicon


@pytest.mark.parametrize("lemma", ["say", "tell", "report", "add", "stress", "reaffirm", "reiterate", "warn", "deny",
                                   "announce", "tweet", "acknowledge", "insist", "claim"])
def test_lexicon_speech_verbs(lemma):
    assert lemma in lexicon.SPEECH_VERBS


@pytest.mark.parametrize("lemma", ["believe", "think", "fear", "expect"])
def test_lexicon_cognition_verbs(lemma):
    assert lemma in lexicon.COGNITION_VERBS and lemma not in lexicon.SPEECH_VERBS


@pytest.mark.parametrize(
    "lemma, frame",
    [("accuse", "dobj"), ("vow", "xcomp"), ("call", "prep:for"), ("call", "prep:on"), ("urge", "xcomp"),
     ("refer", "prep:to"), ("warn", "prep:against")],
)
def test_lexicon_object_frames(lemma, frame):
    assert frame in lexicon.OBJECT_FRAMES[lemma]


@pytest.mark.parametrize(
    "lemma, frame",
    [("attack", "dobj"), ("want", "xcomp"), ("plan", "xcomp"), ("vote", "prep:against"), ("cast", "prep:as"),
     ("focus", "prep:on")],
)
def test_lexicon_stance_frames(lemma, frame):
    assert frame in lexicon.OBJECT_FRAMES[lemma]


@pytest.mark.parametrize("table", ["OBJECT_FRAMES", "NOUN_FRAMES", "ADJ_FRAMES"])
def test_lexicon_frames_are_clean_words(table):
    for lemma, frames in getattr(lexicon, table).items():
        assert lemma.isalpha() and lemma.islower()
        assert all(f in ("dobj", "xcomp") or f.startswith("prep:") and f[5:].isalpha() for f in frames)


def test_lexicon_noun_and_adjective_frames():
    assert "prep:of" in lexicon.NOUN_FRAMES["criticism"] and "prep:for" in lexicon.NOUN_FRAMES["call"]
    assert "prep:of" in lexicon.ADJ_FRAMES["critical"] and "prep:about" in lexicon.ADJ_FRAMES["worried"]


def test_lexicon_evidential_verbs_are_no_speech():
    assert lexicon.EVIDENTIAL_VERBS == {"seem", "appear"}
    assert not lexicon.EVIDENTIAL_VERBS & lexicon.SPEECH_VERBS


@pytest.mark.slow
def test_lexicon_reflexive_find_is_no_cue(nlp):
    doc = nlp("Republican voters are finding themselves alienated by the party.")
    assert not any(lexicon.is_cue_verb(t) for t in doc if t.lemma_ == "find")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, anonymous",
    [
        ("one Western official", True),
        ("people familiar with the matter", True),
        ("a spokesperson", True),
        ("the officials", True),
        ("two diplomats", True),
        ("Kremlin spokesman Dmitry Peskov", False),
        ("the Pentagon spokesman", False),
        ("he", False),
        ("the ministry", False),
    ],
)
def test_lexicon_anonymous_phrases(nlp, text, anonymous):
    doc = nlp(f"{text[0].upper()}{text[1:]} said the talks had stalled.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    from detente.attribution.syntax import noun_phrase

    assert lexicon.is_anonymous_phrase(noun_phrase(subject)) is anonymous


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, media",
    [("NBC", True), ("The Italian newspaper La Repubblica", True), ("Italian media", True), ("reporters", False),
     ("the ministry", False)],
)
def test_lexicon_media_phrases(nlp, text, media):
    doc = nlp(f"Officials told {text} that the talks had stalled.")
    verb = next(t for t in doc if t.lemma_ == "tell")
    obj = next(t for t in verb.children if t.dep_ in ("dobj", "dative"))
    from detente.attribution.syntax import noun_phrase

    assert lexicon.is_media_phrase(noun_phrase(obj)) is media
