import pytest

from detente.events.lexicon import CONTROLS, load_lexicon
from detente.events.plover import TYPES, is_mode


def test_lexicon_entries_are_valid():
    lex = load_lexicon()
    assert len(lex.entries) > 200
    for entries in lex.entries.values():
        for e in entries:
            assert e.type in TYPES or e.control in CONTROLS
            assert e.type is None or is_mode(e.type, e.mode)
            assert 0 < e.strength <= 1


def test_lexicon_yaml_keeps_on_and_off_as_words():
    lex = load_lexicon()
    calls = lex.entries[("verb", "call")]
    assert any("on" in e.particle for e in calls) and any("off" in e.particle for e in calls)
    assert "on" in lex.entries[("verb", "impose")][0].target


def _first(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, word, etype",
    [
        ("The EU imposed sanctions on Belarus.", "imposed", "SANCTION"),
        ("The army imposed a curfew on the city.", "imposed", "COERCE"),
        ("Russia is pulling out of Kherson.", "pulling", "RETREAT"),
        ("Russia is pulling the plug.", "pulling", None),
        ("Talks were held in Cairo.", "Talks", "CONSULT"),
        ("Students staged a rally.", "staged", None),
        ("Zelensky ruled out talks.", "ruled", "REJECT"),
        ("The union called off the strike.", "called", "CONCEDE"),
        ("Israel withdrew from the treaty.", "withdrew", "SANCTION"),
        ("Harris withdrew before the primaries.", "withdrew", None),
    ],
)
def test_lexicon_match_uses_particles_objects_and_forms(nlp, text, word, etype):
    entry = load_lexicon().match(_first(nlp, text, word))
    assert (entry.type if entry else None) == etype


@pytest.mark.slow
def test_lexicon_lemma_repairs_inflected_verbs(nlp):
    token = _first(nlp, "Tens of thousands of students staged mass demonstrations.", "staged")
    assert load_lexicon().lemma(token) == "stage"


def test_lexicon_files_give_their_type_and_merge_by_specificity():
    from detente.events.lexicon import Lexicon

    files = {
        "ASSAULT": {"verb": {"force": {"particle": ["out"]}}},
        "SANCTION": {"verb": {"force": {"particle": ["out"], "objects": ["diplomat"]}}},
        "RETREAT": {"verb": {"withdraw": {"objects": ["weapon"]}}},
        "AID": {"verb": {"withdraw": {"objects": ["aid"], "priority": 1}}},
        "_controls": {"verb": {"plan": {"control": "plan"}}},
        "_light": {"light": ["hold"]},
    }
    lex = Lexicon(files)
    assert [e.type for e in lex.entries[("verb", "force")]] == ["SANCTION", "ASSAULT"]
    assert [e.type for e in lex.entries[("verb", "withdraw")]] == ["AID", "RETREAT"]
    assert lex.entries[("verb", "plan")][0].type is None and lex.light == {"hold"}


def test_lexicon_rejects_a_file_named_after_no_type():
    from detente.events.lexicon import Lexicon

    with pytest.raises(ValueError, match="PLOVER type"):
        Lexicon({"ATTACKS": {"verb": {"hit": {}}}})


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, accepted",
    [
        ("Iran staged live-fire drills near the strait.", True),
        ("The navy began live fire drills off the coast.", True),
        ("Pupils took part in a fire drill at the school.", False),
    ],
)
def test_lexicon_two_word_modifier_needs_both_words(nlp, text, accepted):
    drill = _first(nlp, text, "drills" if "drills" in text else "drill")
    entry = load_lexicon().match(drill)
    assert (entry is not None and entry.type == "MOBILIZE") is accepted, (text, entry)
