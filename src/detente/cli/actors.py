"""``detente actors lookup NAME [--date D] [--actors FILE]``: how a name resolves, and why."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from . import app, fail, user_errors

actors_app = typer.Typer(help="Actors: look names up in the knowledge base.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")


def lookup_actor(name: str, date: str | None = None, actor_files: list[Path] | None = None) -> list[dict]:
    """Every reading of NAME on DATE, best first: knowledge-base names, aliases, seats and
    surnames, then the code its words give as a description ("Ukrainian officials")."""
    from ..actors.kb import load_kb

    kb = load_kb(actor_files or [])
    found = kb.lookup_all(name, date) or (kb.lookup_surname(name, date) if " " not in name else [])
    rows = [
        {"name": m.name, "kind": m.kind, "code": m.code, "title": m.title, "why": m.why}
        for m in found
    ]
    if not rows:
        described = kb.describe(name, date)
        if described:
            rows.append({"name": name, "kind": "group", "code": described[0], "title": None,
                         "why": f"description: {described[1]}"})
    return rows


@actors_app.command("lookup")
def lookup_cli(
    name: str = typer.Argument(..., help="A name, alias, surname, seat or description."),
    date: Optional[str] = typer.Option(None, help="Date (YYYY-MM-DD) that picks dated roles."),
    actors: Optional[List[Path]] = typer.Option(None, "--actors", help="Extra actor file(s), same format as the built-in base."),
) -> None:
    """Show how NAME resolves to an actor code, and why."""
    with user_errors():
        rows = lookup_actor(name, date, actors)
    if not rows:
        fail(f"{name!r} is not in the knowledge base and gives no code as a description; "
             "add it with --actors FILE (see src/detente/data/README.md)", 1)
    for row in rows:
        title = f" ({row['title']})" if row.get("title") else ""
        typer.echo(f"{row['code'] or '-':<10} {row['name']}{title} [{row['kind']}]\n"
                   f"           why: {row['why']}")
