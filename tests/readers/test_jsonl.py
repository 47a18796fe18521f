"""jsonl: JSON Lines and .json files."""

from __future__ import annotations

import json

import pytest

from detente.errors import InputTooLarge, MalformedRecord
from detente.readers import read_articles


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_jsonl_corpus_field_names(tmp_path):
    path = _write(tmp_path / "c.jsonl", [
        json.dumps({"id": "wikinews-1", "title": "Blast in Kyiv", "date": "2019-01-04",
                    "source": "Wikinews (en)", "url": "https://w.org/1", "text": "A blast."}),
        json.dumps({"id": "x_ef2d", "publisher": "breitbart", "date": "2016-09-12",
                    "title": "T2", "text": "Second.", "wire": "None"}),
    ])
    first, second = read_articles([path])
    assert (first.id, first.title, first.published, first.outlet, first.url, first.text) == (
        "wikinews-1", "Blast in Kyiv", "2019-01-04", "Wikinews (en)", "https://w.org/1", "A blast.")
    assert first.source == f"{path}:1"
    assert (second.id, second.outlet, second.published) == ("x_ef2d", "breitbart", "2016-09-12")
    assert second.source == f"{path}:2"


def test_jsonl_published_outlet_author_names(tmp_path):
    path = _write(tmp_path / "c.ndjson", [json.dumps({
        "text": "Body.", "published": "Wed, 09 Nov 2022 10:00:00 GMT", "outlet": "Antiwar.com",
        "author": "Dave DeCamp"})])
    [article] = read_articles([path])
    assert (article.published, article.outlet, article.author) == (
        "2022-11-09", "Antiwar.com", "Dave DeCamp")
    assert len(article.id) == 16  # no id given: content hash


def test_jsonl_malformed_line_in_middle(tmp_path):
    path = _write(tmp_path / "c.jsonl", [
        json.dumps({"text": "One."}),
        "{not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Two."}),
    ])
    errors = []
    articles = list(read_articles([path], on_error=errors.append))
    assert [a.text for a in articles] == ["One.", "Two."]
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:7"]
    assert all(isinstance(e, MalformedRecord) for e in errors)
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:4", f"{path}:5", f"{path}:6"]


def test_jsonl_malformed_line_raises_without_on_error(tmp_path):
    path = _write(tmp_path / "c.jsonl", [json.dumps({"text": "One."}), "oops"])
    it = read_articles([path])
    assert next(it).text == "One."
    with pytest.raises(MalformedRecord, match=r":2: not JSON"):
        next(it)


def test_jsonl_bad_date_dropped_with_warning(tmp_path):
    path = _write(tmp_path / "c.jsonl", [json.dumps({"text": "One.", "date": "soon"})])
    warnings = []
    [article] = read_articles([path], on_warning=warnings.append)
    assert article.published is None
    assert len(warnings) == 1 and f"{path}:1" in warnings[0]


def test_jsonl_size_limit_per_line(tmp_path):
    path = _write(tmp_path / "c.jsonl", [
        json.dumps({"text": "short"}),
        json.dumps({"text": "x" * 500}),
        json.dumps({"text": "also short"}),
    ])
    errors = []
    articles = list(read_articles([path], max_bytes=100, on_error=errors.append))
    assert [a.text for a in articles] == ["short", "also short"]
    [err] = errors
    assert isinstance(err, InputTooLarge) and err.source == f"{path}:2"


def test_jsonl_json_list_and_object(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": 7, "text": "Single."}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "A."}, {"nope": 1}, {"text": "B."}]))
    errors = []
    articles = list(read_articles([str(one), str(many)], on_error=errors.append))
    assert [(a.id, a.text) for a in articles][0] == ("7", "Single.")
    assert [a.source for a in articles[1:]] == [f"{many}#record-1", f"{many}#record-3"]
    assert [e.source for e in errors] == [f"{many}#record-2"]


@pytest.mark.shared
def test_jsonl_shared_wikinews_first_lines(shared, tmp_path):
    corpus = shared("corpora/wikinews/articles.jsonl")
    with corpus.open(encoding="utf-8") as f:
        head = [next(f) for _ in range(3)]
    sample = tmp_path / "head.jsonl"
    sample.write_text("".join(head), encoding="utf-8")
    articles = list(read_articles([str(sample)]))
    assert len(articles) == 3
    for line, article in zip(head, articles):
        record = json.loads(line)
        assert article.id == record["id"]
        assert article.title == record["title"]
        assert article.published == record["date"]
        assert article.outlet == record["source"] == "Wikinews (en)"
        assert article.text == record["text"]
