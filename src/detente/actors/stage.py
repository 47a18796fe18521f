"""Stage ``detente_actors``: people, organisations, outlets, countries and groups.

(First cut: named entities only; codes and coreference come with the knowledge base.)

``actor_for_span(doc, span)`` is the one entry point other stages use to turn a noun
phrase (a speaker, an event argument) into an ``Actor`` registered in ``doc._.actors``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import Actor, Span as TextSpan
from ..nlp.extensions import doc_list

__all__ = ["actor_for_span"]

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}


def _register(doc: Doc, name: str, kind: str, span: Span) -> Actor:
    actors = doc_list(doc, "actors")
    key = name.lower()
    for actor in actors:
        if actor.name.lower() == key:
            break
    else:
        actor = Actor(id=f"a{len(actors) + 1}", name=name, kind=kind)
        actors.append(actor)
    mention = TextSpan(span.start_char, span.end_char, span.text)
    if mention not in actor.mentions:
        actor.mentions.append(mention)
    span._.actor = actor
    return actor


def actor_for_span(doc: Doc, span: Span) -> Actor:
    """The actor SPAN refers to, created and registered when new."""
    for ent in span.ents:
        if ent.label_ in _KIND:
            return _register(doc, ent.text, _KIND[ent.label_], span)
    return _register(doc, span.text, "group", span)


@Language.component(
    "detente_actors",
    requires=["doc.ents", "span._.place"],
    assigns=["doc._.actors", "span._.actor"],
)
def find_actors(doc: Doc) -> Doc:
    doc_list(doc, "actors")
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG"):
            _register(doc, ent.text, _KIND[ent.label_], ent)
    return doc
