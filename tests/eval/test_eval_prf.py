"""PRF and accuracy counters."""

from __future__ import annotations

import pytest

from detente.eval.prf import PRF, Accuracy


def test_prf_ratios():
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_prf_empty_prediction_is_zero_not_error():
    prf = PRF(tp=0, fp=0, fn=4)
    assert (prf.precision, prf.recall, prf.f1) == (0.0, 0.0, 0.0)
    assert PRF().to_dict() == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}


def test_prf_sums_counts():
    total = PRF(1, 2, 3)
    total += PRF(4, 5, 6)
    assert (total.tp, total.fp, total.fn) == (5, 7, 9)


def test_prf_accuracy_is_none_when_nothing_scored():
    acc = Accuracy()
    assert acc.value is None
    assert acc.to_dict() == {"accuracy": None, "correct": 0, "total": 0}
    acc.add(True)
    acc.add(False)
    assert acc.to_dict() == {"accuracy": 0.5, "correct": 1, "total": 2}
