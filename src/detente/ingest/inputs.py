"""What ``detente ingest`` reads: paths, directories (recursively), globs, URLs and ``-``.

``iter_articles`` yields the Articles of every input in order; a bad input (or one bad
record inside it) goes to ON_ERROR and reading goes on. ``estimate_total`` counts the
articles ahead when that is cheap (text and HTML files, JSONL lines), for the progress
bar's ETA; it gives None when some input (a feed, a URL, stdin) cannot be counted.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError, InputNotFound
from ..models import Article
from ..readers import SUPPORTED_EXTENSIONS, apply_overrides, read_articles
from ..readers._meta import override_date
from .fetch import fetch_articles, is_url

__all__ = ["expand", "estimate_total", "iter_articles"]

OnError = Callable[[InputError], None]
OnWarning = Callable[[str], None]

_GLOB = set("*?[")
_ONE_ARTICLE = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"}
_LINES = {".jsonl", ".ndjson"}


def expand(name: str) -> list[str] | InputError:
    """The inputs NAME stands for: itself, or the sorted matches of a glob pattern."""
    if name == "-" or is_url(name) or not (_GLOB & set(name)) or Path(name).exists():
        return [name]
    matches = sorted(glob.glob(name, recursive=True))
    if not matches:
        return InputNotFound(name, "no file matches this pattern; check it (quote it so "
                                   "that detente, not the shell, expands it)")
    return matches


def iter_articles(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    max_bytes: int | None = None,
    allow_private: bool = False,
    timeout: float | None = None,
    on_error: OnError,
    on_warning: OnWarning | None = None,
) -> Iterator[Article]:
    """The Articles of INPUTS, in order. A bad PUBLISHED raises BadMetadata at once."""
    iso = override_date(published) if published is not None else None
    warn = on_warning or (lambda message: None)

    def gen() -> Iterator[Article]:
        for name in inputs:
            expanded = expand(name)
            if isinstance(expanded, InputError):
                on_error(expanded)
                continue
            for item in expanded:
                if not is_url(item):
                    yield from read_articles([item], published=published, outlet=outlet,
                                             title=title, max_bytes=max_bytes,
                                             on_error=on_error, on_warning=on_warning)
                    continue
                try:
                    for article in fetch_articles(item, allow_private=allow_private,
                                                  timeout=timeout, max_bytes=max_bytes,
                                                  warn=warn, report=on_error):
                        yield apply_overrides(article, iso, outlet, title)
                except InputError as err:
                    on_error(err)

    return gen()


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            lower = name.lower()
            if name.startswith(".") or lower.endswith(".meta.json"):
                continue
            if os.path.splitext(lower)[1] in SUPPORTED_EXTENSIONS:
                yield Path(dirpath) / name


def _count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


def estimate_total(inputs: Iterable[str]) -> int | None:
    """How many articles INPUTS hold, when every input can be counted cheaply, else None."""
    total = 0
    try:
        for name in inputs:
            expanded = expand(name)
            if isinstance(expanded, InputError):
                continue
            for item in expanded:
                if item == "-" or is_url(item):
                    return None
                path = Path(item)
                files = _walk(path) if path.is_dir() else [path] if path.is_file() else []
                for file in files:
                    ext = file.suffix.lower()
                    if ext in _ONE_ARTICLE:
                        total += 1
                    elif ext in _LINES:
                        total += _count_lines(file)
                    else:
                        return None  # feeds, .json lists, sniffed files
    except OSError:
        return None
    return total
