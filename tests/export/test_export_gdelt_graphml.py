"""GDELT 2.0 event table (columns, codes, QuadClass, counts) and GraphML (weights via networkx)."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.export import export
from detente.export.gdelt import (
    GDELT_COLUMNS,
    actor_fields,
    cameo_codes,
    goldstein,
    lead_end,
    quad_class,
)


def read_gdelt(path, header=True):
    with open(path, encoding="utf-8", newline="") as f:
        if header:
            return list(csv.DictReader(f, delimiter="\t"))
        return [dict(zip(GDELT_COLUMNS, row)) for row in csv.reader(f, delimiter="\t")]


# --------------------------------------------------------------------------- GDELT units


def test_gdelt_columns_are_gdelt_2_order_and_names():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[5:8] == ("Actor1Code", "Actor1Name", "Actor1CountryCode")
    assert GDELT_COLUMNS[15] == "Actor2Code" and GDELT_COLUMNS[24] == "Actor2Type3Code"
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode",
                                    "EventRootCode", "QuadClass", "GoldsteinScale",
                                    "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[35] == "Actor1Geo_Type" and GDELT_COLUMNS[39] == "Actor1Geo_ADM2Code"
    assert GDELT_COLUMNS[51:59] == tuple(f"ActionGeo_{f}" for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"))
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


@pytest.mark.parametrize("root, quad", [
    ("01", 1), ("04", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4),
    ("19", 4), ("20", 4), ("21", None), (None, None),
])
def test_gdelt_quad_class_from_cameo_root(root, quad):
    assert quad_class(root) == quad


def test_gdelt_goldstein_is_signed_by_quad_class():
    for n in range(1, 21):
        root = f"{n:02d}"
        value = goldstein(root)
        assert -10 <= value <= 10
        assert (value >= 0) == (quad_class(root) in (1, 2)) or root == "01"


def test_gdelt_cameo_codes_from_crosswalk_and_stored_root():
    assert cameo_codes("RETREAT", "withdraw", "08") == ("0872", "087", "08")
    assert cameo_codes("CONSULT", None, "04") == ("040", "040", "04")
    assert cameo_codes("ASSAULT", "aerial", "19") == ("195", "195", "19")
    assert cameo_codes("ASSAULT", "aerial", "20") == ("200", "200", "20")  # stored root wins
    assert cameo_codes("RETREAT", "withdraw", "0874") == ("0874", "087", "08")
    assert cameo_codes("NOT_A_TYPE", None, None) is None


def test_gdelt_actor_fields_split_codes():
    assert actor_fields("RUS.GOV") == {"Code": "RUSGOV", "CountryCode": "RUS",
                                       "KnownGroupCode": "", "Type1Code": "GOV",
                                       "Type2Code": "", "Type3Code": ""}
    nato = actor_fields("NATO.MIL")
    assert (nato["Code"], nato["KnownGroupCode"], nato["CountryCode"]) == ("NATMIL", "NAT", "")
    assert actor_fields("WST")["CountryCode"] == "WST"
    assert actor_fields(None)["Code"] == ""


def test_gdelt_lead_skips_the_headline():
    text = "Headline here\n\nFirst paragraph, the lead.\n\nSecond paragraph."
    assert text[:lead_end(text, "Headline here")].endswith("the lead.")


# --------------------------------------------------------------------------- GDELT export


def test_export_gdelt_rows_columns_and_codes(query_db, tmp_path):
    out = tmp_path / "events.tsv"
    summary = export(query_db, "gdelt", out)
    rows = read_gdelt(out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    assert all(len(line.split("\t")) == 61 for line in lines)
    # asserted events only; the two Kherson withdrawals are one GDELT event; the two
    # undated sanctions (no publication date either) are left out
    assert len(rows) == 6 and summary.rows == {"events": 6}
    assert any("2 undated" in note for note in summary.notes)
    by_code = {(r["Day"], r["EventCode"]): r for r in rows}

    shelling = by_code[("20221108", "194")]
    assert (shelling["MonthYear"], shelling["Year"], shelling["FractionDate"]) == (
        "202211", "2022", "2022.8548")
    assert (shelling["Actor1Code"], shelling["Actor1Name"], shelling["Actor1CountryCode"]) == (
        "RUS", "RUSSIA", "RUS")
    assert (shelling["Actor2Code"], shelling["Actor2CountryCode"]) == ("UKR", "UKR")
    assert (shelling["EventBaseCode"], shelling["EventRootCode"]) == ("194", "19")
    assert shelling["QuadClass"] == "4" and float(shelling["GoldsteinScale"]) == -10.0
    assert shelling["AvgTone"] == "" and shelling["Actor1Geo_FullName"] == ""
    assert (shelling["ActionGeo_Type"], shelling["ActionGeo_FullName"],
            shelling["ActionGeo_CountryCode"], shelling["ActionGeo_FeatureID"]) == (
        "4", "Mykolaiv, Ukraine", "UP", "700569")
    assert float(shelling["ActionGeo_Lat"]) == pytest.approx(46.97)
    assert shelling["SOURCEURL"] == "https://example.org/reuters/kherson"
    assert len(shelling["DATEADDED"]) == 14 and shelling["DATEADDED"].isdigit()
    assert shelling["IsRootEvent"] == "1"

    kherson = by_code[("20221109", "0872")]
    assert (kherson["NumMentions"], kherson["NumSources"], kherson["NumArticles"]) == (
        "2", "2", "2")
    assert kherson["QuadClass"] == "2" and kherson["Actor2Code"] == ""

    talks = by_code[("20221115", "040")]
    assert (talks["Actor1Code"], talks["Actor1Type1Code"], talks["Actor2Code"]) == (
        "USAGOV", "GOV", "UKRGOV")
    assert talks["QuadClass"] == "1" and talks["ActionGeo_CountryCode"] == "RO"

    assert by_code[("20230224", "125")]["QuadClass"] == "3"  # REJECT meet, dated by article
    assert by_code[("20230201", "138")]["Actor2Code"] == "WST"  # month precision
    assert by_code[("20230223", "195")]["IsRootEvent"] == "0"  # second paragraph
    assert len({r["GlobalEventID"] for r in rows}) == 6


def test_export_gdelt_ids_are_stable_and_header_optional(query_sqlite, tmp_path):
    export(query_sqlite, "gdelt", tmp_path / "a.tsv")
    export(query_sqlite, "gdelt", tmp_path / "b.tsv", header=False)
    a, b = read_gdelt(tmp_path / "a.tsv"), read_gdelt(tmp_path / "b.tsv", header=False)
    assert a == b
    assert not (tmp_path / "b.tsv").read_text(encoding="utf-8").startswith("GlobalEventID")


def test_export_gdelt_modalities(query_sqlite, tmp_path):
    export(query_sqlite, "gdelt", tmp_path / "all.tsv", modalities=["all"])
    rows = read_gdelt(tmp_path / "all.tsv")
    assert len(rows) == 10  # 11 dated events, the two Kherson withdrawals merged
    assert {r["EventCode"] for r in rows} >= {"040", "070", "0872"}
    future = export(query_sqlite, "gdelt", tmp_path / "f.tsv", modalities="future")
    assert future.rows == {"events": 2}


# --------------------------------------------------------------------------- GraphML


def test_export_graphml_weights_per_type_via_networkx(query_db, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "net.graphml"
    summary = export(query_db, "graphml", out)
    graph = nx.read_graphml(out)
    assert graph.is_directed()
    assert summary.rows == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    rus_ukr = graph.edges["RUS", "UKR"]
    assert rus_ukr["weight"] == 2 and rus_ukr["ASSAULT"] == 2 and rus_ukr["CONSULT"] == 0
    assert rus_ukr["material_conflict"] == 2
    # asserted only by default: the negated RUS.GOV -> UKR talks are not an edge
    assert not graph.has_edge("RUS.GOV", "UKR")
    assert graph.edges["UKR.GOV", "RUS"]["REJECT"] == 1
    assert graph.edges["UKR.GOV", "RUS"]["weight"] == 1
    assert graph.nodes["UKR.GOV"]["label"] == "Volodymyr Zelensky"
    assert graph.nodes["RUS"]["label"] == "Russia" and graph.nodes["RUS"]["country"] == "RUS"
    assert graph.nodes["RUS"]["as_source"] == 5
    assert graph.nodes["EU"]["as_source"] == 2
    assert not graph.has_node("NATO")  # its only event is a future one


def test_export_graphml_all_modalities(query_sqlite, tmp_path):
    nx = pytest.importorskip("networkx")
    export(query_sqlite, "graphml", tmp_path / "all.graphml", modalities="all")
    graph = nx.read_graphml(tmp_path / "all.graphml")
    assert graph.edges["UKR.GOV", "RUS"]["weight"] == 2
    assert graph.edges["UKR.GOV", "RUS"]["CONSULT"] == 1
    assert graph.edges["RUS.GOV", "UKR"]["CONSULT"] == 1
    assert graph.edges["NATO", "UKR"]["AID"] == 1


# --------------------------------------------------------------------------- CLI


def test_cli_export_formats_and_errors(query_sqlite, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--format", "parquet", str(tmp_path / "pq"),
                                 "--db", query_sqlite])
    assert result.exit_code == 0, result.output
    assert "wrote 12 file(s)" in result.stdout and "events 13" in result.stdout
    result = runner.invoke(app, ["export", "-f", "gdelt", "-", "--db", query_sqlite,
                                 "--no-header", "--modality", "asserted"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter="\t"))
    assert len(rows) == 6 and all(len(r) == 61 for r in rows)
    assert "wrote to stdout" in result.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["export", "-f", "csv", str(blocker), "--db", query_sqlite])
    assert result.exit_code == 2
    assert str(blocker) in result.stderr and "directory" in result.stderr
    result = runner.invoke(app, ["export", "-f", "graphml", str(tmp_path / "g.graphml"),
                                 "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 2 and "error:" in result.stderr
