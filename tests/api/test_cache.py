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
