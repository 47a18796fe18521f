"""Extraction for the write endpoints: a request body becomes an ``Article``, then a
contract dict, with the pipeline loaded once (on first use) and used by one request at a
time.

The body gets the readers' checks (``readers._bytes``): the same size limit, no NUL
characters, some text; a bad ``published`` date is refused (422) instead of dropped.
"""

from __future__ import annotations

import threading
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import BadMetadata, BinaryInput, EmptyInput, UndecodableInput
from ..models import Article
from ..readers._bytes import max_input_bytes, too_large
from ..readers._meta import normalize_date

__all__ = ["ArticleIn", "Extractor", "article_from_body"]


class ArticleIn(BaseModel):
    """An article to extract: its text, and whatever metadata is known."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., description="The article's text (UTF-8), title excluded.")
    title: str | None = Field(None, description="Headline.")
    outlet: str | None = Field(None, description="Publisher, e.g. Reuters.")
    author: str | None = None
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD; "
                                                    "relative dates in the text resolve "
                                                    "against it.")
    url: str | None = None


def _utf8(field: str, value: str) -> bytes:
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise UndecodableInput(field, f"holds an unpaired surrogate (\\u{ord(value[exc.start]):04x} "
                                      f"at {exc.start}); send valid Unicode") from None


def _clean(field: str, value: str | None) -> str | None:
    if value is None:
        return None
    _utf8(field, value)
    if "\x00" in value:
        raise BinaryInput(field, "contains a NUL character; remove it")
    return value.strip() or None


def article_from_body(body: ArticleIn, source: str = "request") -> Article:
    """The Article of BODY, or InputError (EmptyInput, BinaryInput, InputTooLarge,
    BadMetadata) naming the field to fix."""
    limit = max_input_bytes()
    size = len(_utf8("text", body.text))
    if size > limit:
        raise too_large("text", size, limit)
    if "\x00" in body.text:
        raise BinaryInput("text", "contains NUL characters; send plain text")
    if not body.text.strip():
        raise EmptyInput("text", "empty or only whitespace; send the article's text")
    published = _clean("published", body.published)
    if published is not None:
        iso = normalize_date(published)
        if iso is None:
            raise BadMetadata("published", f"{published!r} is not a date; write YYYY-MM-DD")
        published = iso
    return Article(text=body.text, title=_clean("title", body.title),
                   outlet=_clean("outlet", body.outlet), author=_clean("author", body.author),
                   published=published, url=_clean("url", body.url), source=source)


class Extractor:
    """The detente pipeline, loaded on first use; one extraction at a time."""

    def __init__(self, nlp: Any = None, model: str | None = None) -> None:
        self._nlp = nlp
        self._model = model
        self._lock = threading.Lock()

    def extract(self, article: Article) -> dict[str, Any]:
        from ..extract import extract_articles
        from ..nlp.load import load_pipeline

        with self._lock:
            if self._nlp is None:
                self._nlp = load_pipeline(self._model)
            return extract_articles([article], self._nlp)[0]
