"""The CLI wrappers: detente events|actors|quotes|stances in every --format, and bad requests."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.query import ACTOR_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, STANCE_COLUMNS


@pytest.fixture
def run(monkeypatch):
    monkeypatch.setenv("DETENTE_COLOR", "0")
    monkeypatch.setenv("COLUMNS", "160")
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, [str(a) for a in args])
    return invoke


def test_cli_events_table_fits_and_shows_the_essentials(run, query_sqlite):
    result = run("events", "--db", query_sqlite, "--actor", "RUS", "--type", "ASSAULT")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2 event(s)" in out
    assert "ASSAULT heavy-weapons" in out and "ASSAULT aerial" in out
    assert "Mykolaiv" in out and "Kharkiv" in out and "Reuters" in out
    assert "[Ukrainian officials]" in out  # who the article attributes it to
    assert max(len(line) for line in out.splitlines()) <= 160


def test_cli_events_csv_to_stdout(run, query_sqlite):
    result = run("events", "--db", query_sqlite, "--format", "csv", "--modality", "future")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(EVENT_COLUMNS)
    assert [(r["type"], r["source_codes"], r["target_codes"]) for r in rows] == [
        ("CONSULT", "UKR.GOV", "RUS"), ("AID", "NATO", "UKR")]
    assert rows[0]["condition"] == "e3" and rows[0]["said_by_anonymous"] == "false"


def test_cli_events_jsonl_is_the_function_rows(run, query_sqlite):
    result = run("events", "--db", query_sqlite, "-f", "jsonl", "--since", "2023",
                 "--min-confidence", "0.8", "--limit", "5")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["type"], r["date"]) for r in rows] == [("ASSAULT", "2023-02-23"),
                                                       ("AID", "2023-02-24")]
    assert rows[0]["source_codes"] == ["RUS"] and rows[0]["lat"] == 49.98


def test_cli_events_nothing_matches(run, query_sqlite):
    result = run("events", "--db", query_sqlite, "--actor", "CHN")
    assert result.exit_code == 0 and "no events match" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["--type", "BOMB"], ["unknown event type 'BOMB'", "ASSAULT"]),
    (["--modality", "maybe"], ["unknown modality 'maybe'", "asserted"]),
    (["--since", "last week"], ["--since 'last week' is not a date", "YYYY-MM-DD"]),
])
def test_cli_events_bad_request_is_one_line_exit_2(run, query_sqlite, args, words):
    result = run("events", "--db", query_sqlite, *args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    for word in words:
        assert word in lines[0]


def test_cli_events_missing_store_names_it(run, tmp_path):
    missing = tmp_path / "missing.db"
    result = run("events", "--db", f"sqlite:///{missing}")
    assert result.exit_code == 2
    assert str(missing) in result.stderr and "detente ingest" in result.stderr
    assert not missing.exists()


def test_cli_actors_lists_in_every_format(run, query_sqlite):
    table = run("actors", "--db", query_sqlite)
    assert table.exit_code == 0, table.output
    assert "15 actor(s)" in table.stdout and "Volodymyr Zelensky" in table.stdout
    assert "(anonymous)" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run("actors", "--db", query_sqlite, "-f", "csv",
                                               "--limit", "2").stdout)))
    assert list(rows[0]) == list(ACTOR_COLUMNS)
    assert [r["name"] for r in rows] == ["Russia", "Ukraine"]
    lines = run("actors", "--db", query_sqlite, "--format", "jsonl", "--actor", "NATO").stdout
    (nato,) = [json.loads(line) for line in lines.splitlines()]
    assert nato["codes"] == ["NATO"] and nato["kind"] == "organization"


def test_cli_actors_lookup_still_works(run):
    result = run("actors", "lookup", "Sergei Lavrov")
    assert result.exit_code == 0, result.output
    assert "RUS.GOV" in result.stdout


def test_cli_quotes_table_and_summary_line(run, query_sqlite):
    result = run("quotes", "--db", query_sqlite, "--anonymous")
    assert result.exit_code == 0, result.output
    assert "3 attribution(s)" in result.stdout
    assert "a source close to the Kremlin" in result.stdout and "Reuters" in result.stdout
    assert "7 attribution(s) match; 3 from anonymous sources (42.9%)" in result.stdout


def test_cli_quotes_csv_and_jsonl_keep_summary_on_stderr(run, query_sqlite):
    result = run("quotes", "--db", query_sqlite, "--format", "csv", "--speaker", "RUS")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == list(QUOTE_COLUMNS)
    assert {r["speaker"] for r in rows} == {"Sergei Lavrov", "a source close to the Kremlin"}
    assert "anonymous sources" in result.stderr
    lines = run("quotes", "--db", query_sqlite, "-f", "jsonl", "--named", "--outlet", "ap")
    quotes = [json.loads(line) for line in lines.stdout.splitlines()]
    assert {q["speaker"] for q in quotes} == {"Sergei Lavrov", "Volodymyr Zelensky"}
    assert "2 attribution(s) match; 0 from anonymous sources" in lines.stderr


def test_cli_stances_table_marks_changes(run, query_sqlite):
    result = run("stances", "--db", query_sqlite)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2 series, 2 change point(s)" in out
    assert "(was open)" in out and "(was conditional)" in out
    assert "2022-11-20*" in out  # Lavrov's stance, dated by its article


def test_cli_stances_csv_and_jsonl(run, query_sqlite):
    rows = list(csv.DictReader(io.StringIO(
        run("stances", "--db", query_sqlite, "-f", "csv", "--actor", "UKR").stdout)))
    assert list(rows[0]) == list(STANCE_COLUMNS)
    assert [(r["date"], r["position"], r["change"]) for r in rows] == [
        ("2022-11-09", "open", ""), ("2022-11-20", "conditional", "open -> conditional"),
        ("2023-02-24", "opposed", "conditional -> opposed")]
    series = [json.loads(line) for line in
              run("stances", "--db", query_sqlite, "-f", "jsonl").stdout.splitlines()]
    assert [s["actor_code"] for s in series] == ["RUS.GOV", "UKR.GOV"]
    assert series[1]["current"] == "opposed" and len(series[1]["changes"]) == 2


@pytest.mark.parametrize("width", [80, 100, 140])
@pytest.mark.parametrize("command, words", [
    (["events", "--actor", "RUS"], "Russian forces shelled Mykolaiv overnight"),
    (["stances"], "Ukraine would only talk if Russia withdrew all its troops"),
    (["quotes"], "Russia threatened to strike Western supply lines"),
    (["actors"], "a source close to the Kremlin"),
])
def test_cli_tables_fit_the_terminal_without_cropping(monkeypatch, query_sqlite, width,
                                                      command, words):
    monkeypatch.setenv("DETENTE_COLOR", "0")
    monkeypatch.setenv("COLUMNS", str(width))
    result = CliRunner().invoke(app, [*command, "--db", query_sqlite])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    tokens = set(result.stdout.split())
    assert set(words.split()) <= tokens  # wrapped at spaces, nothing cut at the edge
