from spacy.tokens import Doc

from detente.nlp.paragraphs import mark_paragraphs


def _doc(vocab, words, spaces):
    return Doc(vocab, words=words, spaces=spaces)


def test_paragraphs_blank_line_starts_sentence_and_paragraph(en_vocab):
    doc = _doc(
        en_vocab,
        ["Talks", "stall", "\n\n", "Russia", "said", "no", ".", "Kyiv", "agreed"],
        [True, False, False, True, True, False, True, True, False],
    )
    mark_paragraphs(doc)
    assert doc[3].is_sent_start is True
    assert [t._.paragraph for t in doc if not t.is_space] == [0, 0, 1, 1, 1, 1, 1, 1]
    # a boundary inside a paragraph is left to the parser
    assert doc[7].is_sent_start is None


def test_paragraphs_single_newline_is_boundary_not_paragraph(en_vocab):
    doc = _doc(en_vocab, ["Headline", "\n", "Body", "text"], [False, False, True, False])
    mark_paragraphs(doc)
    assert doc[2].is_sent_start is True
    assert doc[2]._.paragraph == 0


def test_paragraphs_seed_headline_is_its_own_sentence(nlp, shared):
    text = shared("seed/article.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    first = next(iter(doc.sents))
    assert first.text.startswith("Report:")
    assert "Italian media" not in first.text
