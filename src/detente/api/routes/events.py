"""``GET /api/v1/events``: the events of ``detente events``, filtered and paginated."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ...query import EVENT_COLUMNS, iter_events
from ..output import LIST_RESPONSES, page_response, rows_response
from ..params import EventFilters, Format, Page, event_filters, page_params

router = APIRouter(tags=["events"])


@router.get("/events", summary="Events, filtered", responses=LIST_RESPONSES)
def events(
    request: Request,
    filters: EventFilters = Depends(event_filters),
    page: Page = Depends(page_params),
    fmt: Format = Query("json", alias="format", description="json (a page), csv or jsonl "
                                                            "(every row of the filter)."),
) -> Response:
    """Events with their article, evidence, codes, date and place, in date order (an event
    without a date of its own is dated by its article's publication date)."""
    store = request.app.state.store
    kwargs = filters.kwargs()
    if fmt != "json":
        rows = iter_events(store, **kwargs, limit=page.size if page.explicit else None,
                           offset=page.offset if page.explicit else None)
        return rows_response(rows, fmt, EVENT_COLUMNS, "events")
    rows, total = request.app.state.cache.event_page(kwargs, page.size, page.offset)
    return page_response(request, page, rows, total)


__all__ = ["router"]
