"""_bytes: size limit, binary sniffing, decoding."""

from __future__ import annotations

import pytest

from detente.errors import (
    BinaryInput,
    ConfigError,
    EmptyInput,
    InputNotFound,
    InputTooLarge,
    UndecodableInput,
)
from detente.readers._bytes import decode, load, max_input_bytes


def test_bytes_utf8_bom_stripped():
    decoded = decode("\ufeffKyiv talks".encode("utf-8"), "x")
    assert decoded.text == "Kyiv talks"
    assert decoded.encoding == "utf-8" and not decoded.fallback


def test_bytes_cp1252_fallback():
    decoded = decode(b"Caf\xe9 \x93quoted\x94", "x")
    assert decoded.text == "Caf\u00e9 \u201cquoted\u201d"
    assert decoded.encoding == "cp1252" and decoded.fallback


def test_bytes_undecodable_names_both_codecs():
    with pytest.raises(UndecodableInput) as info:
        decode(b"abc \x81\x8d\x8f def \xff", "bad.txt")
    assert info.value.source == "bad.txt"
    assert "UTF-8" in info.value.message and "cp1252" in info.value.message
    assert "re-encode" in info.value.message


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG"),
        (b"GIF89a....", "GIF"),
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"\x7fELF\x02\x01", "ELF"),
        (b"plain text\x00with a NUL", "NUL"),
    ],
)
def test_bytes_binary_detected(data, what):
    with pytest.raises(BinaryInput) as info:
        decode(data, "x.bin")
    assert what in info.value.message
    assert "pass a text, HTML, JSONL or RSS/Atom file" in info.value.message


def test_bytes_utf16_is_undecodable_with_advice():
    with pytest.raises(UndecodableInput, match="UTF-16"):
        decode("hello".encode("utf-16"), "x")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_bytes_empty_or_whitespace(data):
    with pytest.raises(EmptyInput):
        decode(data, "x")


def test_bytes_size_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLarge) as info:
        load(path, 100)
    msg = info.value.message
    assert "101 bytes" in msg and "100 bytes" in msg
    assert "DETENTE_MAX_INPUT_BYTES" in msg and "--max-bytes" in msg


def test_bytes_missing_file(tmp_path):
    with pytest.raises(InputNotFound):
        load(tmp_path / "nope.txt", 100)


def test_bytes_limit_from_setting(monkeypatch):
    monkeypatch.delenv("DETENTE_MAX_INPUT_BYTES", raising=False)
    assert max_input_bytes() == 5_000_000
    monkeypatch.setenv("DETENTE_MAX_INPUT_BYTES", "1234")
    assert max_input_bytes() == 1234
    assert max_input_bytes(99) == 99
    with pytest.raises(ConfigError):
        max_input_bytes(0)
