"""detente_attribution stays linear (the measure: tests/resolve/test_places_linear.py): a
transcript of quotes, cues, speaker labels and reported speech (the entities of the Doc
rebuilt for every speaker label, and scans of every quote per quote, were ~6)."""

LINEAR = 2.5


def test_attribution_linear_in_a_transcript(synthetic, stages, growth):
    build = lambda n: synthetic.units(n, labels=True)  # noqa: E731
    assert growth(build, 100, stages.attribution, before=[stages.places, stages.actors]) < LINEAR
