from detente.actors.surnames import short_forms


def test_surnames_short_forms_of_a_plain_name():
    assert short_forms("Mahdi Mohamed Guled") == ["guled", "mohamed guled"]


def test_surnames_short_forms_keep_particles_with_the_surname():
    forms = short_forms("Lionel Bethune de Moro")
    assert "moro" in forms and "de moro" in forms and "bethune de moro" in forms


def test_surnames_one_word_has_no_short_form():
    assert short_forms("Madonna") == []


def test_surnames_possessive_and_suffix_are_ignored():
    assert short_forms("Martin Luther King Jr.'s")[0] == "king"
