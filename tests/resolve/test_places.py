import pytest


@pytest.mark.slow
def test_places_kherson_is_a_place_not_a_person(nlp):
    doc = nlp("If Ukraine retakes Kherson, it could negotiate. Kherson was quiet.")
    assert all(e.label_ == "GPE" for e in doc.ents if e.text == "Kherson")
    names = {p.name: p for p in doc._.places}
    assert names["Kherson"].geonameid == 706448
    assert len(names["Kherson"].mentions) == 2


@pytest.mark.slow
def test_places_name_inside_longer_entity_is_not_a_place(nlp):
    doc = nlp("The Washington Post reported the deal on Monday.")
    assert "Washington" not in {p.name for p in doc._.places}


@pytest.mark.slow
def test_places_mentions_point_into_text(nlp):
    text = "Talks were held in Istanbul.\n\nLater, officials flew to Kiev and Moscow."
    doc = nlp(text)
    for place in doc._.places:
        for m in place.mentions:
            assert text[m.start:m.end] == m.text
    names = {p.name for p in doc._.places}
    assert {"Istanbul", "Kyiv", "Moscow"} <= names
    moscow = next(p for p in doc._.places if p.name == "Moscow")
    assert moscow.country == "RUS"


@pytest.mark.slow
def test_places_common_word_is_not_a_place(nlp):
    doc = nlp("Police said the split was nice.")
    assert doc._.places == []
