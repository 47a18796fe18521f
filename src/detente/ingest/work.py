"""Extraction of one batch of articles, shared by the local engine and the Dask workers.

``extract_batch`` runs the pipeline over a batch (one ``nlp.pipe`` call) and never raises
for an article: when the batch fails, it goes again one article at a time, and an article
that still fails comes back as an ``Outcome`` with its error instead of a result.

``extract_task`` is what a Dask worker runs. The pipeline is loaded once per worker
process (``load_pipeline`` is cached per process) and reused by every later task; user
actor files travel as bytes and are written once per worker, so remote workers need
only detente and the model installed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from spacy.language import Language

from ..errors import InputError
from ..extract import iter_docs
from ..models import Article
from ..output.contract import to_contract

__all__ = ["Outcome", "extract_batch", "extract_task", "model_info", "worker_pipeline"]


@dataclass
class Outcome:
    """The extract of one article, or why it failed (ERROR: exception class, REASON)."""

    result: dict[str, Any] | None
    error: str | None = None
    reason: str | None = None


def _failed(exc: BaseException) -> Outcome:
    # an InputError (BudgetExceeded) names its article itself: the failure row has it
    text = exc.message if isinstance(exc, InputError) else str(exc)
    reason = " ".join(text.split()) or type(exc).__name__
    return Outcome(None, type(exc).__name__, f"extraction failed: {reason[:400]}")


def _one(article: Article, nlp: Language, budget: float | None = None) -> Outcome:
    try:
        for _, doc in iter_docs([article], nlp, 1, budget):
            return Outcome(to_contract(doc))
        return Outcome(None, "RuntimeError", "extraction failed: the pipeline gave no Doc")
    except Exception as exc:  # a stage's bug must not stop the run
        return _failed(exc)


def extract_batch(articles: Sequence[Article], nlp: Language, batch_size: int | None = None,
                  budget: float | None = None) -> list[Outcome]:
    """An Outcome per article of ARTICLES, in order. An article over BUDGET seconds (the
    ``article_time_budget`` setting when None) fails alone, as ``BudgetExceeded``."""
    if not articles:
        return []
    try:
        docs = [doc for _, doc in iter_docs(list(articles), nlp, batch_size, budget)]
    except Exception:
        return [_one(article, nlp, budget) for article in articles]
    outcomes = []
    for article, doc in zip(articles, docs):
        try:
            outcomes.append(Outcome(to_contract(doc)))
        except Exception as exc:
            outcomes.append(_failed(exc))
    return outcomes


def model_info(nlp: Language) -> dict[str, str | None]:
    """Name and version of NLP's model, and spaCy's version."""
    import spacy

    meta = nlp.meta or {}
    name = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or None
    return {"name": name, "version": meta.get("version"), "spacy": spacy.__version__}


# --------------------------------------------------------------------------- Dask workers

ActorBlobs = tuple[tuple[str, bytes], ...]


@lru_cache(maxsize=8)
def _materialize(blobs: ActorBlobs) -> tuple[str, ...]:
    """Write actor files (name, bytes) once per process; their paths."""
    if not blobs:
        return ()
    digest = hashlib.sha256(b"".join(n.encode() + b"\0" + d for n, d in blobs)).hexdigest()
    root = Path(tempfile.gettempdir()) / f"detente-actors-{os.getpid()}-{digest[:16]}"
    paths = []
    for i, (name, data) in enumerate(blobs):
        folder = root / str(i)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / Path(name).name
        path.write_bytes(data)
        paths.append(str(path))
    return tuple(paths)


def worker_pipeline(model: str | None, actor_blobs: ActorBlobs = ()) -> Language:
    """The detente pipeline in this (worker) process: loaded on first use, then cached."""
    from ..nlp.load import load_pipeline

    return load_pipeline(model, _materialize(tuple(actor_blobs)))


def extract_task(articles: list[Article], model: str | None, actor_blobs: ActorBlobs,
                 batch_size: int, budget: float | None = None) -> dict[str, Any]:
    """Run on a Dask worker: the Outcomes of ARTICLES, without the (known) article texts."""
    nlp = worker_pipeline(model, actor_blobs)
    outcomes = extract_batch(articles, nlp, batch_size, budget)
    for outcome in outcomes:
        if outcome.result is not None:
            outcome.result["article"].pop("text", None)  # the client has it
    return {"outcomes": outcomes, "model": model_info(nlp), "pid": os.getpid()}
