"""find_events: every filter, ordering, the row's fields, and bad requests.

The store (fixture ``query_db`` in tests/conftest.py) holds four hand-made articles with 13
events; it runs against SQLite and, when DETENTE_TEST_PG is set, PostgreSQL.
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.errors import QueryError, StoreError
from detente.query import EVENT_COLUMNS, find_events


def keys(rows):
    return [(r["title"], r["event_id"]) for r in rows]


def ids(rows):
    return {(r["title"], r["event_id"]) for r in rows}


K = "Russia withdraws from Kherson"
T = "Moscow rejects talks"
A = "A year of war"
S = "Sanctions"


def test_query_events_all_in_date_order_undated_last(query_db):
    rows = find_events(query_db)
    assert len(rows) == 13
    assert keys(rows)[:3] == [(K, "e2"), (K, "e1"), (T, "e5")]  # 11-08, then 11-09 x2
    assert keys(rows)[-2:] == [(S, "e1"), (S, "e2")]  # no date, no publication date
    assert all(set(r) == set(EVENT_COLUMNS) for r in rows)


def test_query_events_row_has_article_evidence_codes_date_place(query_db):
    (row,) = [r for r in find_events(query_db) if (r["title"], r["event_id"]) == (K, "e2")]
    assert row["type"] == "ASSAULT" and row["mode"] == "heavy-weapons"
    assert row["modality"] == "asserted" and row["cameo"] == "19"
    assert row["source"] == ["Russia"] and row["source_codes"] == ["RUS"]
    assert row["target"] == ["Ukraine"] and row["target_codes"] == ["UKR"]
    assert row["date"] == "2022-11-08" and row["date_precision"] == "day"
    assert (row["place"], row["place_country"], row["geonameid"]) == ("Mykolaiv", "UKR", 700569)
    assert row["lat"] == pytest.approx(46.97)
    assert row["evidence"] == "Russian forces shelled Mykolaiv overnight"
    assert row["trigger"] == "shelled"
    assert (row["said_by"], row["said_by_code"], row["said_by_anonymous"]) == (
        "Ukrainian officials", "UKR.GOV", True)
    assert (row["outlet"], row["published"]) == ("Reuters", "2022-11-09")
    assert row["url"] == "https://example.org/reuters/kherson"
    assert row["article_source_id"] == "kherson" and len(row["article_id"]) == 16


def test_query_events_own_voice_has_no_speaker(query_db):
    (row,) = [r for r in find_events(query_db) if (r["title"], r["event_id"]) == (T, "e2")]
    assert row["said_by"] is None and row["said_by_anonymous"] is None


def test_query_events_actor_code_matches_prefix_at_dot(query_db):
    rows = find_events(query_db, actor="RUS")
    # every event with RUS or RUS.* on either side; not Belarus (whose name contains "rus")
    assert ids(rows) == {(K, "e1"), (K, "e2"), (T, "e1"), (T, "e3"), (T, "e4"), (T, "e5"),
                         (A, "e2"), (A, "e3"), (A, "e4"), (S, "e1")}
    assert ids(find_events(query_db, actor="RUS.GOV")) == {(T, "e1")}
    assert ids(find_events(query_db, actor="RUS.BUS")) == {(S, "e1")}


def test_query_events_actor_code_with_role(query_db):
    assert ids(find_events(query_db, actor="RUS", role="source")) == {
        (K, "e1"), (K, "e2"), (T, "e1"), (T, "e3"), (T, "e5"), (A, "e3"), (A, "e4")}
    assert ids(find_events(query_db, actor="RUS", role="target")) == {
        (T, "e4"), (A, "e2"), (S, "e1")}


def test_query_events_actor_name_is_case_insensitive_substring(query_db):
    assert ids(find_events(query_db, actor="zelensky")) == {(T, "e4"), (A, "e2")}
    assert ids(find_events(query_db, actor="Lavrov")) == {(T, "e1")}
    assert ids(find_events(query_db, actor="belarus")) == {(S, "e2")}


def test_query_events_organisation_code(query_db):
    assert ids(find_events(query_db, actor="NATO")) == {(A, "e1")}
    assert ids(find_events(query_db, actor="EU")) == {(S, "e1"), (S, "e2")}


def test_query_events_type_filter_one_or_several(query_db):
    assert ids(find_events(query_db, type="CONSULT")) == {(T, "e1"), (T, "e2"), (T, "e4")}
    both = find_events(query_db, type=["consult", "RETREAT"])
    assert len(both) == 6 and {r["type"] for r in both} == {"CONSULT", "RETREAT"}
    assert len(find_events(query_db, type="consult,retreat")) == 6


def test_query_events_modality_filter(query_db):
    assert ids(find_events(query_db, modality="negated")) == {(T, "e1")}
    assert ids(find_events(query_db, modality="future")) == {(T, "e4"), (A, "e1")}
    assert ids(find_events(query_db, modality="hypothetical")) == {(T, "e3")}
    assert len(find_events(query_db, modality="asserted")) == 9
    assert len(find_events(query_db, modality=["negated", "FUTURE"])) == 3


def test_query_events_since_until_overlap_and_publication_fallback(query_db):
    # 2023: the anniversary article; its REJECT has no date and takes the publication date
    assert ids(find_events(query_db, since="2023")) == {(A, "e1"), (A, "e2"), (A, "e3"),
                                                         (A, "e4")}
    # a month-precision event (2023-02) overlaps a range starting on 2023-02-24
    assert ids(find_events(query_db, since="2023-02-24")) == {(A, "e1"), (A, "e2"), (A, "e3")}
    assert ids(find_events(query_db, until="2022-11-10")) == {(K, "e1"), (K, "e2"), (T, "e5")}
    assert ids(find_events(query_db, since=date(2022, 11, 10), until="2022-11")) == {
        (T, "e1"), (T, "e2"), (T, "e3"), (T, "e4")}


def test_query_events_outlet_filter_is_case_insensitive(query_db):
    assert ids(find_events(query_db, outlet="reuters")) == {(K, "e1"), (K, "e2"), (S, "e1"),
                                                             (S, "e2")}
    assert {r["outlet"] for r in find_events(query_db, outlet="KYIV")} == {"Kyiv Independent"}


def test_query_events_min_confidence_and_limit(query_db):
    rows = find_events(query_db, min_confidence=0.8)
    assert rows and all(r["confidence"] >= 0.8 for r in rows)
    assert len(rows) == 7
    assert keys(find_events(query_db, limit=2)) == [(K, "e2"), (K, "e1")]


def test_query_events_filters_combine(query_db):
    rows = find_events(query_db, actor="RUS", role="source", type="ASSAULT", since="2023-01",
                       outlet="kyiv", modality="asserted")
    assert ids(rows) == {(A, "e4")}


@pytest.mark.parametrize("kwargs, words", [
    ({"type": "BOMB"}, ["'BOMB'", "ASSAULT"]),
    ({"modality": "maybe"}, ["'maybe'", "hypothetical"]),
    ({"since": "yesterday"}, ["--since", "'yesterday'", "YYYY-MM-DD"]),
    ({"until": "2022-13-01"}, ["--until", "'2022-13-01'"]),
    ({"since": "2023", "until": "2022"}, ["after", "swap"]),
    ({"min_confidence": 2.0}, ["--min-confidence", "0..1"]),
    ({"limit": 0}, ["--limit"]),
    ({"role": "victim"}, ["'victim'", "source or target"]),
])
def test_query_events_bad_filter_names_value_and_fix(query_sqlite, kwargs, words):
    with pytest.raises(QueryError) as err:
        find_events(query_sqlite, **kwargs)
    message = str(err.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_query_events_missing_store_is_refused_not_created(tmp_path):
    path = tmp_path / "nope.db"
    with pytest.raises(StoreError, match="no store at"):
        find_events(f"sqlite:///{path}")
    assert not path.exists()


def test_query_events_stream_in_small_chunks_equals_list(query_db):
    from detente.query import iter_events

    assert list(iter_events(query_db, chunk=2)) == find_events(query_db)
    assert list(iter_events(query_db, actor="RUS", chunk=3)) == find_events(query_db, actor="RUS")


def test_query_events_stream_checks_filters_and_store_before_first_row(tmp_path):
    from detente.query import iter_events

    with pytest.raises(QueryError):
        iter_events(f"sqlite:///{tmp_path / 'x.db'}", type="NOPE")
    with pytest.raises(StoreError):
        iter_events(f"sqlite:///{tmp_path / 'x.db'}")
