"""The time budget of one article (setting ``article_time_budget``), enforced cooperatively.

An article's clock starts when detente's first stage after the parser (``detente_places``)
begins on its Doc, and covers detente's own stages, which run one Doc at a time in
``nlp.pipe``. The spaCy model's components are not counted: they are linear in the text,
which ``max_input_bytes`` bounds. The budget is a deadline on the Doc (in its ``DocIndex``):

* every detente stage is wrapped in ``@stage``: the deadline is checked between stages, and
  a ``BudgetExceeded`` raised inside a stage becomes a mark on the Doc; later stages skip a
  marked Doc, so the other articles of an ``nlp.pipe`` batch go on untouched;
* stages call ``check(doc)`` between units of work (matches, entities, quotes, cues,
  events, stances);
* ``raise_if_stopped(doc)`` (called by ``to_contract``) raises the error for that article.

``set_budget(doc, seconds)`` overrides the setting for one Doc (``extract.iter_docs`` does it
for its ``budget`` argument); 0 or less means no limit.
"""

from __future__ import annotations

import functools
import time
from typing import Any, Callable, TypeVar

from spacy.tokens import Doc

from .. import settings
from ..errors import BudgetExceeded
from .docindex import doc_index, existing_index, prepare

__all__ = ["check", "raise_if_stopped", "set_budget", "stage", "stop", "stopped"]

F = TypeVar("F", bound=Callable[..., Any])


def set_budget(doc: Doc, seconds: float | None) -> None:
    """The budget of DOC in seconds (None: the ``article_time_budget`` setting)."""
    doc_index(doc).budget = seconds


def _start(doc: Doc) -> None:
    index = doc_index(doc)
    if index.deadline is None:
        budget = index.budget if index.budget is not None else settings.get("article_time_budget")
        index.budget = float(budget)
        index.started = time.perf_counter()
        index.deadline = index.started + index.budget if index.budget > 0 else float("inf")


def _over(doc: Doc, now: float) -> BudgetExceeded:
    index = doc_index(doc)
    article = doc._.article
    source = (getattr(article, "source", None) or getattr(article, "id", None) or "article")
    seconds = now - (index.started or now)
    return BudgetExceeded(
        source,
        f"extraction stopped after {seconds:.1f} s, over the article_time_budget of "
        f"{index.budget:g} s; split the article into smaller ones, or raise the budget "
        f"(DETENTE_ARTICLE_TIME_BUDGET)",
        seconds, index.budget or 0.0,
    )


def check(doc: Doc) -> None:
    """Raise BudgetExceeded when DOC's deadline has passed (a dictionary look-up and a
    clock read: cheap enough for every unit of work)."""
    index = existing_index(doc)
    if index is not None and index.deadline is not None:
        now = time.perf_counter()
        if now > index.deadline:
            raise _over(doc, now)


def stop(doc: Doc, error: Exception) -> None:
    """Mark DOC as failed with ERROR before the stages run (an invalid text): they skip it,
    and ``raise_if_stopped`` raises ERROR."""
    doc_index(doc).stopped = error


def stopped(doc: Doc) -> BudgetExceeded | None:
    index = existing_index(doc)
    return index.stopped if index is not None else None


def raise_if_stopped(doc: Doc) -> None:
    """Raise the BudgetExceeded that stopped DOC, if one did. (The deadline itself is not
    checked: once the stages are done, the time until the Doc is read is other Docs'.)"""
    error = stopped(doc)
    if error is not None:
        raise error


def stage(fn: F) -> F:
    """Wrap a stage (``fn(doc)`` or ``fn(self, doc)``): index and sentence hooks ready
    (``docindex.prepare``), the clock started, the deadline checked before it runs, and a
    BudgetExceeded inside it kept on the Doc instead of raised (see the module docstring)."""

    @functools.wraps(fn)
    def run(*args: Any) -> Any:
        doc = args[-1]
        index = prepare(doc)
        if index.stopped is not None:
            return doc
        _start(doc)
        try:
            check(doc)
            return fn(*args)
        except BudgetExceeded as exc:
            index.stopped = exc
            return doc

    return run  # type: ignore[return-value]
