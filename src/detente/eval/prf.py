"""Counters for precision/recall/F1 and for accuracy, in the manner of spaCy's ``PRFScore``.

Conventions: a ratio whose denominator is zero is 0.0 for P/R/F1 (so an empty prediction
scores precision 0.0, as in spaCy), and ``None`` for accuracy (nothing was there to be
right or wrong about; rendered as "-").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Accuracy", "PRF"]


@dataclass
class PRF:
    """True positives, false positives and false negatives, with the ratios they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """``{"precision", "recall", "f1", "tp", "fp", "fn"}``; ratios rounded to 4 places."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    """How many of ``total`` scored items were ``correct``."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one scored item."""
        self.total += 1
        self.correct += int(bool(ok))

    def __iadd__(self, other: Accuracy) -> Accuracy:
        self.correct += other.correct
        self.total += other.total
        return self

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """``{"accuracy", "correct", "total"}``; accuracy is ``None`` when total is 0."""
        value = self.value
        return {
            "accuracy": None if value is None else round(value, 4),
            "correct": self.correct,
            "total": self.total,
        }
