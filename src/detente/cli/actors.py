"""``detente actors``: list the store's actors; ``detente actors lookup NAME``: how a name
resolves in the knowledge base, and why.

``detente actors [--db URL] [--format table|csv|jsonl] [--actor CODE|NAME] [--limit N]``
lists every actor across the store with mention counts, articles and codes
(``detente.query.list_actors``); ``detente actors lookup NAME [--date D] [--actors FILE]``
is unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .. import settings
from ..query.output import Format
from . import app, fail, user_errors

actors_app = typer.Typer(
    help="Actors: list those in the store (no subcommand), or look a name up in the "
         "knowledge base (lookup).",
    invoke_without_command=True)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors_cli(
    ctx: typer.Context,
    db: Optional[str] = typer.Option(
        None, "--db", metavar="URL",
        help=next(s.help for s in settings.SETTINGS if s.name == "db")),
    fmt: Format = typer.Option(Format.table, "--format", "-f",
                               help="table (for people), csv or jsonl (to stdout, for tools)."),
    actor: Optional[str] = typer.Option(
        None, "--actor", metavar="CODE|NAME",
        help="Only actors with this code (RUS matches RUS.GOV) or with this in their name."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", metavar="N",
                                        help="At most N actors (the most mentioned)."),
) -> None:
    """List the actors in the store: name, kind, codes, articles, mentions, events.

    Actors are grouped by name across articles, most mentioned first. `detente actors
    lookup NAME` shows how a name resolves in the knowledge base instead.
    """
    if ctx.invoked_subcommand is not None:
        return
    from .query import print_actors

    print_actors(db, fmt, limit=limit, actor=actor)


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
