"""Helpers for tests of code that uses the store, against SQLite and PostgreSQL.

    @pytest.fixture(params=testing.BACKENDS)
    def db_url(request, tmp_path):
        return testing.database_url(request.param, tmp_path)

``BACKENDS`` is ``sqlite`` and ``postgresql``; the PostgreSQL parameter is skipped only
when ``DETENTE_TEST_PG`` (a URL such as
``postgresql+psycopg://postgres@127.0.0.1:54329/detente_test``, set by ``.ci/run``) is
unset. Each PostgreSQL test gets the database emptied first (schema ``public`` dropped and
created again), so tests must not run in parallel against the same database.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine

__all__ = ["BACKENDS", "PG_ENV", "database_url", "reset_postgres", "sample_extract"]

PG_ENV = "DETENTE_TEST_PG"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.skipif(
        not os.environ.get(PG_ENV), reason=f"{PG_ENV} is not set (no PostgreSQL to test)")),
]


def reset_postgres(url: str) -> None:
    """Empty the PostgreSQL database at URL: every table, index and Alembic's version row."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()


def database_url(backend: str, tmp_path: Path) -> str:
    """A fresh, empty store URL for BACKEND (``sqlite`` file in TMP_PATH, or PostgreSQL)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set (no PostgreSQL to test)")
    reset_postgres(url)
    return url


def _span(text: str) -> dict:
    start = _TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text}


_TEXT = ("Russia withdrew from Kherson on Wednesday, Maria Zakharova said. "
        "Kyiv will talk only if troops leave.")


def sample_extract() -> dict:
    """A contract dict (``extract-json.md``) using every field of the contract: two events,
    one quoted and located, a conditional one, a stance with a condition, an anonymous quote."""
    return {
        "schema_version": "1",
        "article": {"id": "given-1", "title": "T", "outlet": "O", "author": "A",
                    "published": "2022-11-09", "url": "https://example.org/1", "text": _TEXT},
        "actors": [
            {"id": "a1", "name": "Russia", "code": "RUS", "kind": "country", "anonymous": False,
             "country": "RUS", "mentions": [_span("Russia")]},
            {"id": "a2", "name": "Maria Zakharova", "code": "RUS.GOV", "kind": "person",
             "anonymous": False, "country": "RUS", "mentions": [_span("Maria Zakharova")]},
            {"id": "a3", "name": "Kyiv", "code": None, "kind": "country", "anonymous": True,
             "country": None, "mentions": []},
        ],
        "places": [
            {"id": "p1", "name": "Kherson", "country": "UKR", "lat": 46.64, "lon": 32.61,
             "geonameid": 706448, "feature": "city", "mentions": [_span("Kherson")]},
            {"id": "p2", "name": "Nowhere", "country": None, "lat": None, "lon": None,
             "geonameid": None, "feature": None, "mentions": []},
        ],
        "attributions": [
            {"id": "q1", "speaker": "a2", "speaker_name": "Maria Zakharova",
             "speaker_code": "RUS.GOV", "anonymous": False,
             "source_mention": _span("Maria Zakharova"), "cue": _span("said"),
             "kind": "indirect", "content": _span("Russia withdrew from Kherson on Wednesday"),
             "via": ["a1"], "via_names": ["Russia"]},
            {"id": "q2", "speaker": None, "speaker_name": None, "speaker_code": None,
             "anonymous": True, "source_mention": None, "cue": None, "kind": "direct",
             "content": _span("Kyiv"), "via": [], "via_names": []},
        ],
        "events": [
            {"id": "e1", "type": "RETREAT", "mode": "withdraw", "source": ["a1"],
             "target": [], "source_codes": ["RUS"], "target_codes": ["UKR", "UKR.MIL"],
             "modality": "asserted", "condition": None, "attribution": "q1",
             "date": {"value": "2022-11-09", "precision": "day", "text": "Wednesday"},
             "location": {"name": "Kherson", "country": "UKR", "lat": 46.64, "lon": 32.61,
                          "geonameid": 706448},
             "quantities": [{"value": 300000, "unit": "troops", "text": "300,000 troops"}],
             "trigger": _span("withdrew"), "evidence": _span("Russia withdrew"),
             "confidence": 0.8, "cameo": "0874"},
            {"id": "e2", "type": "CONSULT", "mode": None, "source": ["a3", "a1"],
             "target": ["a1"], "source_codes": [], "target_codes": [],
             "modality": "hypothetical", "condition": "e1", "attribution": None,
             "date": {"value": "2022-12", "precision": "season", "text": "this winter"},
             "location": None, "quantities": [], "trigger": _span("talk"),
             "evidence": _span("Kyiv will talk"), "confidence": 0.5, "cameo": None},
        ],
        "stances": [
            {"id": "s1", "actor": "a3", "actor_code": None, "topic": "negotiations",
             "position": "conditional", "conditions": [_span("if troops leave")],
             "evidence": _span("Kyiv will talk"), "attribution": None,
             "date": {"value": "2022-10-31", "precision": "week", "text": None}},
        ],
    }
