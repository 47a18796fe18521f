"""The read endpoints over the query store (``query_store``: SQLite, and PostgreSQL when
DETENTE_TEST_PG is set): they answer what the query functions answer, in pages, as JSON, CSV or JSONL."""

from __future__ import annotations

import csv
import io
import json

import pytest

from detente.query import EVENT_COLUMNS, find_events, find_quotes, list_actors, stance_series


def test_app_health_counts_the_store(query_store, api_client):
    body = api_client(query_store).get("/api/v1/health").json()
    assert body["ok"] is True and body["schema_version"] == "1"
    assert body["counts"]["articles"] == 4 and body["counts"]["events"] == 13
    assert body["write_enabled"] is False
    assert body["backend"] in ("sqlite", "postgresql")


def test_app_events_page_equals_find_events(query_store, api_client):
    client = api_client(query_store)
    body = client.get("/api/v1/events", params={"per_page": 5}).json()
    expected = find_events(query_store)
    assert body["total"] == 13 and body["page"] == 1 and body["per_page"] == 5
    assert body["rows"] == expected[:5]
    second = client.get(body["next"]).json()
    assert second["rows"] == expected[5:10] and second["page"] == 2
    last = client.get("/api/v1/events", params={"per_page": 5, "page": 3}).json()
    assert last["rows"] == expected[10:] and last["next"] is None
    beyond = client.get("/api/v1/events", params={"per_page": 5, "page": 9}).json()
    assert beyond["rows"] == [] and beyond["total"] == 13


@pytest.mark.parametrize("params, kwargs", [
    ({"actor": "RUS", "role": "source"}, {"actor": "RUS", "role": "source"}),
    ({"type": ["ASSAULT", "retreat"]}, {"type": ["ASSAULT", "RETREAT"]}),
    ({"type": "CONSULT,REJECT", "modality": "asserted"},
     {"type": "CONSULT,REJECT", "modality": "asserted"}),
    ({"since": "2022-11", "until": "2022-11-15"}, {"since": "2022-11", "until": "2022-11-15"}),
    ({"outlet": "reuters", "min_confidence": "0.8"}, {"outlet": "reuters",
                                                      "min_confidence": 0.8}),
    ({"actor": "zelensky", "actor_ignored": "x"}, {"actor": "zelensky"}),
])
def test_app_events_filters_are_the_cli_filters(query_store, api_client, params, kwargs):
    body = api_client(query_store).get("/api/v1/events", params=params).json()
    expected = find_events(query_store, **kwargs)
    assert 0 < len(expected) < 13
    assert body["rows"] == expected and body["total"] == len(expected)


def test_app_events_empty_parameters_count_as_absent(query_store, api_client):
    body = api_client(query_store).get("/api/v1/events?actor=&type=&since=&outlet=").json()
    assert body["total"] == 13


def test_app_events_csv_and_jsonl_stream_the_whole_filter(query_store, api_client):
    client = api_client(query_store)
    r = client.get("/api/v1/events", params={"type": "RETREAT", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0]) == list(EVENT_COLUMNS) and len(rows) == 3
    assert {row["type"] for row in rows} == {"RETREAT"}
    r = client.get("/api/v1/events", params={"format": "jsonl", "per_page": 4, "page": 2})
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert lines == find_events(query_store)[4:8]


def test_app_articles_list_search_and_extract(query_store, api_client):
    client = api_client(query_store)
    body = client.get("/api/v1/articles").json()
    assert body["total"] == 4
    assert [r["title"] for r in body["rows"]][:3] == [
        "A year of war", "Moscow rejects talks", "Russia withdraws from Kherson"]
    found = client.get("/api/v1/articles", params={"q": "KHERSON withdrawal"}).json()
    assert [r["title"] for r in found["rows"]] == ["Moscow rejects talks"]
    by_outlet = client.get("/api/v1/articles", params={"outlet": "reuters"}).json()
    assert by_outlet["total"] == 2
    aid = body["rows"][0]["article_id"]
    assert client.get(f"/api/v1/articles/{aid}").json() == query_store.extract(aid)


