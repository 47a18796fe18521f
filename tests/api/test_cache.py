"""StoreCache: pages come from the kept event keys, and a change of the store is seen."""

from __future__ import annotations

from detente.api.cache import StoreCache
from detente.models import content_id
from detente.query import find_events
from detente.store import Stored


def test_cache_pages_equal_find_events_and_follow_store_changes(query_sqlite,
                                                              hostile_contract):
    from detente.store import Store

    store = Store.open(query_sqlite)
    try:
        cache = StoreCache(store)
        rows, total = cache.event_page({"type": ["ASSAULT"]}, 1, 1)
        assert total == 2 and rows == find_events(store, type="ASSAULT")[1:2]
        assert cache.event_page({"type": ["ASSAULT"]}, 5, 0)[1] == 2
        aid = content_id(hostile_contract["article"]["text"])
        assert cache.article_json(aid) is None
        run = store.start_run(inputs=["cache-test"])
        store.write_batch(run, [Stored(aid, None, None, hostile_contract)])
        store.finish_run(run)
        assert cache.event_page({"type": ["ASSAULT"]}, 5, 0)[1] == 3  # seen at once
        assert b'"schema_version":"1"' in cache.article_json(aid)
    finally:
        store.close()


def test_cache_falls_back_to_sql_for_huge_filters(query_sqlite):
    from detente.store import Store

    with Store.open(query_sqlite) as store:
        cache = StoreCache(store, max_keys=3)
        rows, total = cache.event_page({}, 4, 2)
        assert total == 13 and rows == find_events(store, limit=4, offset=2)


def test_cache_warm_loads_the_event_table_once_for_many_threads(query_sqlite, monkeypatch):
    import threading

    from detente.api import cache as cache_module
    from detente.store import Store

    loads = []
    real = cache_module.EventTable.load

    def counted(store, max_events):
        loads.append(1)
        return real(store, max_events)

    monkeypatch.setattr(cache_module.EventTable, "load", staticmethod(counted))
    with Store.open(query_sqlite) as store:
        cache = StoreCache(store)
        cache.warm().join()
        pages = []
        threads = [threading.Thread(target=lambda: pages.append(cache.event_page({}, 5, 0)))
                   for _ in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert len(loads) == 1 and len(pages) == 8
        assert all(p == pages[0] for p in pages) and pages[0][1] == 13
