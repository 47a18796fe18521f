"""Alembic migrations of the detente store (applied by ``Store.open``); see README.md here."""
