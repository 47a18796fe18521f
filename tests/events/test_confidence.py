import pytest

from detente.events.confidence import confidence
from detente.models import Article


def _c(**kw):
    base = dict(strength=0.8, source_found=True, source_coded=True, source_path="subject",
                target_coded=True, reciprocal=False, nominal=False, modality="asserted")
    base.update(kw)
    return confidence(**base)


def test_confidence_in_unit_interval():
    assert 0 <= _c(strength=0.1, source_found=False, modality="hypothetical", nominal=True) <= 1
    assert 0 <= _c(strength=1.0) <= 1


@pytest.mark.parametrize(
    "weaker",
    [
        {"source_found": False, "source_coded": False},
        {"source_coded": False},
        {"target_coded": False},
        {"nominal": True},
        {"modality": "hypothetical"},
        {"strength": 0.5},
        {"source_path": "inherited"},
    ],
)
def test_confidence_less_evidence_ranks_lower(weaker):
    assert _c(**weaker) < _c()


def test_confidence_secondary_and_condition_events_rank_lower():
    assert _c(secondary=True) < _c()
    assert _c(condition_only=True) < _c()


@pytest.mark.slow
def test_confidence_clear_sentence_ranks_above_vague_one(nlp):
    def events(text):
        doc = nlp.make_doc(text)
        doc._.article = Article(text=text)
        return nlp(doc)._.events

    clear = events("Russian forces shelled Kharkiv.")[0]
    vague = events("An attack may have hit the town.")
    assert all(clear.confidence > e.confidence for e in vague)
    assert clear.confidence >= 0.5


def test_confidence_no_codes_on_either_side_ranks_lower():
    assert _c(source_coded=False, target_coded=False) < _c(source_coded=False)
    # an uncoded source and target with a plain trigger falls below the 0.5 threshold
    assert _c(strength=0.65, source_coded=False, target_coded=False) < 0.5
    assert _c(strength=0.65, source_coded=True, target_coded=False) >= 0.5
