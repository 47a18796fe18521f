"""list_actors, find_quotes (and the anonymous-source summary), stance_series."""

from __future__ import annotations

import pytest

from detente.errors import QueryError
from detente.query import (
    ACTOR_COLUMNS,
    QUOTE_COLUMNS,
    STANCE_COLUMNS,
    find_quotes,
    flatten,
    list_actors,
    stance_series,
    summary_line,
)

# --------------------------------------------------------------------------- actors


def test_actors_list_groups_by_name_with_counts(query_db):
    rows = list_actors(query_db)
    assert all(set(r) == set(ACTOR_COLUMNS) for r in rows)
    by_name = {r["name"]: r for r in rows}
    assert len(rows) == 15
    zelensky = by_name["Volodymyr Zelensky"]
    assert (zelensky["articles"], zelensky["mentions"], zelensky["events"]) == (3, 3, 2)
    assert zelensky["codes"] == ["UKR.GOV"] and zelensky["kind"] == "person"
    assert (zelensky["first_seen"], zelensky["last_seen"]) == ("2022-11-09", "2023-02-24")
    russia = by_name["Russia"]
    assert russia["events"] == 8 and russia["codes"] == ["RUS"]
    assert by_name["a senior Western official"]["anonymous"] is True
    assert by_name["Belarus"]["first_seen"] is None  # article without a publication date
    assert rows[0]["name"] == "Russia"  # most mentioned first (ties: articles, then name)


def test_actors_list_filter_and_limit(query_db):
    assert {r["name"] for r in list_actors(query_db, actor="RUS.GOV")} == {
        "Sergei Lavrov", "a source close to the Kremlin"}
    assert {r["name"] for r in list_actors(query_db, actor="ukr")} == {
        "Ukraine", "Ukrainian officials", "Office of the President of Ukraine"}
    assert len(list_actors(query_db, limit=3)) == 3


# --------------------------------------------------------------------------- quotes


def test_quotes_rows_have_speaker_anonymity_via_content(query_db):
    result = find_quotes(query_db)
    assert len(result.rows) == 7
    assert all(set(r) == set(QUOTE_COLUMNS) for r in result.rows)
    (kremlin,) = [r for r in result.rows if r["speaker"] == "a source close to the Kremlin"]
    assert kremlin["anonymous"] is True and kremlin["via"] == ["Reuters"]
    assert kremlin["speaker_code"] == "RUS.GOV" and kremlin["cue"] == "told"
    assert kremlin["content"] == "Russia threatened to strike Western supply lines"
    assert kremlin["outlet"] == "Kyiv Independent" and kremlin["published"] == "2023-02-24"
    assert [r["published"] for r in result.rows] == sorted(r["published"] for r in result.rows)


def test_quotes_summary_share_of_anonymous_sources(query_db):
    summary = find_quotes(query_db).summary
    assert (summary["attributions"], summary["anonymous"]) == (7, 3)
    assert summary["share_anonymous"] == pytest.approx(3 / 7, abs=1e-4)
    by_outlet = {o["outlet"]: (o["attributions"], o["anonymous"]) for o in summary["by_outlet"]}
    assert by_outlet == {"Reuters": (3, 2), "AP": (2, 0), "Kyiv Independent": (2, 1)}
    line = summary_line(summary)
    assert "7 attribution(s)" in line and "3 from anonymous sources (42.9%)" in line
    assert "Reuters 67% of 3" in line


def test_quotes_anonymous_filter_keeps_the_overall_share(query_db):
    result = find_quotes(query_db, anonymous=True)
    assert len(result.rows) == 3 and all(r["anonymous"] for r in result.rows)
    assert result.summary["attributions"] == 7 and result.summary["anonymous"] == 3
    named = find_quotes(query_db, anonymous=False)
    assert len(named.rows) == 4 and not any(r["anonymous"] for r in named.rows)


def test_quotes_speaker_by_code_name_or_source_words(query_db):
    assert {r["speaker"] for r in find_quotes(query_db, speaker="RUS").rows} == {
        "Sergei Lavrov", "a source close to the Kremlin"}
    assert {r["speaker"] for r in find_quotes(query_db, speaker="UKR.GOV").rows} == {
        "Volodymyr Zelensky", "Ukrainian officials", "Office of the President of Ukraine"}
    assert [r["speaker"] for r in find_quotes(query_db, speaker="zelensky").rows] == [
        "Volodymyr Zelensky", "Volodymyr Zelensky"]
    # the words that introduce the source as written ("his office")
    assert [r["speaker"] for r in find_quotes(query_db, speaker="his office").rows] == [
        "Office of the President of Ukraine"]


def test_quotes_outlet_and_dates(query_db):
    reuters = find_quotes(query_db, outlet="reuters")
    assert len(reuters.rows) == 3 and reuters.summary["attributions"] == 3
    assert len(find_quotes(query_db, since="2022-11-10").rows) == 4
    assert len(find_quotes(query_db, until="2022-11").rows) == 5
    assert len(find_quotes(query_db, limit=1).rows) == 1
    with pytest.raises(QueryError, match="--since 'soon'"):
        find_quotes(query_db, since="soon")


# --------------------------------------------------------------------------- stances


def test_stances_series_ordered_with_change_points(query_db):
    series = stance_series(query_db)
    assert [(s["actor_code"], s["topic"]) for s in series] == [
        ("RUS.GOV", "negotiations"), ("UKR.GOV", "negotiations")]
    ukr = series[1]
    assert [(p["date"], p["position"]) for p in ukr["positions"]] == [
        ("2022-11-09", "open"), ("2022-11-20", "conditional"), ("2023-02-24", "opposed")]
    assert [p["change"] for p in ukr["positions"]] == [
        None, "open -> conditional", "conditional -> opposed"]
    assert [(c["from"], c["to"]) for c in ukr["changes"]] == [
        ("open", "conditional"), ("conditional", "opposed")]
    assert ukr["current"] == "opposed"
    second = ukr["positions"][1]
    assert second["conditions"] == ["if Russia withdrew all its troops"]
    assert second["actor"] == "Volodymyr Zelensky" and second["outlet"] == "AP"
    assert second["evidence"].startswith("Ukraine would only talk")
    # a stance without its own date takes the article's publication date
    (rus,) = series[0]["positions"]
    assert (rus["date"], rus["dated_by"], rus["position"]) == ("2022-11-20", "published",
                                                               "opposed")


def test_stances_filter_by_actor_code_name_and_dates(query_db):
    assert [s["actor_code"] for s in stance_series(query_db, actor="UKR")] == ["UKR.GOV"]
    assert [s["actor_code"] for s in stance_series(query_db, actor="lavrov")] == ["RUS.GOV"]
    late = stance_series(query_db, actor="UKR.GOV", since="2022-11-15")
    assert [p["position"] for p in late[0]["positions"]] == ["conditional", "opposed"]
    assert stance_series(query_db, topic="sanctions") == []


def test_stances_flatten_gives_one_row_per_position(query_db):
    rows = flatten(stance_series(query_db))
    assert len(rows) == 4 and all(set(r) == set(STANCE_COLUMNS) for r in rows)
    assert [r["change"] for r in rows if r["change"]] == ["open -> conditional",
                                                         "conditional -> opposed"]
