"""The actor network as GraphML (for Gephi, networkx, igraph, Cytoscape).

A directed graph: one node per actor code, one edge per (source code, target code) pair
that some event links, source -> target. An event with several source or target codes
adds one to every pair it links. Edge attributes: ``weight`` (events, all types) and one
count per PLOVER type (``AGREE`` ... ``ASSAULT``, 0 when none), plus the counts per GDELT
QuadClass (``verbal_cooperation``, ``material_cooperation``, ``verbal_conflict``,
``material_conflict``). Node attributes: ``label`` (the name most often given to actors
with that code), ``country`` (the code's first part), ``as_source`` / ``as_target``
(events). Only the modalities asked for count (default: asserted events). Actors without
a code are not in the graph: they cannot be followed across articles.

Written with ``xml.etree`` (no networkx needed); ``networkx.read_graphml`` reads it back.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from typing import IO, Any, Sequence

from sqlalchemy import and_, func, select

from ..events.plover import TYPES
from ..store import Store
from ..store import schema as t
from .gdelt import quad_class

__all__ = ["QUADS", "actor_network", "write_graphml"]

NS = "http://graphml.graphdrawing.org/xmlns"
QUADS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
         4: "material_conflict"}


def actor_network(store: Store, modalities: Sequence[str] = ("asserted",)
                  ) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str], dict[str, int]]]:
    """(nodes, edges): node attributes by code, and edge counts by (source, target)."""
    e, c, ac = t.events, t.event_codes, t.actors
    src, tgt = c.alias("src"), c.alias("tgt")
    pairs = (
        select(src.c.code.label("source"), tgt.c.code.label("target"), e.c.type, e.c.cameo,
               func.count().label("n"))
        .select_from(
            src.join(tgt, and_(tgt.c.article_id == src.c.article_id,
                               tgt.c.event_id == src.c.event_id, tgt.c.role == "target"))
            .join(e, and_(e.c.article_id == src.c.article_id, e.c.id == src.c.event_id)))
        .where(src.c.role == "source")
        .group_by(src.c.code, tgt.c.code, e.c.type, e.c.cameo)
    )
    sides = (
        select(c.c.code, c.c.role, func.count().label("n"))
        .select_from(c.join(e, and_(e.c.article_id == c.c.article_id, e.c.id == c.c.event_id)))
        .group_by(c.c.code, c.c.role)
    )
    if modalities:
        pairs = pairs.where(e.c.modality.in_(list(modalities)))
        sides = sides.where(e.c.modality.in_(list(modalities)))
    names = (select(ac.c.code, ac.c.name, func.count().label("n"))
             .where(ac.c.code.is_not(None)).group_by(ac.c.code, ac.c.name))
    edges: dict[tuple[str, str], dict[str, int]] = defaultdict(Counter)
    nodes: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(pairs):
            counts = edges[(r.source, r.target)]
            counts["weight"] += r.n
            counts[r.type] += r.n
            quad = quad_class((r.cameo or "")[:2])
            if quad:
                counts[QUADS[quad]] += r.n
        for r in conn.execute(sides):
            node = nodes.setdefault(r.code, {"as_source": 0, "as_target": 0})
            node["as_source" if r.role == "source" else "as_target"] += r.n
        labels: dict[str, Counter] = defaultdict(Counter)
        for r in conn.execute(names):
            if r.code in nodes:
                labels[r.code][r.name] += r.n
    for code, node in nodes.items():
        best = sorted(labels[code].items(), key=lambda kv: (-kv[1], kv[0]))
        node["label"] = best[0][0] if best else code
        node["country"] = code.split(".", 1)[0]
    return nodes, edges


def write_graphml(store: Store, stream: IO[str], modalities: Sequence[str] = ("asserted",)
                  ) -> tuple[int, int]:
    """Write the actor network to STREAM as GraphML; returns (nodes, edges)."""
    nodes, edges = actor_network(store, modalities)
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")

    def key(id_: str, for_: str, name: str, typ: str) -> None:
        ET.SubElement(root, f"{{{NS}}}key", {"id": id_, "for": for_, "attr.name": name,
                                             "attr.type": typ})

    key("label", "node", "label", "string")
    key("country", "node", "country", "string")
    key("as_source", "node", "as_source", "int")
    key("as_target", "node", "as_target", "int")
    key("weight", "edge", "weight", "double")
    edge_keys = [*TYPES, *QUADS.values()]
    for name in edge_keys:
        key(name, "edge", name, "int")
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "detente", "edgedefault": "directed"})

    def data(parent: ET.Element, k: str, value: Any) -> None:
        ET.SubElement(parent, f"{{{NS}}}data", {"key": k}).text = str(value)

    for code in sorted(nodes):
        node = ET.SubElement(graph, f"{{{NS}}}node", {"id": code})
        for k in ("label", "country", "as_source", "as_target"):
            data(node, k, nodes[code][k])
    for i, (source, target) in enumerate(sorted(edges)):
        counts = edges[(source, target)]
        edge = ET.SubElement(graph, f"{{{NS}}}edge",
                             {"id": f"e{i}", "source": source, "target": target})
        data(edge, "weight", float(counts["weight"]))
        for name in edge_keys:
            data(edge, name, counts.get(name, 0))
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
    return len(nodes), len(edges)
