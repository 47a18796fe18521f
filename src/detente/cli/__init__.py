"""The ``detente`` command: a typer app whose commands are thin wrappers.

Each command module defines ``<name>_cli`` and calls a plain, typed function that tests
call directly. Library errors (``detente.errors``) become one-line messages here and
nowhere else.
"""

from __future__ import annotations

import sys

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


def _register() -> None:
    from . import eval as _eval  # noqa: F401
    from . import extract as _extract  # noqa: F401


def main() -> None:
    _register()
    try:
        app()
    except DetenteError as err:  # anything a command did not handle itself
        typer.echo(f"error: {err}", err=True)
        sys.exit(2)
