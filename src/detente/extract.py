"""Articles in, contract dicts out: the main job, as plain functions.

``iter_docs`` runs the one shared spaCy pass (``nlp.pipe`` in batches) and yields
``(article, doc)``; ``extract_articles`` turns those Docs into the JSON of
``../shared/contract/extract-json.md``.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import settings
from .models import Article
from .nlp.load import load_pipeline
from .output.contract import drop_unconfident, to_contract

__all__ = ["extract_articles", "iter_docs", "iter_extract", "parse"]


def iter_docs(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int | None = None
) -> Iterator[tuple[Article, Doc]]:
    """Parse ARTICLES with the detente pipeline; ``doc._.article`` is set before any stage runs."""
    nlp = nlp or load_pipeline()
    size = settings.get("batch_size", batch_size)

    def docs() -> Iterator[Doc]:
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc._.article = article
            yield doc

    for doc in nlp.pipe(docs(), batch_size=size):
        yield doc._.article, doc


def parse(text: str, published: str | None = None, nlp: Language | None = None) -> Doc:
    """One text through the whole pipeline, as an Article published on PUBLISHED."""
    (_, doc), = iter_docs([Article(text=text, published=published)], nlp)
    return doc


def iter_extract(
    articles: Iterable[Article],
    nlp: Language | None = None,
    batch_size: int | None = None,
    min_confidence: float | None = None,
) -> Iterator[dict]:
    """Contract dicts for ARTICLES as they are parsed; events below MIN_CONFIDENCE are left out."""
    for _, doc in iter_docs(articles, nlp, batch_size):
        result = to_contract(doc)
        yield result if min_confidence is None else drop_unconfident(result, min_confidence)


def extract_articles(
    articles: list[Article], nlp: Language | None = None, batch_size: int | None = None
) -> list[dict]:
    """Contract dicts for ARTICLES, in order."""
    return list(iter_extract(articles, nlp, batch_size))
