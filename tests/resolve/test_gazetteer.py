import pytest

from detente.resolve.gazetteer import Candidate, Gazetteer, load_gazetteer


@pytest.mark.parametrize(
    "name,country,feature",
    [
        ("Kherson", "UKR", "city"),
        ("Kyiv", "UKR", "city"),
        ("Kiev", "UKR", "city"),
        ("Istanbul", "TUR", "city"),
        ("Moscow", "RUS", "city"),
        ("Russia", "RUS", "country"),
    ],
)
def test_gazetteer_resolves_names(name, country, feature):
    cand = load_gazetteer().best(name)
    assert cand is not None
    assert (cand.country, cand.feature) == (country, feature)
    assert cand.geonameid


def test_gazetteer_population_breaks_ties():
    assert load_gazetteer().best("Moscow").population > 1_000_000


def test_gazetteer_prefers_mentioned_country():
    small = Candidate("Springfield", "USA", 0, 0, 1, "city", 200)
    big = Candidate("Springfield", "GBR", 0, 0, 2, "city", 1000)
    gaz = Gazetteer([("Springfield", small), ("Springfield", big)])
    assert gaz.best("Springfield").country == "GBR"
    assert gaz.best("Springfield", {"USA"}).country == "USA"


def test_gazetteer_is_case_sensitive():
    assert load_gazetteer().best("nice") is None
    assert load_gazetteer().best("Nice").country == "FRA"


def test_gazetteer_mentioned_country_does_not_beat_a_far_bigger_city():
    gaz = load_gazetteer()
    assert gaz.best("Rome", {"USA"}).country == "ITA"
    assert gaz.best("Vienna", {"USA"}).country == "AUT"
