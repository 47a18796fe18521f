"""Contract dict <-> rows: every field has a home, and unknown fields survive (no database)."""

from __future__ import annotations

import copy
from datetime import date, datetime, timezone

import pytest

from detente.store import rows as rowmap
from detente.store import schema as t
from detente.store.testing import sample_extract as sample


def roundtrip(result: dict) -> dict:
    rows = rowmap.to_rows(result, article_id="0123456789abcdef", source="x.jsonl:1",
                          run_id="r" * 32, processed_at=datetime.now(timezone.utc),
                          detente_version="0.1.0")
    (article,) = rows[t.articles]
    return rowmap.from_rows(article, rows)


def test_rows_roundtrip_every_contract_field():
    result = sample()
    assert roundtrip(copy.deepcopy(result)) == result


def test_rows_cover_each_table():
    rows = rowmap.to_rows(sample(), article_id="0123456789abcdef", source=None, run_id="r",
                          processed_at=datetime.now(timezone.utc), detente_version="0.1.0")
    counts = {table.name: len(rows.get(table, [])) for table in t.metadata.sorted_tables}
    assert counts == {"runs": 0, "failures": 0, "articles": 1, "actors": 3,
                      "actor_mentions": 2, "places": 2, "place_mentions": 1,
                      "attributions": 2, "events": 2, "event_actors": 4, "event_codes": 3,
                      "stances": 1}
    (e1, e2) = rows[t.events]
    assert e1["location_place_id"] == "p1" and e2["location_place_id"] is None
    assert (e1["date_start"], e1["date_end"]) == (date(2022, 11, 9), date(2022, 11, 9))
    assert (e2["date_start"], e2["date_end"]) == (date(2022, 12, 1), date(2023, 2, 28))
    assert rows[t.articles][0]["published"] == date(2022, 11, 9)
    assert rows[t.articles][0]["source_id"] == "given-1"
    # every key of every row is a column of its table
    for table, table_rows in rows.items():
        for row in table_rows:
            assert set(row) <= set(table.c.keys()), table.name


def test_rows_unknown_and_odd_fields_survive():
    result = sample()
    result["pipeline"] = {"stages": ["x"]}  # a new top-level field
    result["article"]["language"] = "en"
    result["article"]["published"] = "sometime"  # not a date: kept as written
    result["actors"][0]["salience"] = 0.9
    result["actors"][1]["mentions"] = "weird"
    del result["places"][0]["feature"]  # absent keys stay absent
    result["attributions"][0]["cue"] = {"start": 1, "end": 2}  # not a full span
    result["events"][0]["location"]["admin1"] = "Kherson Oblast"
    result["events"][0]["date"]["calendar"] = "gregorian"
    result["events"][0]["confidence"] = 1  # an int stays an int
    result["events"][1]["source"] = [1, 2]
    result["stances"][0]["strength"] = "strong"
    assert roundtrip(copy.deepcopy(result)) == result


@pytest.mark.parametrize("value, precision, start, end", [
    ("2022-11-09", "day", date(2022, 11, 9), date(2022, 11, 9)),
    ("2022-10-31", "week", date(2022, 10, 31), date(2022, 11, 6)),
    ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
    ("2022-12", "season", date(2022, 12, 1), date(2023, 2, 28)),
    ("2022-03", "season", date(2022, 3, 1), date(2022, 5, 31)),
    ("2022", "year", date(2022, 1, 1), date(2022, 12, 31)),
    ("2022-13", "month", None, None),
    ("soon", "day", None, None),
    (None, None, None, None),
])
def test_rows_date_range(value, precision, start, end):
    assert rowmap.date_range(value, precision) == (start, end)


def test_rows_sample_extract_is_a_valid_contract():
    from detente.output.contract import check_spans

    assert check_spans(sample()) == []
