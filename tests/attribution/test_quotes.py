"""Quote pairing on plain strings (no model)."""

from __future__ import annotations

import random

import pytest

from detente.attribution.quotes import content_bounds, find_quotes


def _contents(text: str) -> list[str]:
    return [text[slice(*content_bounds(text, q))] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will win," he said.', ["We will win"]),
        ("“We will win,” he said.", ["We will win"]),
        ("He said: “We will win.”", ["We will win."]),
        ("„Wir gewinnen“, sagte er.", ["Wir gewinnen"]),
        ("He called it ''a disgrace,'' and left.", ["a disgrace"]),
        ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
    ],
)
def test_quotes_pairs_each_mark_style(text, expected):
    assert _contents(text) == expected


def test_quotes_strips_trailing_comma_but_keeps_final_period():
    text = "“In the winter everything slows down,” one official said. “We would like to see that happening.”"
    assert _contents(text) == ["In the winter everything slows down", "We would like to see that happening."]


def test_quotes_keeps_sentences_of_one_quote_together():
    text = '"We are ready. We always were. Ask them," she said.'
    assert _contents(text) == ["We are ready. We always were. Ask them"]


@pytest.mark.parametrize("mark", ['"', "“"])
def test_quotes_continues_across_paragraphs_when_next_opens_with_a_mark(mark):
    close = '"' if mark == '"' else "”"
    text = f"The paper wrote:\n\n{mark}First paragraph of the quote.\n\n{mark}Second paragraph ends it.{close}\n\nAfter."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].paragraphs == 2
    inner = text[slice(*content_bounds(text, quotes[0]))]
    assert inner.startswith("First paragraph") and inner.endswith("ends it.")


def test_quotes_does_not_continue_across_mark_styles():
    text = '"Melanie thought it was outrageous.\n\n“It never crossed my mind,” she said.'
    contents = _contents(text)
    assert "It never crossed my mind" in contents
    assert all("Melanie" not in c or "crossed" not in c for c in contents)


def test_quotes_unclosed_paragraph_quote_runs_to_paragraph_end():
    text = "Intro.\n\n“This paragraph opens a quote and never closes it.\n\nNext paragraph."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and not quotes[0].closed
    assert text[slice(*content_bounds(text, quotes[0]))] == "This paragraph opens a quote and never closes it."


@pytest.mark.parametrize(
    "text",
    [
        'He said " and then nothing.',
        "A stray ” closing mark.",
        "“Two “openers” in a row.",
        '"""',
        "“”",
        "",
        "\n\n“\n\n”\n",
        "It’s the president’s ‘plan’, he said.",
    ],
)
def test_quotes_unbalanced_marks_do_not_crash(text):
    for quote in find_quotes(text):
        assert 0 <= quote.start <= quote.inner_start <= quote.inner_end <= quote.end <= len(text)


def test_quotes_ignores_apostrophes_and_single_marks():
    assert find_quotes("Russia’s ‘special operation’ isn’t over, officials’ sources said.") == []


def test_quotes_random_text_never_crashes():
    rng = random.Random(7)
    alphabet = 'ab ,.\n"“”„«»\'`'
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for quote in find_quotes(text):
            start, end = content_bounds(text, quote)
            assert 0 <= start <= end <= len(text)
