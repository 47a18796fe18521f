"""``GET /api/v1/articles`` (filtered, paginated) and ``GET /api/v1/articles/{id}``."""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ...query import ARTICLE_COLUMNS, count_articles, find_articles
from ..errors import ApiError
from ..output import LIST_RESPONSES, page_response, rows_response
from ..params import Format, Page, page_params, period, text

router = APIRouter(tags=["articles"])

ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")


def article_id(value: str) -> str:
    """VALUE when it is written like an article id (16 hex digits), else a 404."""
    if not ARTICLE_ID.match(value):
        raise ApiError(404, f"no article with id {value[:40]!r}: ids are the 16 hex digits "
                            "of the text's hash (GET /api/v1/articles lists them)", "id")
    return value


@router.get("/articles", summary="Stored articles", responses=LIST_RESPONSES)
def articles(
    request: Request,
    outlet: str | None = Query(None, description="Part of the outlet's name."),
    since: str | None = Query(None, description="Published on or after (YYYY[-MM[-DD]])."),
    until: str | None = Query(None, description="Published on or before (same forms)."),
    q: str | None = Query(None, description="Words that must all occur in the title or "
                                            "text (case-insensitive)."),
    page: Page = Depends(page_params),
    fmt: Format = Query("json", alias="format", description="json (a page), csv or jsonl."),
) -> Response:
    """Articles newest first, with their counts of events, attributions and stances."""
    since, until = period(since, until)
    filters = {"outlet": text("outlet", outlet), "since": since, "until": until,
               "q": text("q", q)}
    store = request.app.state.store
    if fmt != "json":
        rows = find_articles(store, **filters, limit=page.size if page.explicit else None,
                             offset=page.offset if page.explicit else None)
        return rows_response(rows, fmt, ARTICLE_COLUMNS, "articles")
    total = count_articles(store, **filters)
    rows = find_articles(store, **filters, limit=page.size, offset=page.offset)
    return page_response(request, page, rows, total)


@router.get("/articles/{id}", summary="One article's extract (the contract JSON)")
def article(request: Request, id: str) -> Response:  # noqa: A002 - the path's name
    """The extract of the article with this content hash, rebuilt from the store exactly as
    ``detente extract`` printed it (``../shared/contract/extract-json.md``)."""
    body = request.app.state.cache.article_json(article_id(id))
    if body is None:
        raise ApiError(404, f"no article with id {id!r} in this store (GET /api/v1/articles "
                            "lists them)", "id")
    return Response(body, media_type="application/json")


__all__ = ["ARTICLE_ID", "article_id", "router"]
