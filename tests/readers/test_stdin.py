"""stdin: standard input as plain text."""

from __future__ import annotations

import io
import sys

import pytest

from detente.errors import BinaryInput, InputTooLarge
from detente.readers import read_articles


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text_and_title(monkeypatch):
    _stdin(monkeypatch, b"Talks Resume\n\nNegotiators met in Geneva.\n")
    [article] = read_articles(["-"], outlet="Wire")
    assert article.text == "Talks Resume\n\nNegotiators met in Geneva.\n"
    assert article.title == "Talks Resume"
    assert article.source == "-"
    assert article.outlet == "Wire"


def test_stdin_cp1252_warned(monkeypatch):
    _stdin(monkeypatch, b"Caf\xe9 \x93quoted\x94 text\n")
    warnings = []
    [article] = read_articles(["-"], on_warning=warnings.append)
    assert article.text == "Caf\u00e9 \u201cquoted\u201d text\n"
    assert len(warnings) == 1 and warnings[0].startswith("-: decoded as cp1252 (not UTF-8)")


def test_stdin_binary_and_too_large(monkeypatch):
    _stdin(monkeypatch, b"\x89PNG\r\n\x1a\n\x00")
    with pytest.raises(BinaryInput):
        list(read_articles(["-"]))
    _stdin(monkeypatch, b"x" * 50)
    with pytest.raises(InputTooLarge) as info:
        list(read_articles(["-"], max_bytes=10))
    assert info.value.source == "-"
