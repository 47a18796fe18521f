"""Plain-text articles (.txt, .text, .md), with an optional ``NAME.meta.json`` sidecar.

The Article text is the whole file, unchanged, so that character offsets match the
file (only a UTF-8 byte-order mark is dropped). The title is the first line when it
looks like a headline; a sidecar's title, outlet, author, published and url win over it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

from ..errors import BadMetadata
from ..models import Article
from ._bytes import cp1252_warning, load
from ._meta import FIELDS, Warn, metadata_from_record

__all__ = ["article_from_text", "guess_title", "read_sidecar", "read_text", "sidecar_path"]

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 35
MAX_PERIOD_TITLE_WORDS = 10  # longer full-stop lines before a blank line are lead sentences
_DATELINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[a-z]+,?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$",
    re.IGNORECASE,
)


def guess_title(text: str) -> str | None:
    """The first non-blank line of TEXT when it looks like a headline, else None.

    A headline is at most 200 characters, does not start lowercase, does not end in a
    comma, colon or semicolon, is not just a date (``Friday, January 4, 2019``), and
    either has no final full stop or is short (<= 10 words) and followed by a blank
    line. Text with nothing after that line has no title. A Markdown ``#`` is dropped.
    """
    lines = text.splitlines()
    i = next((n for n, line in enumerate(lines) if line.strip()), None)
    if i is None:
        return None
    line = lines[i].strip()
    rest = lines[i + 1:]
    if not any(r.strip() for r in rest):
        return None
    line = line.lstrip("#").strip() if line.startswith("#") else line
    if not line or len(line) > MAX_TITLE_CHARS or len(line.split()) > MAX_TITLE_WORDS:
        return None
    if line[0].islower() or line[-1] in ",;:" or _DATELINE.match(line):
        return None
    if line.endswith(".") and not line.endswith("...") and (
        rest[0].strip() or len(line.split()) > MAX_PERIOD_TITLE_WORDS
    ):
        return None
    return line


def sidecar_path(path: Path) -> Path:
    """``dir/NAME.meta.json`` for ``dir/NAME.txt`` (any extension)."""
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path, warn: Warn) -> dict[str, str]:
    """Metadata from the sidecar of PATH ({} when there is none); BadMetadata when broken."""
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        raw: Any = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadMetadata(
            str(side), f"broken sidecar ({exc}); fix it (a JSON object with title, "
            "outlet, author, published, url) or remove it"
        ) from None
    if not isinstance(raw, dict):
        raise BadMetadata(
            str(side), f"sidecar is a JSON {type(raw).__name__}, not an object; write "
            '{"title": ..., "outlet": ..., "published": "YYYY-MM-DD"}'
        )
    known = {key for keys in FIELDS.values() for key in keys}
    for key in sorted(set(raw) - known):
        warn(f"{side}: unknown key {key!r} ignored (known: title, outlet, author, "
             "published, url, id)")
    return metadata_from_record(raw, str(side), warn)


def article_from_text(text: str, source: str, meta: dict[str, str] | None = None) -> Article:
    """An Article of TEXT verbatim, titled by META or by its first line."""
    meta = dict(meta or {})
    meta.setdefault("title", guess_title(text) or "")
    return Article(
        text=text,
        id=meta.get("id", ""),
        title=meta["title"] or None,
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        published=meta.get("published"),
        url=meta.get("url"),
        source=source,
    )


def read_text(path: Path, *, limit: int, warn: Warn, source: str | None = None
              ) -> Iterator[Article]:
    """Yield the one Article in the text file at PATH."""
    src = source or str(path)
    decoded = load(path, limit, src)
    if decoded.fallback:
        warn(cp1252_warning(src))
    meta = read_sidecar(path, warn)
    yield article_from_text(decoded.text, src, meta)
