"""What an entry's object constraints see (``lexicon.object_lemmas``, ``from_objects``,
``shared_objects``), state-only nouns, and nominal events inside their verb (``filters``)."""

import pytest

from detente.events.lexicon import Entry, Lexicon
from detente.models import Article

pytestmark = pytest.mark.slow


def _parse(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2024-05-14")
    return nlp(doc)


def _verb(doc, lemma):
    return next(t for t in doc if t.lemma_ == lemma)


def test_lexicon_objects_see_with_on_and_as_phrases(nlp):
    entry = Entry(lemma="hit", pos="verb", type="SANCTION", objects=frozenset({"sanction"}))
    assert entry.accepts(_verb(_parse(nlp, "Washington hit Tehran with new sanctions."), "hit"))
    assert not entry.accepts(_verb(_parse(nlp, "The storm hit Tehran on Monday."), "hit"))
    describe = Entry(lemma="describe", pos="verb", type="ACCUSE", objects=frozenset({"attack"}))
    assert describe.accepts(_verb(_parse(nlp, "She described the verdict as an attack on the press."), "describe"))


def test_lexicon_from_objects_see_out_of(nlp):
    entry = Entry(lemma="pull", pos="verb", type="SANCTION", particle=frozenset({"out"}),
                  from_objects=frozenset({"deal", "treaty"}))
    assert entry.accepts(_verb(_parse(nlp, "Washington pulled out of the nuclear deal."), "pull"))
    assert not entry.accepts(_verb(_parse(nlp, "The troops pulled out of the village."), "pull"))


def test_lexicon_coordinated_verbs_share_an_object(nlp):
    entry = Entry(lemma="kill", pos="verb", type="ASSAULT", objects=frozenset({"fighter"}))
    doc = _parse(nlp, "The army killed and wounded dozens of rebel fighters.")
    assert entry.accepts(_verb(doc, "kill"))
    bowed = _parse(nlp, "The president bowed to pressure and dismissed the minister.")
    bow = Entry(lemma="bow", pos="verb", type="CONCEDE", particle=frozenset({"to"}), objects=frozenset({"pressure"}))
    assert bow.accepts(_verb(bowed, "bow"))  # its own "to" object, not the partner's


def test_lexicon_state_only_sense_leaves_other_uses(nlp):
    lex = Lexicon({
        "PROTEST": {"noun": {"strike": {"states": ["on"], "realize": "state"}}},
        "ASSAULT": {"noun": {"strike": {"target": ["on"]}}},
    })
    doc = _parse(nlp, "Dock workers went on strike. The drone strike on the depot killed two.")
    strikes = [t for t in doc if t.lower_ == "strike"]
    assert [lex.match(t).type for t in strikes] == ["PROTEST", "ASSAULT"]


def test_filters_noun_inside_its_verb_is_one_event(nlp):
    events = _parse(nlp, "Japan wants to deepen its security cooperation with India.")._.events
    assert len(events) == 1


def test_detect_one_party_noun_is_a_reference(nlp):
    events = _parse(nlp, "Ahead of Modi's visit, officials cleaned the streets.")._.events
    assert not [e for e in events if e.type == "CONSULT"]


def test_detect_taking_part_in_an_event_realises_it(nlp):
    events = _parse(nlp, "Iran engaged in indirect talks with the United States in Oman.")._.events
    assert [(e.type, e.source_codes, e.target_codes) for e in events] == [("CONSULT", ["IRN"], ["USA"])]


def test_filters_agreeing_with_a_view_is_no_commitment(nlp):
    assert not _parse(nlp, "The two ministers agreed that the economy is recovering.")._.events
    agreed = _parse(nlp, "Armenia agreed that talks should resume in Vienna.")._.events
    assert [e.type for e in agreed] == ["AGREE"]
