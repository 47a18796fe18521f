import json

import pytest

from detente.extract import extract_articles
from detente.models import Article
from detente.output.contract import check_spans
from detente.readers import read_articles

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_result(shared, nlp):
    (article,) = read_articles([str(shared("seed/article.txt"))])
    (result,) = extract_articles([article], nlp)
    return result


def test_extract_seed_spans_equal_text_slices(seed_result):
    assert check_spans(seed_result) == []
    json.dumps(seed_result)  # serialisable


def test_extract_seed_metadata_from_sidecar(seed_result):
    art = seed_result["article"]
    assert art["published"] == "2022-11-09"
    assert art["outlet"] == "Antiwar.com"
    assert art["title"].startswith("Report: Some US and Western Officials")


@pytest.mark.parametrize(
    "name,country,geonameid", [("Kherson", "UKR", 706448), ("Kyiv", "UKR", 703448),
                               ("Istanbul", "TUR", 745044)]
)
def test_extract_seed_places_resolved_with_coordinates(seed_result, name, country, geonameid):
    place = next(p for p in seed_result["places"] if p["name"] == name)
    assert (place["country"], place["geonameid"]) == (country, geonameid)
    assert isinstance(place["lat"], float) and isinstance(place["lon"], float)
    assert all(m["text"] == name for m in place["mentions"])


@pytest.mark.parametrize(
    "name,code",
    [
        ("Maria Zakharova", "RUS.GOV"),
        ("Volodymyr Zelensky", "UKR.GOV"),
        ("Jake Sullivan", "USA.GOV"),
        ("Boris Johnson", "GBR.ELI"),
        ("NBC News", "USA.MED"),
        ("La Repubblica", "ITA.MED"),
    ],
)
def test_extract_seed_actors_have_country_and_code(seed_result, name, code):
    actor = next(a for a in seed_result["actors"] if a["name"] == name)
    assert actor["code"] == code
    assert actor["country"] == code.split(".")[0]
    assert actor["mentions"]


def test_extract_seed_kherson_is_never_an_actor_person(seed_result):
    assert not any(a["name"] == "Kherson" and a["kind"] == "person" for a in seed_result["actors"])


def test_extract_many_articles_in_order(nlp):
    texts = [f"Talks number {i} were held in Geneva on Monday." for i in range(5)]
    results = extract_articles([Article(text=t) for t in texts], nlp, batch_size=2)
    assert [r["article"]["text"] for r in results] == texts


def test_extract_parse_sets_article_and_runs_every_stage(nlp):
    from detente.extract import parse

    doc = parse("Russia said talks in Istanbul were possible.", "2022-03-29", nlp)
    assert doc._.article.published == "2022-03-29"
    assert doc._.article.text == doc.text
    assert doc._.places and doc._.actors is not None and doc._.events is not None


def test_extract_refuses_lone_surrogates_alone(nlp):
    # found by tests/fuzz: a JSON body can carry "\ud800", which spaCy cannot encode
    from detente.errors import InvalidText
    from detente.extract import iter_extract
    from detente.models import content_id

    assert len(content_id("talks \ud800")) == 16  # the id of such a text is no crash either
    bad = Article(text="Talks \ud800 resumed.", source="api")
    good = Article(text="Russia and Ukraine resumed talks on Monday.", source="ok")
    errors = []
    results = list(iter_extract([bad, good], nlp, on_error=errors.append))
    assert [r["article"]["text"] for r in results] == [good.text]
    (err,) = errors
    assert isinstance(err, InvalidText) and err.source == "api"
    assert "U+D800 at character 6" in err.message and "\n" not in str(err)
    with pytest.raises(InvalidText):
        extract_articles([bad], nlp)
