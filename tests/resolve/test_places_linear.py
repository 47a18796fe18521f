"""detente_places stays linear: its time per token does not grow with the document.

Measured as a ratio in one run (the stage on a synthetic Doc built by hand and on one four
times longer, best of three each), never as an absolute time: 1.0 is linear, and a scan of
every entity per gazetteer match (what this stage did) gives about 4."""

LINEAR = 2.5  # generous: the noise of a shared CI machine stays well below it


def test_places_linear_in_one_long_sentence_of_countries(synthetic, stages, growth):
    assert growth(synthetic.countries, 1000, stages.places) < LINEAR
