"""One JSON error shape for every error (the datasette model), and the exception table."""

from __future__ import annotations

import pytest

from detente import errors as e
from detente.api.errors import STATUS, status_for

SHAPE = {"ok", "status", "error", "errors", "parameter"}

BAD_READS = [
    ("/api/v1/events?since=2022-13-45", 400, "since"),
    ("/api/v1/events?until=yesterday", 400, "until"),
    ("/api/v1/events?since=2023&until=2022", 400, "since"),
    ("/api/v1/events?type=BOMBING", 400, "type"),
    ("/api/v1/events?modality=maybe", 400, "modality"),
    ("/api/v1/events?role=victim", 400, "role"),
    ("/api/v1/events?min_confidence=2", 400, "min_confidence"),
    ("/api/v1/events?min_confidence=high", 400, "min_confidence"),
    ("/api/v1/events?page=0", 400, "page"),
    ("/api/v1/events?per_page=abc", 400, "per_page"),
    ("/api/v1/events?per_page=5000", 400, "per_page"),
    ("/api/v1/events?format=xml", 400, "format"),
    ("/api/v1/events?actor=%00RUS", 400, "actor"),
    ("/api/v1/quotes?anonymous=perhaps", 400, "anonymous"),
    ("/api/v1/quotes?since=2022-02-30", 400, "since"),
    ("/api/v1/articles?until=tomorrow", 400, "until"),
    ("/api/v1/stances?since=soon", 400, "since"),
    ("/api/v1/stats?dyads=0", 400, "dyads"),
    ("/api/v1/articles/0123456789abcdef", 404, "id"),
    ("/api/v1/articles/not-an-id", 404, "id"),
    ("/api/v1/nothing-here", 404, None),
]


@pytest.mark.parametrize("url, status, parameter", BAD_READS)
def test_errors_shape_of_bad_reads(query_store, api_client, url, status, parameter):
    r = api_client(query_store).get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == SHAPE
    assert body["ok"] is False and body["status"] == status
    assert body["parameter"] == parameter
    assert isinstance(body["error"], str) and "\n" not in body["error"] and body["error"]
    assert body["errors"] and all(isinstance(x, str) for x in body["errors"])
    if parameter:
        assert parameter in body["error"]  # the message names what to fix


def test_errors_shape_of_wrong_method(query_store, api_client):
    r = api_client(query_store).delete("/api/v1/events")
    assert r.status_code == 405 and set(r.json()) == SHAPE


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Bearer nope"}, 403), ({"Authorization": "Basic abc"}, 401),
    ({"Authorization": "Bearer"}, 401)])
def test_errors_shape_of_bad_tokens(query_store, api_client, headers, status):
    client = api_client(query_store, token="right-token")
    for path in ("/api/v1/extract", "/api/v1/articles"):
        r = client.post(path, json={"text": "Talks resumed."}, headers=headers)
        assert r.status_code == status and set(r.json()) == SHAPE
        if status == 401:
            assert r.headers["www-authenticate"] == "Bearer"


def test_errors_write_endpoints_off_without_a_token(query_store, api_client):
    r = api_client(query_store).post("/api/v1/extract", json={"text": "x"},
                                      headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "DETENTE_API_TOKEN" in r.json()["error"]


AUTH = {"Authorization": "Bearer t0ken"}


@pytest.mark.parametrize("body, status, parameter", [
    (b"{not json", 422, None),
    (b"", 422, None),
    (b'{"title": "no text"}', 422, "text"),
    (b'{"text": 42}', 422, "text"),
    (b'{"text": "ok", "colour": "red"}', 422, "colour"),
    (b'{"text": "   "}', 422, None),
    (b'{"text": "a\\u0000b"}', 422, None),
    (b'{"text": "a\\ud800b"}', 422, None),
    (b'{"text": "Talks resumed.", "published": "next week"}', 422, None),
    (b'["text"]', 422, None),
])
def test_errors_shape_of_bad_bodies(query_store, api_client, body, status, parameter):
    r = api_client(query_store, token="t0ken").post(
        "/api/v1/extract", content=body, headers={**AUTH, "content-type": "application/json"})
    assert r.status_code == status, r.text
    got = r.json()
    assert set(got) == SHAPE and got["status"] == status and got["parameter"] == parameter


def test_errors_oversized_body_is_413_before_auth_or_parsing(query_store, api_client):
    client = api_client(query_store, token="t0ken", max_body_bytes=1000)
    big = b'{"text": "' + b"x" * 2000 + b'"}'
    for headers in (AUTH, {}):
        r = client.post("/api/v1/articles", content=big,
                        headers={**headers, "content-type": "application/json"})
        assert r.status_code == 413 and set(r.json()) == SHAPE
        assert "max_input_bytes" in r.json()["error"]

    def chunks():  # no Content-Length: the limit applies to the streamed bytes
        for _ in range(5):
            yield b"x" * 300

    r = client.post("/api/v1/extract", content=chunks(), headers=AUTH)
    assert r.status_code == 413 and set(r.json()) == SHAPE


def test_errors_unexpected_exception_still_answers_the_shape(query_store, api_client):
    client = api_client(query_store)

    @client.app.get("/api/v1/boom")
    def boom() -> None:
        raise RuntimeError("a bug, with a secret path /etc/passwd")

    r = client.get("/api/v1/boom")
    assert r.status_code == 500 and set(r.json()) == SHAPE
    assert "passwd" not in r.text and "Traceback" not in r.text


def test_errors_store_failure_is_503(query_store, api_client):
    client = api_client(query_store)

    @client.app.get("/api/v1/broken")
    def broken() -> None:
        raise e.StoreError("cannot read sqlite:///x.db: disk I/O error")

    r = client.get("/api/v1/broken")
    assert r.status_code == 503 and r.json()["error"].startswith("cannot read")


def test_errors_pages_get_the_message_as_html(query_store, api_client):
    r = api_client(query_store).get("/events?since=someday")
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "since" in r.text and "someday" in r.text


def test_errors_status_table_follows_the_class_tree():
    assert status_for(e.QueryError("bad")) == 400
    assert status_for(e.InputTooLarge("text", "too big")) == 413
    assert status_for(e.EmptyInput("text", "empty")) == 422  # via InputError
    assert status_for(e.URLRefused("u", "private")) == 422  # FetchError -> InputError
    assert status_for(e.StoreError("down")) == 503
    assert status_for(ValueError("not ours")) == 500

    class BudgetExceeded(e.InputError):  # a later exception: inherits its parent's status
        pass

    assert status_for(BudgetExceeded("text", "took too long")) == 422
    STATUS[BudgetExceeded] = 413  # ... or gets its own with one line
    try:
        assert status_for(BudgetExceeded("text", "took too long")) == 413
    finally:
        del STATUS[BudgetExceeded]
