"""EventTable: the events in memory answer every filter as the SQL does (``event_keys``)."""

from __future__ import annotations

import pytest

from detente.api.eventtable import EventTable
from detente.errors import QueryError
from detente.query.events import event_keys
from detente.store import Store

FILTERS = [
    {},
    {"actor": "RUS"}, {"actor": "RUS.GOV"}, {"actor": "UKR", "role": "target"},
    {"actor": "UKR", "role": "source"}, {"actor": "WST"}, {"actor": "RU"},
    {"actor": "zelensky"}, {"actor": "Volodymyr Zelensky"}, {"actor": "kremlin", "role": "source"},
    {"actor": "NATO"}, {"actor": "EU", "role": "source"},
    {"type": ["CONSULT"]}, {"type": ["RETREAT", "ASSAULT"]},
    {"modality": ["asserted"]}, {"modality": ["future", "hypothetical"]},
    {"since": "2022-11"}, {"until": "2022-11-09"}, {"since": "2022-01-01", "until": "2023"},
    {"since": "2030"},
    {"outlet": "a"}, {"outlet": "NO SUCH OUTLET"},
    {"min_confidence": 0.0}, {"min_confidence": 0.9}, {"min_confidence": 1.0},
    {"actor": "RUS", "type": ["ASSAULT"], "modality": ["asserted"], "since": "2022"},
]


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_eventtable_keys_equal_event_keys(query_db, filters):
    with Store.open(query_db) as store:
        table = EventTable.load(store, max_events=1000)
        assert table is not None and len(table.rows) == len(event_keys(store))
        assert table.keys(**filters) == event_keys(store, **filters)


def test_eventtable_is_not_loaded_above_its_limit(query_sqlite):
    with Store.open(query_sqlite) as store:
        assert EventTable.load(store, max_events=3) is None


@pytest.mark.parametrize("filters", [{"type": ["NOPE"]}, {"role": "witness"}, {"actor": " "},
                                     {"min_confidence": 2.0}, {"since": "2023", "until": "2022"}])
def test_eventtable_bad_filter_is_the_same_query_error(query_sqlite, filters):
    with Store.open(query_sqlite) as store:
        table = EventTable.load(store, max_events=1000)
        with pytest.raises(QueryError):
            event_keys(store, **filters)
        with pytest.raises(QueryError):
            table.keys(**filters)
