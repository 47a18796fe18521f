"""Score events against the PLOVER gold-standard sentences (``../shared/plover/gsr_dev.jsonl``).

Each record is one sentence, ``{id, text, events: [{type, mode, source, target, trigger}]}``,
given to the extractor as its own ``Article``. The sentences carry no spans, so scoring is per
sentence:

- ``type``: a gold event counts as right when some predicted event of the sentence has its type;
- ``type_source``: ... and that predicted event has a source of the same country (the first
  segment of the code: gold ``IGO.GOV`` and predicted ``IGO`` agree; ``RUS.GOV`` and ``RUS`` too);
- ``extras_per_sentence``: predicted events whose type is no gold type of their sentence,
  divided by the number of sentences.

Predicted events are not used up by a gold event (sentences hold one or two events).

The GSR sentences come from the old CAMEO manual and keep some of its codes: ``IGO`` for any
intergovernmental (and, there, humanitarian) organisation, where detente writes the
organisation's own code (``UN``, ``NATO``, ``EU``, ``NGO``), and a few retired country codes
(``JAP``, ``VTN``, ``ITL``). ``gold_countries`` reads them: gold ``IGO`` agrees with any
predicted code whose first segment is not a state or a region.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.errors import EvalError
from detente.eval.match import countries
from detente.eval.prf import Accuracy
from detente.models import Article

__all__ = ["GsrEvent", "GsrRecord", "parse_record", "read_gsr", "score_gsr"]


@dataclass
class GsrEvent:
    type: str
    source: list[str]
    target: list[str]
    mode: str | None = None
    trigger: str | None = None


@dataclass
class GsrRecord:
    id: str
    text: str
    events: list[GsrEvent]

    def article(self) -> Article:
        """The sentence as an ``Article`` (no publication date)."""
        return Article(text=self.text, id=self.id, published=None)


def parse_record(obj: Any, where: str = "<gsr>") -> GsrRecord:
    """One GSR record (a parsed JSON object)."""
    try:
        events = [GsrEvent(type=e["type"], source=list(e.get("source") or []), target=list(e.get("target") or []),
                           mode=e.get("mode"), trigger=e.get("trigger")) for e in obj["events"]]
        return GsrRecord(id=str(obj["id"]), text=str(obj["text"]), events=events)
    except (KeyError, TypeError, AttributeError) as exc:
        raise EvalError(f"{where}: not a GSR record ({exc!r}); each line needs id, text and "
                        "events [{type, source, target}]") from exc


def read_gsr(path: str | Path, limit: int | None = None) -> list[GsrRecord]:
    """The first ``limit`` (or all) records of a GSR JSONL file."""
    path = Path(path)
    records: list[GsrRecord] = []
    try:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if limit is not None and len(records) >= limit:
                    break
                if line.strip():
                    records.append(parse_record(json.loads(line), f"{path}:{n}"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: cannot read GSR records ({exc}); give a gsr_*.jsonl file") from exc
    return records


# retired CAMEO country codes in the GSR sentences -> ISO 3166-1 alpha-3
LEGACY_COUNTRIES = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}
ORGANISATION = "IGO"


def _state_codes() -> frozenset[str]:
    from detente.actors.kb import load_kb

    return frozenset(load_kb().countries)


def _source_agrees(gold: Sequence[str], pred: Sequence[str], states: frozenset[str]) -> bool:
    gold_c = {LEGACY_COUNTRIES.get(c, c) for c in countries(gold)}
    pred_c = countries(pred)
    if gold_c & pred_c:
        return True
    return ORGANISATION in gold_c and any(c not in states for c in pred_c)


def _pred_events(pred: Any, where: str) -> list[dict[str, Any]]:
    events = (pred.get("events") or []) if isinstance(pred, dict) else None
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise EvalError(f"{where}: expected an extract-contract object with a list of events")
    return events


def score_gsr(records: Sequence[GsrRecord], preds: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Report dict ``{"kind": "gsr", "total", "by_type", "documents"}`` for aligned inputs."""
    if len(records) != len(preds):
        raise EvalError(f"{len(preds)} predictions for {len(records)} GSR sentences; give one per sentence")
    type_acc, source_acc = Accuracy(), Accuracy()
    by_type: dict[str, dict[str, Accuracy]] = {}
    extras = empty = 0
    documents = []
    states = _state_codes()
    for record, pred in zip(records, preds):
        events = _pred_events(pred, f"prediction for GSR sentence {record.id!r}")
        gold_types = {g.type for g in record.events}
        n_type = n_source = 0
        for g in record.events:
            same_type = [e for e in events if e.get("type") == g.type]
            src_ok = any(_source_agrees(g.source, e.get("source_codes") or [], states) for e in same_type)
            accs = by_type.setdefault(g.type, {"type": Accuracy(), "type_source": Accuracy()})
            for acc in (type_acc, accs["type"]):
                acc.add(bool(same_type))
            for acc in (source_acc, accs["type_source"]):
                acc.add(src_ok)
            n_type += bool(same_type)
            n_source += src_ok
        n_extra = sum(e.get("type") not in gold_types for e in events)
        extras += n_extra
        empty += not events
        documents.append({
            "id": record.id,
            "gold": [{"type": g.type, "source": g.source} for g in record.events],
            "pred": [{"type": e.get("type"), "source": e.get("source_codes") or []} for e in events],
            "type_correct": n_type,
            "type_source_correct": n_source,
            "extras": n_extra,
        })
    n = len(records)
    total = {
        "sentences": n,
        "events": type_acc.total,
        "type": type_acc.to_dict(),
        "type_source": source_acc.to_dict(),
        "extra_events": extras,
        "extras_per_sentence": round(extras / n, 4) if n else 0.0,
        "sentences_without_events": empty,
    }
    return {
        "kind": "gsr",
        "total": total,
        "by_type": {t: {k: a.to_dict() for k, a in accs.items()} for t, accs in sorted(by_type.items())},
        "documents": documents,
    }
