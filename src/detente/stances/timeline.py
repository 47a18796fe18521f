"""How positions on talks move over time across many articles.

``stance_timeline(results)`` takes extract contract dicts (``../shared/contract/
extract-json.md``; one per article, e.g. the output of ``extract_articles`` or lines of
``detente extract --format jsonl``) and returns one record per actor code and topic:

```json
{"actor_code": "UKR.GOV", "topic": "negotiations",
 "positions": [{"date": "2022-03-29", "precision": "day", "article": "a1",
                "position": "open", "conditions": [], "evidence": "...",
                "actor": "Volodymyr Zelensky", "dated_by": "stance", "stance": "s1"}, ...],
 "changes": [{"from": "open", "to": "opposed", "date": "2022-10-04", "article": "a2",
              "previous_date": "2022-03-29", "previous_article": "a1"}],
 "current": "conditional"}
```

Ordering: by the stance's own date; a stance without one takes its article's publication
date (``dated_by: "published"``); undated ones go last, in input order. Dates of different
precision compare by the first day they cover ("2022-03" sorts before "2022-03-05"), then
the last. A *change point* is any pair of consecutive positions that differ. Stances whose
actor has no code are left out (they cannot be followed across articles). Records come
sorted by actor code, then topic.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from ..resolve.dates import date_interval

__all__ = ["stance_timeline"]

_FAR = date.max


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("text")
    return value if isinstance(value, str) else None


def _date_of(stance: dict, published: str | None) -> tuple[str | None, str | None, str | None]:
    d = stance.get("date")
    if isinstance(d, dict) and d.get("value"):
        return d["value"], d.get("precision"), "stance"
    if isinstance(d, str) and d:
        return d, None, "stance"
    if published:
        return str(published)[:10], "day", "published"
    return None, None, None


def _sort_key(value: str | None, precision: str | None, order: int) -> tuple:
    if value is None:
        return (_FAR, _FAR, order)
    span = None
    try:
        span = date_interval(value, precision)
    except Exception:  # noqa: BLE001 - an unreadable date sorts last
        span = None
    if span is None:
        return (_FAR, _FAR, order)
    return (span[0], span[1], order)


def stance_timeline(results: Iterable[dict]) -> list[dict]:
    """Positions per actor code and topic, in date order, with change points."""
    groups: dict[tuple[str, str], list[tuple[tuple, dict]]] = {}
    order = 0
    for result in results:
        if not isinstance(result, dict):
            continue
        article = result.get("article") or {}
        article_id = article.get("id")
        published = article.get("published")
        names = {a.get("id"): a.get("name") for a in result.get("actors") or [] if isinstance(a, dict)}
        for stance in result.get("stances") or []:
            if not isinstance(stance, dict):
                continue
            code = stance.get("actor_code")
            if not code:
                continue
            topic = stance.get("topic") or "negotiations"
            value, precision, dated_by = _date_of(stance, published)
            entry = {
                "date": value,
                "precision": precision,
                "article": article_id,
                "position": stance.get("position"),
                "conditions": [t for t in (_text(c) for c in stance.get("conditions") or []) if t],
                "evidence": _text(stance.get("evidence")),
                "actor": names.get(stance.get("actor")),
                "dated_by": dated_by,
                "stance": stance.get("id"),
            }
            groups.setdefault((code, topic), []).append((_sort_key(value, precision, order), entry))
            order += 1
    out = []
    for (code, topic), items in sorted(groups.items()):
        positions = [entry for _, entry in sorted(items, key=lambda item: item[0])]
        changes = []
        for prev, cur in zip(positions, positions[1:]):
            if prev["position"] != cur["position"]:
                changes.append({
                    "from": prev["position"], "to": cur["position"],
                    "date": cur["date"], "article": cur["article"],
                    "previous_date": prev["date"], "previous_article": prev["article"],
                })
        out.append({
            "actor_code": code,
            "topic": topic,
            "positions": positions,
            "changes": changes,
            "current": positions[-1]["position"] if positions else None,
        })
    return out
