"""The bearer token that guards the write endpoints (setting ``api_token``).

Without a configured token the write endpoints are off (403 saying how to turn them on);
with one, a request without ``Authorization: Bearer TOKEN`` gets 401 and a wrong token
403. Tokens are compared with ``hmac.compare_digest`` (constant time).
"""

from __future__ import annotations

import hmac

from fastapi import Request

from .errors import ApiError

__all__ = ["require_writer", "token_matches"]


def token_matches(given: str, expected: str) -> bool:
    """Whether GIVEN is EXPECTED, in time independent of where they differ."""
    return hmac.compare_digest(given.encode("utf-8", "replace"),
                               expected.encode("utf-8", "replace"))


def require_writer(request: Request) -> None:
    """A dependency: the request carries the configured bearer token, else 401/403."""
    expected = request.app.state.config.token
    if not expected:
        raise ApiError(403, "write endpoints are off: start the server with a token "
                            "(DETENTE_API_TOKEN=... detente serve) to enable them")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "missing bearer token: send the header 'Authorization: Bearer "
                            "TOKEN' with the server's api_token",
                       headers={"WWW-Authenticate": "Bearer"})
    if not token_matches(given.strip(), expected):
        raise ApiError(403, "wrong bearer token: send the server's api_token "
                            "(DETENTE_API_TOKEN)")
