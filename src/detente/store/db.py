"""``Store``: open (and migrate) a detente store, write batches of extracts, read them back.

    store = Store.open("sqlite:///detente.db")      # or postgresql+psycopg://..., or None:
                                                     # the db setting ($DETENTE_DB)
    run = store.start_run(inputs=[...], engine="local")
    store.write_batch(run, [Stored(...), ...], failures=[...])   # one transaction
    store.finish_run(run, "done")
    store.extract(article_id)                        # the contract dict, rebuilt

Opening a store applies the Alembic migrations in ``store/migrations`` up to head, so a
store written by an older detente is upgraded in place, and marks ``interrupted`` the runs
still ``running`` whose process is gone (``runlock.py``). SQLite stores use WAL mode and
enforce foreign keys; each write is one transaction, so a crash loses at most the batch
being written.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DataError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
    StatementError,
)

from .. import __version__, settings
from ..errors import StoreError
from . import rows as rowmap
from . import schema as t
from .runlock import RunLock, mark_abandoned

__all__ = ["BatchCounts", "Failure", "Store", "Stored", "display_url", "utcnow"]

log = logging.getLogger("detente.store")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_IN_CHUNK = 500  # ids per IN (...) list

# Errors that one article's extract can cause (a broken constraint, a value of the wrong
# type): the batch is written again one article at a time, and the culprit recorded.
_ARTICLE_PROBLEMS = (IntegrityError, DataError, KeyError, TypeError, ValueError,
                     AttributeError)


def _article_problem(exc: BaseException) -> bool:
    # StatementError itself (not its DBAPIError subclasses): a value the driver refused
    return isinstance(exc, _ARTICLE_PROBLEMS) or type(exc) is StatementError


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def display_url(url: str) -> str:
    """URL with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _one_line(text: str, limit: int = 500) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


@dataclass
class Failure:
    """One input or article that could not be stored, and why."""

    input: str
    stage: str  # read | fetch | extract | store
    error: str  # exception class name
    reason: str  # one line
    article_id: str | None = None
    at: datetime = field(default_factory=utcnow)

    @classmethod
    def of(cls, exc: BaseException, input: str, stage: str, article_id: str | None = None
           ) -> "Failure":
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        return cls(input=input, stage=stage, error=type(exc).__name__,
                   reason=_one_line(message), article_id=article_id)


@dataclass
class Stored:
    """One extracted article ready to be written: its content hash, URL, origin and extract."""

    article_id: str
    url: str | None
    source: str | None
    result: dict[str, Any]


@dataclass
class BatchCounts:
    read: int = 0
    new: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    actors: int = 0
    places: int = 0
    attributions: int = 0
    events: int = 0
    stances: int = 0

    def add(self, other: "BatchCounts") -> None:
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)


_COUNT_COLUMNS = {"read": "n_read", "new": "n_new", "replaced": "n_replaced",
                  "skipped": "n_skipped", "failed": "n_failed", "actors": "n_actors",
                  "places": "n_places", "attributions": "n_attributions",
                  "events": "n_events", "stances": "n_stances"}


