"""Score attributions against PolNeAR records (``../shared/attribution/polnear_*.jsonl``).

Each record is scored on its own (the same text can appear twice, annotated by different
people). A predicted attribution matches a gold one when the character-level F1 of their
contents is at least 0.5; gold content made of several spans counts as the union of their
characters. Matching is one-to-one, best F1 first. On a match, the source is right when the
predicted ``source_mention`` overlaps one of the gold source spans, and the cue is right when
the predicted ``cue`` overlaps a gold cue span; where gold has no source (PolNeAR's
"Attribution-no-source") or no cue, it is right only when the prediction has none either.
End-to-end F1 counts a TP only when content matches and the source is right. Gold
attributions without content spans (one in the dev set) cannot be matched and are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import EvalError
from detente.eval.match import Range, greedy, overlap, pred_range
from detente.eval.prf import PRF, Accuracy
from detente.models import Article

__all__ = [
    "PolnearRecord",
    "RecordScore",
    "char_f1",
    "parse_record",
    "read_polnear",
    "score_polnear",
    "score_record",
]

THRESHOLD = 0.5


@dataclass
class PolnearAttribution:
    id: str
    content: frozenset[int]  # character offsets of the union of the content spans
    source: list[Range]
    cue: list[Range]


@dataclass
class PolnearRecord:
    id: str
    text: str
    attributions: list[PolnearAttribution]
    meta: dict[str, Any] = field(default_factory=dict)

    def article(self) -> Article:
        """The ``Article`` an extractor receives for this record."""
        return Article(text=self.text, id=self.id, title=self.meta.get("title"),
                       outlet=self.meta.get("publisher"), published=self.meta.get("date"))


def _ranges(spans: Any, text: str, where: str) -> list[Range]:
    out = []
    for span in spans or []:
        r = pred_range(span, text, where)
        if r is not None:
            out.append(r)
    return out


def parse_record(obj: Any, where: str = "<polnear>") -> PolnearRecord:
    """One PolNeAR record (a parsed JSON object); spans are checked against the text."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(obj.get("id"), str):
        raise EvalError(f"{where}: a PolNeAR record needs an 'id', a 'text' and 'attributions'; "
                        "give a file in the polnear_*.jsonl format")
    text = obj["text"]
    attrs = []
    for a in obj.get("attributions") or []:
        w = f"{where} attribution {a.get('id')}"
        content = frozenset(i for s, e in _ranges(a.get("content"), text, w) for i in range(s, e))
        if content:
            attrs.append(PolnearAttribution(str(a.get("id")), content, _ranges(a.get("source"), text, w),
                                            _ranges(a.get("cue"), text, w)))
    meta = {k: v for k, v in obj.items() if k not in ("id", "text", "attributions") and isinstance(v, str)}
    return PolnearRecord(obj["id"], text, attrs, meta)


def read_polnear(path: str | Path, limit: int | None = None) -> list[PolnearRecord]:
    """The first ``limit`` (or all) records of a PolNeAR JSONL file."""
    path = Path(path)
    records: list[PolnearRecord] = []
    try:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if limit is not None and len(records) >= limit:
                    break
                if line.strip():
                    records.append(parse_record(json.loads(line), f"{path}:{n}"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: cannot read PolNeAR records ({exc}); give a polnear_*.jsonl file") from exc
    return records


def char_f1(gold: frozenset[int] | set[int], pred: frozenset[int] | set[int]) -> float:
    """F1 of two sets of character offsets; 0.0 when they share none."""
    common = len(gold & pred)
    return 2 * common / (len(gold) + len(pred)) if common else 0.0


def _right(gold: list[Range], pred: Range | None) -> bool:
    if not gold:
        return pred is None
    return any(overlap(g, pred) for g in gold)


@dataclass
class RecordScore:
    """Counts for one record, or (summed with ``+=``) for many."""

    id: str
    attributions: PRF = field(default_factory=PRF)
    end_to_end: PRF = field(default_factory=PRF)
    source: Accuracy = field(default_factory=Accuracy)
    cue: Accuracy = field(default_factory=Accuracy)

    def __iadd__(self, other: RecordScore) -> RecordScore:
        self.attributions += other.attributions
        self.end_to_end += other.end_to_end
        self.source += other.source
        self.cue += other.cue
        return self

    def metrics(self) -> dict[str, Any]:
        return {"attributions": self.attributions.to_dict(), "end_to_end": self.end_to_end.to_dict(),
                "source": self.source.to_dict(), "cue": self.cue.to_dict()}


def score_record(record: PolnearRecord, pred: dict[str, Any]) -> RecordScore:
    """Score one contract-shaped prediction against one PolNeAR record."""
    where = f"prediction for PolNeAR record {record.id!r}"
    attrs = (pred.get("attributions") or []) if isinstance(pred, dict) else None
    if not isinstance(attrs, list) or not all(isinstance(a, dict) for a in attrs):
        raise EvalError(f"{where}: expected an extract-contract object with a list of attributions")
    contents, sources, cues = [], [], []
    for i, a in enumerate(attrs, 1):
        w = f"{where} attribution {a.get('id', i)}"
        r = pred_range(a.get("content"), record.text, w)
        contents.append(frozenset(range(*r)) if r else frozenset())
        sources.append(pred_range(a.get("source_mention"), record.text, w))
        cues.append(pred_range(a.get("cue"), record.text, w))
    cands = []
    for g, ga in enumerate(record.attributions):
        for p, content in enumerate(contents):
            f = char_f1(ga.content, content)
            if f >= THRESHOLD:
                cands.append((f, g, p))
    pairs = greedy(cands)
    out = RecordScore(id=record.id)
    both = 0
    for g, p in pairs:
        ga = record.attributions[g]
        source_ok = _right(ga.source, sources[p])
        out.source.add(source_ok)
        out.cue.add(_right(ga.cue, cues[p]))
        both += source_ok
    n_gold, n_pred = len(record.attributions), len(attrs)
    out.attributions = PRF(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs))
    out.end_to_end = PRF(tp=both, fp=n_pred - both, fn=n_gold - both)
    return out


def score_polnear(records: Sequence[PolnearRecord], preds: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Report dict ``{"kind": "polnear", "total", "documents"}`` for aligned records and predictions."""
    if len(records) != len(preds):
        raise EvalError(f"{len(preds)} predictions for {len(records)} PolNeAR records; give one per record")
    total = RecordScore(id="total")
    documents = []
    for record, pred in zip(records, preds):
        score = score_record(record, pred)
        total += score
        documents.append({"id": score.id, **score.metrics()})
    return {"kind": "polnear", "total": total.metrics(), "documents": documents}
