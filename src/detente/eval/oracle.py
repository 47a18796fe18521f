"""Gold turned into extract-contract predictions: a perfect "extractor" for self-checks.

Scoring these against the gold they came from must give F1 1.0; tests use them as a base to
build imperfect predictions from, and they show what a prediction the scorer accepts looks like.
"""

from __future__ import annotations

from typing import Any

from detente.eval.gold import GoldDocument
from detente.eval.gsr import GsrRecord
from detente.eval.polnear import PolnearRecord, char_f1

__all__ = ["gold_to_prediction", "gsr_to_prediction", "polnear_to_prediction", "span"]

_PRECISION = {4: "year", 7: "month", 10: "day"}


def span(text: str, start: int, end: int) -> dict[str, Any]:
    """A contract SPAN for ``text[start:end]``."""
    return {"start": start, "end": end, "text": text[start:end]}


def _find(text: str, s: str | None) -> dict[str, Any] | None:
    start = text.find(s) if s else -1
    return span(text, start, start + len(s)) if s and start >= 0 else None


def _contract(article: dict[str, Any], **lists: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"schema_version": "1", "article": article, "actors": [], "places": [],
                           "attributions": [], "events": [], "stances": []}
    out.update(lists)
    return out


def _event(i: int, etype: str, evidence: dict[str, Any], source: list[str], target: list[str],
           **extra: Any) -> dict[str, Any]:
    event = {"id": f"e{i}", "type": etype, "mode": None, "source": [], "target": [],
             "source_codes": list(source), "target_codes": list(target), "modality": "asserted",
             "condition": None, "attribution": None, "date": None, "location": None, "quantities": [],
             "trigger": evidence, "evidence": evidence, "confidence": 1.0}
    event.update(extra)
    return event


def _date(value: str | None) -> dict[str, Any] | None:
    return {"value": value, "precision": _PRECISION.get(len(value), "day"), "text": None} if value else None


def _location(name: str | None) -> dict[str, Any] | None:
    return {"name": name, "country": None, "lat": None, "lon": None, "geonameid": None} if name else None


def gold_to_prediction(doc: GoldDocument) -> dict[str, Any]:
    """The contract dict a perfect extractor would give for a gold document (optional events included)."""
    t = doc.text
    events = [
        _event(i, e.type, span(t, e.start, e.end), e.source, e.target, mode=e.mode, modality=e.modality,
               date=_date(e.date), location=_location(e.location))
        for i, e in enumerate(doc.events, 1)
    ]
    attributions = [
        {"id": f"q{i}", "speaker": None, "speaker_name": a.speaker, "speaker_code": a.speaker_code,
         "anonymous": a.anonymous, "source_mention": _find(t, a.speaker), "cue": _find(t, a.cue),
         "kind": a.kind, "content": span(t, a.start, a.end), "via": [], "via_names": list(a.via)}
        for i, a in enumerate(doc.attributions, 1)
    ]
    stances = [
        {"id": f"s{i}", "actor": None, "actor_code": s.actor, "topic": s.topic, "position": s.position,
         "conditions": [c for c in (_find(t, c) for c in s.conditions) if c],
         "evidence": span(t, s.start, s.end), "attribution": None, "date": None}
        for i, s in enumerate(doc.stances, 1)
    ]
    return _contract(doc.article().to_dict(), events=events, attributions=attributions, stances=stances)


def _best_content(chars: frozenset[int]) -> tuple[int, int]:
    """The single range closest (by char F1) to a possibly gappy set of content offsets."""
    ordered = sorted(chars)
    runs, start = [], ordered[0]
    for prev, cur in zip(ordered, ordered[1:]):
        if cur != prev + 1:
            runs.append((start, prev + 1))
            start = cur
    runs.append((start, ordered[-1] + 1))
    candidates = [(ordered[0], ordered[-1] + 1), *runs]
    return max(candidates, key=lambda r: char_f1(chars, frozenset(range(*r))))


def polnear_to_prediction(record: PolnearRecord) -> dict[str, Any]:
    """Contract dict with one attribution per gold attribution: the content range closest to
    the gold content spans (``_best_content``), the first source span, the first cue span."""
    t = record.text
    attributions = []
    for i, a in enumerate(record.attributions, 1):
        attributions.append({
            "id": f"q{i}", "speaker": None, "speaker_name": None, "speaker_code": None, "anonymous": False,
            "source_mention": span(t, *a.source[0]) if a.source else None,
            "cue": span(t, *a.cue[0]) if a.cue else None, "kind": "indirect",
            "content": span(t, *_best_content(a.content)), "via": [], "via_names": [],
        })
    return _contract(record.article().to_dict(), attributions=attributions)


def gsr_to_prediction(record: GsrRecord) -> dict[str, Any]:
    """Contract dict with one event per gold event, its evidence the whole sentence."""
    whole = span(record.text, 0, len(record.text))
    events = [_event(i, e.type, whole, e.source, e.target, mode=e.mode) for i, e in enumerate(record.events, 1)]
    return _contract(record.article().to_dict(), events=events)
