"""``create_app``: the FastAPI application behind ``detente serve``.

    app = create_app("sqlite:///news.db")          # or a Store, or None: the db setting
    app = create_app(store, token="s3cret")        # write endpoints on

It serves the JSON API under ``/api/v1`` (``routes/``), its OpenAPI document at
``/api/openapi.json`` with interactive docs at ``/api/docs`` (Swagger UI from the
``fastapi-offline`` package: no CDN), and the dashboard (``detente.web``) at ``/``.
Every error answers one shape (``errors.py``); request bodies are limited to
``max_input_bytes``; responses carry a strict Content Security Policy (``middleware.py``).
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, AsyncIterator

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from .. import __version__, settings
from ..errors import ConfigError
from ..readers._bytes import max_input_bytes
from ..store import Store
from . import errors
from .cache import StoreCache
from .extraction import Extractor
from .middleware import BodyLimit, DropEmptyParams, SecurityHeaders
from .routes import ROUTERS

__all__ = ["ApiConfig", "app_from_settings", "create_app"]

API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class ApiConfig:
    """The server's settings, read once when the app is created."""

    token: str
    page_size: int
    max_page_size: int
    max_body_bytes: int


def _config(token: str | None, page_size: int | None, max_page_size: int | None,
            max_body_bytes: int | None) -> ApiConfig:
    config = ApiConfig(
        token=str(settings.get("api_token", token) or ""),
        page_size=settings.get("page_size", page_size),
        max_page_size=settings.get("max_page_size", max_page_size),
        max_body_bytes=max_input_bytes(max_body_bytes),
    )
    if config.page_size < 1 or config.max_page_size < config.page_size:
        raise ConfigError(f"page_size={config.page_size} and max_page_size="
                          f"{config.max_page_size}: need 1 <= page_size <= max_page_size "
                          "(DETENTE_PAGE_SIZE, DETENTE_MAX_PAGE_SIZE)")
    return config


# Error statuses each kind of operation documents (all with the one error shape).
_READ_ERRORS = {"400": "A bad parameter (named in `parameter`)",
                "404": "No such article, actor or page",
                "500": "An internal error (a bug: please report it)",
                "503": "The store cannot be read"}
_WRITE_ERRORS = {"401": "Missing bearer token", "403": "Wrong token, or writing is off",
                 "413": "Body over the max_input_bytes setting",
                 "422": "A body that is not an article (bad JSON, no text, a bad date)",
                 **_READ_ERRORS}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, every error response given the one error shape."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Error"] = errors.ERROR_SCHEMA
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    limit = app.state.config.max_page_size
    for path, item in schema.get("paths", {}).items():
        for method, operation in item.items():
            for param in operation.get("parameters", []):
                if param.get("name") == "per_page":  # the max_page_size setting
                    for option in param.get("schema", {}).get("anyOf", [param["schema"]]):
                        if option.get("type") == "integer":
                            option["maximum"] = limit
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            wanted = _WRITE_ERRORS if method in ("post", "put", "patch", "delete") \
                else _READ_ERRORS
            for code, description in wanted.items():
                responses[code] = {"description": description, "content": ref}
    app.openapi_schema = schema
    return schema


def create_app(
    store: Store | str | None = None,
    *,
    token: str | None = None,
    page_size: int | None = None,
    max_page_size: int | None = None,
    max_body_bytes: int | None = None,
    nlp: Any = None,
    dashboard: bool = True,
) -> FastAPI:
    """The application over STORE (a Store, a URL, or None for the db setting).

    TOKEN (setting ``api_token``) enables the write endpoints; PAGE_SIZE / MAX_PAGE_SIZE
    and MAX_BODY_BYTES override their settings; NLP is a loaded pipeline for the write
    endpoints (default: loaded on first use); DASHBOARD False serves the API alone. A store
    opened here from a URL is closed when the app shuts down; an SQLite file that does not
    exist is refused (``StoreError``), not created.
    """
    config = _config(token, page_size, max_page_size, max_body_bytes)
    owned = not isinstance(store, Store)
    opened = Store.open(store, create=False) if owned else store

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        app.state.cache.warm()  # in a thread: the first pages need not wait for it
        yield
        if owned:
            opened.close()

    app = FastAPI(
        title="detente",
        version=__version__,
        description="Source-attributed event data from news about war and diplomacy: the "
                    "store that `detente ingest` fills, as JSON (CSV and JSONL on request).",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json", lifespan=lifespan)
    app.state.store = opened
    app.state.config = config
    app.state.extractor = Extractor(nlp)
    app.state.cache = StoreCache(opened)
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router, prefix=API_PREFIX)
    from ..web import install as install_web

    install_web(app, pages=dashboard)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    app.add_middleware(DropEmptyParams)
    app.add_middleware(BodyLimit, limit=config.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(errors.CatchAll)  # added last: the outermost
    return app


def app_from_settings() -> FastAPI:
    """``create_app()`` from the settings alone (``$DETENTE_DB``, ``$DETENTE_API_TOKEN``,
    ...): the factory each worker process calls under ``detente serve --workers N``."""
    return create_app()
