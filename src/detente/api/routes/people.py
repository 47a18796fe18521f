"""``GET /api/v1/quotes``, ``/actors``, ``/stances`` and ``/stances/timeline``."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from ...query import (
    ACTOR_COLUMNS,
    QUOTE_COLUMNS,
    STANCE_COLUMNS,
    find_quotes,
    flatten,
    list_actors,
    stance_series,
)
from ..output import LIST_RESPONSES, page_response, rows_response
from ..params import Format, Page, QuoteFilters, page_params, period, quote_filters, text

router = APIRouter()


@router.get("/quotes", summary="Quotes and reported speech", tags=["quotes"],
            responses=LIST_RESPONSES)
def quotes(
    request: Request,
    filters: QuoteFilters = Depends(quote_filters),
    page: Page = Depends(page_params),
    fmt: Format = Query("json", alias="format", description="json (a page), csv or jsonl."),
) -> Response:
    """Attributions by publication date: speaker, anonymity, reporting chain (via), cue and
    content. ``summary`` gives the share of anonymous sources for the filter (without the
    anonymous filter), overall and by outlet."""
    store = request.app.state.store
    if fmt != "json":
        result = find_quotes(store, **filters.kwargs(),
                             limit=page.size if page.explicit else None,
                             offset=page.offset if page.explicit else None)
        return rows_response(result.rows, fmt, QUOTE_COLUMNS, "quotes")
    result = find_quotes(store, **filters.kwargs(), limit=page.size, offset=page.offset)
    summary = {k: v for k, v in result.summary.items() if k not in ("shown", "matched")}
    return page_response(request, page, result.rows, result.summary["matched"],
                         summary=summary)


@router.get("/actors", summary="Actors across the store", tags=["actors"],
            responses=LIST_RESPONSES)
def actors(
    request: Request,
    actor: str | None = Query(None, description="A code prefix (RUS, RUS.GOV) or part of "
                                                "the name."),
    page: Page = Depends(page_params),
    fmt: Format = Query("json", alias="format", description="json (a page), csv or jsonl."),
) -> Response:
    """Actors grouped by name, most mentioned first, with their codes and counts."""
    rows = list_actors(request.app.state.store, actor=text("actor", actor))
    if fmt != "json":
        if page.explicit:
            rows = rows[page.offset:page.offset + page.size]
        return rows_response(rows, fmt, ACTOR_COLUMNS, "actors")
    return page_response(request, page, rows[page.offset:page.offset + page.size], len(rows))


def _series(request: Request, actor: str | None, topic: str | None, since: str | None,
            until: str | None) -> list[dict]:
    since, until = period(since, until)
    return stance_series(request.app.state.store, actor=text("actor", actor),
                         topic=text("topic", topic), since=since, until=until)


ACTOR = Query(None, description="A code (UKR matches UKR and UKR.GOV) or part of the name.")
TOPIC = Query(None, description="Only this topic (e.g. negotiations).")
SINCE = Query(None, description="The stance's date (else its article's) on or after.")
UNTIL = Query(None, description="On or before (same forms).")


@router.get("/stances", summary="Stances, one row per position", tags=["stances"],
            responses=LIST_RESPONSES)
def stances(
    request: Request,
    actor: str | None = ACTOR,
    topic: str | None = TOPIC,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    page: Page = Depends(page_params),
    fmt: Format = Query("json", alias="format", description="json (a page), csv or jsonl."),
) -> Response:
    """Positions on talks, series after series (actor code, topic) in date order; ``change``
    marks a position that differs from the one before it."""
    rows = flatten(_series(request, actor, topic, since, until))
    if fmt != "json":
        if page.explicit:
            rows = rows[page.offset:page.offset + page.size]
        return rows_response(rows, fmt, STANCE_COLUMNS, "stances")
    return page_response(request, page, rows[page.offset:page.offset + page.size], len(rows))


@router.get("/stances/timeline", summary="Positions over time per actor", tags=["stances"])
def stance_timeline(
    request: Request,
    actor: str | None = ACTOR,
    topic: str | None = TOPIC,
    since: str | None = SINCE,
    until: str | None = UNTIL,
) -> JSONResponse:
    """One series per actor code and topic: its positions in date order, its change points
    and its current position (``detente stances --format jsonl``)."""
    series = _series(request, actor, topic, since, until)
    return JSONResponse({"ok": True, "total": len(series), "series": series})


__all__ = ["router"]
