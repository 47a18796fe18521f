"""detente_actors stays linear (the measure: tests/resolve/test_places_linear.py): one
country mentioned thousands of times in one sentence (a list scan per mention was ~4.7)."""

LINEAR = 2.5


def test_actor_stage_linear_in_one_country_repeated(synthetic, stages, growth):
    assert growth(synthetic.countries, 1000, stages.actors, before=[stages.places]) < LINEAR
