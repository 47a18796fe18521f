"""Articles in, contract dicts out: the main job, as plain functions.

``iter_docs`` runs the one shared spaCy pass (``nlp.pipe`` in batches) and yields
``(article, doc)``; ``extract_articles`` turns those Docs into the JSON of
``../shared/contract/extract-json.md``.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import settings
from .errors import DetenteError, InputError, InvalidText
from .models import Article
from .nlp.budget import set_budget, stop
from .nlp.load import load_pipeline
from .output.contract import drop_unconfident, to_contract

__all__ = ["extract_articles", "iter_docs", "iter_extract", "parse"]


def iter_docs(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int | None = None,
    budget: float | None = None,
) -> Iterator[tuple[Article, Doc]]:
    """Parse ARTICLES with the detente pipeline; ``doc._.article`` is set before any stage runs.

    BUDGET: seconds detente's stages may spend on one article (the ``article_time_budget``
    setting when None; 0: no limit). An article over it comes out with its Doc marked, and
    ``to_contract`` raises ``BudgetExceeded`` for it (``nlp/budget.py``)."""
    nlp = nlp or load_pipeline()
    size = settings.get("batch_size", batch_size)
    seconds = settings.get("article_time_budget", budget)

    def docs() -> Iterator[Doc]:
        for article in articles:
            problem = _invalid_text(article)
            # an invalid text goes through as a placeholder, its Doc marked: the stages skip
            # it and to_contract raises the problem for this article alone
            doc = nlp.make_doc(article.text if problem is None else "")
            doc._.article = article
            set_budget(doc, seconds)
            if problem is not None:
                stop(doc, problem)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=size):
        yield doc._.article, doc


def _invalid_text(article: Article) -> InvalidText | None:
    """Why ARTICLE's text cannot be parsed (spaCy needs text that encodes as UTF-8), if it
    cannot: a lone surrogate, which only a JSON body (an API client) can carry."""
    try:
        article.text.encode("utf-8")
    except UnicodeEncodeError as exc:
        where = f"U+{ord(article.text[exc.start]):04X} at character {exc.start}"
        return InvalidText(article.source or article.id, f"the text is not valid Unicode (a "
                           f"lone surrogate, {where}); send it as UTF-8 text")
    return None


def parse(text: str, published: str | None = None, nlp: Language | None = None) -> Doc:
    """One text through the whole pipeline, as an Article published on PUBLISHED."""
    (_, doc), = iter_docs([Article(text=text, published=published)], nlp)
    return doc


def iter_extract(
    articles: Iterable[Article],
    nlp: Language | None = None,
    batch_size: int | None = None,
    min_confidence: float | None = None,
    *,
    budget: float | None = None,
    on_error: Callable[[DetenteError], None] | None = None,
) -> Iterator[dict]:
    """Contract dicts for ARTICLES as they are parsed; events below MIN_CONFIDENCE are left out.

    An article whose extraction runs past BUDGET seconds (``iter_docs``) raises
    ``BudgetExceeded``, one whose text is not valid Unicode ``InvalidText``; with ON_ERROR
    the error is handed to ON_ERROR instead, and the other articles go on."""
    for _, doc in iter_docs(articles, nlp, batch_size, budget):
        try:
            result = to_contract(doc)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        yield result if min_confidence is None else drop_unconfident(result, min_confidence)


def extract_articles(
    articles: list[Article], nlp: Language | None = None, batch_size: int | None = None,
    *, budget: float | None = None,
) -> list[dict]:
    """Contract dicts for ARTICLES, in order; raises ``BudgetExceeded`` for an article whose
    extraction runs past BUDGET seconds (default: the ``article_time_budget`` setting)."""
    return list(iter_extract(articles, nlp, batch_size, budget=budget))
