"""The one error shape of the API, and the one place exceptions become HTTP statuses.

Every error the API answers, whatever raised it, is JSON of this shape::

    {"ok": false, "status": 400, "error": "since: '2022-13' is not a date; write ...",
     "errors": ["since: ..."], "parameter": "since"}

``error`` is one line saying what to fix; ``errors`` lists every problem (several bad
parameters at once); ``parameter`` names the parameter at fault when there is one.
Dashboard pages (paths outside ``/api/``) get the same message as an HTML page.

Library exceptions map to statuses through ``STATUS``, keyed by exception class and looked
up along the class's MRO, so a subclass inherits its parent's status and a new exception
needs one line here (the nearest listed ancestor wins). Anything unexpected is logged and
still answers the shape (status 500): no traceback leaves the server.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import errors as e

__all__ = ["ERROR_SCHEMA", "STATUS", "ApiError", "CatchAll", "api_words", "error_response",
           "install", "status_for"]

log = logging.getLogger("detente.api")

# exception class -> HTTP status; the nearest class in an exception's MRO decides.
STATUS: dict[type[BaseException], int] = {
    e.QueryError: 400,          # a bad filter value (type, modality, date, limit)
    e.ConfigError: 400,         # a bad option
    e.InputTooLarge: 413,       # over the max_input_bytes setting
    e.InputError: 422,          # text that cannot be an article (empty, binary, bad date)
    e.StoreError: 503,          # the store cannot be read or written
    e.ModelNotAvailable: 503,   # no spaCy model to extract with
    e.KnowledgeBaseError: 503,  # a broken actor file: the server's problem, not the input's
    e.DetenteError: 500,        # any other detente error
}


def status_for(exc: BaseException) -> int:
    """The HTTP status for EXC: the entry of its nearest class in ``STATUS``, else 500."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


class ApiError(Exception):
    """An error the API raises itself: STATUS, a one-line MESSAGE, the PARAMETER at fault."""

    def __init__(self, status: int, message: str, parameter: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameter = parameter
        self.headers = headers


# The JSON schema of the error shape, for the OpenAPI document.
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["ok", "status", "error", "errors"],
    "properties": {
        "ok": {"type": "boolean", "enum": [False]},
        "status": {"type": "integer"},
        "error": {"type": "string", "description": "one line saying what to fix"},
        "errors": {"type": "array", "items": {"type": "string"}},
        "parameter": {"anyOf": [{"type": "string"}, {"type": "null"}],
                      "description": "the request parameter at fault, if one is"},
    },
}


def _one_line(text: str, limit: int = 600) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


_FLAG = re.compile(r"(?<![\w-])--([a-z][a-z-]*)")


def api_words(message: str) -> str:
    """A library message with CLI flags written as API parameters (``--since`` -> ``since``)."""
    return _FLAG.sub(lambda m: m.group(1).replace("-", "_"), message)


def error_response(request: Request | None, status: int, message: str, *,
                   parameter: str | None = None, errors: list[str] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """The error shape as JSON (or, for a dashboard page, as HTML)."""
    message = _one_line(message)
    body = {"ok": False, "status": status, "error": message,
            "errors": [_one_line(x) for x in errors] if errors else [message],
            "parameter": parameter}
    path = request.url.path if request is not None else "/api/"
    if not path.startswith("/api/") and request is not None and "app" in request.scope:
        html = getattr(request.app.state, "render_error", None)
        if html is not None:
            return HTMLResponse(html(request, body), status_code=status, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


def _location(loc: tuple | list) -> tuple[str | None, str]:
    """(parameter, where) of a validation error's location: ('per_page', 'query')."""
    parts = [str(p) for p in loc]
    where = parts[0] if parts else "request"
    rest = parts[1:]
    return (".".join(rest) or None), where


async def _on_validation(request: Request, exc: RequestValidationError) -> Response:
    messages, first = [], None
    in_body = False
    for err in exc.errors():
        name, where = _location(err.get("loc") or ())
        in_body = in_body or where == "body"
        first = first or name
        text = err.get("msg") or "invalid value"
        messages.append(f"{name or where}: {text}" if name or where else text)
    status = 422 if in_body else 400
    return error_response(request, status, "; ".join(messages) or "invalid request",
                          parameter=first, errors=messages)


async def _on_api_error(request: Request, exc: ApiError) -> Response:
    return error_response(request, exc.status, exc.message, parameter=exc.parameter,
                          headers=exc.headers)


async def _on_detente_error(request: Request, exc: e.DetenteError) -> Response:
    status = status_for(exc)
    if status >= 500:
        log.error("%s on %s %s: %s", type(exc).__name__, request.method, request.url.path, exc)
    return error_response(request, status, api_words(str(exc)),
                          parameter=getattr(exc, "parameter", None))


_HTTP_MESSAGES = {
    404: "no such page or endpoint; the API's endpoints are listed at /api/docs",
    405: "method not allowed here; /api/docs lists each endpoint's methods",
}


def _allowed(request: Request) -> str | None:
    """The methods the OpenAPI document gives the request's path (a path's methods live
    in several routers, and the router answering 405 names only its own)."""
    try:
        paths = request.app.openapi().get("paths", {})
    except Exception:  # noqa: BLE001 - no document: keep the router's header
        return None
    for template, item in paths.items():
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, request.url.path):
            return ", ".join(sorted(m.upper() for m in item))
    return None


async def _on_http(request: Request, exc: StarletteHTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else None
    generic = detail in (None, "Not Found", "Method Not Allowed")
    message = _HTTP_MESSAGES.get(exc.status_code, detail or "request failed") if generic \
        else detail
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405 and request.url.path.startswith("/api/") \
            and "app" in request.scope:
        allowed = _allowed(request)
        if allowed:
            headers["allow"] = allowed
            headers.pop("Allow", None)
    return error_response(request, exc.status_code, message or "request failed",
                          headers=headers or None)


class CatchAll:
    """ASGI middleware: an exception no handler took becomes the error shape (status 500),
    logged with its traceback; nothing else of it reaches the client."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception:  # noqa: BLE001 - the point of this middleware
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if started:  # too late for another response: the connection is closed
                return
            request = Request(scope)
            response = error_response(
                request, 500, "internal error (logged on the server); please report it "
                "with the request that caused it")
            await response(scope, receive, send)


def install(app: FastAPI) -> None:
    """Register the handlers on APP (add ``CatchAll`` as the outermost middleware too)."""
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(e.DetenteError, _on_detente_error)
    app.add_exception_handler(StarletteHTTPException, _on_http)
