"""Parse helpers on hand-built Docs (no model)."""

from __future__ import annotations

from spacy.tokens import Doc

from detente.attribution.syntax import clip_range, cue_span, noun_phrase, relative_subject, subject_of, trim_range


def _doc(en_vocab, rows):
    """ROWS: (word, head index, dep, pos[, tag])."""
    return Doc(
        en_vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] if len(r) > 4 else "" for r in rows],
    )


def test_syntax_noun_phrase_drops_relative_clause(en_vocab):
    # officials who spoke on condition of anonymity said ...
    doc = _doc(en_vocab, [
        ("officials", 6, "nsubj", "NOUN"), ("who", 2, "nsubj", "PRON"), ("spoke", 0, "relcl", "VERB"),
        ("on", 2, "prep", "ADP"), ("condition", 3, "pobj", "NOUN"), (",", 0, "punct", "PUNCT"),
        ("said", 6, "ROOT", "VERB"),
    ])
    assert noun_phrase(doc[0]).text == "officials"


def test_syntax_noun_phrase_keeps_modifiers_and_apposition(en_vocab):
    # one Western official , a diplomat , said
    doc = _doc(en_vocab, [
        ("one", 2, "nummod", "NUM"), ("Western", 2, "amod", "ADJ"), ("official", 7, "nsubj", "NOUN"),
        (",", 2, "punct", "PUNCT"), ("a", 5, "det", "DET"), ("diplomat", 2, "appos", "NOUN"),
        (",", 2, "punct", "PUNCT"), ("said", 7, "ROOT", "VERB"),
    ])
    assert noun_phrase(doc[2]).text == "one Western official , a diplomat"


def test_syntax_subject_of_conjunct_is_inherited(en_vocab):
    # Sullivan did n't want to pressure Ukraine but said Kyiv should change
    doc = _doc(en_vocab, [
        ("Sullivan", 3, "nsubj", "PROPN"), ("did", 3, "aux", "AUX"), ("n't", 3, "neg", "PART"),
        ("want", 3, "ROOT", "VERB"), ("to", 5, "aux", "PART"), ("pressure", 3, "xcomp", "VERB"),
        ("Ukraine", 5, "dobj", "PROPN"), ("but", 3, "cc", "CCONJ"), ("said", 3, "conj", "VERB"),
        ("Kyiv", 11, "nsubj", "PROPN"), ("should", 11, "aux", "AUX"), ("change", 8, "ccomp", "VERB"),
    ])
    assert subject_of(doc[8]).text == "Sullivan"
    assert subject_of(doc[11]).text == "Kyiv"


def test_syntax_subject_of_passive_cue_is_none(en_vocab):
    # it was reported that ...
    doc = _doc(en_vocab, [
        ("it", 2, "nsubjpass", "PRON"), ("was", 2, "auxpass", "AUX"), ("reported", 2, "ROOT", "VERB"),
        ("that", 5, "mark", "SCONJ"), ("talks", 5, "nsubj", "NOUN"), ("stalled", 2, "ccomp", "VERB"),
    ])
    assert subject_of(doc[2]) is None


def test_syntax_subject_of_relative_clause_is_antecedent(en_vocab):
    # Trump , who said ...
    doc = _doc(en_vocab, [
        ("Trump", 0, "ROOT", "PROPN"), (",", 0, "punct", "PUNCT"), ("who", 3, "nsubj", "PRON"),
        ("said", 0, "relcl", "VERB"),
    ])
    assert subject_of(doc[3]).text == "Trump"
    assert relative_subject(doc[3]).text == "who"


def test_syntax_cue_span_takes_auxiliaries_and_negation(en_vocab):
    doc = _doc(en_vocab, [
        ("officials", 3, "nsubj", "NOUN"), ("do", 3, "aux", "AUX"), ("n't", 3, "neg", "PART"),
        ("believe", 3, "ROOT", "VERB"), ("it", 3, "dobj", "PRON"),
    ])
    assert cue_span(doc[3]).text == "do n't believe"


def test_syntax_trim_range_strips_that_and_punctuation(en_vocab):
    doc = _doc(en_vocab, [
        ("said", 0, "ROOT", "VERB"), ("that", 3, "mark", "SCONJ"), ("talks", 3, "nsubj", "NOUN"),
        ("stalled", 0, "ccomp", "VERB"), (",", 0, "punct", "PUNCT"), ("and", 0, "cc", "CCONJ"),
    ])
    assert trim_range(doc, 1, 6) == (2, 4)


def test_syntax_clip_range_stops_at_semicolon_and_relative_clause(en_vocab):
    words = ["the", "reality", ",", "which", "matters", ";", "more"]
    doc = Doc(en_vocab, words=words)
    assert clip_range(doc, 0, 7) == (0, 5)
    assert clip_range(doc, 0, 7, relative=True) == (0, 2)
