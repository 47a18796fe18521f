"""detente_events stays linear (the measure: tests/resolve/test_places_linear.py): one
event with thousands of coordinated targets (list scans per target were ~3.2)."""

LINEAR = 2.5


def test_events_linear_in_thousands_of_targets(synthetic, stages, growth):
    before = [stages.places, stages.actors, stages.attribution]
    assert growth(synthetic.countries, 1500, stages.events, before=before, repeats=2) < LINEAR
