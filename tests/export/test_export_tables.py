"""Parquet and CSV (a file per table) and JSONL (one contract dict per article, round trip)."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from detente.errors import ExportError, QueryError
from detente.export import export
from detente.store import schema as t

TABLE_NAMES = {tb.name for tb in t.metadata.sorted_tables}


def test_export_parquet_a_file_per_table_readable_by_pyarrow(query_db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "parquet"
    summary = export(query_db, "parquet", out)
    assert {p.stem for p in out.glob("*.parquet")} == TABLE_NAMES
    assert summary.rows["events"] == 13 and summary.rows["failures"] == 0
    events = pq.read_table(out / "events.parquet")
    assert events.num_rows == 13
    assert events.schema.names == [c.name for c in t.events.columns]
    assert str(events.schema.field("date_start").type) == "date32[day]"
    assert str(events.schema.field("confidence").type) == "double"
    rows = {(r["article_id"], r["id"]): r for r in events.to_pylist()}
    mykolaiv = next(r for r in rows.values() if r["location_name"] == "Mykolaiv")
    assert mykolaiv["date_start"] == date(2022, 11, 8) and mykolaiv["cameo"] == "19"
    assert json.loads(mykolaiv["quantities"]) == []
    codes = pq.read_table(out / "event_codes.parquet").to_pylist()
    assert len(codes) == 23 and {"article_id", "event_id", "role", "seq", "code"} <= set(codes[0])
    attributions = pq.read_table(out / "attributions.parquet").to_pylist()
    assert sum(r["anonymous"] for r in attributions) == 3
    via = [json.loads(r["via_names"]) for r in attributions if r["via_names"]]
    assert ["Reuters"] in via
    runs = pq.read_table(out / "runs.parquet")
    assert str(runs.schema.field("started_at").type) == "timestamp[us, tz=UTC]"
    empty = pq.read_table(out / "failures.parquet")
    assert empty.num_rows == 0 and "reason" in empty.schema.names


def test_export_parquet_joins_work_in_pandas_style(query_sqlite, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    export(query_sqlite, "parquet", tmp_path)
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    articles = {r["id"]: r for r in pq.read_table(tmp_path / "articles.parquet").to_pylist()}
    outlets = sorted({articles[e["article_id"]]["outlet"] for e in events})
    assert outlets == ["AP", "Kyiv Independent", "Reuters"]


def test_export_csv_a_file_per_table_with_header(query_db, tmp_path):
    summary = export(query_db, "csv", tmp_path / "csv")
    assert {p.stem for p in (tmp_path / "csv").glob("*.csv")} == TABLE_NAMES
    assert len(summary.files) == len(TABLE_NAMES)
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == [c.name for c in t.events.columns]
    assert len(rows) == 13
    kherson = [r for r in rows if r["location_name"] == "Kherson"]
    assert {r["date_start"] for r in kherson} == {"2022-11-09"}
    undated = [r for r in rows if r["type"] == "SANCTION"]
    assert all(r["date_start"] == "" for r in undated)
    with open(tmp_path / "csv" / "attributions.csv", encoding="utf-8", newline="") as f:
        quotes = list(csv.DictReader(f))
    assert sorted(r["anonymous"] for r in quotes) == ["false"] * 4 + ["true"] * 3
    assert '["Reuters"]' in {r["via_names"] for r in quotes}


def test_export_jsonl_round_trips_the_inserted_dicts(query_db, query_contracts, tmp_path):
    out = tmp_path / "all.jsonl"
    summary = export(query_db, "jsonl", out)
    assert summary.rows == {"articles": 4} and summary.files == [str(out)]
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_id = {r["article"]["id"]: r for r in exported}
    assert by_id == {r["article"]["id"]: r for r in query_contracts}


def test_export_jsonl_into_a_directory_gets_default_name(query_sqlite, tmp_path):
    summary = export(query_sqlite, "jsonl", tmp_path)
    assert summary.files == [str(tmp_path / "detente.jsonl")]
    assert len((tmp_path / "detente.jsonl").read_text(encoding="utf-8").splitlines()) == 4
    assert not list(tmp_path.glob(".*tmp*"))  # the temporary file was renamed
    new_dir = f"{tmp_path / 'new'}/"  # a trailing slash: a directory, created
    assert export(query_sqlite, "graphml", new_dir).files == [str(tmp_path / "new" /
                                                                  "actors.graphml")]


def test_export_unwritable_out_names_it(query_sqlite, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExportError) as err:
        export(query_sqlite, "parquet", blocker)
    assert str(blocker) in str(err.value) and "directory" in str(err.value)
    with pytest.raises(ExportError) as err:
        export(query_sqlite, "csv", blocker / "sub")
    assert "cannot write" in str(err.value) and "writable" in str(err.value)
    with pytest.raises(ExportError) as err:
        export(query_sqlite, "jsonl", blocker / "sub" / "x.jsonl")
    assert str(blocker) in str(err.value) and "writable" in str(err.value)
    with pytest.raises(ExportError, match="stdout"):
        export(query_sqlite, "parquet", "-")


def test_export_unknown_format_or_modality(query_sqlite, tmp_path):
    with pytest.raises(QueryError, match="unknown export format 'xls'"):
        export(query_sqlite, "xls", tmp_path)
    with pytest.raises(QueryError, match="unknown modality 'rumoured'"):
        export(query_sqlite, "gdelt", tmp_path / "g.tsv", modalities=["rumoured"])
