"""_meta: date normalisation and record field aliases."""

from __future__ import annotations

import pytest

from detente.errors import BadMetadata
from detente.readers._meta import metadata_from_record, normalize_date, override_date


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2022-11-09", "2022-11-09"),
        ("2022-11-09T10:00:00Z", "2022-11-09"),
        ("2022-11-09T23:30:00-05:00", "2022-11-09"),  # the date as written, not UTC
        ("Wed, 09 Nov 2022 10:00:00 GMT", "2022-11-09"),
        ("9 November 2022", "2022-11-09"),
        ("November 9, 2022", "2022-11-09"),
    ],
)
def test_meta_dates_normalised(value, iso):
    assert normalize_date(value) == iso


@pytest.mark.parametrize("value", ["xyz", "", "yesterday", "2022-11", "2022-13-45", "09/11/2022"])
def test_meta_non_dates_refused(value):
    assert normalize_date(value) is None


def test_meta_override_date_bad_is_bad_metadata():
    with pytest.raises(BadMetadata) as info:
        override_date("xyz")
    assert info.value.source == "--published"
    assert info.value.message == "'xyz' is not a date; use YYYY-MM-DD"


def test_meta_record_aliases_and_bad_date_dropped():
    warnings: list[str] = []
    meta = metadata_from_record(
        {"publisher": "breitbart", "date": "not a date", "title": " T ", "authors": ["A", "B"]},
        "f.jsonl:3",
        warnings.append,
    )
    assert meta == {"outlet": "breitbart", "title": "T", "author": "A, B"}
    assert len(warnings) == 1 and "f.jsonl:3" in warnings[0] and "not a date" in warnings[0]
