"""Queries over the store: plain typed functions that ``detente events|actors|quotes|stances``
wrap and tests call directly. Each opens the store read-only (an SQLite file that does not
exist is refused, not created), checks its filters first (``QueryError`` names a bad value
and the fix) and returns JSON-ready dicts.

- ``events.find_events``: events with their article, evidence, codes, date and place;
- ``actors.list_actors``: actors across the store with counts and codes;
- ``quotes.find_quotes``: attributions, plus the share of anonymous sources;
- ``stances.stance_series``: position over time per actor and topic, change points marked;
- ``common``: filter parsing and actor matching; ``output``: table / csv / jsonl writers.
"""

from __future__ import annotations

from .actors import ACTOR_COLUMNS, list_actors
from .events import EVENT_COLUMNS, find_events, iter_events
from .quotes import QUOTE_COLUMNS, QuoteResult, find_quotes, summary_line
from .stances import STANCE_COLUMNS, flatten, stance_series

__all__ = [
    "ACTOR_COLUMNS",
    "EVENT_COLUMNS",
    "QUOTE_COLUMNS",
    "STANCE_COLUMNS",
    "QuoteResult",
    "find_events",
    "find_quotes",
    "flatten",
    "iter_events",
    "list_actors",
    "stance_series",
    "summary_line",
]
