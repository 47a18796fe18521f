import pytest

from detente.events.quantities import UNITS, find_quantities, find_quantity_spans
from detente.models import Quantity


def _one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_quantities_seed_article(shared):
    text = shared("seed/article.txt").read_text(encoding="utf-8")
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(300000, "troops"), (40_000_000_000, "money")]
    troops, money = found
    assert troops.to_dict() == {"value": 300000, "unit": "troops", "text": "300,000 fresh troops"}
    assert money.text == "between $40 billion and $60 billion"
    assert (money.low, money.high, money.currency) == (40_000_000_000, 60_000_000_000, "USD")


@pytest.mark.parametrize(
    "text, value, unit, qtext",
    [
        ("after mobilizing 300,000 fresh troops", 300000, "troops", "300,000 fresh troops"),
        ("The strike killed at least 12 people.", 12, "killed", "killed at least 12 people"),
        ("Some 1,200 wounded were evacuated", 1200, "wounded", "Some 1,200 wounded"),
        ("1,200 wounded", 1200, "wounded", "1,200 wounded"),
        ("two soldiers were killed", 2, "killed", "two soldiers were killed"),
        ("12 people were killed or wounded", 12, "casualties", "12 people were killed or wounded"),
        ("100,000 Russian soldiers killed or wounded", 100000, "casualties",
         "100,000 Russian soldiers killed or wounded"),
        ("The death toll rose to 39.", 39, "killed", "death toll rose to 39"),
        ("A total of 39 are confirmed dead", 39, "killed", "A total of 39 are confirmed dead"),
        ("2 million displaced people", 2_000_000, "displaced", "2 million displaced people"),
        ("a million refugees have fled", 1_000_000, "refugees", "a million refugees"),
        ("up to 5,000 prisoners of war", 5000, "prisoners", "up to 5,000 prisoners"),
        ("captured 300 Ukrainian soldiers", 300, "prisoners", "captured 300 Ukrainian soldiers"),
        ("captured 12 tanks", 12, "tanks", "captured 12 tanks"),
        ("Russia lost 50 Russian T-72 tanks", 50, "tanks", "50 Russian T-72 tanks"),
        ("fired 80 cruise missiles", 80, "missiles", "80 cruise missiles"),
        ("launched 40 rockets", 40, "missiles", "40 rockets"),
        ("shot down 23 Iranian-made Shahed drones", 23, "drones", "23 Iranian-made Shahed drones"),
        ("9,000 artillery shells a day", 9000, "shells", "9,000 artillery shells"),
        ("a dozen HIMARS launchers", 12, "artillery", "a dozen HIMARS launchers"),
        ("Poland will send 24 F-16s", 24, "aircraft", "24 F-16s"),
        ("seven helicopters", 7, "aircraft", "seven helicopters"),
        ("about 200,000 people took part", 200000, "people", "about 200,000 people"),
    ],
)
def test_quantities_units_and_values(text, value, unit, qtext):
    q = _one(text)
    assert (q.value, q.unit, q.text) == (value, unit, qtext)
    assert q.unit in UNITS


@pytest.mark.parametrize(
    "text, value, currency, qtext",
    [
        ("worth $40 billion", 40_000_000_000, "USD", "$40 billion"),
        ("The EU pledged €2.5bn", 2_500_000_000, "EUR", "€2.5bn"),
        ("Britain gave £300 million", 300_000_000, "GBP", "£300 million"),
        ("spending 1.2 trillion rubles", 1_200_000_000_000, "RUB", "1.2 trillion rubles"),
        ("a $1.7bn package", 1_700_000_000, "USD", "$1.7bn"),
        ("40 billion dollars", 40_000_000_000, "USD", "40 billion dollars"),
        ("US$4 billion", 4_000_000_000, "USD", "US$4 billion"),
        ("UAH 7.3 billion was transferred", 7_300_000_000, "UAH", "UAH 7.3 billion"),
        ("300 million pounds", 300_000_000, "GBP", "300 million pounds"),
        ("close to a billion dollars", 1_000_000_000, "USD", "close to a billion dollars"),
        ("2 billion hryvnias", 2_000_000_000, "UAH", "2 billion hryvnias"),
    ],
)
def test_quantities_money(text, value, currency, qtext):
    q = _one(text)
    assert (q.value, q.unit, q.currency, q.text) == (value, "money", currency, qtext)
    assert isinstance(q.value, int)


