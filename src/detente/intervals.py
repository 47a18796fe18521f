"""Look-ups over many ranges at once, by bisection: what keeps the stages linear.

A stage that asks, for every quote, cue or event, "which of all the ranges of this document
overlaps here?" scans every range each time and grows with the square of the document.
These indexes answer the same questions in O(log n) after an O(n log n) build. Ranges are
half-open ``(start, end)`` pairs of ints (characters or tokens); nothing here knows spaCy.

* ``RangeIndex``: whether a range overlaps any of the ranges, or holds a point;
* ``Innermost``: the shortest range holding a point (ties: the one given first), and the
  runner-up, for "the innermost report around this word";
* ``first_overlapping``: the first of disjoint sorted ranges that overlaps a range.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from typing import Generic, Iterable, Sequence, TypeVar

__all__ = ["Innermost", "RangeIndex", "first_overlapping"]

T = TypeVar("T")


class RangeIndex:
    """Any-overlap queries over RANGES: sorted starts and the running maximum of the ends."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(ranges)
        self._starts = [s for s, _ in pairs]
        self._reach: list[int] = []  # _reach[k]: the largest end among the first k + 1 ranges
        top = None
        for _, e in pairs:
            top = e if top is None or e > top else top
            self._reach.append(top)

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some range (s, e) has ``s < end and start < e``."""
        k = bisect_left(self._starts, end)  # the ranges before k start before END
        return k > 0 and self._reach[k - 1] > start

    def holds(self, point: int) -> bool:
        """Whether some range has ``s <= point < e``."""
        return self.overlaps(point, point + 1)


class Innermost(Generic[T]):
    """For a point, the shortest range holding it; ties go to the range given first.

    ITEMS are ``(start, end, value)``; empty ranges hold nothing. The build sweeps the
    ranges' ends once (a heap of the open ranges by length), so a query is one bisection.
    ``pair(point)`` also gives the runner-up, for a caller that must skip one value.
    """

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        ranges = [(s, e, n, v) for n, (s, e, v) in enumerate(items) if e > s]
        bounds = sorted({s for s, _, _, _ in ranges} | {e for _, e, _, _ in ranges})
        by_start = sorted(ranges, key=lambda r: r[0])
        self._bounds = bounds
        self._best: list[tuple[T | None, T | None]] = []
        heap: list[tuple[int, int, int, T]] = []  # (length, order, end, value)
        k = 0
        for b in bounds:
            while k < len(by_start) and by_start[k][0] <= b:
                s, e, n, v = by_start[k]
                heapq.heappush(heap, (e - s, n, e, v))
                k += 1
            self._best.append(_two_open(heap, b))

    def pair(self, point: int) -> tuple[T | None, T | None]:
        """(innermost, runner-up) among the ranges holding POINT; None where there is none."""
        k = bisect_right(self._bounds, point) - 1
        if k < 0:
            return None, None
        return self._best[k]

    def at(self, point: int) -> T | None:
        return self.pair(point)[0]

    def other_than(self, point: int, value: T) -> T | None:
        """The innermost range holding POINT whose value is not VALUE (compared by identity)."""
        first, second = self.pair(point)
        return second if first is value else first


def _two_open(heap: list, point: int) -> tuple:
    """The two best entries of HEAP still open at POINT (closed ones are dropped for good)."""
    while heap and heap[0][2] <= point:
        heapq.heappop(heap)
    if not heap:
        return None, None
    top = heapq.heappop(heap)
    while heap and heap[0][2] <= point:
        heapq.heappop(heap)
    second = heap[0][3] if heap else None
    heapq.heappush(heap, top)
    return top[3], second


def first_overlapping(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> int | None:
    """For disjoint ranges sorted by start (STARTS, ENDS), the first that overlaps
    ``(start, end)``, or None."""
    k = bisect_right(ends, start)  # the first range ending after START
    if k < len(starts) and starts[k] < end:
        return k
    return None
