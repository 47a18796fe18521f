"""The title lexicon (data/titles.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.actors.titles import build_titles, load_titles
from detente.errors import KnowledgeBaseError


@pytest.mark.parametrize(
    "phrase, sector",
    [
        ("Foreign Minister", "GOV"),
        ("spokeswoman", "GOV"),
        ("President", "GOV"),
        ("Prime Minister", "GOV"),
        ("National Security Advisor", "GOV"),
        ("general", "MIL"),
        ("military officials", "MIL"),
        ("troops", "MIL"),
        ("forces", "MIL"),
        ("army", "MIL"),
        ("lawmaker", "LEG"),
        ("senator", "LEG"),
        ("protesters", "CVL"),
        ("civilians", "CVL"),
        ("residents", "CVL"),
        ("rebels", "REB"),
        ("separatists", "REB"),
        ("opposition", "OPP"),
        ("officials", "GOV"),
        ("official", "GOV"),
        ("journalist", "MED"),
        ("reporter", "MED"),
        ("company", "BUS"),
        ("businessman", "BUS"),
        ("judge", "JUD"),
        ("aid groups", "NGO"),
    ],
)
def test_titles_sector(phrase, sector):
    assert load_titles().sector(phrase) == sector


def test_titles_ranks_order_sectors():
    lex = load_titles()
    assert lex.get("military").rank > lex.get("officials").rank
    assert lex.get("opposition").rank > lex.get("lawmakers").rank
    assert lex.is_former("Former") and lex.is_former("ex")
    assert not lex.is_former("current")


def test_titles_unknown_phrase():
    assert load_titles().get("banana") is None


@pytest.mark.parametrize(
    "data, message",
    [
        ({"titles": [{"sector": "XXX", "rank": 1, "words": ["a"]}]}, "sector 'XXX'"),
        ({"titles": [{"sector": "GOV", "rank": "high", "words": ["a"]}]}, "rank"),
        ({"titles": [{"sector": "GOV", "rank": 5, "words": []}]}, "non-empty list"),
        ({"titles": [], "former": "former"}, "'former' must be a list"),
    ],
)
def test_titles_malformed(data, message):
    with pytest.raises(KnowledgeBaseError, match=message):
        build_titles(data, Path("t.yaml"))
