"""intervals.py: the indexes answer what a scan of every range answers."""

from __future__ import annotations

import random

from detente.intervals import Innermost, RangeIndex, first_overlapping


def _ranges(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randint(0, 100)
        out.append((s, s + rng.randint(0, 30)))
    return out


def test_range_index_overlaps_and_holds_like_a_scan():
    rng = random.Random(1)
    for _ in range(50):
        ranges = _ranges(rng, rng.randint(0, 20))
        index = RangeIndex(ranges)
        for _ in range(50):
            a = rng.randint(-5, 130)
            b = a + rng.randint(0, 10)
            assert index.overlaps(a, b) == any(s < b and a < e for s, e in ranges)
            assert index.holds(a) == any(s <= a < e for s, e in ranges)


def test_innermost_is_the_shortest_holder_first_given_on_ties():
    rng = random.Random(2)
    for _ in range(50):
        ranges = _ranges(rng, rng.randint(0, 25))
        items = [(s, e, n) for n, (s, e) in enumerate(ranges)]
        index = Innermost(items)
        for p in range(-2, 135):
            holders = sorted((e - s, n) for s, e, n in items if s <= p < e)
            want = [n for _, n in holders[:2]] + [None, None]
            assert index.pair(p) == (want[0], want[1])
            assert index.at(p) == want[0]
            if holders:
                first = holders[0][1]
                assert index.other_than(p, first) == want[1]


def test_first_overlapping_on_disjoint_ranges():
    rng = random.Random(3)
    for _ in range(50):
        cuts = sorted(rng.sample(range(200), 20))
        ranges = [(cuts[k], cuts[k + 1]) for k in range(0, 20, 2)]
        starts, ends = [s for s, _ in ranges], [e for _, e in ranges]
        for _ in range(40):
            a = rng.randint(0, 200)
            b = a + rng.randint(1, 20)
            want = next((k for k, (s, e) in enumerate(ranges) if s < b and a < e), None)
            assert first_overlapping(starts, ends, a, b) == want
