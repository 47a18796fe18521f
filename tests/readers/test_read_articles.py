"""read_articles: dispatch, error reporting, overrides; describe_error."""

from __future__ import annotations

import json

import pytest

from detente.errors import (
    BadMetadata,
    BinaryInput,
    EmptyInput,
    InputNotFound,
    InputTooLarge,
    MalformedRecord,
    UndecodableInput,
)
from detente.readers import describe_error, read_articles

TEXT = "Talks Resume\n\nNegotiators met in Geneva on Wednesday.\n"


def _one_error(path, **kw):
    errors = []
    articles = list(read_articles([str(path)], on_error=errors.append, **kw))
    assert articles == []
    [err] = errors
    return err


def test_read_articles_binary_file(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    err = _one_error(path)
    assert isinstance(err, BinaryInput)
    assert describe_error(err) == (
        f"error: {path}: binary file (starts with PNG signature); "
        "pass a text, HTML, JSONL or RSS/Atom file")


@pytest.mark.parametrize("data", [b"", b"  \n\n\t \r\n"])
def test_read_articles_empty_and_whitespace_file(tmp_path, data):
    path = tmp_path / "e.txt"
    path.write_bytes(data)
    err = _one_error(path)
    assert isinstance(err, EmptyInput) and err.source == str(path)


def test_read_articles_cp1252_file_warned(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes(b"Caf\xe9 \x93quoted\x94\n\nBody text.\n")
    warnings = []
    [article] = read_articles([str(path)], on_warning=warnings.append)
    assert article.text.startswith("Caf\u00e9 \u201cquoted\u201d")
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}: decoded as cp1252 (not UTF-8)")


def test_read_articles_utf8_bom_stripped(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    warnings = []
    [article] = read_articles([str(path)], on_warning=warnings.append)
    assert article.text == TEXT and article.title == "Talks Resume"
    assert warnings == []


def test_read_articles_undecodable(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes(b"abc \x81\x8d\x8f def \xc3\x28")
    err = _one_error(path)
    assert isinstance(err, UndecodableInput)
    line = describe_error(err)
    assert line.startswith(f"error: {path}: not UTF-8")
    assert "cp1252" in line and "re-encode it as UTF-8" in line


def test_read_articles_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(TEXT * 10)
    err = _one_error(path, max_bytes=50)
    assert isinstance(err, InputTooLarge)
    assert "over the limit of 50 bytes" in err.message and "DETENTE_MAX_INPUT_BYTES" in err.message


def test_read_articles_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputNotFound) as info:
        list(read_articles([str(missing)]))
    assert info.value.source == str(missing)
    assert "check the path" in describe_error(info.value)


def test_read_articles_directory_mix(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT)
    (root / "a.meta.json").write_text(json.dumps({"outlet": "Wire"}))  # a sidecar, not input
    (root / "b.bin.txt").write_bytes(b"%PDF-1.4\n")
    (root / "c.jsonl").write_text(json.dumps({"text": "J1."}) + "\nbroken\n")
    (root / "sub" / "d.md").write_text("# Sub Title\n\nBody.\n")
    (root / "sub" / "empty.txt").write_text("")
    (root / "notes.docx").write_bytes(b"PK\x03\x04")  # unsupported extension: skipped
    (root / ".hidden.txt").write_text("hidden")
    errors = []
    articles = list(read_articles([str(root)], on_error=errors.append))
    assert [(a.source, a.title) for a in articles] == [
        (str(root / "a.txt"), "Talks Resume"),
        (f"{root / 'c.jsonl'}:1", None),
        (str(root / "sub" / "d.md"), "Sub Title"),
    ]
    assert articles[0].outlet == "Wire"
    assert [(type(e), e.source) for e in errors] == [
        (BinaryInput, str(root / "b.bin.txt")),
        (MalformedRecord, f"{root / 'c.jsonl'}:2"),
        (EmptyInput, str(root / "sub" / "empty.txt")),
    ]


def test_read_articles_continues_after_bad_input(tmp_path):
    good = tmp_path / "g.txt"
    good.write_text(TEXT)
    errors = []
    articles = list(read_articles([str(tmp_path / "missing.txt"), str(good)],
                                  on_error=errors.append))
    assert [a.source for a in articles] == [str(good)]
    assert [type(e) for e in errors] == [InputNotFound]


def test_read_articles_empty_directory(tmp_path):
    err = _one_error(tmp_path)
    assert isinstance(err, EmptyInput) and "no supported files" in err.message


def test_read_articles_overrides_applied(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"title": "Side", "outlet": "Side Wire", "published": "2020-01-01", "author": "Ann"}))
    [article] = read_articles([str(path)], published="9 November 2022",
                              outlet="Antiwar.com", title="Given Title")
    assert (article.title, article.outlet, article.published) == (
        "Given Title", "Antiwar.com", "2022-11-09")
    assert article.author == "Ann"  # not overridden: sidecar kept


def test_read_articles_bad_published_override(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    errors = []
    with pytest.raises(BadMetadata) as info:
        read_articles([str(path)], published="xyz", on_error=errors.append)
    assert describe_error(info.value) == (
        "error: --published: 'xyz' is not a date; use YYYY-MM-DD")


def test_read_articles_unknown_extension_sniffed(tmp_path):
    jsonl = tmp_path / "records.dat"
    jsonl.write_text(json.dumps({"text": "Sniffed.", "id": "r1"}) + "\n")
    text = tmp_path / "README"
    text.write_text(TEXT)
    ids = [a.id for a in read_articles([str(jsonl), str(text)])]
    assert ids[0] == "r1" and len(ids) == 2
