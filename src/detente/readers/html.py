"""HTML pages (.html, .htm): main text and metadata via trafilatura, offline.

The Article text is the main text as trafilatura gives it (boilerplate, navigation and
comments removed); title, author, site name (outlet), date (published) and canonical
url come from the page metadata. A ``NAME.meta.json`` sidecar wins over the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import MalformedHTML
from ..models import Article
from ._bytes import cp1252_warning, load
from ._meta import Warn, metadata_from_record
from .text import read_sidecar

__all__ = ["article_from_html", "read_html"]


def article_from_html(html: str, source: str, warn: Warn) -> Article:
    """The Article in the HTML page HTML; MalformedHTML when it has no main text."""
    import trafilatura  # heavy import: only when an HTML page is read

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise MalformedHTML(
            source, f"cannot parse the page ({type(exc).__name__}: {exc}); "
            "save the article text as .txt and pass that"
        ) from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise MalformedHTML(
            source, "no main text found in the page; save the article text as .txt "
            "and pass that"
        )
    assert doc is not None
    record = {"title": doc.title, "author": doc.author, "sitename": doc.sitename,
              "date": doc.date, "url": doc.url}
    meta = metadata_from_record(record, source, warn)
    return Article(text=text, source=source, **meta)


def read_html(path: Path, *, limit: int, warn: Warn, source: str | None = None
              ) -> Iterator[Article]:
    """Yield the one Article in the HTML file at PATH."""
    src = source or str(path)
    decoded = load(path, limit, src)
    if decoded.fallback:
        warn(cp1252_warning(src))
    article = article_from_html(decoded.text, src, warn)
    for key, value in read_sidecar(path, warn).items():
        setattr(article, key, value)
    yield article
