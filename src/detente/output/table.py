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


def _quotes_block(result: dict[str, Any]) -> Group:
    lines: list[Any] = [Text("Quotes", style="bold")]
    for q in result["attributions"]:
        line = Text("  ")
        line.append(q.get("speaker_name") or "?", style="bold")
        if q.get("speaker_code"):
            line.append(f" {q['speaker_code']}", style="cyan")
        if q.get("anonymous"):
            line.append(" anonymous", style="magenta")
        line.append(f"  {q['kind']}", style="dim")
        if q.get("via_names"):
            line.append("  via " + " ← ".join(q["via_names"]), style="blue")
        lines.append(line)
        lines.append(Text(f"    “{_clip(q['content']['text'], 150)}”", style="dim"))
    return Group(*lines)


def _events_block(result: dict[str, Any]) -> Group:
    lines: list[Any] = [Text("Events", style="bold")]
    for e in result["events"]:
        line = Text("  ")
        line.append(e["type"], style="bold")
        if e.get("mode"):
            line.append(f"/{e['mode']}")
        line.append(f"  {','.join(e['source_codes']) or '?'} → {','.join(e['target_codes']) or '-'}",
                    style="cyan")
        line.append(f"  {e['modality']}", style=MODALITY_STYLE.get(e["modality"], ""))
        if e.get("date"):
            line.append(f"  {e['date']['value']}")
        if e.get("location"):
            line.append(f"  @{e['location']['name']}")
        if e.get("attribution"):
            line.append(f"  [{e['attribution']}]", style="dim")
        lines.append(line)
        lines.append(Text(f"    {_clip(e['evidence']['text'], 150)}", style="dim"))
    return Group(*lines)


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
        ("events", _events_block),
        ("attributions", _quotes_block),
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
