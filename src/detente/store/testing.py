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

__all__ = ["BACKENDS", "PG_ENV", "database_url", "reset_postgres"]

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
