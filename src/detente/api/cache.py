"""What the server keeps between requests while the store does not change.

Paging through a filter asks the same question again and again: which events match, in
which order. ``StoreCache`` keeps, per event filter, the ordered keys of its events
(``query.events.event_keys``: one two-column query), so that a page is a slice of them
fetched by key (``events_by_keys``) and its total is their number; and it keeps the JSON
of the last article extracts served. Everything it holds is tagged with the store's
*version*, read from the ``runs`` table on each use (how many runs, articles stored and
replaced, the latest start): an ingest or a POST that changes the store changes the
version, and the cache starts again. Filters matching more than ``max_keys`` events are
not kept (their pages come from SQL LIMIT/OFFSET).

A new filter's keys come from the store's events held in memory (``EventTable``: one pass
in Python instead of a sort in SQL) while the store has at most ``max_keys`` events; the
rows of the events served are kept too (``rows``, by key), so a page asks SQL only for the
rows it has not served before.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any, Callable

from sqlalchemy import func, select

from ..query.events import event_keys, events_by_keys, count_events, find_events
from .eventtable import EventTable
from ..store import Store
from ..store import schema as t

__all__ = ["StoreCache"]


class _LRU:
    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[Any, Any] = OrderedDict()

    def get(self, key: Any) -> Any:
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        return None

    def put(self, key: Any, value: Any) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        while len(self.items) > self.size:
            self.items.popitem(last=False)


class StoreCache:
    """Event keys per filter and article JSON, valid for one version of STORE."""

    def __init__(self, store: Store, *, filters: int = 128, articles: int = 2048,
                 max_keys: int = 200_000, rows: int = 50_000) -> None:
        self.store = store
        self.max_keys = max_keys
        self._keys = _LRU(filters)
        self._articles = _LRU(articles)
        self._rows = _LRU(rows)
        self._table: tuple[Any, EventTable | None] | None = None  # (version, table)
        self._lock = threading.Lock()
        self._loading = threading.Lock()  # one thread loads the event table, the others wait
        self._version: Any = None

    def version(self) -> tuple:
        """The store's version: changes whenever a run stores or replaces articles."""
        r = t.runs.c
        with self.store.engine.connect() as conn:
            row = conn.execute(select(func.count(), func.coalesce(func.sum(r.n_new), 0),
                                      func.coalesce(func.sum(r.n_replaced), 0),
                                      func.max(r.started_at))).one()
        version = tuple(str(v) for v in row)
        with self._lock:
            if version != self._version:
                self._version = version
                self._keys.items.clear()
                self._articles.items.clear()
                self._rows.items.clear()
        return version

    def _remember(self, lru: _LRU, key: Any, make: Callable[[], Any]) -> Any:
        version = self.version()
        with self._lock:
            found = lru.get((version, key))
        if found is not None:
            return found
        value = make()
        with self._lock:
            if version == self._version:
                lru.put((version, key), value)
        return value

    def event_page(self, filters: dict[str, Any], limit: int, offset: int
                   ) -> tuple[list[dict[str, Any]], int]:
        """Rows LIMIT from OFFSET of the events FILTERS keep (``find_events``), and how
        many there are."""
        key = json.dumps(filters, sort_keys=True, default=str)

        def make() -> list | bool:
            table = self._event_table()
            keys = table.keys(**filters) if table is not None else event_keys(self.store, **filters)
            return keys if len(keys) <= self.max_keys else False

        keys = self._remember(self._keys, key, make)
        if keys is False:  # too many to keep: ask SQL for the page
            return (find_events(self.store, **filters, limit=limit, offset=offset),
                    count_events(self.store, **filters))
        return self._rows_of(keys[offset:offset + limit]), len(keys)

    def _event_table(self) -> EventTable | None:
        """The store's events in memory for this version (None above ``max_keys`` events)."""
        version = self.version()
        with self._lock:
            held = self._table
        if held is not None and held[0] == version:
            return held[1]
        with self._loading:
            with self._lock:
                held = self._table
            if held is not None and held[0] == version:
                return held[1]  # loaded by another thread meanwhile
            table = EventTable.load(self.store, self.max_keys)
            with self._lock:
                if version == self._version:
                    self._table = (version, table)
        return table

    def warm(self) -> threading.Thread:
        """Load the event table in a background thread (the server calls it at start)."""
        def load() -> None:
            try:
                self._event_table()
            except Exception:  # noqa: BLE001 - a store error shows on the first request instead
                pass
        thread = threading.Thread(target=load, name="detente-cache-warm", daemon=True)
        thread.start()
        return thread

    def _rows_of(self, keys: list) -> list[dict[str, Any]]:
        """The rows of KEYS, in order: those served before from memory, the others by key."""
        version = self._version
        with self._lock:
            found = {k: self._rows.get((version, k)) for k in keys}
        missing = [k for k, row in found.items() if row is None]
        if missing:
            got = {(r["article_id"], r["event_id"]): r for r in events_by_keys(self.store, missing)}
            for k in missing:
                found[k] = got.get(k)
            with self._lock:
                if version == self._version:
                    for k in missing:
                        if found[k] is not None:
                            self._rows.put((version, k), found[k])
        return [found[k] for k in keys if found[k] is not None]

    def article_json(self, article_id: str) -> bytes | None:
        """The extract of ARTICLE_ID as JSON bytes (None when it is not stored)."""
        def make() -> bytes | bool:
            result = self.store.extract(article_id)
            if result is None:
                return False
            return json.dumps(result, ensure_ascii=False, allow_nan=False,
                              separators=(",", ":")).encode("utf-8")

        found = self._remember(self._articles, article_id, make)
        return None if found is False else found

