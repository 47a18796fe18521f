"""Queries over the store: plain typed functions that ``detente events|actors|quotes|stances``
and the HTTP API (``detente.api``) wrap and tests call directly. Each opens the store
read-only (an SQLite file that does not exist is refused, not created), checks its filters
first (``QueryError`` names a bad value and the fix) and returns JSON-ready dicts.

- ``events.find_events``: events with their article, evidence, codes, date and place
  (``count_events``: how many; LIMIT/OFFSET give pages);
- ``actors.list_actors``: actors across the store with counts and codes;
- ``quotes.find_quotes``: attributions, plus the share of anonymous sources;
- ``stances.stance_series``: position over time per actor and topic, change points marked;
- ``articles.find_articles``: the stored articles (outlet, dates, text search);
- ``stats``: events per week and type, dyads (who acts on whom), sources by outlet;
- ``common``: filter parsing and actor matching; ``output``: table / csv / jsonl writers.
"""

from __future__ import annotations

from .actors import ACTOR_COLUMNS, list_actors
from .articles import ARTICLE_COLUMNS, count_articles, find_articles
from .events import EVENT_COLUMNS, count_events, find_events, iter_events
from .quotes import QUOTE_COLUMNS, QuoteResult, find_quotes, summary_line
from .stances import STANCE_COLUMNS, flatten, stance_series
from .stats import dyads, events_by_week, sources, store_stats, type_counts

__all__ = [
    "ACTOR_COLUMNS",
    "ARTICLE_COLUMNS",
    "EVENT_COLUMNS",
    "QUOTE_COLUMNS",
    "STANCE_COLUMNS",
    "QuoteResult",
    "count_articles",
    "count_events",
    "dyads",
    "events_by_week",
    "find_articles",
    "find_events",
    "find_quotes",
    "flatten",
    "iter_events",
    "list_actors",
    "sources",
    "stance_series",
    "store_stats",
    "summary_line",
    "type_counts",
]
