"""URLs: http(s) only, private addresses refused, timeouts, size limits, content types.

A local ``http.server`` in a thread on 127.0.0.1 plays the web; fetching from it needs
``allow_private`` (it is a loopback address), which is also what the refusal tests check.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from detente.errors import EmptyInput, FetchError, InputTooLarge, URLRefused
from detente.ingest import fetch as f

HTML = b"""<!doctype html><html><head><title>Talks resume in Istanbul</title>
<meta property="og:site_name" content="Example News"></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Talks resume in Istanbul</h1>
<p>Ukrainian and Russian delegations met in Istanbul on Tuesday to discuss a ceasefire,
the Turkish foreign ministry said in a statement.</p>
<p>The talks lasted three hours. Both sides said they would meet again next week to
continue the negotiations on prisoner exchanges.</p></article>
<footer>Copyright Example News</footer></body></html>"""

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>One</title><link>https://example.org/one</link>
<description>Ukraine said on Monday it had retaken the village.</description>
<pubDate>Mon, 07 Nov 2022 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>https://example.org/two</link>
<description>Russia said it would withdraw from Kherson.</description></item>
</channel></rss>"""

SEEN: dict[str, str] = {}


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client gone away (timeouts)
        pass


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def _send(self, body: bytes, ctype: str, status: int = 200, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        SEEN["user-agent"] = self.headers.get("User-Agent", "")
        SEEN["accept-encoding"] = self.headers.get("Accept-Encoding", "")
        path = self.path
        if path == "/page.html":
            self._send(HTML, "text/html; charset=utf-8")
        elif path == "/cp1251.html":
            body = HTML.replace(b"Istanbul", "Стамбул".encode("utf-8")).decode().encode("cp1251")
            self._send(body, "text/html; charset=windows-1251")
        elif path == "/feed":
            self._send(FEED, "application/rss+xml")
        elif path == "/plain":
            self._send(b"Kyiv said on Friday that talks had stalled.", "text/plain")
        elif path == "/sniffed":
            self._send(HTML, "application/octet-stream")
        elif path == "/jsonl":
            lines = [json.dumps({"id": f"r{i}", "text": f"Record {i} about talks."})
                     for i in range(3)]
            self._send("\n".join(lines).encode(), "application/x-ndjson")
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big":
            self._send(b"x" * 5000, "text/plain")
        elif path == "/big-chunked":  # no Content-Length: the limit applies while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Connection", "close")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"y" * 1000)
        elif path == "/slow":
            time.sleep(2)
            self._send(b"late", "text/plain")
        elif path == "/empty":
            self._send(b"", "text/html")
        elif path == "/image":
            self._send(b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "image/png")
        else:
            self._send(b"not found", "text/plain", status=404)


@pytest.fixture(scope="module")
def server():
    httpd = _QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch_all(url, **kw):
    kw.setdefault("allow_private", True)
    return list(f.fetch_articles(url, **kw))


def test_fetch_html_page(server):
    (article,) = fetch_all(server + "/page.html")
    assert "delegations met in Istanbul" in article.text
    assert "Home | World" not in article.text and "Copyright" not in article.text
    assert article.title == "Talks resume in Istanbul"
    assert article.source == server + "/page.html"
    assert article.url  # the page's canonical URL, else the URL fetched


def test_fetch_honours_declared_charset(server):
    (article,) = fetch_all(server + "/cp1251.html")
    assert "Стамбул" in article.text


def test_fetch_sends_honest_user_agent_without_compression(server):
    fetch_all(server + "/plain")
    from detente import __version__

    assert SEEN["user-agent"].startswith(f"detente/{__version__} (")
    assert SEEN["accept-encoding"] == "identity"


def test_fetch_user_agent_setting(server, monkeypatch):
    monkeypatch.setenv("DETENTE_USER_AGENT", "detente-test (ops@example.org)")
    fetch_all(server + "/plain")
    assert SEEN["user-agent"] == "detente-test (ops@example.org)"


def test_fetch_feed_one_article_per_entry(server):
    articles = fetch_all(server + "/feed")
    assert [a.url for a in articles] == ["https://example.org/one", "https://example.org/two"]
    assert articles[0].outlet == "Example Wire" and articles[0].published == "2022-11-07"
    assert articles[0].source == server + "/feed#entry-1"


def test_fetch_plain_text_jsonl_and_sniffed(server):
    (plain,) = fetch_all(server + "/plain")
    assert plain.text.startswith("Kyiv said") and plain.url == server + "/plain"
    records = fetch_all(server + "/jsonl")
    assert [a.id for a in records] == ["r0", "r1", "r2"]
    (sniffed,) = fetch_all(server + "/sniffed")
    assert "Istanbul" in sniffed.text


def test_fetch_follows_redirects_but_not_forever(server):
    (article,) = fetch_all(server + "/redirect")
    assert "Istanbul" in article.text
    with pytest.raises(FetchError, match="redirects"):
        fetch_all(server + "/loop")


def test_fetch_size_limit(server):
    with pytest.raises(InputTooLarge, match="5,000 bytes"):
        fetch_all(server + "/big", max_bytes=1000)
    with pytest.raises(InputTooLarge):
        fetch_all(server + "/big-chunked", max_bytes=4000)
    assert len(fetch_all(server + "/big-chunked", max_bytes=20000)[0].text) == 10000


def test_fetch_timeout(server):
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 0.3 s"):
        fetch_all(server + "/slow", timeout=0.3)
    assert time.monotonic() - start < 1.5


def test_fetch_http_errors_and_bad_bodies(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_all(server + "/missing")
    with pytest.raises(EmptyInput):
        fetch_all(server + "/empty")
    with pytest.raises(FetchError, match="unsupported content type 'image/png'"):
        fetch_all(server + "/image")


def test_fetch_connection_refused(server):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(FetchError, match="cannot connect"):
        fetch_all(f"http://127.0.0.1:{port}/x")


def test_fetch_loopback_refused_without_allow_private(server):
    with pytest.raises(URLRefused) as err:
        fetch_all(server + "/page.html", allow_private=False)
    message = str(err.value)
    assert "loopback" in message and "--allow-private" in message and "\n" not in message
    with pytest.raises(URLRefused, match="loopback"):
        fetch_all(server.replace("127.0.0.1", "localhost") + "/page.html", allow_private=False)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_fetch_only_http_and_https(url):
    with pytest.raises(URLRefused, match="only http:// and https://"):
        fetch_all(url, allow_private=True)


@pytest.mark.parametrize("host", ["10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                  "127.0.0.2", "0.0.0.0", "[::1]", "[fd00::1]", "[fe80::1]",
                                  "[::ffff:10.0.0.1]", "100.64.0.1", "224.0.0.1"])
def test_fetch_private_addresses_refused(host):
    with pytest.raises(URLRefused, match="refused"):
        fetch_all(f"http://{host}/x", allow_private=False)


def test_fetch_public_literal_address_passes_the_check():
    assert f.check_host("http://93.184.216.34/", "93.184.216.34", 80, False) == ["93.184.216.34"]


def test_fetch_is_url():
    assert f.is_url("https://x.org/a") and f.is_url("ftp://x")
    assert not f.is_url("corpus/a.txt") and not f.is_url("-") and not f.is_url("C:\\x")
