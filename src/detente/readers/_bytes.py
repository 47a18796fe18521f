"""Byte-level helpers shared by the readers: size limit, binary sniffing, decoding.

Every reader goes through these so that a PNG, an empty file or a Latin-1 file is
refused (or decoded) the same way whatever its extension.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import settings
from ..errors import (
    BinaryInput,
    ConfigError,
    EmptyInput,
    InputNotFound,
    InputTooLarge,
    UndecodableInput,
)

__all__ = [
    "Decoded",
    "check_binary",
    "cp1252_warning",
    "decode",
    "load",
    "max_input_bytes",
    "read_limited",
    "too_large",
]

SUPPORTED = "a text, HTML, JSONL or RSS/Atom file"

# (prefix, what it is, what to do instead)
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG signature", ""),
    (b"\xff\xd8\xff", "JPEG signature", ""),
    (b"GIF87a", "GIF signature", ""),
    (b"GIF89a", "GIF signature", ""),
    (b"%PDF-", "PDF signature", "; extract its text first (e.g. pdftotext) and"),
    (b"PK\x03\x04", "ZIP signature (zip, docx, xlsx, epub)", "; unpack or convert it and"),
    (b"PK\x05\x06", "ZIP signature (empty zip)", ""),
    (b"\x1f\x8b", "gzip signature", "; decompress it (gunzip) and"),
    (b"BZh", "bzip2 signature", "; decompress it (bunzip2) and"),
    (b"\xfd7zXZ\x00", "xz signature", "; decompress it (unxz) and"),
    (b"(\xb5/\xfd", "zstd signature", "; decompress it (unzstd) and"),
    (b"7z\xbc\xaf'\x1c", "7-Zip signature", "; unpack it and"),
    (b"Rar!\x1a\x07", "RAR signature", "; unpack it and"),
    (b"\x7fELF", "ELF executable signature", ""),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable signature", ""),
    (b"\xca\xfe\xba\xbe", "Java class / Mach-O signature", ""),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE signature (doc, xls)", "; save it as text and"),
    (b"SQLite format 3\x00", "SQLite database signature", ""),
    (b"\x00asm", "WebAssembly signature", ""),
    (b"II*\x00", "TIFF signature", ""),
    (b"MM\x00*", "TIFF signature", ""),
)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, and the codec that worked (``utf-8`` or ``cp1252``)."""

    text: str
    encoding: str

    @property
    def fallback(self) -> bool:
        """True when the bytes were not UTF-8 and cp1252 was used."""
        return self.encoding != "utf-8"


def max_input_bytes(override: int | None = None) -> int:
    """The size limit in bytes: OVERRIDE, else $DETENTE_MAX_INPUT_BYTES, else 5 MB."""
    value = settings.get("max_input_bytes", override)
    if not isinstance(value, int) or value <= 0:
        raise ConfigError(
            f"max_input_bytes={value!r} is not valid; give a positive number of bytes "
            "(--max-bytes or DETENTE_MAX_INPUT_BYTES)"
        )
    return value


def too_large(source: str, size: int | None, limit: int) -> InputTooLarge:
    """The InputTooLarge error for SOURCE (SIZE None: only known to be over LIMIT)."""
    what = f"{size:,} bytes" if size is not None else "larger"
    return InputTooLarge(
        source,
        f"{what}, over the limit of {limit:,} bytes (setting max_input_bytes); "
        "raise it with DETENTE_MAX_INPUT_BYTES or --max-bytes, or split the input",
    )


def read_limited(path: Path, limit: int, source: str | None = None) -> bytes:
    """The bytes of PATH, refusing files over LIMIT bytes before reading them."""
    src = source or str(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise too_large(src, size, limit)
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise InputNotFound(src, "no such file or directory; check the path") from None
    except PermissionError:
        raise InputNotFound(src, "permission denied; check the file's permissions") from None
    except IsADirectoryError:
        raise InputNotFound(src, "is a directory where a file was expected") from None
    if len(data) > limit:  # grew while reading, or a special file with no size
        raise too_large(src, None, limit)
    return data


def check_binary(data: bytes, source: str) -> None:
    """Raise BinaryInput (or UndecodableInput for UTF-16/32) when DATA is not text."""
    for bom, name in ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                      (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if data.startswith(bom):
            raise UndecodableInput(
                source, f"{name} text (byte-order mark); re-encode it as UTF-8"
            )
    for magic, what, todo in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(source, f"binary file (starts with {what}){todo or ';'} "
                                      f"pass {SUPPORTED}")
    if b"\x00" in data:
        raise BinaryInput(source, f"binary file (contains NUL bytes); pass {SUPPORTED}")


def decode(data: bytes, source: str) -> Decoded:
    """Decode DATA as UTF-8 (BOM stripped), else cp1252; refuse binary and empty input."""
    check_binary(data, source)
    try:
        decoded = Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        try:
            decoded = Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError as exc2:
            raise UndecodableInput(
                source,
                f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) and not "
                f"cp1252 (byte 0x{data[exc2.start]:02x} at offset {exc2.start}); "
                "re-encode it as UTF-8 (e.g. iconv -f ITS-ENCODING -t UTF-8)",
            ) from None
    if not decoded.text.strip():
        raise EmptyInput(source, "empty or only whitespace; pass a file with article text")
    return decoded


def load(path: Path, limit: int, source: str | None = None) -> Decoded:
    """Read, check and decode the file at PATH."""
    src = source or str(path)
    return decode(read_limited(path, limit, src), src)


def cp1252_warning(source: str) -> str:
    """The warning text for an input decoded as cp1252."""
    return f"{source}: decoded as cp1252 (not UTF-8); re-encode it as UTF-8 to be sure"
