"""ASGI middleware of the server: the request body limit, empty query parameters, and
the security headers.

``BodyLimit`` refuses a request whose body is over LIMIT bytes with 413 (the error shape)
before the application sees any of it: at once when ``Content-Length`` says so, else as
soon as the streamed body passes the limit. ``SecurityHeaders`` adds a strict Content
Security Policy (scripts and styles from this server only: the pages need nothing else)
and the usual hardening headers to every response. ``DropEmptyParams`` removes query
parameters whose value is empty (``?actor=&role=``, as HTML forms send unfilled fields),
so that an empty value means "not given" for every parameter, numbers included.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_response

__all__ = ["CSP", "BodyLimit", "DropEmptyParams", "SecurityHeaders"]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class BodyLimit:
    """Refuse request bodies over LIMIT bytes with 413."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    def _too_large(self, scope: Scope, size: int | None) -> object:
        what = f"{size:,} bytes" if size is not None else "more"
        return error_response(
            Request(scope), 413,
            f"request body of {what} is over the limit of {self.limit:,} bytes (setting "
            "max_input_bytes); send a shorter article or raise DETENTE_MAX_INPUT_BYTES")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = None
        for key, value in scope.get("headers") or []:
            if key == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = None
        if length is not None and length > self.limit:
            await self._too_large(scope, length)(scope, receive, send)  # type: ignore[operator]
            return
        # read the whole body (it is at most LIMIT bytes), then replay it to the app
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._too_large(scope, None)(scope, receive, send)  # type: ignore[operator]
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class SecurityHeaders:
    """Add the Content Security Policy and hardening headers to every HTTP response."""

    HEADERS = (
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"same-origin"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {k.lower() for k, _ in headers}
                headers.extend(h for h in self.HEADERS if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, add_headers)


class DropEmptyParams:
    """Remove query parameters with an empty (or all-blank) value before routing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("query_string") or b""
        if scope["type"] == "http" and raw:
            pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True,
                              encoding="utf-8", errors="replace")
            kept = [(k, v) for k, v in pairs if v.strip()]
            if len(kept) != len(pairs):
                scope = {**scope, "query_string": urlencode(kept).encode("ascii")}
        await self.app(scope, receive, send)
