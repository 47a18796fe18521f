from datetime import date, datetime

import pytest

from detente.models import DateValue
from detente.resolve import dates
from detente.resolve.dates import date_matches, publication_date, resolve_date

PUB = "2022-11-09"  # the seed article, a Wednesday


def _vp(text, published=PUB, tense="past"):
    d = resolve_date(text, published, tense=tense)
    return (d.value, d.precision) if d else None


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("Wednesday", "2022-11-09", "day"),
        ("on Wednesday", "2022-11-09", "day"),
        ("last week", "2022-10-31", "week"),
        ("this week", "2022-11-07", "week"),
        ("the end of March", "2022-03", "month"),
        ("this winter", "2022-12", "season"),
        ("yesterday", "2022-11-08", "day"),
        ("today", "2022-11-09", "day"),
        ("Tuesday night", "2022-11-08", "day"),
        ("next Tuesday", "2022-11-15", "day"),
        ("March 3", "2022-03-03", "day"),
        ("3 March 2022", "2022-03-03", "day"),
        ("2022-03-03", "2022-03-03", "day"),
        ("in 2021", "2021", "year"),
        ("last month", "2022-10", "month"),
        ("next month", "2022-12", "month"),
        ("earlier this month", "2022-11", "month"),
        ("two days ago", "2022-11-07", "day"),
        ("last year", "2021", "year"),
    ],
)
def test_dates_brief_examples_against_seed_publication(text, value, precision):
    assert _vp(text) == (value, precision)


@pytest.mark.parametrize(
    "text, past, future",
    [
        ("Wednesday", "2022-11-09", "2022-11-09"),  # the publication day, either tense
        ("Tuesday", "2022-11-08", "2022-11-15"),
        ("Thursday", "2022-11-03", "2022-11-10"),
        ("Monday", "2022-11-07", "2022-11-14"),
        ("Sunday", "2022-11-06", "2022-11-13"),
        ("late Tuesday", "2022-11-08", "2022-11-15"),
        ("early on Wednesday", "2022-11-09", "2022-11-09"),
        ("Thursday evening", "2022-11-03", "2022-11-10"),
        ("Wed.", "2022-11-09", "2022-11-09"),
        ("Wednesday's", "2022-11-09", "2022-11-09"),
        ("the early hours of Wednesday", "2022-11-09", "2022-11-09"),
    ],
)
def test_dates_bare_weekday_wednesday_rule_and_future_tense(text, past, future):
    assert _vp(text) == (past, "day")
    assert _vp(text, tense="future") == (future, "day")


@pytest.mark.parametrize(
    "text, value",
    [
        ("next Tuesday", "2022-11-15"),
        ("next Wednesday", "2022-11-16"),  # strictly after the publication day
        ("last Tuesday", "2022-11-08"),
        ("last Wednesday", "2022-11-02"),  # strictly before the publication day
        ("last Thursday", "2022-11-03"),
    ],
)
def test_dates_next_and_last_weekday_ignore_tense(text, value):
    assert _vp(text) == (value, "day")
    assert _vp(text, tense="future") == (value, "day")


