"""Data for the dashboard's charts, as Plotly figures (plain dicts, rendered by
``static/charts.js`` with the ``plotly.min.js`` that the plotly package ships).

- ``weekly_figure``: events per week, one stacked bar series per type;
- ``roles_figure``: an actor's events per week as source and as target;
- ``stance_figure``: one line per actor series (position over time), change points marked,
  each point linking to its evidence;
- ``network_figure``: the actor graph (nodes: codes; edges: source -> target, width by
  events), laid out by a small force-directed layout (``layout``), nodes linking to their
  actor page;
- ``share_figure``: the share of anonymous attributions per outlet.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any, Sequence
from urllib.parse import quote

import numpy as np

__all__ = ["POSITIONS", "layout", "network_figure", "roles_figure", "share_figure",
           "stance_figure", "weekly_figure"]

# Stance positions from least to most open to talks: the y axis of the stance chart.
POSITIONS = ("opposed", "conditional", "neutral", "open")

_BASE_LAYOUT = {"margin": {"l": 50, "r": 20, "t": 30, "b": 40}, "height": 320,
                "legend": {"orientation": "h", "y": -0.2}, "hovermode": "closest",
                "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)"}


# a bar per ISO week, from its Monday
_WEEKS = {"xperiod": 7 * 24 * 3600 * 1000, "xperiodalignment": "start"}


def weekly_figure(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """ROWS of ``events_by_week`` (dated ones) as stacked bars per type."""
    by_type: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        if r["week"] is not None:
            by_type[r["type"]][r["week"]] = r["events"]
    data = []
    for ty in sorted(by_type):
        weeks = sorted(by_type[ty])
        data.append({"type": "bar", "name": ty, "x": weeks,
                     "y": [by_type[ty][w] for w in weeks], **_WEEKS,
                     "hovertemplate": f"{ty}<br>week of %{{x}}: %{{y}} event(s)<extra></extra>"})
    return {"data": data, "layout": {**_BASE_LAYOUT, "barmode": "stack",
                                     "xaxis": {"type": "date", "title": "week"},
                                     "yaxis": {"title": "events"}}}


def roles_figure(as_source: Sequence[dict[str, Any]], as_target: Sequence[dict[str, Any]]
                 ) -> dict[str, Any]:
    """An actor's events per week as source and as target (two bar series)."""
    data = []
    for name, rows in (("as source", as_source), ("as target", as_target)):
        weeks: dict[str, int] = defaultdict(int)
        for r in rows:
            if r["week"] is not None:
                weeks[r["week"]] += r["events"]
        xs = sorted(weeks)
        data.append({"type": "bar", "name": name, "x": xs, "y": [weeks[w] for w in xs], **_WEEKS,
                     "hovertemplate": f"{name}<br>week of %{{x}}: %{{y}}<extra></extra>"})
    return {"data": data, "layout": {**_BASE_LAYOUT, "barmode": "group",
                                     "xaxis": {"type": "date", "title": "week"},
                                     "yaxis": {"title": "events"}}}


def _article_link(article_id: str | None, focus: str | None) -> str | None:
    if not article_id:
        return None
    link = f"/articles/{quote(article_id)}"
    return link + (f"?focus={quote(focus)}#mark-{quote(focus)}" if focus else "")


def stance_figure(series: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One line per actor code and topic: position (y) over time (x), change points as
    larger diamonds; ``customdata`` holds each point's evidence link."""
    data = []
    for s in series:
        dated = [p for p in s["positions"] if p.get("date")]
        if not dated:
            continue
        name = s["actor_code"] + ("" if s["topic"] == "negotiations" else f" ({s['topic']})")
        data.append({
            "type": "scatter", "mode": "lines+markers", "name": name,
            "x": [p["date"] for p in dated],
            "y": [_level(p["position"]) for p in dated],
            "line": {"shape": "hv"},
            "marker": {"size": [14 if p.get("change") else 8 for p in dated],
                       "symbol": ["diamond" if p.get("change") else "circle" for p in dated]},
            "customdata": [_article_link(p.get("article_id"), p.get("stance_id"))
                           for p in dated],
            "text": [f"{p.get('position') or 'neutral'}: {(p.get('evidence') or '')[:160]}"
                     for p in dated],
            "hovertemplate": f"{name}<br>%{{x}}<br>%{{text}}<extra></extra>",
        })
    return {"data": data, "layout": {
        **_BASE_LAYOUT, "height": 380,
        "xaxis": {"type": "date", "title": "date"},
        "margin": {**_BASE_LAYOUT["margin"], "l": 95},
        "yaxis": {"tickvals": list(range(len(POSITIONS))), "ticktext": list(POSITIONS),
                  "range": [-0.4, len(POSITIONS) - 0.6], "zeroline": False,
                  "title": "position on talks"}}}


def _level(position: str | None) -> int:
    return POSITIONS.index(position) if position in POSITIONS else POSITIONS.index("neutral")


def layout(nodes: Sequence[str], edges: Sequence[tuple[str, str, float]], *,
           iterations: int = 150) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]^2 for NODES (Fruchterman-Reingold, from a fixed circle, so the
    same graph always gets the same picture); EDGES pull their ends together."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    angle = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pos = np.stack([np.cos(angle), np.sin(angle)], axis=1)
    weights = np.zeros((n, n))
    for s, t, w in edges:
        if s in index and t in index and s != t:
            weights[index[s], index[t]] += w
            weights[index[t], index[s]] += w
    if weights.max() > 0:
        weights = np.log1p(weights) / np.log1p(weights.max())
    k = math.sqrt(4.0 / n)
    gravity = 0.3
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta ** 2).sum(axis=2)) + 1e-9
        force = (k * k / dist ** 2 - weights * dist / k)  # repulsion minus attraction
        np.fill_diagonal(force, 0)
        move = (delta * force[:, :, None]).sum(axis=1) - gravity * pos  # keep parts near

        length = np.sqrt((move ** 2).sum(axis=1)) + 1e-9
        pos += move / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.97
    pos -= pos.mean(axis=0)
    scale = np.abs(pos).max() or 1.0
    pos /= scale
    return {v: (round(float(pos[i, 0]), 4), round(float(pos[i, 1]), 4))
            for v, i in index.items()}


