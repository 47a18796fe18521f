"""detente_stances stays linear (the measure: tests/resolve/test_places_linear.py, here over
eight times the size): stances, quotes and events in one long sentence (a walk to both ends
of the sentence per holder and scans of every attribution per stance were ~3)."""

LINEAR = 2.5


def test_stances_linear_in_one_long_sentence(synthetic, stages, growth):
    build = lambda n: synthetic.units(n, joined=True)  # noqa: E731
    assert growth(build, 50, stages.stances, before=stages.order[:4], repeats=2, factor=8) < LINEAR
