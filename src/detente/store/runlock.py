"""Whether the process behind a ``running`` run is still alive: a lock it holds.

An ingest takes its run's lock *before* the run's row is written, and keeps it until the row
says ``done``, ``interrupted`` or ``failed``. The operating system (SQLite) or the database
server (PostgreSQL) drops the lock when the process dies, SIGKILL and lost machines
included. So a run that is ``running`` in the table while its lock can be taken has lost its
process: ``Store.open`` marks it ``interrupted`` (``mark_abandoned``), and the next
``detente ingest`` over the same inputs resumes it (stored articles are skipped).

* SQLite: an ``flock`` on ``.<db file>.runs/<run id>.lock`` beside the store file;
* PostgreSQL: a session-level advisory lock keyed by the run id, on a connection of its own.

Stores without a file (``sqlite://`` in memory) cannot tell; their runs are left alone.
"""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path
from typing import Any, Container

from sqlalchemy import Engine, select, text, update

from . import schema as t

try:  # not on Windows: there, runs left by a dead process stay "running"
    import fcntl
except ImportError:  # pragma: no cover - platform
    fcntl = None  # type: ignore[assignment]

__all__ = ["RunLock", "abandoned", "mark_abandoned"]

log = logging.getLogger("detente.store")


def _key(run_id: str) -> int:
    """The advisory-lock key of RUN_ID: 60 bits of its hex id (a positive bigint)."""
    return int(run_id[:15], 16)


def _lock_path(db_path: Path, run_id: str) -> Path:
    return db_path.parent / f".{db_path.name}.runs" / f"{run_id}.lock"


class RunLock:
    """The lock of one run, held by the process that runs it (``release`` when done)."""

    def __init__(self, run_id: str, handle: Any, path: Path | None = None) -> None:
        self.run_id = run_id
        self._handle = handle  # an open file (SQLite) or a Connection (PostgreSQL)
        self._path = path

    @classmethod
    def take(cls, engine: Engine, db_path: Path | None, run_id: str) -> "RunLock | None":
        """The lock of RUN_ID (new: nobody holds it), or None where locks are not possible."""
        if engine.dialect.name == "postgresql":
            conn = engine.connect()
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _key(run_id)})
            conn.commit()  # the lock is the session's: no transaction left open
            return cls(run_id, conn)
        if db_path is None or fcntl is None:
            return None
        path = _lock_path(db_path, run_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+")
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        return cls(run_id, handle, path)

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if self._path is None:  # PostgreSQL
            try:
                handle.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(self.run_id)})
                handle.commit()
            finally:
                handle.close()
            return
        try:
            self._path.unlink(missing_ok=True)
        finally:
            handle.close()  # closing the file drops the flock


def abandoned(engine: Engine, db_path: Path | None, run_id: str) -> bool:
    """Whether RUN_ID (a ``running`` run) has lost its process: its lock can be taken.
    False where that cannot be told."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            free = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                     {"k": _key(run_id)}).scalar())
            if free:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(run_id)})
            conn.commit()
        return free
    if db_path is None or fcntl is None:
        return False
    path = _lock_path(db_path, run_id)
    try:
        handle = path.open("r+")
    except FileNotFoundError:
        return True  # a run is written after its lock file: none means its process is gone
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # held: the run's process is alive
        path.unlink(missing_ok=True)
        return True
    finally:
        handle.close()


def mark_abandoned(engine: Engine, db_path: Path | None, own: Container[str] = ()) -> list[str]:
    """Mark ``interrupted`` every ``running`` run (but OWN, this process's) whose process is
    gone; their ids."""
    with engine.connect() as conn:
        running = list(conn.execute(
            select(t.runs.c.id).where(t.runs.c.status == "running")).scalars())
    marked = []
    for run_id in running:
        if run_id in own or not abandoned(engine, db_path, run_id):
            continue
        with engine.begin() as conn:
            conn.execute(update(t.runs).where(t.runs.c.id == run_id)
                         .where(t.runs.c.status == "running").values(status="interrupted"))
        marked.append(run_id)
        log.warning("run %s had lost its process: marked interrupted", run_id)
    return marked
