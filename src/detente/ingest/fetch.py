"""Fetch articles from http(s) URLs: an HTML page, an RSS/Atom feed, text or JSON(L).

    fetch_articles("https://example.org/news/1.html", allow_private=False) -> Iterator[Article]

Rules:

* ``http`` and ``https`` only. The host is resolved first and *every* address it resolves
  to is checked: private, loopback, link-local, multicast and other non-global addresses
  are refused (``URLRefused``) unless ALLOW_PRIVATE. The connection then goes to an
  address that was checked (no second lookup that could answer differently), and each
  redirect (at most 5) is checked the same way.
* A timeout for connecting and for each read (setting ``fetch_timeout``), and the whole
  download within three times that; bodies over ``max_input_bytes`` are refused
  (``InputTooLarge``), by Content-Length before reading when the server sends it.
* An honest User-Agent (setting ``user_agent``, default ``detente/VERSION (news event-data extractor)``); no
  cookies, no compression (``Accept-Encoding: identity``: no decompression bombs).
* The body is read by content type with the readers of ``detente.readers``: HTML through
  trafilatura (``readers.html``), RSS/Atom through ``readers.feed`` (one Article per
  entry; entry links are not followed), ``text/plain`` as text, JSON/JSONL as records;
  an unknown type is sniffed from the first bytes.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import re
import socket
import ssl
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit

from .. import __version__, settings
from ..errors import ConfigError, FetchError, InputError, URLRefused
from ..models import Article
from ..readers._bytes import check_binary, cp1252_warning, decode, max_input_bytes, too_large
from ..readers.feed import read_feed
from ..readers.html import article_from_html
from ..readers.jsonl import read_json, read_jsonl
from ..readers.text import read_text

__all__ = ["Response", "check_host", "fetch", "fetch_articles", "is_url",
           "user_agent"]

MAX_REDIRECTS = 5
_CHUNK = 1 << 16
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

Warn = Callable[[str], None]
Report = Callable[[InputError], None]

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml", "application/feed+xml"}
_JSON_TYPES = {"application/json", "text/json"}
_JSONL_TYPES = {"application/x-ndjson", "application/ndjson", "application/jsonl",
                "application/x-jsonlines", "application/jsonlines"}


def is_url(name: str) -> bool:
    """True when NAME looks like a URL (``scheme://...``), whatever the scheme."""
    return bool(_URL.match(name))


def user_agent() -> str:
    # no made-up project URL: deployments add their contact with DETENTE_USER_AGENT
    return settings.get("user_agent") or f"detente/{__version__} (news event-data extractor)"


def _timeout(override: float | None) -> float:
    value = settings.get("fetch_timeout", override)
    if not isinstance(value, (int, float)) or value <= 0:
        raise ConfigError(f"fetch_timeout={value!r} is not valid; give a positive number of "
                          "seconds (DETENTE_FETCH_TIMEOUT)")
    return float(value)


def _refusable(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why IP may not be fetched without --allow-private (None when it is a public address)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attr, what in (("is_loopback", "a loopback"), ("is_link_local", "a link-local"),
                       ("is_private", "a private"), ("is_multicast", "a multicast"),
                       ("is_unspecified", "an unspecified"), ("is_reserved", "a reserved")):
        if getattr(ip, attr):
            return what
    if not ip.is_global:
        return "a non-public"
    return None


def check_host(url: str, host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses HOST resolves to, every one checked; URLRefused for a private one."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {host!r} ({getattr(exc, 'strerror', None) or exc}); "
                              "check the URL and the network") from None
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        address = str(sockaddr[0]).split("%", 1)[0]
        if address not in addresses:
            addresses.append(address)
    if not allow_private:
        for address in addresses:
            why = _refusable(ipaddress.ip_address(address))
            if why:
                raise URLRefused(url, f"refused: {host} resolves to {address}, {why} address; "
                                      "pass --allow-private to fetch from private networks")
    if not addresses:
        raise FetchError(url, f"host {host!r} has no address; check the URL")
    return addresses


class _Pinned:
    """Mixin: connect to ADDRESS (already checked) while keeping HOST for Host and TLS SNI."""

    def _pin(self, address: str) -> None:
        def create(addr, timeout=None, source_address=None):  # noqa: ANN001
            return socket.create_connection((address, addr[1]), timeout, source_address)

        self._create_connection = create  # type: ignore[attr-defined]


class _HTTP(_Pinned, http.client.HTTPConnection):
    def __init__(self, host: str, port: int, timeout: float, address: str) -> None:
        super().__init__(host, port, timeout=timeout)
        self._pin(address)


class _HTTPS(_Pinned, http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, timeout: float, address: str) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._pin(address)


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content_type: str  # lower case, without parameters ("" when not sent)
    charset: str | None
    body: bytes


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').strip("'") or None
    return parts[0].lower(), charset


def fetch(url: str, *, allow_private: bool = False, timeout: float | None = None,
          max_bytes: int | None = None) -> Response:
    """GET URL under the rules in the module doc; FetchError/URLRefused/InputTooLarge."""
    seconds = _timeout(timeout)
    limit = max_input_bytes(max_bytes)
    deadline = time.monotonic() + 3 * seconds
    original = url
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise URLRefused(original, f"refused: {scheme or 'no'} scheme; only http:// and "
                                       "https:// URLs are fetched")
        host = parts.hostname
        if not host:
            raise FetchError(original, "no host in the URL; check it")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError:
            raise FetchError(original, "bad port in the URL; check it") from None
        addresses = check_host(original, host, port, allow_private)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        response, conn = _request(original, scheme, host, port, addresses, path, seconds)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(original, f"HTTP {response.status} redirect without a "
                                               "Location; check the URL")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchError(original, f"HTTP {response.status} {response.reason}; check "
                                           "the URL, or try again later")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise too_large(original, int(length), limit)
            body = _read_body(original, response, limit, deadline, seconds)
            ctype, charset = _content_type(response.getheader("Content-Type"))
            return Response(url=url, status=response.status, content_type=ctype,
                            charset=charset, body=body)
        finally:
            conn.close()
    raise FetchError(original, f"more than {MAX_REDIRECTS} redirects; fetch the final URL")


def _request(original: str, scheme: str, host: str, port: int, addresses: list[str],
             path: str, seconds: float) -> tuple[http.client.HTTPResponse, http.client.HTTPConnection]:
    last: Exception | None = None
    for address in addresses:
        cls = _HTTPS if scheme == "https" else _HTTP
        conn = cls(host, port, seconds, address)
        try:
            conn.request("GET", path, headers={
                "User-Agent": user_agent(),
                "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                          "application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, "
                          "*/*;q=0.5",
                "Accept-Encoding": "identity",
                "Connection": "close",
            })
            return conn.getresponse(), conn
        except (socket.timeout, TimeoutError):
            conn.close()
            raise FetchError(original, f"timed out after {seconds:g} s (setting "
                                       "fetch_timeout); try again later") from None
        except ssl.SSLError as exc:
            conn.close()
            raise FetchError(original, f"TLS error ({exc.reason or exc}); check the URL") from None
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            last = exc
    reason = getattr(last, "strerror", None) or last
    raise FetchError(original, f"cannot connect ({reason}); check the URL and the network")


def _read_body(original: str, response: http.client.HTTPResponse, limit: int,
               deadline: float, seconds: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchError(original, f"download took over {3 * seconds:g} s (3 x "
                                           "fetch_timeout); try again later")
            chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise too_large(original, None, limit)
            chunks.append(chunk)
    except (socket.timeout, TimeoutError):
        raise FetchError(original, f"timed out after {seconds:g} s (setting fetch_timeout); "
                                   "try again later") from None
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(original, f"connection broken while reading ({exc}); "
                                   "try again later") from None
    return b"".join(chunks)


# --------------------------------------------------------------------------- articles


def _kind(response: Response) -> str:
    ctype = response.content_type
    if ctype in _HTML_TYPES:
        return "html"
    if ctype in _FEED_TYPES or ctype.endswith(("+xml", "/xml")):
        return "feed"
    if ctype in _JSONL_TYPES:
        return "jsonl"
    if ctype in _JSON_TYPES or ctype.endswith("+json"):
        return "json"
    head = response.body[:2048].lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")):
        return "html" if b"<html" in head else "feed"
    if ctype == "text/plain" or not ctype or ctype == "application/octet-stream":
        return "text"
    return "unsupported"


def _decode_html(response: Response, source: str, warn: Warn) -> str:
    check_binary(response.body, source)
    if response.charset:
        try:
            return response.body.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    decoded = decode(response.body, source)
    if decoded.fallback:
        warn(cp1252_warning(source))
    return decoded.text


def _via_file(response: Response, kind: str, source: str, limit: int, warn: Warn,
              report: Report) -> list[Article]:
    suffix = {"feed": ".xml", "json": ".json", "jsonl": ".jsonl", "text": ".txt"}[kind]
    fd, name = tempfile.mkstemp(prefix="detente-fetch-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(response.body)
        path = Path(name)
        if kind == "feed":
            return list(read_feed(path, limit=limit, warn=warn, report=report, source=source))
        if kind == "json":
            return list(read_json(path, limit=limit, warn=warn, report=report, source=source))
        if kind == "jsonl":
            return list(read_jsonl(path, limit=limit, warn=warn, report=report, source=source))
        return list(read_text(path, limit=limit, warn=warn, source=source))
    finally:
        try:
            os.unlink(name)
        except OSError:
            pass


def fetch_articles(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float | None = None,
    max_bytes: int | None = None,
    warn: Warn | None = None,
    report: Report | None = None,
) -> Iterator[Article]:
    """The Articles at URL (one for a page, one per entry for a feed).

    Raises FetchError, URLRefused or another InputError when the URL cannot be used;
    bad entries of a feed or lines of JSONL go to REPORT (raised when it is None).
    """
    warn = warn or (lambda message: None)

    def raise_(err: InputError) -> None:
        raise err

    report = report or raise_
    limit = max_input_bytes(max_bytes)
    response = fetch(url, allow_private=allow_private, timeout=timeout, max_bytes=limit)
    kind = _kind(response)
    if kind == "unsupported":
        raise FetchError(url, f"unsupported content type {response.content_type!r}; "
                              "detente reads HTML pages, RSS/Atom feeds, text and JSON(L)")
    if not response.body.strip():
        from ..errors import EmptyInput

        raise EmptyInput(url, "the server sent an empty body; check the URL")
    if kind == "html":
        article = article_from_html(_decode_html(response, url, warn), url, warn)
        article.url = article.url or response.url
        article.source = url
        yield article
        return
    for article in _via_file(response, kind, url, limit, warn, report):
        if kind == "text" and not article.url:
            article.url = response.url
        yield article
