"""A processed Doc -> the extract JSON (``../shared/contract/extract-json.md``).

Every span written here is a character range of ``article.text`` whose ``text`` equals
the slice; ``check_spans`` verifies it and is used by the tests.
"""

from __future__ import annotations

from typing import Any, Iterator

from spacy.tokens import Doc

from ..nlp import budget

__all__ = ["SCHEMA_VERSION", "check_spans", "drop_unconfident", "to_contract"]

SCHEMA_VERSION = "1"


def to_contract(doc: Doc) -> dict[str, Any]:
    """The contract dict of DOC; raises BudgetExceeded when the article's time budget
    stopped its extraction (``nlp/budget.py``)."""
    budget.raise_if_stopped(doc)
    article = doc._.article
    return {
        "schema_version": SCHEMA_VERSION,
        "article": article.to_dict(),
        "actors": [a.to_dict() for a in doc._.actors or []],
        "places": [p.to_dict() for p in doc._.places or []],
        "attributions": [a.to_dict() for a in doc._.attributions or []],
        "events": [e.to_dict() for e in doc._.events or []],
        "stances": [s.to_dict() for s in doc._.stances or []],
    }


def drop_unconfident(result: dict[str, Any], min_confidence: float) -> dict[str, Any]:
    """RESULT without events whose confidence is below MIN_CONFIDENCE (``--min-confidence``);
    a kept event whose condition was dropped keeps ``condition: null``."""
    kept = [dict(e) for e in result["events"] if e.get("confidence", 0.0) >= min_confidence]
    ids = {e["id"] for e in kept}
    for event in kept:
        if event.get("condition") not in ids:
            event["condition"] = None
    return {**result, "events": kept}


def _spans(value: Any, path: str) -> Iterator[tuple[str, dict]]:
    if isinstance(value, dict):
        if set(value) >= {"start", "end", "text"} and isinstance(value.get("start"), int):
            yield path, value
        for key, sub in value.items():
            if key != "article":
                yield from _spans(sub, f"{path}.{key}")
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from _spans(sub, f"{path}[{i}]")


def check_spans(result: dict[str, Any]) -> list[str]:
    """Problems with RESULT's spans: each must equal its slice of ``article.text``."""
    text = result["article"]["text"]
    problems = []
    for path, span in _spans(result, ""):
        if text[span["start"]:span["end"]] != span["text"]:
            problems.append(f"{path}: {span!r} != {text[span['start']:span['end']]!r}")
    return problems
