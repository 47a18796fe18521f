"""detente_paragraphs stays linear in the number of paragraphs (the measure:
tests/resolve/test_places_linear.py; the is_sent_start setter per paragraph was ~5.5)."""

from detente.nlp.paragraphs import mark_paragraphs

LINEAR = 2.5


def test_paragraphs_linear_in_many_paragraphs(blank_nlp, growth):
    build = lambda n: blank_nlp.make_doc("ORLOV: We will talk.\n\nPAVLOV: We will not.\n\n" * n)  # noqa: E731
    assert growth(build, 600, mark_paragraphs) < LINEAR


def test_paragraph_starts_are_set_as_before(blank_nlp):
    doc = mark_paragraphs(blank_nlp.make_doc("Title\n\nOne line.\nTwo lines.\n\nThree."))
    assert [t.text for t in doc if t.is_sent_start] == ["Title", "One", "Two", "Three"]
    assert [t._.paragraph for t in doc if not t.is_space] == [0, 1, 1, 1, 1, 1, 1, 2, 2]