@pytest.mark.parametrize(
    "text, past, future",
    [
        ("the end of March", ("2022-03", "month"), ("2023-03", "month")),
        ("mid-March", ("2022-03", "month"), ("2023-03", "month")),
        ("late March", ("2022-03", "month"), ("2023-03", "month")),
        ("in December", ("2021-12", "month"), ("2022-12", "month")),
        ("November", ("2022-11", "month"), ("2022-11", "month")),  # the publication month
        ("March 3", ("2022-03-03", "day"), ("2023-03-03", "day")),
        ("Nov. 9", ("2022-11-09", "day"), ("2022-11-09", "day")),
        ("Dec. 3", ("2021-12-03", "day"), ("2022-12-03", "day")),
        ("the 24th of February", ("2022-02-24", "day"), ("2023-02-24", "day")),
        ("this summer", ("2022-06", "season"), ("2023-06", "season")),
        ("the weekend", ("2022-10-31", "week"), ("2022-11-07", "week")),
    ],
)
def test_dates_tense_decides_direction_of_yearless_expressions(text, past, future):
    assert _vp(text) == past
    assert _vp(text, tense="future") == future


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("the end of March 2021", "2021-03", "month"),
        ("March of 2021", "2021-03", "month"),
        ("February 2022", "2022-02", "month"),
        ("Feb 24, 2022", "2022-02-24", "day"),
        ("November 9, 2022", "2022-11-09", "day"),
        ("Wednesday, Nov. 9", "2022-11-09", "day"),
        ("2014", "2014", "year"),
        ("2022-03", "2022-03", "month"),
        ("3/3/2022", "2022-03-03", "day"),  # dateparser, the last resort
    ],
)
def test_dates_explicit_years_win(text, value, precision):
    assert _vp(text) == (value, precision)
    assert _vp(text, tense="future") == (value, precision)


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("last year", "2021", "year"),
        ("this year", "2022", "year"),
        ("next year", "2023", "year"),
        ("earlier this year", "2022", "year"),
        ("late last year", "2021", "year"),
        ("early 2023", "2023", "year"),
        ("mid-2022", "2022", "year"),
        ("three years ago", "2019", "year"),
        ("the end of the year", "2022-12", "month"),
        ("by the end of the year", "2022-12", "month"),
        ("the end of last year", "2021-12", "month"),
        ("the beginning of 2023", "2023-01", "month"),
    ],
)
def test_dates_years(text, value, precision):
    assert _vp(text) == (value, precision)


@pytest.mark.parametrize(
    "text, value",
    [
        ("this winter", "2022-12"),  # winter 2022-23, named by its December
        ("the winter", "2022-12"),
        ("winter", "2022-12"),
        ("last winter", "2021-12"),
        ("next winter", "2023-12"),
        ("this fall", "2022-09"),  # the season containing the publication date
        ("this autumn", "2022-09"),
        ("this spring", "2022-03"),
        ("this summer", "2022-06"),
        ("spring 2022", "2022-03"),
        ("the summer of 2021", "2021-06"),
        ("winter of 2022-23", "2022-12"),
    ],
)
def test_dates_seasons(text, value):
    assert _vp(text) == (value, "season")


def test_dates_season_in_january_is_the_current_winter():
    assert _vp("this winter", "2023-01-15") == ("2022-12", "season")
    assert _vp("last winter", "2023-01-15") == ("2021-12", "season")


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("next week", "2022-11-14", "week"),
        ("the coming week", "2022-11-14", "week"),
        ("earlier this week", "2022-11-07", "week"),
        ("a week ago", "2022-10-31", "week"),
        ("over the weekend", "2022-10-31", "week"),  # Sat 5 - Sun 6 November
        ("last night", "2022-11-08", "day"),
        ("tonight", "2022-11-09", "day"),
        ("this morning", "2022-11-09", "day"),
        ("the day before yesterday", "2022-11-07", "day"),
        ("tomorrow", "2022-11-10", "day"),
        ("hours ago", "2022-11-09", "day"),
        ("three months ago", "2022-08", "month"),
    ],
)
def test_dates_relative_days_weeks_months(text, value, precision):
    assert _vp(text) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "recently", "years to come", "for years", "decades", "the past few months",
        "in recent weeks", "since 2014", "until March", "before Wednesday", "for two weeks",
        "over the past year", "the past week", "between 2014 and 2022", "the next day",
        "the same day", "eight months", "a few days ago", "now", "soon", "the 1990s",
        "in the coming days", "10 a.m.", "noon", "within days",
    ],
)
def test_dates_durations_bounds_and_vague_are_none(text):
    assert resolve_date(text, PUB) is None
    assert resolve_date(text, PUB, tense="future") is None


