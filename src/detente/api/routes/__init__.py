"""The API's routers, one module per resource, all mounted under ``/api/v1``."""

from __future__ import annotations

from . import articles, events, health, people, stats, write

ROUTERS = (health.router, articles.router, events.router, people.router, stats.router,
           write.router)

__all__ = ["ROUTERS"]
