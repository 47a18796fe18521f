"""text: plain-text files, title detection, sidecars."""

from __future__ import annotations

import json

import pytest

from detente.errors import BadMetadata
from detente.models import content_id
from detente.readers import read_articles
from detente.readers.text import guess_title

BODY = (
    "Talks Resume in Geneva\n"
    "\n"
    "Russian and Ukrainian negotiators met in Geneva on Wednesday.\n"
    "\n"
    "The talks focused on a prisoner exchange.\n"
)


def test_text_first_line_is_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.title == "Talks Resume in Geneva"
    assert article.source == str(path)
    assert article.id == content_id(BODY)


def test_text_kept_verbatim(tmp_path):
    text = "Headline here\r\n\r\n  Indented   paragraph.\r\n\n\nLast one.  \n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    [article] = read_articles([str(path)])
    assert article.text == text  # offsets match the file: nothing stripped or joined


@pytest.mark.parametrize(
    "text, title",
    [
        ("Short headline\nBody sentence one. Body two.\n", "Short headline"),
        ("Headline with period.\n\nBody.\n", "Headline with period."),
        ("# Markdown Title\n\nBody.\n", "Markdown Title"),
        ("\n\nLate Title\n\nBody.\n", "Late Title"),
        ("This is a sentence.\nIt goes on.\n", None),  # period, no blank line after
        ("lowercase start of a body\n\nMore.\n", None),
        ("Dear Sir,\n\nBody.\n", None),
        ("Friday, January 4, 2019\n\nBody.\n", None),  # a dateline, not a headline
        ("Only one line, no body\n", None),
        ("X" * 201 + "\n\nBody.\n", None),
        (
            "Vladimir Putin sent a message of greetings to the participants of the forum today.\n"
            "\nBody.\n",
            None,  # a long lead sentence, not a headline
        ),
    ],
)
def test_text_title_rules(text, title):
    assert guess_title(text) == title


def test_text_sidecar_meta_read(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps({
        "title": "Sidecar Title", "outlet": "World Wire", "author": "Jane Roe",
        "published": "2022-11-09T08:00:00Z", "url": "https://example.org/a",
    }))
    [article] = read_articles([str(path)])
    assert (article.title, article.outlet, article.author, article.published, article.url) == (
        "Sidecar Title", "World Wire", "Jane Roe", "2022-11-09", "https://example.org/a")
    assert article.text == BODY


def test_text_sidecar_unknown_key_warned(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"publised": "2022-11-09"}')
    warnings: list[str] = []
    [article] = read_articles([str(path)], on_warning=warnings.append)
    assert article.published is None
    assert any("publised" in w for w in warnings)


@pytest.mark.parametrize("content", ['{"title": "x",', '["not", "an", "object"]'])
def test_text_broken_sidecar(tmp_path, content):
    path = tmp_path / "story.txt"
    path.write_text(BODY, encoding="utf-8")
    side = tmp_path / "story.meta.json"
    side.write_text(content)
    errors = []
    assert list(read_articles([str(path)], on_error=errors.append)) == []
    [err] = errors
    assert isinstance(err, BadMetadata)
    assert err.source == str(side)


@pytest.mark.shared
def test_text_shared_seed_article(shared):
    path = shared("seed/article.txt")
    [article] = read_articles([str(path)])
    assert article.title.startswith("Report: Some US and Western Officials")
    assert article.published == "2022-11-09"
    assert article.outlet == "Antiwar.com"
    assert article.author == "Dave DeCamp"
    assert article.text == path.read_text(encoding="utf-8")
    assert article.text.startswith(article.title + "\n")
