"""Where exports go: OUT checked once, files written atomically, errors as ``ExportError``.

A file is written beside its final name (``.NAME.tmp-PID``) and renamed into place when
complete, so an interrupted export never leaves a half-written file under the real name.
``-`` as OUT means standard output (single-file formats only).
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from ..errors import ExportError

__all__ = ["atomic_path", "open_out", "out_dir", "target_file"]


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def out_dir(out: str | Path, fmt: str) -> Path:
    """OUT as a directory for one file per table, created if missing, checked writable."""
    if str(out) == "-":
        raise ExportError(f"--format {fmt} writes one file per table into a directory and "
                          "cannot go to stdout; give a directory path as OUT")
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path} is a file; --format {fmt} writes one file per table into "
                          "a directory: give a directory path as OUT (created if missing)")
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".detente-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ExportError(f"cannot write to directory {path} ({_why(exc)}); choose a "
                          "writable directory as OUT") from None
    return path


def target_file(out: str | Path, default_name: str) -> Path:
    """OUT as the file to write; a directory (existing, or written with a trailing slash)
    gets DEFAULT_NAME inside it."""
    path = Path(out)
    if path.is_dir() or str(out).endswith(("/", os.sep)):
        path = path / default_name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create directory {path.parent} for {path.name} "
                          f"({_why(exc)}); choose a writable path as OUT") from None
    return path


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside PATH; renamed to PATH when the block ends without error."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path} ({_why(exc)}); choose a writable path as "
                          "OUT") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def open_out(out: str | Path, default_name: str, *, newline: str | None = None
             ) -> Iterator[tuple[IO[str], str]]:
    """A text stream for a single-file export and the name to report (``-``: stdout)."""
    if str(out) == "-":
        yield sys.stdout, "-"
        sys.stdout.flush()
        return
    path = target_file(out, default_name)
    with atomic_path(path) as tmp:
        try:
            stream = open(tmp, "w", encoding="utf-8", newline=newline)
        except OSError as exc:
            raise ExportError(f"cannot write {path} ({_why(exc)}); choose a writable path "
                              "as OUT") from None
        with stream:
            yield stream, str(path)