def _sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:" \
            or u.database.startswith("file:"):
        return None
    return Path(u.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (real transactions)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")


def _chunks(values: Sequence[Any], size: int = _IN_CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


class Store:
    """A detente store: an SQLAlchemy engine plus the operations ingest and queries need."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._locks: dict[str, RunLock] = {}  # runs this process is running (runlock.py)

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, url: str | None = None, *, create: bool = True, upgrade: bool = True
             ) -> "Store":
        """Open the store at URL (default: the db setting), migrating it to the latest schema.

        CREATE=False refuses an SQLite file that does not exist yet (for read-only
        commands), instead of creating an empty store.
        """
        url = settings.get("db", url)
        shown = display_url(url)
        try:
            path = _sqlite_path(url)
        except ArgumentError:
            raise StoreError(f"{url!r} is not a database URL; use sqlite:///PATH or "
                             "postgresql+psycopg://USER@HOST:PORT/DB") from None
        if path is not None:
            if not path.exists():
                if not create:
                    raise StoreError(f"no store at {path} ({shown}); run `detente ingest "
                                     "PATH... --db URL` first, or pass the right --db")
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create {path.parent} for the store "
                                     f"({exc.strerror or exc})") from None
        try:
            engine = create_engine(url)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise StoreError(f"cannot use {shown}: {_one_line(str(exc), 200)}; use "
                             "sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB") from None
        if engine.dialect.name == "sqlite":
            _configure_sqlite(engine)
        store = cls(engine, url)
        if upgrade:
            store.upgrade()
            store.mark_abandoned()
        return store

    def upgrade(self) -> None:
        """Apply the Alembic migrations up to head (nothing when already there)."""
        from alembic import command
        from alembic.config import Config
        from alembic.util.exc import CommandError

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":  # one migrator at a time
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242424242)")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except CommandError as exc:
            raise StoreError(f"cannot migrate {display_url(self.url)}: {exc}; was it "
                             "written by a newer detente?") from None
        except OperationalError as exc:
            raise StoreError(f"cannot open {display_url(self.url)}: "
                             f"{_one_line(str(exc.orig), 300)}") from None
        except DBAPIError as exc:
            raise StoreError(f"cannot migrate {display_url(self.url)}: "
                             f"{_one_line(str(exc.orig), 300)}") from None

    def revision(self) -> str | None:
        """The Alembic revision the store is at."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        for lock in list(self._locks.values()):
            lock.release()
        self._locks.clear()
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def display_url(self) -> str:
        return display_url(self.url)

    # ----------------------------------------------------------------- runs

    def start_run(
        self,
        *,
        inputs: Sequence[str] = (),
        engine: str = "local",
        workers: int | None = None,
        reprocess: bool = False,
        model_name: str | None = None,
        model_version: str | None = None,
        spacy_version: str | None = None,
        run_settings: Mapping[str, Any] | None = None,
    ) -> str:
        """Record a new run (status ``running``) and return its id."""
        from ..output.contract import SCHEMA_VERSION

        run_id = uuid.uuid4().hex
        # the lock first: a run in the table without its lock is one whose process is gone
        try:
            lock = RunLock.take(self.engine, _sqlite_path(self.url), run_id)
        except (OSError, SQLAlchemyError) as exc:
            raise StoreError(f"cannot lock the new run in {self.display_url}: "
                             f"{_one_line(str(exc), 300)}") from None
        values = {
            "id": run_id, "started_at": utcnow(), "status": "running",
            "detente_version": __version__, "schema_version": SCHEMA_VERSION,
            "model_name": model_name, "model_version": model_version,
            "spacy_version": spacy_version, "engine": engine, "workers": workers,
            "reprocess": reprocess, "host": socket.gethostname(), "inputs": list(inputs),
            "settings": dict(run_settings) if run_settings is not None else None,
            **{col: 0 for col in _COUNT_COLUMNS.values()},
        }
        try:
            self._execute(insert(t.runs).values(**values))
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if lock is not None:
            self._locks[run_id] = lock
        return run_id

    def set_run_model(self, run_id: str, name: str | None, version: str | None,
                      spacy_version: str | None = None) -> None:
        self._execute(update(t.runs).where(t.runs.c.id == run_id).values(
            model_name=name, model_version=version, spacy_version=spacy_version))

    def finish_run(self, run_id: str, status: str = "done") -> None:
        try:
            self._execute(update(t.runs).where(t.runs.c.id == run_id).values(
                status=status, finished_at=utcnow()))
        finally:
            lock = self._locks.pop(run_id, None)
            if lock is not None:
                lock.release()

    def mark_abandoned(self) -> list[str]:
        """Mark ``running`` runs whose process is gone (killed, its machine lost) as
        ``interrupted`` (``runlock.py``); their ids. Called by ``open``; a store that cannot
        be written (read-only) is left as it is."""
        try:
            return mark_abandoned(self.engine, _sqlite_path(self.url), set(self._locks))
        except (SQLAlchemyError, OSError) as exc:
            log.warning("could not check for abandoned runs in %s: %s", self.display_url,
                        _one_line(str(exc), 200))
            return []

    def _execute(self, statement: Any) -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(statement)
        except OperationalError as exc:
            raise StoreError(f"cannot write to {self.display_url}: "
                             f"{_one_line(str(exc.orig), 300)}") from None

    # ----------------------------------------------------------------- ingest

    def existing(self, ids: Iterable[str], urls: Iterable[str] = ()
                 ) -> tuple[set[str], dict[str, str]]:
        """Which of IDS (content hashes) are stored, and the article id of each stored URL."""
        try:
            with self.engine.connect() as conn:
                return self._existing(conn, list(ids), list(urls))
        except OperationalError as exc:
            raise StoreError(f"cannot read {self.display_url}: "
                             f"{_one_line(str(exc.orig), 300)}") from None

    @staticmethod
    def _existing(conn: Connection, ids: list[str], urls: list[str]
                  ) -> tuple[set[str], dict[str, str]]:
        a = t.articles
        found_ids: set[str] = set()
        found_urls: dict[str, str] = {}
        for chunk in _chunks(sorted(set(ids))):
            found_ids.update(conn.execute(select(a.c.id).where(a.c.id.in_(chunk))).scalars())
        for chunk in _chunks(sorted(set(u for u in urls if u))):
            for url, aid in conn.execute(select(a.c.url, a.c.id).where(a.c.url.in_(chunk))):
                found_urls[url] = aid
        return found_ids, found_urls

    def write_batch(
        self,
        run_id: str,
        items: Sequence[Stored] = (),
        failures: Sequence[Failure] = (),
        *,
        replace: bool = False,
        read: int = 0,
        skipped: int = 0,
    ) -> BatchCounts:
        """Write ITEMS, FAILURES and the run's counters in one transaction.

        An item whose content hash or URL is already stored is skipped, or with REPLACE its
        old rows are deleted and the new ones written, in the same transaction. READ and
        SKIPPED add to the run's counters (articles read, and skipped before extraction).
        When the batch cannot be written as a whole (a constraint broken by one article), each
        article is written in its own transaction and the ones that still fail are recorded
        as ``store`` failures. Raises StoreError when the database itself is unusable.
        """
        try:
            return self._transaction(run_id, items, failures, replace, read, skipped)
        except Exception as exc:
            if not _article_problem(exc):
                raise
            if not items:
                raise self._store_error(exc) from None
            log.warning("batch of %d could not be written (%s); writing one by one",
                        len(items), type(exc).__name__)
        total = BatchCounts()
        total.add(self._transaction(run_id, (), failures, replace, read, skipped))
        for item in items:
            try:
                total.add(self._transaction(run_id, [item], (), replace, 0, 0))
            except Exception as exc:
                if not _article_problem(exc):
                    raise
                reason = getattr(exc, "orig", None) or exc
                fail = Failure(input=item.source or item.article_id, stage="store",
                               error=type(reason).__name__,
                               reason=_one_line(f"cannot store the extract: {reason}"),
                               article_id=item.article_id)
                total.add(self._transaction(run_id, (), [fail], replace, 0, 0))
        return total

    def _transaction(self, run_id: str, items: Sequence[Stored], failures: Sequence[Failure],
                     replace: bool, read: int, skipped: int) -> BatchCounts:
        """``_write`` in its own transaction; errors of the database itself -> StoreError."""
        try:
            with self.engine.begin() as conn:
                return self._write(conn, run_id, items, failures, replace, read, skipped)
        except SQLAlchemyError as exc:
            if _article_problem(exc):
                raise
            raise self._store_error(exc) from None

    def _store_error(self, exc: BaseException) -> StoreError:
        reason = getattr(exc, "orig", None) or exc
        return StoreError(f"cannot write to {self.display_url}: {_one_line(str(reason), 300)}")

    def _write(self, conn: Connection, run_id: str, items: Sequence[Stored],
               failures: Sequence[Failure], replace: bool, read: int, skipped: int
               ) -> BatchCounts:
        counts = BatchCounts(read=read, skipped=skipped, failed=len(failures))
        present_ids, present_urls = self._existing(
            conn, [i.article_id for i in items], [i.url for i in items if i.url])
        rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        replace_ids: set[str] = set()
        seen_ids: set[str] = set()
        seen_urls: set[str] = set()
        now = utcnow()
        for item in items:
            if item.article_id in seen_ids or (item.url and item.url in seen_urls):
                counts.skipped += 1
                continue
            hits = {item.article_id} & present_ids
            if item.url and item.url in present_urls:
                hits.add(present_urls[item.url])
            if hits and not replace:
                counts.skipped += 1
                continue
            seen_ids.add(item.article_id)
            if item.url:
                seen_urls.add(item.url)
            if hits:
                replace_ids |= hits
                counts.replaced += 1
            else:
                counts.new += 1
            for table, table_rows in rowmap.to_rows(
                    item.result, article_id=item.article_id, source=item.source,
                    run_id=run_id, processed_at=now, detente_version=__version__).items():
                rows[table].extend(table_rows)
            for key in ("actors", "places", "attributions", "events", "stances"):
                setattr(counts, key, getattr(counts, key) + len(item.result.get(key) or []))
        if replace_ids:
            ids = sorted(replace_ids)
            for chunk in _chunks(ids):
                for table in t.ARTICLE_TABLES:
                    conn.execute(delete(table).where(table.c.article_id.in_(chunk)))
                conn.execute(delete(t.articles).where(t.articles.c.id.in_(chunk)))
        for table in t.metadata.sorted_tables:
            if rows.get(table):
                conn.execute(insert(table), rows[table])
        if failures:
            conn.execute(insert(t.failures), [
                {"run_id": run_id, "input": f.input, "stage": f.stage, "error": f.error,
                 "reason": f.reason, "article_id": f.article_id, "at": f.at}
                for f in failures])
        r = t.runs.c
        values = {getattr(r, col): getattr(r, col) + getattr(counts, key)
                  for key, col in _COUNT_COLUMNS.items() if getattr(counts, key)}
        if values:
            conn.execute(update(t.runs).where(r.id == run_id).values(values))
        return counts

    # ----------------------------------------------------------------- reading

    def extract(self, article_id: str) -> dict[str, Any] | None:
        """The contract dict of the stored article ARTICLE_ID (its content hash), or None."""
        for result in self.iter_extracts([article_id]):
            return result
        return None

    def iter_extracts(self, article_ids: Iterable[str] | None = None, chunk: int = 200
                      ) -> Iterator[dict[str, Any]]:
        """The contract dicts of ARTICLE_IDS (default: every article, by id), rebuilt."""
        ids = sorted(self.article_ids()) if article_ids is None else list(article_ids)
        child_tables = [tb for tb in t.ARTICLE_TABLES]
        with self.engine.connect() as conn:
            for part in _chunks(ids, chunk):
                arts = {r["id"]: r for r in conn.execute(
                    select(t.articles).where(t.articles.c.id.in_(part))).mappings()}
                children: dict[str, dict[Any, list[Mapping[str, Any]]]] = defaultdict(
                    lambda: defaultdict(list))
                for table in child_tables:
                    for r in conn.execute(select(table).where(table.c.article_id.in_(part))
                                          ).mappings():
                        children[r["article_id"]][table].append(r)
                for aid in part:
                    if aid in arts:
                        yield rowmap.from_rows(arts[aid], children.get(aid, {}))

    def article_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(t.articles.c.id).order_by(t.articles.c.id)
                                     ).scalars())

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for name, table in sorted(t.metadata.tables.items())}

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first."""
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(
                select(t.runs).order_by(t.runs.c.started_at, t.runs.c.id)).mappings()]

    def run(self, run_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.runs).where(t.runs.c.id == run_id)).mappings().first()
            return dict(row) if row else None

    def failures(self, run_id: str | None = None, *, all_runs: bool = False
                 ) -> list[dict[str, Any]]:
        """Failures of RUN_ID (a prefix is enough), else of the latest run; ALL_RUNS: every one.

        Raises StoreError for an unknown or ambiguous run id.
        """
        f = t.failures
        query = select(f).order_by(f.c.id)
        with self.engine.connect() as conn:
            if not all_runs:
                if run_id:
                    ids = list(conn.execute(select(t.runs.c.id).where(
                        t.runs.c.id.like(run_id.replace("%", "").replace("_", "") + "%"))
                    ).scalars())
                    if len(ids) != 1:
                        what = "no run" if not ids else f"{len(ids)} runs"
                        raise StoreError(f"{what} with id {run_id!r} in {self.display_url}; "
                                         "`detente failures --all` lists every run's")
                    target = ids[0]
                else:
                    target = conn.execute(select(t.runs.c.id).order_by(
                        t.runs.c.started_at.desc(), t.runs.c.id.desc()).limit(1)).scalar()
                    if target is None:
                        return []
                query = query.where(f.c.run_id == target)
            return [dict(r) for r in conn.execute(query).mappings()]


def settings_snapshot() -> dict[str, Any]:
    """Every setting's current value (overrides from the environment included)."""
    out: dict[str, Any] = {}
    for s in settings.SETTINGS:
        try:
            out[s.name] = settings.get(s.name)
        except Exception:  # a bad environment value: record it as written
            out[s.name] = os.environ.get(f"DETENTE_{s.name.upper()}")
    if "db" in out:
        out["db"] = display_url(str(out["db"]))
    return out
