"""The store: every ingested article and its extract, in SQLite or PostgreSQL.

``schema`` defines the tables (documented in ``store/SCHEMA.md``), ``db.Store`` opens a
store (migrating it with Alembic) and writes and reads it, ``rows`` maps a contract dict
to rows and back.
"""

from __future__ import annotations

from .db import BatchCounts, Failure, Store, Stored, display_url

__all__ = ["BatchCounts", "Failure", "Store", "Stored", "display_url"]
