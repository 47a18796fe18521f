"""``GET /api/v1/health``: the server is up, which store it reads, how much it holds."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from ... import __version__
from ...output.contract import SCHEMA_VERSION

router = APIRouter(tags=["health"])

_COUNTED = ("articles", "events", "attributions", "stances", "actors", "places", "runs",
            "failures")


@router.get("/health", summary="Server and store status")
def health(request: Request) -> JSONResponse:
    """Detente's version, the store (password hidden), its migration and row counts, and
    whether the write endpoints are on (a token is configured)."""
    store = request.app.state.store
    counts = store.counts()
    return JSONResponse({
        "ok": True, "version": __version__, "schema_version": SCHEMA_VERSION,
        "store": store.display_url, "backend": store.engine.dialect.name,
        "revision": store.revision(),
        "counts": {k: counts.get(k, 0) for k in _COUNTED},
        "write_enabled": bool(request.app.state.config.token),
    })
