"""The bundled example articles in examples/ stay well-formed (see examples/README.md)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = sorted(EXAMPLES.glob("*.txt"))
QUOTE_MARKS = {'"', "\u201c", "\u201d"}
META_KEYS = {"title", "outlet", "author", "published"}


def test_there_are_examples():
    assert len(ARTICLES) >= 4, f"expected at least 4 example articles in {EXAMPLES}"


def test_every_meta_has_its_article():
    for meta in EXAMPLES.glob("*.meta.json"):
        txt = meta.with_name(meta.name[: -len(".meta.json")] + ".txt")
        assert txt.exists(), f"{meta.name} has no {txt.name}"


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
class TestExample:
    def test_meta(self, path: Path):
        meta_path = path.with_suffix(".meta.json")
        assert meta_path.exists(), f"{path.name} has no {meta_path.name}"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        assert set(meta) == META_KEYS, f"{meta_path.name}: keys {sorted(meta)}"
        for key in META_KEYS:
            assert isinstance(meta[key], str) and meta[key].strip(), f"{meta_path.name}: empty {key}"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]), meta["published"]
        dt.date.fromisoformat(meta["published"])  # raises on an impossible date
        headline = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert meta["title"] == headline, f"{meta_path.name}: title differs from the headline"

    def test_layout(self, path: Path):
        raw = path.read_bytes()
        assert b"\r" not in raw and b"\t" not in raw, "use plain \\n line ends and no tabs"
        text = raw.decode("utf-8")
        assert text.endswith("\n") and not text.endswith("\n\n"), "end with a single newline"
        lines = text.split("\n")
        assert lines[0].strip() == lines[0] and lines[0], "first line is the headline"
        assert lines[1] == "", "a blank line follows the headline"
        assert lines[2].strip(), "the body starts right after that blank line"
        assert "\n\n\n" not in text, "paragraphs are separated by exactly one blank line"
        paragraphs = text.strip().split("\n\n")[1:]
        assert len(paragraphs) >= 3, "expected several paragraphs"
        for paragraph in paragraphs:
            assert "\n" not in paragraph, "a paragraph is a single line"
            assert paragraph == paragraph.strip()

    def test_content(self, path: Path):
        text = path.read_text(encoding="utf-8")
        assert QUOTE_MARKS & set(text), "no quotation marks"
        assert '"' in text and "\u201c" in text, "use both straight and curly quotes"
        assert text.count('"') % 2 == 0, "unbalanced straight quotes"
        assert text.count("\u201c") == text.count("\u201d"), "unbalanced curly quotes"
        words = len(text.split())
        assert 150 <= words <= 600, f"{words} words, expected 150-600"