def network_figure(dyads: Sequence[dict[str, Any]], *, max_nodes: int = 60
                   ) -> dict[str, Any]:
    """The actor graph of DYADS (``query.stats.dyads``): the MAX_NODES codes with most
    events, edges between them as arrows whose width grows with their events."""
    degree: dict[str, int] = defaultdict(int)
    for d in dyads:
        degree[d["source"]] += d["events"]
        degree[d["target"]] += d["events"]
    keep = sorted(degree, key=lambda c: (-degree[c], c))[:max_nodes]
    kept = set(keep)
    edges = [d for d in dyads if d["source"] in kept and d["target"] in kept]
    pos = layout(keep, [(d["source"], d["target"], d["events"]) for d in edges])
    top = max((d["events"] for d in edges), default=1)
    biggest = max(degree.values(), default=1)
    size = {c: round(10 + 30 * math.sqrt(degree[c] / biggest), 1) for c in keep}
    annotations = []
    mid_x, mid_y, mid_text = [], [], []
    for d in edges:
        (x0, y0), (x1, y1) = pos[d["source"]], pos[d["target"]]
        annotations.append({
            "x": x1, "y": y1, "ax": x0, "ay": y0, "xref": "x", "yref": "y",
            "axref": "x", "ayref": "y", "showarrow": True, "arrowhead": 2,
            "arrowsize": 1, "arrowwidth": round(1 + 5 * d["events"] / top, 2),
            "arrowcolor": "rgba(90,90,140,0.45)", "standoff": size[d["target"]] / 2 + 2,
            "startstandoff": size[d["source"]] / 2 + 2,
            "text": ""})
        mid_x.append(round((x0 + x1) / 2, 4))
        mid_y.append(round((y0 + y1) / 2, 4))
        kinds = ", ".join(f"{k} {v}" for k, v in list(d["types"].items())[:5])
        mid_text.append(f"{d['source']} → {d['target']}: {d['events']} event(s)<br>{kinds}")
    nodes = {
        "type": "scatter", "mode": "markers+text", "name": "actors",
        "x": [pos[c][0] for c in keep], "y": [pos[c][1] for c in keep],
        "text": keep, "textposition": "top center",
        "marker": {"size": [size[c] for c in keep],
                   "color": "#3b6ea8", "line": {"width": 1, "color": "#fff"}},
        "customdata": [f"/actors/{quote(c, safe='')}" for c in keep],
        "hovertext": [f"{c}: {degree[c]} event link(s)" for c in keep],
        "hovertemplate": "%{hovertext}<extra>click: actor page</extra>",
    }
    middles = {"type": "scatter", "mode": "markers", "name": "edges", "x": mid_x, "y": mid_y,
               "text": mid_text, "marker": {"size": 6, "color": "rgba(90,90,140,0.3)"},
               "hovertemplate": "%{text}<extra></extra>"}
    hidden = {"visible": False, "showgrid": False, "zeroline": False, "range": [-1.25, 1.25]}
    return {"data": [middles, nodes], "layout": {
        **_BASE_LAYOUT, "height": 620, "showlegend": False, "annotations": annotations,
        "xaxis": hidden, "yaxis": {**hidden, "scaleanchor": "x"}},
        "nodes": len(keep), "edges": len(edges)}


def share_figure(sources: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Share of anonymous attributions per outlet (horizontal bars)."""
    rows = [s for s in sources if s["attributions"]][:30]
    names = [s["outlet"] or "(no outlet)" for s in rows]
    return {"data": [{
        "type": "bar", "orientation": "h", "name": "anonymous share",
        "y": names, "x": [s["share_anonymous"] for s in rows],
        "text": [f"{s['anonymous']} of {s['attributions']}" for s in rows],
        "hovertemplate": "%{y}: %{x:.0%} anonymous (%{text})<extra></extra>"}],
        "layout": {**_BASE_LAYOUT, "height": max(200, 40 + 28 * len(rows)),
                   "xaxis": {"tickformat": ".0%", "range": [0, 1],
                             "title": "share of attributions from anonymous sources"},
                   "yaxis": {"automargin": True, "autorange": "reversed"}}}
