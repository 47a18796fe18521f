"""Name normalisation and the NameIndex matching rules."""

from __future__ import annotations

import pytest

from detente.actors.names import NameIndex, fold, slug, strip_article, strip_possessive


@pytest.mark.parametrize(
    "a, b",
    [
        ("Erdoğan", "Erdogan"),
        ("Kılıçdaroğlu", "Kilicdaroglu"),
        ("Radosław Sikorski", "radoslaw sikorski"),
        ("Støre", "Store"),
        ("U.S.", "US"),
        ("al-Assad", "al Assad"),
        ("Jean-Yves  Le Drian", "jean yves le drian"),
        ("Gideon Sa’ar", "Gideon Sa'ar"),
    ],
)
def test_names_fold_equates(a, b):
    assert fold(a) == fold(b)


def test_names_slug():
    assert slug("Boris Johnson") == "boris-johnson"
    assert slug("António Guterres") == "antonio-guterres"


def test_names_strip_article_and_possessive():
    assert strip_article("the Kremlin") == "Kremlin"
    assert strip_article("The Times") == "Times"
    assert strip_article("Theresa May") is None
    assert strip_possessive("Iran's") == "Iran"
    assert strip_possessive("Russia’s") == "Russia"
    assert strip_possessive("Ukrainians'") == "Ukrainians"
    assert strip_possessive("Reuters") is None


@pytest.fixture()
def index():
    idx: NameIndex[str] = NameIndex()
    for name, value in [
        ("US", "usa"),
        ("NATO", "nato"),
        ("Turkey", "tur"),
        ("The Times", "times"),
        ("Kremlin", "kremlin"),
        ("Volodymyr Zelensky", "zelensky"),
    ]:
        idx.add(name, value)
    return idx


@pytest.mark.parametrize(
    "query, value",
    [
        ("US", "usa"),
        ("U.S.", "usa"),
        ("the US", "usa"),
        ("us", None),
        ("Us", None),
        ("NATO", "nato"),
        ("Nato", "nato"),
        ("nato", None),
        ("Turkey", "tur"),
        ("turkey", None),
        ("The Times", "times"),
        ("the Times", "times"),
        ("Times", None),
        ("the Kremlin", "kremlin"),
        ("volodymyr zelensky", "zelensky"),
        ("", None),
    ],
)
def test_names_index_rules(index, query, value):
    assert index.get(query) == value


def test_names_index_front_wins():
    idx: NameIndex[str] = NameIndex()
    idx.add("Reuters", "builtin")
    idx.add("Reuters", "user", front=True)
    assert idx.get_all("Reuters") == ["user", "builtin"]
