"""Fuzzing the readers: any bytes, in any supported format, give Articles or one-line errors.

Every input goes through ``read_articles`` with an ``on_error`` callback: nothing may
escape as an exception, each error is an ``InputError`` with a one-line message, and each
Article has a non-empty text. Targets: raw bytes under every extension (and none), text in
many encodings, HTML, RSS/Atom feeds, and JSONL records.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from detente.errors import InputError
from detente.readers import SUPPORTED_EXTENSIONS, read_articles

EXAMPLES: Counter = Counter()  # examples run per target (read by tests/fuzz/drive.py)

WORDS = st.sampled_from(["Kyiv", "talks", "said", "“", "”", "\"", "«", "»", "<", ">", "&amp;",
                         "&#0;", "&#x110000;", "\u200b", "\u202e", "😀", "\x00", "\r\n", "\n\n",
                         "ü", "é", "Moscow:", "\ufeff", "]]>", "<!--", "-->", "null", "{", "}"])
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=20)), max_size=40).map(" ".join)


def _read(name: str, data: bytes, target: str) -> None:
    EXAMPLES[target] += 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        errors: list = []
        warnings: list = []
        articles = list(read_articles([str(path)], max_bytes=200_000, on_error=errors.append,
                                      on_warning=warnings.append))
    for err in errors:
        assert isinstance(err, InputError), repr(err)
        assert "\n" not in str(err) and str(err).strip(), repr(str(err))
    for article in articles:
        assert isinstance(article.text, str) and article.text.strip()
    for warning in warnings:
        assert isinstance(warning, str) and "\n" not in warning, repr(warning)


@given(data=st.binary(max_size=3000),
       ext=st.sampled_from(SUPPORTED_EXTENSIONS + ("", ".bin", ".TXT", ".Html")))
def test_fuzz_readers_any_bytes_any_extension(data, ext):
    _read(f"input{ext}", data, "readers")


@given(text=TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1",
                                            "koi8-r", "utf-32", "shift_jis", "gb18030"]),
       ext=st.sampled_from([".txt", ".html", ".jsonl", ".xml", ""]))
def test_fuzz_readers_text_in_any_encoding(text, encoding, ext):
    _read(f"input{ext}", text.encode(encoding, errors="replace"), "readers")


TAGS = st.sampled_from(["html", "head", "body", "title", "p", "div", "article", "script", "style",
                        "h1", "span", "a", "meta", "br", "table", "td", "noscript", "iframe"])


@st.composite
def html(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(TAGS)
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(f"<{tag} {draw(st.sampled_from(['class', 'href', 'content', 'x']))}="
                         f"\"{draw(TEXT)}\">")
        else:
            parts.append(draw(TEXT))
    prefix = draw(st.sampled_from(["", "<!DOCTYPE html>", "<?xml version='1.0'?>", "\ufeff"]))
    return prefix + "".join(parts)


@given(page=html(), ext=st.sampled_from([".html", ".htm", ".xhtml", ""]))
def test_fuzz_readers_html(page, ext):
    _read(f"page{ext}", page.encode("utf-8", errors="surrogatepass"), "readers")


@st.composite
def feed(draw) -> str:
    atom = draw(st.booleans())
    entries = []
    for _ in range(draw(st.integers(0, 5))):
        title, body, date = draw(TEXT), draw(st.one_of(TEXT, html())), draw(st.sampled_from(
            ["Mon, 06 Sep 2021 16:45:00 +0000", "2021-09-06", "yesterday", "", "2021-13-45T99:99"]))
        cdata = draw(st.booleans())
        body = f"<![CDATA[{body}]]>" if cdata else body
        if atom:
            entries.append(f"<entry><title>{title}</title><updated>{date}</updated>"
                           f"<content type='html'>{body}</content></entry>")
        else:
            entries.append(f"<item><title>{title}</title><pubDate>{date}</pubDate>"
                           f"<description>{body}</description></item>")
    if atom:
        doc = "<feed xmlns='http://www.w3.org/2005/Atom'>" + "".join(entries) + "</feed>"
    else:
        doc = "<rss version='2.0'><channel>" + "".join(entries) + "</channel></rss>"
    cut = draw(st.integers(0, len(doc)))
    return doc if draw(st.booleans()) else doc[:cut]  # truncated feeds too


@given(doc=feed(), ext=st.sampled_from([".xml", ".rss", ".atom", ""]))
def test_fuzz_readers_feeds(doc, ext):
    _read(f"feed{ext}", ("<?xml version='1.0'?>" + doc).encode("utf-8", errors="surrogatepass"),
          "readers")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)
RECORD = st.fixed_dictionaries({}, optional={
    "text": st.one_of(TEXT, JSON_VALUES), "title": JSON_VALUES, "id": JSON_VALUES,
    "date": st.one_of(st.sampled_from(["2022-03-01", "2022-02-30", "March 1", "", "9999-99-99"]),
                      JSON_VALUES),
    "published": JSON_VALUES, "url": st.one_of(st.sampled_from(["https://x.org/a", "ftp://x"]),
                                               JSON_VALUES),
    "source": JSON_VALUES, "outlet": JSON_VALUES,
})


@given(lines=st.lists(st.one_of(RECORD.map(json.dumps), JSON_VALUES.map(json.dumps),
                                st.text(max_size=40)), max_size=8),
       ext=st.sampled_from([".jsonl", ".ndjson", ".json", ""]))
def test_fuzz_readers_jsonl(lines, ext):
    _read(f"records{ext}", "\n".join(lines).encode("utf-8", errors="surrogatepass"), "readers")
