"""RSS and Atom feeds (.xml, .rss, .atom) via feedparser: one Article per entry.

Text comes from the entry's content (else its summary), HTML turned into plain text
with paragraphs separated by blank lines. The feed title is the outlet. The feed is
parsed from the file's bytes only: nothing is ever fetched.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import EmptyInput, InputError, MalformedFeed, MalformedRecord
from ..models import Article
from ._bytes import check_binary, read_limited
from ._meta import Warn, metadata_from_record, normalize_date

__all__ = ["html_to_text", "read_feed"]

Report = Callable[[InputError], None]

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "pre", "table", "tr", "section", "article", "header", "footer",
          "figure", "figcaption", "hr", "dd", "dt"}
_SKIP = {"script", "style", "noscript", "template"}


class _TextParser(HTMLParser):
    """Collects text; block elements become paragraph breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML FRAGMENT: tags dropped, one blank line between blocks."""
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    paragraphs = (re.sub(r"\s+", " ", p).strip() for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())[:300]


def _entry_text(entry: Any) -> str:
    """The text of a feed ENTRY: its first content, else its summary, as plain text."""
    for item in list(entry.get("content") or []) + [entry.get("summary_detail")]:
        if not item or not (item.get("value") or "").strip():
            continue
        value = item["value"]
        return value.strip() if item.get("type") == "text/plain" else html_to_text(value)
    summary = entry.get("summary") or ""
    return html_to_text(summary)


def _entry_date(entry: Any) -> str | None:
    """The entry's published (else updated) date as written, else feedparser's UTC date."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw and (iso := normalize_date(raw)):
            return iso
    for key in ("published_parsed", "updated_parsed"):
        st = entry.get(key)
        if st:
            return f"{st.tm_year:04d}-{st.tm_mon:02d}-{st.tm_mday:02d}"
    return None


def read_feed(path: Path, *, limit: int, warn: Warn, report: Report,
              source: str | None = None) -> Iterator[Article]:
    """Yield an Article per entry of the RSS/Atom file at PATH; report empty entries."""
    import feedparser  # only when a feed is read

    src = source or str(path)
    data = read_limited(path, limit, src)
    check_binary(data, src)
    if not data.strip():
        raise EmptyInput(src, "empty or only whitespace; pass an RSS or Atom feed")
    try:
        parsed = feedparser.parse(io.BytesIO(data))  # a stream: never a URL, never fetched
    except Exception as exc:  # feedparser's own failures: "&#x110000;" raises ValueError
        raise MalformedFeed(src, f"not a well-formed RSS/Atom feed ({_one_line(exc)}); fix "
                                 "the XML or pass the articles as text/JSONL") from None
    entries = parsed.get("entries") or []
    texts = [_entry_text(entry) for entry in entries]
    if parsed.get("bozo") and not any(texts):  # broken XML and nothing usable recovered
        entries = []
    if not entries:
        if parsed.get("bozo"):
            exc = _one_line(parsed.get("bozo_exception"))
            raise MalformedFeed(src, f"not a well-formed RSS/Atom feed ({exc}); fix the "
                                     "XML or pass the articles as text/JSONL")
        if not parsed.get("version"):
            raise MalformedFeed(src, "not an RSS or Atom feed; pass an RSS/Atom file, or "
                                     "give the file a .txt/.html extension")
        raise EmptyInput(src, "the feed has no entries; pass a feed with items")
    if parsed.get("bozo"):
        warn(f"{src}: feed is not well-formed ({_one_line(parsed.get('bozo_exception'))}); "
             f"read {len(entries)} entries anyway")
    outlet = (parsed.get("feed") or {}).get("title")
    for n, (entry, text) in enumerate(zip(entries, texts), 1):
        where = f"{src}#entry-{n}"
        if not text:
            report(MalformedRecord(where, "entry has no content or summary text; "
                                          "the feed gives only titles, so pass the articles"))
            continue
        title = entry.get("title") or ""
        if (entry.get("title_detail") or {}).get("type") == "text/html":
            title = html_to_text(title)
        record = {"title": title, "author": entry.get("author"),
                  "url": entry.get("link"), "outlet": outlet}
        meta = metadata_from_record(record, where, warn)
        iso = _entry_date(entry)
        if iso:
            meta["published"] = iso
        elif entry.get("published") or entry.get("updated"):
            warn(f"{where}: date {entry.get('published') or entry.get('updated')!r} "
                 "is not a date; ignored")
        yield Article(text=text, source=where, **meta)
