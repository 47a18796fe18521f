"""``POST /api/v1/extract`` and ``POST /api/v1/articles``: the write endpoints.

Both need the bearer token (``auth.require_writer``, checked before the body is read)
and take a JSON ``ArticleIn`` (text plus metadata) of at most ``max_input_bytes``.
``extract`` returns the contract JSON and stores nothing; ``articles`` extracts and stores
it, idempotent by content hash like ``detente ingest``: the same text again answers 200
with the stored extract and ``created: false``, a new one 201.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from ...models import content_id
from ...store import Stored
from ...store.db import settings_snapshot
from ..auth import require_writer
from ..errors import ApiError
from ..extraction import ArticleIn, article_from_body

router = APIRouter(tags=["write"])

_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": ArticleIn.model_json_schema()}}}}


async def _body(request: Request) -> ArticleIn:
    raw = await request.body()
    try:
        return ArticleIn.model_validate_json(raw or b"null")
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc") or ()) or "body"
            problems.append(f"{where}: {err.get('msg', 'invalid')}")
        first = next((".".join(str(p) for p in err.get("loc") or ()) for err in exc.errors()),
                     None)
        message = "; ".join(problems)
        if not raw:
            message = 'empty body: send JSON {"text": "...", "title": ..., "published": ...}'
        raise ApiError(422, message, first or None) from None


@router.post("/extract", summary="Extract one article (nothing stored)", openapi_extra=_BODY,
             dependencies=[Depends(require_writer)])
async def extract(request: Request) -> JSONResponse:
    """Article text and metadata in, the contract JSON out
    (``../shared/contract/extract-json.md``); the store is not touched."""
    article = article_from_body(await _body(request), source="POST /api/v1/extract")
    result = await _run(request, article)
    return JSONResponse(result)


@router.post("/articles", summary="Extract and store one article", openapi_extra=_BODY,
             status_code=201, dependencies=[Depends(require_writer)],
             responses={200: {"description": "Already stored: its extract, created false"}})
async def store_article(request: Request) -> JSONResponse:
    """Extract and store one article, idempotent by content hash: a text already stored is
    not extracted again (200, ``created: false``); a new one answers 201 with its extract."""
    article = article_from_body(await _body(request), source="POST /api/v1/articles")
    store = request.app.state.store
    aid = content_id(article.text)
    ids, urls = store.existing([aid], [article.url] if article.url else [])
    known = aid if aid in ids else urls.get(article.url or "")
    if known:
        return _stored(store, known, created=False)
    result = await _run(request, article)
    result["article"].setdefault("text", article.text)
    run = store.start_run(inputs=["POST /api/v1/articles"], engine="api",
                          run_settings=settings_snapshot())
    status = "failed"
    try:
        counts = store.write_batch(run, [Stored(aid, article.url, article.source, result)],
                                   read=1)
        status = "done"
    finally:
        store.finish_run(run, status)
    if counts.failed:
        raise ApiError(422, "the extract could not be stored (see GET /api/v1/health and "
                            "`detente failures`)")
    return _stored(store, aid, created=bool(counts.new))


def _stored(store: Any, aid: str, *, created: bool) -> JSONResponse:
    return JSONResponse({"ok": True, "created": created, "id": aid,
                         "url": f"/api/v1/articles/{aid}", "extract": store.extract(aid)},
                        status_code=201 if created else 200,
                        headers={"location": f"/api/v1/articles/{aid}"})


async def _run(request: Request, article: Any) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(request.app.state.extractor.extract, article)


__all__ = ["router"]
