"""Alembic environment for the detente store.

``Store.upgrade`` passes an open connection in ``config.attributes["connection"]``; the
``alembic`` command line (``alembic -c src/detente/store/alembic.ini ...``) uses the URL in
``-x db=URL``, else the db setting ($DETENTE_DB, default sqlite:///detente.db).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from detente import settings
from detente.store.schema import metadata

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # ALTER TABLE on SQLite
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("db") or settings.get("db")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    url = context.get_x_argument(as_dictionary=True).get("db") or settings.get("db")
    context.configure(url=url, target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_online()
