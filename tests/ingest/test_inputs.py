"""Inputs of ``detente ingest``: globs, directories, URLs mixed with paths, the total ahead."""

from __future__ import annotations

import json

from detente.errors import InputNotFound
from detente.ingest.inputs import estimate_total, expand, iter_articles


def _tree(root):
    (root / "d" / "e").mkdir(parents=True)
    (root / "d" / "one.txt").write_text("One.", encoding="utf-8")
    (root / "d" / "e" / "two.md").write_text("Two.", encoding="utf-8")
    (root / "d" / "e" / "page.html").write_text("<html><body><p>x</p></body></html>",
                                                encoding="utf-8")
    (root / "d" / "notes.bin").write_bytes(b"\0")  # unsupported extension: not walked
    (root / "d" / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (root / "d" / "one.meta.json").write_text("{}", encoding="utf-8")
    with (root / "c.jsonl").open("w", encoding="utf-8") as f:
        for i in range(4):
            f.write(json.dumps({"text": f"Record {i}."}) + "\n")
        f.write("\n")


def test_expand_globs_sorted_and_recursive(tmp_path):
    _tree(tmp_path)
    assert expand(str(tmp_path / "d" / "*.txt")) == [str(tmp_path / "d" / "one.txt")]
    assert expand(str(tmp_path / "**" / "*.md")) == [str(tmp_path / "d" / "e" / "two.md")]
    assert expand("https://example.org/*") == ["https://example.org/*"]
    assert expand("-") == ["-"]
    assert expand(str(tmp_path / "plain")) == [str(tmp_path / "plain")]  # reader reports it
    missing = expand(str(tmp_path / "*.nothing"))
    assert isinstance(missing, InputNotFound) and "no file matches" in missing.message


def test_expand_existing_name_with_glob_characters(tmp_path):
    odd = tmp_path / "report[1].txt"
    odd.write_text("Odd.", encoding="utf-8")
    assert expand(str(odd)) == [str(odd)]


def test_estimate_total(tmp_path):
    _tree(tmp_path)
    assert estimate_total([str(tmp_path / "d")]) == 3
    assert estimate_total([str(tmp_path / "c.jsonl")]) == 4
    assert estimate_total([str(tmp_path / "**" / "*.txt"), str(tmp_path / "c.jsonl")]) == 5
    assert estimate_total([str(tmp_path / "c.jsonl"), "https://example.org/feed"]) is None
    assert estimate_total(["-"]) is None
    feed = tmp_path / "f.xml"
    feed.write_text("<rss/>", encoding="utf-8")
    assert estimate_total([str(feed)]) is None
    assert estimate_total([str(tmp_path / "missing.txt")]) == 0


def test_iter_articles_mixes_paths_urls_and_errors(tmp_path):
    _tree(tmp_path)
    errors = []
    articles = list(iter_articles(
        [str(tmp_path / "c.jsonl"), "ftp://example.org/x", str(tmp_path / "zz*.txt"),
         str(tmp_path / "d" / "one.txt")],
        outlet="Wire", on_error=errors.append))
    assert [a.text for a in articles] == ["Record 0.", "Record 1.", "Record 2.", "Record 3.",
                                          "One."]
    assert {a.outlet for a in articles} == {"Wire"}
    assert [type(e).__name__ for e in errors] == ["URLRefused", "InputNotFound"]
