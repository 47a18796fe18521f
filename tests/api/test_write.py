"""POST /api/v1/extract and POST /api/v1/articles with the real model (slow)."""

from __future__ import annotations

import pytest

from detente.models import content_id
from detente.output.contract import check_spans

pytestmark = pytest.mark.slow

TOKEN = "a-long-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
# Written for this test.
TEXT = ("Russian and Ukrainian negotiators will meet in Istanbul on Friday, the Turkish "
        "foreign ministry said on Tuesday. Kyiv has not agreed to any ceasefire, a senior "
        "Ukrainian official told reporters.")
BODY = {"text": TEXT, "title": "Negotiators to meet in Istanbul", "outlet": "Test Wire",
        "published": "2024-05-07"}


def test_write_extract_returns_the_contract_and_stores_nothing(query_db, api_client, nlp):
    client = api_client(query_db, token=TOKEN, nlp=nlp)
    r = client.post("/api/v1/extract", json=BODY, headers=AUTH)
    assert r.status_code == 200, r.text
    result = r.json()
    assert result["schema_version"] == "1" and result["article"]["text"] == TEXT
    assert result["article"]["published"] == "2024-05-07"
    assert result["article"]["outlet"] == "Test Wire"
    assert check_spans(result) == []
    assert any(e["type"] == "CONSULT" for e in result["events"])
    assert any(q["anonymous"] for q in result["attributions"])
    assert client.get("/api/v1/health").json()["counts"]["articles"] == 4


def test_write_articles_is_idempotent_by_content_hash(query_db, api_client, nlp):
    client = api_client(query_db, token=TOKEN, nlp=nlp)
    first = client.post("/api/v1/articles", json=BODY, headers=AUTH)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["created"] is True and body["id"] == content_id(TEXT)
    assert first.headers["location"] == f"/api/v1/articles/{body['id']}"
    stored = client.get(f"/api/v1/articles/{body['id']}").json()
    assert stored == body["extract"] and stored["article"]["title"] == BODY["title"]
    again = client.post("/api/v1/articles", json={**BODY, "title": "Another title"},
                        headers=AUTH)
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["extract"] == stored  # not extracted again
    health = client.get("/api/v1/health").json()
    assert health["counts"]["articles"] == 5
    assert client.get("/api/v1/articles", params={"q": "Istanbul"}).json()["total"] == 1


@pytest.mark.parametrize("path", ["/api/v1/extract", "/api/v1/articles"])
def test_write_article_over_the_time_budget_is_413_and_the_server_goes_on(
        query_db, api_client, nlp, monkeypatch, path):
    client = api_client(query_db, token=TOKEN, nlp=nlp)
    monkeypatch.setenv("DETENTE_ARTICLE_TIME_BUDGET", "0.000001")
    r = client.post(path, json=BODY, headers=AUTH)
    assert r.status_code == 413, r.text
    body = r.json()
    assert body["ok"] is False and body["status"] == 413
    assert "article_time_budget" in body["error"] and "\n" not in body["error"]
    assert client.get("/api/v1/health").json()["counts"]["articles"] == 4  # nothing stored
    monkeypatch.delenv("DETENTE_ARTICLE_TIME_BUDGET")
    assert client.post("/api/v1/extract", json=BODY, headers=AUTH).status_code == 200
