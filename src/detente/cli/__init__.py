"""The ``detente`` command: a typer app whose commands are thin wrappers.

Each command module defines ``<name>_cli`` and calls a plain, typed function that tests
call directly. Library errors (``detente.errors``) become one-line messages here and
nowhere else.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

import typer

from ..errors import DetenteError

app = typer.Typer(
    name="detente",
    help="Structured, source-attributed event data from news about war and diplomacy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 2) -> None:
    """Print one line on stderr and exit with CODE."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors raised inside a command into one line on stderr, exit 2."""
    try:
        yield
    except DetenteError as err:
        fail(str(err), 2)


def main() -> None:
    try:
        app()
    except DetenteError as err:  # anything a command did not handle itself
        typer.echo(f"error: {err}", err=True)
        sys.exit(2)


# command modules register themselves on `app` (imported last: they import `app`)
from . import actors as _actors  # noqa: E402,F401
from . import eval as _eval  # noqa: E402,F401
from . import extract as _extract  # noqa: E402,F401
from . import ingest as _ingest  # noqa: E402,F401
from . import failures as _failures  # noqa: E402,F401
from . import query as _query  # noqa: E402,F401
from . import export as _export  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
