"""Standard input (``-``): plain text, same checks and title rule as text files."""

from __future__ import annotations

import sys
from typing import Iterator

from ..errors import InputNotFound
from ..models import Article
from ._bytes import cp1252_warning, decode, too_large
from ._meta import Warn
from .text import article_from_text

__all__ = ["read_stdin"]

SOURCE = "-"


def read_stdin(*, limit: int, warn: Warn) -> Iterator[Article]:
    """Yield the one Article read from standard input (at most LIMIT bytes)."""
    stream = sys.stdin
    if stream is None:
        raise InputNotFound(SOURCE, "standard input is closed; pipe the article text in")
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read(limit + 1)
    else:  # a text stream without bytes underneath (e.g. io.StringIO in tests)
        data = stream.read(limit + 1).encode("utf-8")
    if len(data) > limit:
        raise too_large(SOURCE, None, limit)
    decoded = decode(data, SOURCE)
    if decoded.fallback:
        warn(cp1252_warning(SOURCE))
    yield article_from_text(decoded.text, SOURCE)
