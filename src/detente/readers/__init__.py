"""Readers: turn inputs (files, directories, ``-`` for stdin) into ``Article`` records.

``read_articles`` picks a reader by extension (else by sniffing the content), applies
the ``--published/--outlet/--title`` overrides, and reports each bad input or record
to ``on_error`` before going on with the next. ``describe_error`` gives the one-line
message the CLI prints.

    .txt .text .md .markdown   text.read_text     (whole file verbatim, sidecar NAME.meta.json)
    .html .htm .xhtml          html.read_html     (trafilatura main text + metadata)
    .jsonl .ndjson             jsonl.read_jsonl   (one object per line, streamed)
    .json                      jsonl.read_json    (one object or a list)
    .xml .rss .atom            feed.read_feed     (one Article per entry)
    -                          stdin.read_stdin   (plain text)
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import DetenteError, EmptyInput, InputError, InputNotFound
from ..models import Article
from ._bytes import max_input_bytes
from ._meta import override_date
from .feed import read_feed
from .html import read_html
from .jsonl import read_json, read_jsonl
from .stdin import read_stdin
from .text import read_text

__all__ = ["SUPPORTED_EXTENSIONS", "apply_overrides", "describe_error", "read_articles"]

log = logging.getLogger("detente.readers")

OnError = Callable[[InputError], None]
OnWarning = Callable[[str], None]

_KIND_BY_EXT = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(_KIND_BY_EXT)


def describe_error(err: DetenteError) -> str:
    """The one-line message for ERR, e.g. ``error: x.bin: binary file (...); pass ...``."""
    if isinstance(err, InputError):
        return f"error: {err.source}: {err.message}"
    return f"error: {err}"


def apply_overrides(article: Article, published: str | None, outlet: str | None,
                    title: str | None) -> Article:
    """ARTICLE with the --published (already ISO), --outlet and --title overrides applied;
    an empty --outlet or --title clears the value."""
    if published is not None:
        article.published = published
    if outlet is not None:
        article.outlet = outlet or None
    if title is not None:
        article.title = title or None
    return article


def _sniff(path: Path) -> str:
    """The reader kind for a file with an unknown extension, from its first bytes."""
    with path.open("rb") as f:
        head = f.read(2048)
    start = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<?xml"):
        return "html" if b"<html" in start else "feed"
    if start.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    return "text"


def _walk(root: Path) -> list[Path]:
    """Supported files under ROOT, recursively, sorted; hidden files and sidecars skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            lower = name.lower()
            if name.startswith(".") or lower.endswith(".meta.json"):
                continue
            if os.path.splitext(lower)[1] in _KIND_BY_EXT:
                found.append(Path(dirpath) / name)
    return found


def _read_one(path: Path, limit: int, warn: OnWarning, report: OnError
              ) -> Iterator[Article]:
    """The Articles of one file, by extension or (unknown extension) by content."""
    kind = _KIND_BY_EXT.get(path.suffix.lower()) or _sniff(path)
    if kind == "text":
        return read_text(path, limit=limit, warn=warn)
    if kind == "html":
        return read_html(path, limit=limit, warn=warn)
    if kind == "jsonl":
        return read_jsonl(path, limit=limit, warn=warn, report=report)
    if kind == "json":
        return read_json(path, limit=limit, warn=warn, report=report)
    return read_feed(path, limit=limit, warn=warn, report=report)


def _expand(name: str) -> Iterator[Path | InputError]:
    """The files named by input NAME (a file, or the supported files in a directory)."""
    if not name:
        yield InputNotFound("''", "empty input name; pass a file, a directory or -")
        return
    path = Path(name)
    if path.is_dir():
        files = _walk(path)
        if not files:
            yield EmptyInput(name, "directory has no supported files ("
                                   + ", ".join(SUPPORTED_EXTENSIONS) + ")")
        yield from files
    elif path.exists():
        yield path
    else:
        yield InputNotFound(name, "no such file or directory; check the path")


def read_articles(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    max_bytes: int | None = None,
    on_error: OnError | None = None,
    on_warning: OnWarning | None = None,
) -> Iterator[Article]:
    """Yield the Articles in INPUTS (paths, directories, ``-`` for stdin), in order.

    PUBLISHED/OUTLET/TITLE override every article's metadata. A bad PUBLISHED raises
    BadMetadata at once. Each InputError (a bad file, or one bad JSONL line / feed entry)
    goes to ON_ERROR and reading goes on; with no ON_ERROR it is raised. Warnings (e.g.
    "PATH: decoded as cp1252 (not UTF-8)") go to ON_WARNING, else to the
    ``detente.readers`` logger. MAX_BYTES overrides the max_input_bytes setting.
    """
    iso = override_date(published) if published is not None else None
    limit = max_input_bytes(max_bytes)
    warn: OnWarning = on_warning or log.warning

    def report(err: InputError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    def articles() -> Iterator[Article]:
        for name in inputs:
            targets: Iterable[Path | InputError | None] = (
                [None] if name == "-" else _expand(name))
            for target in targets:
                if isinstance(target, InputError):
                    report(target)
                    continue
                src = "-" if target is None else str(target)
                try:
                    found = (read_stdin(limit=limit, warn=warn) if target is None
                             else _read_one(target, limit, warn, report))
                    for article in found:
                        yield apply_overrides(article, iso, outlet, title)
                except InputError as err:
                    if on_error is None:
                        raise
                    on_error(err)
                except OSError as exc:
                    report(InputNotFound(src, f"cannot read ({exc.strerror or exc}); "
                                              "check the path and its permissions"))

    return articles()
