"""The dashboard's pages. Each is a plain function of the request and the API's
parameters (``api/params.py``) that runs the query layer and renders a template:

    /                   overview: counts, events per week, top types and dyads, latest articles
    /articles           stored articles (outlet, dates, text search)
    /articles/{id}      the text with every event, quote, stance, actor and place marked
    /events             filterable events table, its timeline, CSV/JSONL of the filter
    /actors             actors across the store
    /actors/{code}      one actor: events as source/target over time, quotes by and about
                        it, its stance timeline
    /stances            positions on talks over time, one series per actor, change points
    /network            who acts on whom (edges weighted by events), filterable by type
    /sources            per outlet: anonymous share, reporting chains

Templates autoescape everything; JSON for the scripts goes into ``<script
type="application/json">`` through ``tojson`` (which escapes ``<``, ``>`` and ``&``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..events.plover import MODALITIES, TYPES
from ..query import (
    count_articles,
    dyads,
    events_by_week,
    find_articles,
    find_events,
    find_quotes,
    list_actors,
    sources,
    stance_series,
    store_stats,
)
from ..query.quotes import quotes_about
from ..api.errors import ApiError
from ..api.params import (
    EventFilters,
    Page,
    event_filters,
    page_params,
    period,
    text,
)
from ..api.routes.articles import article_id
from . import charts
from .assets import TEMPLATES
from .highlight import highlight

__all__ = ["install_pages", "templates"]

templates = Jinja2Templates(directory=str(TEMPLATES))
templates.env.globals.update(TYPES=TYPES, MODALITIES=MODALITIES, POSITIONS=charts.POSITIONS)

NAV = (("/", "Overview"), ("/articles", "Articles"), ("/events", "Events"),
       ("/actors", "Actors"), ("/stances", "Stances"), ("/network", "Network"),
       ("/sources", "Sources"), ("/api/docs", "API"))


def _query(params: dict[str, Any], **changes: Any) -> str:
    """URL query of PARAMS with CHANGES (None drops a key); lists repeat their key."""
    merged = {**params, **changes}
    pairs = []
    for k, v in merged.items():
        if v is None or v == [] or v == "":
            continue
        for item in (v if isinstance(v, list) else [v]):
            pairs.append((k, item))
    return urlencode(pairs)


def _pager(request: Request, page: Page, total: int) -> dict[str, Any]:
    last = max(1, -(-total // page.size))
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]

    def link(n: int) -> str:
        return request.url.path + "?" + urlencode(params + [("page", str(n))])

    return {"number": page.number, "last": last, "total": total, "size": page.size,
            "prev": link(page.number - 1) if page.number > 1 else None,
            "next": link(page.number + 1) if page.number < last else None,
            "first_row": page.offset + 1 if total else 0,
            "last_row": min(total, page.offset + page.size)}


def _render(request: Request, name: str, title: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {
        "title": title, "nav": NAV, "path": request.url.path, **context})


def render_error(request: Request, body: dict[str, Any]) -> str:
    """The HTML page for an error (``api.errors`` calls it for non-API paths)."""
    template = templates.env.get_template("error.html")
    return template.render(request=request, title=f"Error {body['status']}", nav=NAV,
                           path=request.url.path, error=body)


# --------------------------------------------------------------------------- pages


def overview(request: Request) -> HTMLResponse:
    store = request.app.state.store
    stats = store_stats(store, dyad_limit=10)
    latest = find_articles(store, limit=10)
    return _render(request, "overview.html", "detente", stats=stats, latest=latest,
                   weekly=charts.weekly_figure(stats["by_week"]),
                   store_url=store.display_url)


def articles_page(
    request: Request,
    outlet: str | None = Query(None), since: str | None = Query(None),
    until: str | None = Query(None), q: str | None = Query(None),
    page: Page = Depends(page_params),
) -> HTMLResponse:
    since, until = period(since, until)
    filters = {"outlet": text("outlet", outlet), "since": since, "until": until,
               "q": text("q", q)}
    store = request.app.state.store
    total = count_articles(store, **filters)
    rows = find_articles(store, **filters, limit=page.size, offset=page.offset)
    return _render(request, "articles.html", "Articles", rows=rows, filters=filters,
                   pages=_pager(request, page, total),
                   download="/api/v1/articles?" + _query(filters))


def article_page(request: Request, id: str, focus: str | None = Query(None)  # noqa: A002
                 ) -> HTMLResponse:
    result = request.app.state.store.extract(article_id(id))
    if result is None:
        raise ApiError(404, f"no article with id {id!r} in this store; /articles lists them")
    focus = text("focus", focus)
    names = {a["id"]: a.get("name") for a in result.get("actors") or []}
    sides = {e["id"]: ([names.get(x, x) for x in e.get("source") or []],
                       [names.get(x, x) for x in e.get("target") or []])
             for e in result.get("events") or []}
    return _render(request, "article.html", result["article"].get("title") or "Article",
                   result=result, body=highlight(result, focus), focus=focus, sides=sides,
                   api=f"/api/v1/articles/{result['article'].get('id') or id}",
                   article_id=id)


def events_page(request: Request, filters: EventFilters = Depends(event_filters),
                page: Page = Depends(page_params)) -> HTMLResponse:
    store = request.app.state.store
    kwargs = filters.kwargs()
    rows, total = request.app.state.cache.event_page(kwargs, page.size, page.offset)
    weekly = charts.weekly_figure(events_by_week(store, **kwargs))
    query = _query(filters.query())
    return _render(request, "events.html", "Events", rows=rows, filters=filters,
                   pages=_pager(request, page, total), weekly=weekly,
                   csv=f"/api/v1/events?{_query(filters.query(), format='csv')}",
                   jsonl=f"/api/v1/events?{_query(filters.query(), format='jsonl')}",
                   api=f"/api/v1/events?{query}")


def actors_page(request: Request, actor: str | None = Query(None),
                page: Page = Depends(page_params)) -> HTMLResponse:
    rows = list_actors(request.app.state.store, actor=text("actor", actor))
    shown = rows[page.offset:page.offset + page.size]
    return _render(request, "actors.html", "Actors", rows=shown, actor=actor or "",
                   pages=_pager(request, page, len(rows)))


def actor_page(request: Request, code: str) -> HTMLResponse:
    value = text("code", code)
    if not value:
        raise ApiError(404, "no actor given; /actors lists them")
    store = request.app.state.store
    as_source = events_by_week(store, actor=value, role="source")
    as_target = events_by_week(store, actor=value, role="target")
    n_source = sum(r["events"] for r in as_source)
    n_target = sum(r["events"] for r in as_target)
    said = find_quotes(store, speaker=value, limit=50)
    about = quotes_about(store, value, limit=50)
    series = stance_series(store, actor=value)
    recent = find_events(store, actor=value, limit=50)
    if not (n_source or n_target or said.rows or about or series or recent):
        raise ApiError(404, f"no events, quotes or stances for actor {value!r}; "
                            "/actors lists the actors in this store")
    return _render(request, "actor.html", value, code=value, n_source=n_source,
                   n_target=n_target, roles=charts.roles_figure(as_source, as_target),
                   said=said, about=about, series=series,
                   stances=charts.stance_figure(series), recent=recent)


def stances_page(request: Request, actor: str | None = Query(None),
                 topic: str | None = Query(None), since: str | None = Query(None),
                 until: str | None = Query(None)) -> HTMLResponse:
    since, until = period(since, until)
    filters = {"actor": text("actor", actor), "topic": text("topic", topic),
               "since": since, "until": until}
    series = stance_series(request.app.state.store, **filters)
    figure = charts.stance_figure(series)
    return _render(request, "stances.html", "Stances", series=series, figure=figure,
                   filters=filters, csv="/api/v1/stances?" + _query(filters, format="csv"))


def network_page(request: Request, filters: EventFilters = Depends(event_filters),
                 nodes: int = Query(60, ge=2, le=200)) -> HTMLResponse:
    pairs = dyads(request.app.state.store, **filters.kwargs())
    figure = charts.network_figure(pairs, max_nodes=nodes)
    return _render(request, "network.html", "Network", figure=figure, filters=filters,
                   pairs=pairs[:30], n_pairs=len(pairs), nodes=nodes)


def sources_page(request: Request, outlet: str | None = Query(None),
                 since: str | None = Query(None), until: str | None = Query(None)
                 ) -> HTMLResponse:
    since, until = period(since, until)
    filters = {"outlet": text("outlet", outlet), "since": since, "until": until}
    rows = sources(request.app.state.store, **filters)
    return _render(request, "sources.html", "Sources", rows=rows, filters=filters,
                   figure=charts.share_figure(rows))


PAGES = (
    ("/", overview), ("/articles", articles_page), ("/articles/{id}", article_page),
    ("/events", events_page), ("/actors", actors_page), ("/actors/{code:path}", actor_page),
    ("/stances", stances_page), ("/network", network_page), ("/sources", sources_page),
)


def install_pages(app: FastAPI) -> None:
    for path, view in PAGES:
        app.add_api_route(path, view, methods=["GET"], response_class=HTMLResponse,
                          include_in_schema=False)
    app.state.render_error = render_error