@pytest.mark.parametrize(
    "text, low, high, currency",
    [
        ("somewhere between $40 billion and $60 billion", 40_000_000_000, 60_000_000_000, "USD"),
        ("between $40 and $60 billion", 40_000_000_000, 60_000_000_000, "USD"),
        ("$40-60 billion", 40_000_000_000, 60_000_000_000, "USD"),
        ("from €1bn to €2bn", 1_000_000_000, 2_000_000_000, "EUR"),
        ("between 36 and 40 people", 36, 40, None),
        ("two or three missiles", 2, 3, None),
    ],
)
def test_quantities_ranges_value_is_low(text, low, high, currency):
    q = _one(text)
    assert (q.value, q.low, q.high, q.currency) == (low, low, high, currency)
    assert q.to_dict()["low"] == low and q.to_dict()["high"] == high


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("three dozen soldiers", 36, "troops"),
        ("a dozen soldiers", 12, "troops"),
        ("two hundred and fifty thousand troops", 250000, "troops"),
        ("two thousand five hundred troops", 2500, "troops"),
        ("twenty-five soldiers", 25, "troops"),
        ("a million refugees", 1_000_000, "refugees"),
        ("half a million people", 500_000, "people"),
        ("one soldier was killed", 1, "killed"),
        ("a hundred tanks", 100, "tanks"),
        ("1.5 million refugees", 1_500_000, "refugees"),
    ],
)
def test_quantities_number_words(text, value, unit):
    q = _one(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text, low, unit",
    [
        ("Dozens of civilians were wounded in the shelling", 24, "wounded"),
        ("hundreds of Shahed drones", 200, "drones"),
        ("tens of thousands of troops", 20000, "troops"),
        ("hundreds of thousands of people", 200000, "people"),
        ("several hundred troops", 300, "troops"),
        ("billions of dollars", 2_000_000_000, "money"),
        ("thousands of refugees", 2000, "refugees"),
        ("wounding dozens", 24, "wounded"),
    ],
)
def test_quantities_vague_amounts_have_no_value_but_a_lower_bound(text, low, unit):
    q = _one(text)
    assert (q.value, q.low, q.high, q.unit) == (None, low, None, unit)


def test_quantities_vague_text_covers_the_casualty_words():
    assert _one("Dozens of civilians were wounded.").text == "Dozens of civilians were wounded"


@pytest.mark.parametrize(
    "text, value, low, high",
    [
        ("at least 12 people", 12, 12, None),
        ("more than 360 tanks", 360, 360, None),
        ("over 1,000 people", 1000, 1000, None),
        ("up to 5,000 troops", 5000, None, 5000),
        ("as many as 40 civilians", 40, None, 40),
        ("nearly 400 troops", 400, None, None),
        ("about 1.5 million people", 1_500_000, None, None),
    ],
)
def test_quantities_qualifiers_set_bounds(text, value, low, high):
    q = _one(text)
    assert (q.value, q.low, q.high) == (value, low, high)
    assert q.text == text


def test_quantities_several_in_one_sentence():
    text = "The strike killed 12 people and wounded 30 others; 2 tanks were destroyed."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (12, "killed"), (30, "wounded"), (2, "tanks")]


def test_quantities_casualty_word_after_each_number():
    found = find_quantities("two soldiers were killed and three wounded")
    assert [(q.value, q.unit, q.text) for q in found] == [
        (2, "killed", "two soldiers were killed"), (3, "wounded", "three wounded")]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation hit 40% in March",
        "12 percent of troops left",
        "40 per cent of the tanks",
        "In 2022 Russian troops invaded",
        "since 2014 soldiers have fought",
        "a 12-year-old boy",
        "a 300-strong force",
        "T-72 tanks and S-300 missiles",
        "COVID-19 cases",
        "one Western official said",
        "no one was killed",
        "the two sides met",
        "at 10:30 troops moved",
        "500 pounds of explosives",
        "in the 1990s",
        "the 3rd brigade",
        "Video captured two factions",
        "a few soldiers",
        "",
        "blah",
    ],
)
def test_quantities_not_quantities(text):
    assert find_quantities(text) == []


def test_quantities_day_of_month_is_not_a_count():
    found = find_quantities("On March 3, 200 troops arrived")
    assert [(q.value, q.text) for q in found] == [(200, "200 troops")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has been reinforcing its positions after mobilizing 300,000 fresh troops.",
        "Congress plans a fresh aid package worth between $40 billion and $60 billion.",
        "Officials said “dozens of civilians were wounded”, and 1,200 wounded were moved.",
        "Ukraine got €2.5bn,\n£300 million and 1.2 trillion rubles? No: $1.7bn.",
    ],
)
def test_quantities_spans_point_into_text(text):
    spans = find_quantity_spans(text)
    assert spans
    for start, end, q in spans:
        assert isinstance(q, Quantity)
        assert text[start:end] == q.text
    starts = [s for s, _, _ in spans]
    assert starts == sorted(starts)
    assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


def test_quantities_find_quantities_matches_spans():
    text = "Russia fired 80 missiles and 40 drones, killing at least 4 civilians."
    assert find_quantities(text) == [q for _, _, q in find_quantity_spans(text)]
    assert [q.unit for q in find_quantities(text)] == ["missiles", "drones", "killed"]
