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


def test_lexicon_frames_are_clean_words():
    for lemma, frames in lexicon.OBJECT_FRAMES.items():
        assert lemma.isalpha() and lemma.islower()
        assert all(f in ("dobj", "xcomp") or f.startswith("prep:") and f[5:].isalpha() for f in frames)


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
