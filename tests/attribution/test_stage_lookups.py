"""The attribution stage's look-up tables answer what the scans they replace answered."""

from __future__ import annotations

import random

from detente.attribution.quotes import find_quotes
from detente.attribution.stage import _Containing, _Quotes


def test_containing_is_inside_a_span_with_another_cue():
    rng = random.Random(4)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, 50)
            spans.append(((s, s + rng.randint(1, 20)), rng.choice([None, 1, 2, 3])))
        index = _Containing(spans)
        for _ in range(20):
            a = rng.randint(0, 60)
            content, cue = (a, a + rng.randint(1, 10)), rng.choice([None, 1, 2, 3])
            expected = any(s <= content[0] and content[1] <= e and i != cue for (s, e), i in spans)
            assert index.holds(content, cue) == expected


def test_quotes_first_overlapping_as_a_scan():
    text = 'He said "one" and "two, three" then\n"four" and ""five" end "six'
    quotes = find_quotes(text)
    assert len(quotes) >= 3
    index = _Quotes(quotes)
    assert index.disjoint
    for s in range(len(text)):
        for e in range(s, min(len(text), s + 12)):
            expected = next((q for q in quotes if q.inner_start < e and s < q.inner_end), None)
            assert index.first_overlapping(s, e) == expected
