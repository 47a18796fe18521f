"""``detente events``, ``detente quotes``, ``detente stances``: read the store.

Thin wrappers over ``detente.query``. The ``detente actors`` group is in ``actors.py``; the
listing it runs without a subcommand is ``print_actors`` here.

Every command takes ``--db`` (default: the db setting, ``$DETENTE_DB``) and ``--format
table|csv|jsonl``; bad filter values and a missing store give one line on stderr and exit 2.
"""

from __future__ import annotations

from typing import Any, List, Optional

import typer
from rich.text import Text

from .. import settings
from ..query import (
    ACTOR_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    STANCE_COLUMNS,
    find_events,
    find_quotes,
    flatten,
    iter_events,
    list_actors,
    stance_series,
    summary_line,
)
from ..query.output import Col, Format, console, write_csv, write_jsonl, write_rows, write_table
from . import app, user_errors

__all__ = ["print_actors"]


DB = typer.Option(None, "--db", metavar="URL",
                  help=next(s.help for s in settings.SETTINGS if s.name == "db"))
FORMAT = typer.Option(Format.table, "--format", "-f",
                      help="table (for people), csv or jsonl (to stdout, for tools).")
SINCE = typer.Option(None, "--since", metavar="D",
                     help="From this date on (YYYY-MM-DD, YYYY-MM or YYYY).")
UNTIL = typer.Option(None, "--until", metavar="D", help="Up to this date (same forms).")


# --------------------------------------------------------------------------- events

EVENT_TABLE = (
    Col("when", "date", no_wrap=True),
    Col("what", "event", max_chars=40),
    Col("who", "source -> target", max_chars=80),
    Col("place", "place", max_chars=30, drop_below=110),
    Col("outlet", "outlet", max_chars=30, drop_below=130),
    Col("evidence", "evidence", max_chars=240),
)


def _side(codes: list[str], names: list[str]) -> str:
    return ", ".join(codes) if codes else ", ".join(names)


def _event_table_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        when = r["date"] or (f"{r['published']}*" if r["published"] else "")
        what = r["type"] + (f" {r['mode']}" if r["mode"] else "")
        if r["modality"] and r["modality"] != "asserted":
            what += f"\n({r['modality']})"
        who = _side(r["source_codes"], r["source"]) or "?"
        target = _side(r["target_codes"], r["target"])
        if target:
            who += f" -> {target}"
        evidence = r["evidence"] or ""
        if r["said_by"]:
            evidence = f"[{r['said_by']}] {evidence}"
        out.append({**r, "when": when, "what": what, "who": who, "evidence": evidence})
    return out


@app.command("events")
def events_cli(
    actor: Optional[str] = typer.Option(
        None, "--actor", metavar="CODE|NAME",
        help="A source or target: a code (RUS matches RUS and RUS.GOV) or part of a name "
             "(case-insensitive)."),
    role: Optional[str] = typer.Option(None, "--role", metavar="source|target",
                                       help="With --actor: only as source, or only as target."),
    type_: Optional[List[str]] = typer.Option(
        None, "--type", "-t", metavar="T", help="PLOVER type (ASSAULT, CONSULT, ...); repeat "
                                                "or comma-separate for several."),
    modality: Optional[List[str]] = typer.Option(
        None, "--modality", "-m", metavar="M",
        help="asserted, negated, future or hypothetical; repeat for several."),
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[str] = typer.Option(None, "--outlet", metavar="O",
                                         help="Part of the outlet's name (case-insensitive)."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", metavar="X",
                                                   help="Only events with confidence >= X (0..1)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", metavar="N",
                                        help="At most N events."),
    fmt: Format = FORMAT,
    db: Optional[str] = DB,
) -> None:
    """Events in the store with their article, evidence, codes, date and place.

    An event without a date of its own is dated by its article's publication date (marked
    "(pub.)" in the table); --since/--until keep events whose period overlaps the range.
    """
    filters = dict(actor=actor, role=role, type=type_, modality=modality, since=since,
                   until=until, outlet=outlet, min_confidence=min_confidence, limit=limit)
    with user_errors():
        if fmt is not Format.table:  # streamed: flat memory however many events
            rows = iter_events(db, **filters)
            if fmt is Format.csv:
                write_csv(rows, EVENT_COLUMNS)
            else:
                write_jsonl(rows)
            return
        found = find_events(db, **filters)
    if not found:
        typer.echo("no events match")
        return
    write_table(_event_table_rows(found), EVENT_TABLE, title=f"{len(found):,} event(s)",
                caption="date*: the article's publication date (the text gives none); "
                        "(modality) when not asserted; source -> target: codes, else names; "
                        "[name]: who the article attributes it to")


# --------------------------------------------------------------------------- actors

ACTOR_TABLE = (
    Col("name", "name", max_chars=60),
    Col("kind", "kind", no_wrap=True, drop_below=90),
    Col("codes", "codes", max_chars=60),
    Col("articles", "articles", no_wrap=True),
    Col("mentions", "mentions", no_wrap=True),
    Col("events", "events", no_wrap=True),
    Col("first_seen", "first", no_wrap=True, drop_below=100),
    Col("last_seen", "last", no_wrap=True, drop_below=100),
)


