"""``GET /api/v1/stats``: counts by type and week, top dyads, anonymous share by outlet."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from ...query import store_stats
from ..params import EventFilters, event_filters

router = APIRouter(tags=["stats"])


@router.get("/stats", summary="Aggregates for the event filters")
def stats(
    request: Request,
    filters: EventFilters = Depends(event_filters),
    dyads: int = Query(20, ge=1, le=500, description="How many top dyads to list."),
) -> JSONResponse:
    """For the events the filters keep: counts by type (and modality) and by ISO week and
    type, the top source -> target code pairs; for the attributions of the same outlet and
    dates: the share of anonymous sources by outlet."""
    body = store_stats(request.app.state.store, dyad_limit=dyads, **filters.kwargs())
    return JSONResponse({"ok": True, **body})


__all__ = ["router"]