@pytest.mark.parametrize("text", ["", "   ", "blah", None, "Wednesdayish", "March 32", "Feb. 30",
                                  "2022-13", "31 April 2022"])
def test_dates_junk_is_none(text):
    assert resolve_date(text, PUB) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3 March 2022", ("2022-03-03", "day")),
        ("the end of March 2022", ("2022-03", "month")),
        ("in 2021", ("2021", "year")),
        ("spring 2022", ("2022-03", "season")),
        ("Wednesday", None),
        ("last week", None),
        ("March 3", None),
        ("the end of March", None),
        ("this winter", None),
        ("yesterday", None),
        ("last year", None),
    ],
)
def test_dates_without_publication_date_only_absolute_resolve(text, expected):
    assert _vp(text, published=None) == expected


@pytest.mark.parametrize(
    "published", [date(2022, 11, 9), datetime(2022, 11, 9, 18, 30), "2022-11-09T18:30:00Z",
                  " 2022-11-09 "],
)
def test_dates_publication_date_forms(published):
    assert _vp("Tuesday", published) == ("2022-11-08", "day")
    assert publication_date(published) == DateValue("2022-11-09", "day", None)


@pytest.mark.parametrize("published", [None, "", "not a date", "09/11/2022", 20221109])
def test_dates_unreadable_publication_date_is_none(published):
    assert publication_date(published) is None
    assert resolve_date("Tuesday", published) is None


def test_dates_text_is_the_stripped_input():
    d = resolve_date("  on Wednesday ", PUB)
    assert d == DateValue("2022-11-09", "day", "on Wednesday")
    assert d.to_dict() == {"value": "2022-11-09", "precision": "day", "text": "on Wednesday"}


def test_dates_are_memoised():
    first = resolve_date("the end of March", PUB)
    assert first is resolve_date("the end of March", date(2022, 11, 9))


def test_dates_common_expressions_do_not_reach_dateparser():
    before = dates._date_data_parser.cache_info()
    for text in ["Wednesday", "last week", "the end of March", "this winter", "March 3",
                 "3 March 2022", "2022-03-03", "recently", "blah"]:
        resolve_date(text, "2001-02-03")
    assert dates._date_data_parser.cache_info() == before


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        ("2022-11-09", "2022-11-09", True),
        ("2022-11-08", "2022-11-09", False),
        ("2022-11-09", "2022-11", True),
        ("2022-11", "2022-11", True),
        ("2022-11", "2022-11-09", False),  # a month never matches a gold day
        ("2022-03", "2022", True),
        ("2021-12", "2022", False),
        (DateValue("2022-10-31", "week"), "2022-11", True),  # "last week" straddles Oct/Nov
        ({"value": "2022-10-31", "precision": "week", "text": "last week"}, "2022-11", True),
        ("2022-10-31", "2022-11", False),  # without its precision a week is just its Monday
        (DateValue("2022-10-31", "week"), "2022-11-09", False),
        (DateValue("2022-11-07", "week"), "2022-11-09", False),  # a week is coarser than a day
        (DateValue("2022-12", "season"), "2022-12", True),
        (DateValue("2022-12", "season"), "2023", True),  # winter 2022-23 reaches into 2023
        (DateValue("2022-12", "season"), "2022-11", False),
        ("2022-W44", "2022-11", True),
        (None, "2022-11", False),
        ("2022-11-09", None, False),
        ("garbage", "2022", False),
    ],
)
def test_dates_match_at_gold_precision(pred, gold, expected):
    assert date_matches(pred, gold) is expected


def test_dates_match_seed_gold_last_week():
    pred = resolve_date("last week", PUB)
    assert date_matches(pred, "2022-11")
    assert date_matches(pred.to_dict(), "2022-11")
    assert date_matches(resolve_date("the end of March", PUB), "2022-03")
    assert date_matches(resolve_date("on Wednesday", PUB), "2022-11-09")