def test_app_quotes_page_and_summary(query_store, api_client):
    body = api_client(query_store).get("/api/v1/quotes", params={"anonymous": "true",
                                                              "per_page": 2}).json()
    expected = find_quotes(query_store, anonymous=True)
    assert body["total"] == 3 and body["rows"] == expected.rows[:2]
    assert body["summary"]["attributions"] == 7 and body["summary"]["anonymous"] == 3
    assert body["summary"]["share_anonymous"] == pytest.approx(3 / 7, abs=1e-3)


def test_app_actors_and_stances(query_store, api_client):
    client = api_client(query_store)
    actors = client.get("/api/v1/actors", params={"actor": "UKR", "per_page": 2}).json()
    expected = list_actors(query_store, actor="UKR")
    assert actors["total"] == len(expected) and actors["rows"] == expected[:2]
    timeline = client.get("/api/v1/stances/timeline", params={"actor": "UKR"}).json()
    assert timeline["series"] == stance_series(query_store, actor="UKR")
    (series,) = timeline["series"]
    assert [p["position"] for p in series["positions"]] == ["open", "conditional", "opposed"]
    assert all(p["stance_id"] for p in series["positions"])
    flat = client.get("/api/v1/stances", params={"actor": "UKR"}).json()
    assert flat["total"] == 3 and flat["rows"][1]["change"] == "open -> conditional"


def test_app_stats_counts_by_type_week_dyads_outlets(query_store, api_client):
    body = api_client(query_store).get("/api/v1/stats").json()
    assert body["events"] == 13 and body["articles"] == 4
    by_type = {r["type"]: r["events"] for r in body["by_type"]}
    assert by_type["CONSULT"] == 3 and by_type["SANCTION"] == 2
    weeks = {(r["week"], r["type"]): r["events"] for r in body["by_week"]}
    assert weeks[("2022-11-07", "RETREAT")] == 2  # Nov 9 (two withdrawals), a Wednesday
    assert weeks[(None, "SANCTION")] == 2  # no date, no publication date
    assert sum(weeks.values()) == 13
    top = body["top_dyads"][0]
    assert (top["source"], top["target"], top["events"]) == ("RUS", "UKR", 2)
    outlets = {r["outlet"]: r for r in body["anonymous_by_outlet"]}
    assert outlets["Reuters"]["anonymous"] == 2 and outlets["Reuters"]["attributions"] == 3
    only = api_client(query_store).get("/api/v1/stats", params={"type": "ASSAULT"}).json()
    assert only["events"] == 2 and [r["type"] for r in only["by_type"]] == ["ASSAULT"]


def test_app_openapi_lists_every_endpoint_with_the_error_shape(query_store, api_client):
    schema = api_client(query_store).get("/api/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/v1/health", "/api/v1/articles", "/api/v1/articles/{id}",
                 "/api/v1/events", "/api/v1/quotes", "/api/v1/actors", "/api/v1/stances",
                 "/api/v1/stances/timeline", "/api/v1/stats", "/api/v1/extract"):
        assert path in paths
    assert "post" in paths["/api/v1/articles"] and "get" in paths["/api/v1/articles"]
    events = paths["/api/v1/events"]["get"]["responses"]
    assert events["400"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"}
    assert "422" not in events  # FastAPI's own validation shape is not used
    assert "413" in paths["/api/v1/extract"]["post"]["responses"]


def test_app_docs_page_is_served_without_a_cdn(query_store, api_client):
    client = api_client(query_store)
    page = client.get("/api/docs")
    assert page.status_code == 200 and "http" not in page.text.replace("http-equiv", "")
    for asset in ("/static/vendor/swagger-ui-bundle.js", "/static/vendor/swagger-ui.css",
                  "/static/vendor/plotly.min.js", "/static/docs.js"):
        r = client.get(asset)
        assert r.status_code == 200 and len(r.content) > 100, asset
