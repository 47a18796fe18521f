"""The only fixture file. Fixtures that load a real model are session-scoped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DETENTE_SHARED", REPO.parent / "shared"))


def _need_shared(relative: str) -> Path:
    """Path to ../shared/RELATIVE; skip (or fail under DETENTE_SHARED_REQUIRED=1) when absent."""
    path = SHARED / relative
    if not path.exists():
        reason = f"{path} not found: ../shared data is not on this machine"
        if os.environ.get("DETENTE_SHARED_REQUIRED") == "1":
            pytest.fail(reason + " (DETENTE_SHARED_REQUIRED=1)")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def shared():
    """Callable: shared('gold/seed.jsonl') -> Path, skipping when ../shared is missing."""
    return _need_shared


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def en_vocab():
    """A blank English vocab with detente's extensions registered (no model)."""
    import spacy

    from detente.nlp import extensions

    extensions.register()
    return spacy.blank("en").vocab


@pytest.fixture(scope="session")
def blank_nlp():
    """A blank English pipeline (tokenizer only) with extensions registered."""
    import spacy

    from detente.nlp import extensions

    extensions.register()
    return spacy.blank("en")


@pytest.fixture(scope="session")
def nlp():
    """The real detente pipeline (loads the md model once per test session)."""
    from detente.nlp.load import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def kb():
    """The built-in actor knowledge base (data/*.yaml), built once."""
    from detente.actors.kb import load_kb

    return load_kb()
