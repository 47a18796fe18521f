"""``--format table``: a compact, coloured summary of contract dicts for people.

Rendered with rich; fits the terminal width, and degrades to plain text when colour is
off (``DETENTE_COLOR=0``, ``NO_COLOR``, or output that is not a terminal).
"""

from __future__ import annotations

from typing import Any, Iterable

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

__all__ = ["render_tables"]

MODALITY_STYLE = {
    "asserted": "green",
    "negated": "red",
    "future": "cyan",
    "hypothetical": "yellow",
}
POSITION_STYLE = {"open": "green", "conditional": "yellow", "opposed": "red", "neutral": "dim"}


def _clip(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _names(result: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["name"] for a in result.get("actors", [])}


def _actors_table(result: dict[str, Any]) -> Table:
    table = Table("actor", "code", "kind", "mentions", box=box.SIMPLE_HEAD, title="Actors",
                  title_justify="left")
    for a in sorted(result["actors"], key=lambda a: -len(a["mentions"])):
        name = a["name"] + (" (anonymous)" if a.get("anonymous") else "")
        table.add_row(name, a.get("code") or "-", a["kind"], str(len(a["mentions"])))
    return table


def _places_table(result: dict[str, Any]) -> Table:
    table = Table("place", "country", "lat, lon", "geonames", "mentions", box=box.SIMPLE_HEAD,
                  title="Places", title_justify="left")
    for p in result["places"]:
        coords = f"{p['lat']:.2f}, {p['lon']:.2f}" if p.get("lat") is not None else "-"
        table.add_row(p["name"], p.get("country") or "-", coords, str(p.get("geonameid") or "-"),
                      str(len(p["mentions"])))
    return table


def _quotes_table(result: dict[str, Any]) -> Table:
    table = Table("speaker", "kind", "via", "content", box=box.SIMPLE_HEAD, title="Quotes",
                  title_justify="left")
    for q in result["attributions"]:
        speaker = Text(q.get("speaker_name") or "?")
        if q.get("speaker_code"):
            speaker.append(f" {q['speaker_code']}", style="dim")
        if q.get("anonymous"):
            speaker.append(" anon", style="magenta")
        table.add_row(speaker, q["kind"], ", ".join(q.get("via_names") or []) or "-",
                      _clip(q["content"]["text"], 70))
    return table


def _events_table(result: dict[str, Any]) -> Table:
    table = Table("event", "source → target", "modality", "when", "where", "evidence",
                  box=box.SIMPLE_HEAD, title="Events", title_justify="left")
    for e in result["events"]:
        kind = e["type"] + (f"/{e['mode']}" if e.get("mode") else "")
        arrow = f"{','.join(e['source_codes']) or '?'} → {','.join(e['target_codes']) or '-'}"
        modality = Text(e["modality"], style=MODALITY_STYLE.get(e["modality"], ""))
        when = e["date"]["value"] if e.get("date") else "-"
        where = e["location"]["name"] if e.get("location") else "-"
        table.add_row(kind, arrow, modality, when, where, _clip(e["evidence"]["text"], 60))
    return table


def _stances_table(result: dict[str, Any]) -> Table:
    names = _names(result)
    table = Table("actor", "position", "conditions", "evidence", box=box.SIMPLE_HEAD,
                  title="Stances on negotiations", title_justify="left")
    for s in result["stances"]:
        position = Text(s["position"], style=POSITION_STYLE.get(s["position"], ""))
        conditions = "; ".join(c["text"] for c in s.get("conditions", [])) or "-"
        table.add_row(f"{names.get(s['actor'], s['actor'])} {s.get('actor_code') or ''}",
                      position, _clip(conditions, 40), _clip(s["evidence"]["text"], 50))
    return table


def _article_panel(result: dict[str, Any]) -> Panel:
    art = result["article"]
    meta = " · ".join(x for x in (art.get("outlet"), art.get("published"), art.get("author")) if x)
    parts: list[Any] = []
    for key, build in (
        ("events", _events_table),
        ("attributions", _quotes_table),
        ("stances", _stances_table),
        ("actors", _actors_table),
        ("places", _places_table),
    ):
        if result.get(key):
            parts.append(build(result))
    counts = ", ".join(f"{len(result.get(k, []))} {k}" for k in
                       ("events", "attributions", "stances", "actors", "places"))
    parts.append(Text(counts, style="dim"))
    title = Text(art.get("title") or art["id"], style="bold")
    return Panel(Group(*parts), title=title, subtitle=meta or None, title_align="left")


def render_tables(results: Iterable[dict[str, Any]], console: Console) -> None:
    for result in results:
        console.print(_article_panel(result))