def print_actors(db: str | None, fmt: Format, limit: int | None = None,
                 actor: str | None = None) -> None:
    """`detente actors`: list actors across the store (called by the actors group)."""
    with user_errors():
        rows = list_actors(db, actor=actor, limit=limit)
    if fmt is Format.table:
        if not rows:
            typer.echo("no actors match")
            return
        shown = [{**r, "name": r["name"] + (" (anonymous)" if r["anonymous"] else "")}
                 for r in rows]
        write_table(shown, ACTOR_TABLE, title=f"{len(rows):,} actor(s), most mentioned first")
        return
    write_rows(rows, fmt, columns=ACTOR_COLUMNS, table_columns=ACTOR_TABLE)


# --------------------------------------------------------------------------- quotes

QUOTE_TABLE = (
    Col("published", "date", no_wrap=True),
    Col("outlet", "outlet", max_chars=30, drop_below=110),
    Col("speaker_shown", "speaker", max_chars=80),
    Col("via", "via", max_chars=40, drop_below=90),
    Col("kind", "kind", no_wrap=True, drop_below=120),
    Col("content", "content", max_chars=240),
)


@app.command("quotes")
def quotes_cli(
    speaker: Optional[str] = typer.Option(
        None, "--speaker", metavar="NAME|CODE",
        help="A speaker code (RUS matches RUS.GOV) or part of the speaker's name or of the "
             "words naming the source (\"official\")."),
    anonymous: Optional[bool] = typer.Option(
        None, "--anonymous/--named", help="Only anonymous sources, or only named ones."),
    outlet: Optional[str] = typer.Option(None, "--outlet", metavar="O",
                                         help="Part of the outlet's name (case-insensitive)."),
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    limit: Optional[int] = typer.Option(None, "--limit", "-n", metavar="N",
                                        help="At most N attributions."),
    fmt: Format = FORMAT,
    db: Optional[str] = DB,
) -> None:
    """Quotes and reported speech: speaker, anonymity, reporting chain (via), content.

    Ends with a summary line: how many attributions match and the share from anonymous
    sources, overall and by outlet (on stderr with --format csv/jsonl). Dates are the
    articles' publication dates.
    """
    with user_errors():
        result = find_quotes(db, speaker=speaker, anonymous=anonymous, outlet=outlet,
                             since=since, until=until, limit=limit)
    line = summary_line(result.summary)
    if fmt is Format.table:
        if result.rows:
            shown = [{**r, "speaker_shown": (r["speaker"] or "?")
                      + (f" [{r['speaker_code']}]" if r["speaker_code"] else "")
                      + ("\n(anonymous)" if r["anonymous"] else "")} for r in result.rows]
            write_table(shown, QUOTE_TABLE, title=f"{len(shown):,} attribution(s)")
        console().print(Text(line))
        return
    write_rows(result.rows, fmt, columns=QUOTE_COLUMNS, table_columns=QUOTE_TABLE)
    typer.echo(line, err=True)


# --------------------------------------------------------------------------- stances

STANCE_TABLE = (
    Col("series", "actor, topic", no_wrap=True, max_chars=24),
    Col("date", "date", no_wrap=True),
    Col("position_shown", "position", max_chars=40),
    Col("conditions", "conditions", max_chars=160),
    Col("evidence", "evidence", max_chars=240),
    Col("outlet", "outlet", max_chars=30, drop_below=120),
)


@app.command("stances")
def stances_cli(
    actor: Optional[str] = typer.Option(
        None, "--actor", metavar="CODE|NAME",
        help="A code (UKR matches UKR and UKR.GOV) or part of the actor's name."),
    topic: Optional[str] = typer.Option(None, "--topic", help="Only this topic (e.g. negotiations)."),
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    fmt: Format = typer.Option(
        Format.table, "--format", "-f",
        help="table (for people), csv (one row per position) or jsonl (one series per line)."),
    db: Optional[str] = DB,
) -> None:
    """Position over time per actor code and topic, change points marked.

    Positions are ordered by the stance's date, else the article's publication date; a
    position that differs from the one before it is a change point (the change column, and
    "was X" in the table). Stances of actors without a code are left out.
    """
    with user_errors():
        series = stance_series(db, actor=actor, topic=topic, since=since, until=until)
    if fmt is Format.jsonl:
        write_jsonl(series)
        return
    rows = flatten(series)
    if fmt is Format.csv:
        write_rows(rows, fmt, columns=STANCE_COLUMNS, table_columns=STANCE_TABLE)
        return
    if not rows:
        typer.echo("no stances match")
        return
    shown, styles, last = [], [], None
    for r in rows:
        first_of_series = (r["actor_code"], r["topic"]) != last
        last = (r["actor_code"], r["topic"])
        position = r["position"] or "?"
        if r["change"]:
            position = f"{position}\n(was {r['change'].split(' -> ')[0]})"
        when = r["date"] or ""
        if r["dated_by"] == "published":
            when += "*"
        shown.append({**r, "position_shown": position, "date": when,
                      "series": f"{r['actor_code']}\n{r['topic']}" if first_of_series else ""})
        styles.append("bold" if r["change"] else None)
    n_changes = sum(len(s["changes"]) for s in series)
    write_table(shown, STANCE_TABLE, row_styles=styles,
                title=f"{len(series):,} series, {n_changes:,} change point(s)",
                caption="bold, (was X): the position changed; date*: the article's "
                        "publication date")
