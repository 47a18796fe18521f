"""Render report dicts (from ``detente.eval``) as plain aligned text or as JSON.

Plain text needs no terminal: totals first, then one row per document, then (gold reports)
the event-type confusion counts. JSON is the report dict itself; it round-trips through
``json.loads``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from detente.errors import EvalError

__all__ = ["render_json", "render_text", "table"]

_PRF_HEAD = ["", "P", "R", "F1", "TP", "FP", "FN"]


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Columns padded to their widest cell; the first column left-aligned, the rest right."""
    cells = [[_cell(v) for v in row] for row in [list(headers), *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _prf_row(label: str, prf: dict[str, Any]) -> list[Any]:
    return [label, prf["precision"], prf["recall"], prf["f1"], prf["tp"], prf["fp"], prf["fn"]]


def _acc_row(label: str, acc: dict[str, Any]) -> list[Any]:
    return [label, acc["accuracy"], f"{acc['correct']}/{acc['total']}"]


def _gold(report: dict[str, Any]) -> list[str]:
    t = report["total"]
    prf = [_prf_row(label, t[key]) for label, key in (
        ("events", "events"), ("event tuples", "event_tuples"),
        ("attributions", "attributions"), ("attribution full", "attribution_full"), ("stances", "stances"))]
    accs = [_acc_row(f"{group} {name}", acc)
            for group, key in (("event", "event_accuracy"), ("attribution", "attribution_accuracy"),
                               ("stance", "stance_accuracy"))
            for name, acc in t[key].items()]
    docs = [[d["id"], d["events"]["f1"], d["event_tuples"]["f1"], d["attributions"]["f1"], d["stances"]["f1"]]
            for d in report["documents"]]
    out = [f"Gold evaluation: {len(report['documents'])} document(s)", "", table(_PRF_HEAD, prf), "",
           "Accuracy on matches", table(["", "acc", "n"], accs), "",
           "Per document (F1)", table(["id", "events", "tuples", "attributions", "stances"], docs)]
    if report.get("confusion"):
        rows = [[c["gold"], c["pred"], c["count"]] for c in report["confusion"]]
        out += ["", "Event types, gold -> predicted (\"-\": none)", table(["gold", "predicted", "count"], rows)]
    return out


def _polnear(report: dict[str, Any]) -> list[str]:
    t = report["total"]
    docs = [[d["id"], d["attributions"]["f1"], d["end_to_end"]["f1"], d["source"]["accuracy"],
             d["cue"]["accuracy"]] for d in report["documents"]]
    return [f"PolNeAR attribution: {len(report['documents'])} record(s)", "",
            table(_PRF_HEAD, [_prf_row("attributions", t["attributions"]),
                              _prf_row("end to end", t["end_to_end"])]), "",
            "Accuracy on matches", table(["", "acc", "n"], [_acc_row("source", t["source"]),
                                                            _acc_row("cue", t["cue"])]), "",
            "Per record", table(["id", "F1", "e2e F1", "source", "cue"], docs)]


def _gsr(report: dict[str, Any]) -> list[str]:
    t = report["total"]
    rows = [[name, acc["type"]["accuracy"], acc["type_source"]["accuracy"], acc["type"]["total"]]
            for name, acc in report["by_type"].items()]
    rows.append(["all", t["type"]["accuracy"], t["type_source"]["accuracy"], t["events"]])
    return [f"PLOVER GSR: {t['sentences']} sentence(s), {t['events']} gold event(s)", "",
            table(["type", "type acc", "type+source acc", "n"], rows), "",
            f"extra predicted events per sentence: {t['extras_per_sentence']:.3f} ({t['extra_events']} in all)",
            f"sentences with no predicted event: {t['sentences_without_events']}"]


def _errors(report: dict[str, Any]) -> list[str]:
    out = ["", "Errors (missed: gold not found; spurious: predicted, not in gold; wrong: a matched item's field)"]
    for d in report.get("documents", []):
        errs = d.get("errors") or {}
        rows = [(kind, e) for kind in ("missed", "spurious", "wrong") for e in errs.get(kind, [])]
        if not rows:
            continue
        out.append(f"\n{d['id']}")
        for kind, e in rows:
            out.append(f"  {kind:8} {e['what']:11} {e['label']}: {' '.join(str(e['text']).split())[:160]}")
    return out


def render_text(report: dict[str, Any], *, errors: bool = False) -> str:
    """Plain text for a report dict of any kind (``gold``, ``polnear``, ``gsr``); with
    ERRORS, a gold report also lists each document's missed, spurious and wrong items."""
    renderers = {"gold": _gold, "polnear": _polnear, "gsr": _gsr}
    kind = report.get("kind")
    if kind not in renderers:
        raise EvalError(f"cannot render a report of kind {kind!r}; give a dict made by detente.eval "
                        f"(kind one of {', '.join(renderers)})")
    lines = renderers[kind](report)
    if errors and kind == "gold":
        lines += _errors(report)
    return "\n".join(lines) + "\n"


def render_json(report: dict[str, Any]) -> str:
    """The report as indented JSON (keys in report order: totals first)."""
    return json.dumps(report, indent=2, ensure_ascii=False)
