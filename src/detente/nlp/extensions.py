"""Every custom ``Doc._`` / ``Span._`` / ``Token._`` attribute detente uses, declared once.

Stages read and write only these. ``register()`` is idempotent and is called by
``nlp/load.py`` before any component runs; tests that build Docs by hand call it through
the ``en_vocab`` fixture.

Doc._.article        Article            the record the Doc was made from (readers)
Doc._.places         list[Place]        gazetteer places named in the text (places stage)
Doc._.actors         list[Actor]        people, organisations, outlets, countries, groups (actors stage)
Doc._.actor_index    ActorIndex         the actor stage's lookup tables, for actor_for_span
Doc._.attributions   list[Attribution]  quotes and reported speech (attribution stage)
Doc._.events         list[Event]        PLOVER events (events stage)
Doc._.stances        list[Stance]       positions on negotiations (stances stage)
Span._.place         Place | None       the place an entity span resolves to
Span._.actor         Actor | None       the actor an entity or noun-phrase span resolves to
Token._.paragraph    int                index of the blank-line paragraph holding the token
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["DOC_LIST_ATTRS", "doc_text", "register"]

DOC_LIST_ATTRS = ("places", "actors", "attributions", "events", "stances")


def register() -> None:
    for name in ("article", "actor_index"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in DOC_LIST_ATTRS:
        if not Doc.has_extension(name):
            # default None, not []: a mutable default would be one list shared by every
            # Doc; stages get a Doc's own list through doc_list()
            Doc.set_extension(name, default=None)
    if not Span.has_extension("place"):
        Span.set_extension("place", default=None)
    if not Span.has_extension("actor"):
        Span.set_extension("actor", default=None)
    if not Token.has_extension("paragraph"):
        Token.set_extension("paragraph", default=0)


def doc_list(doc: Doc, name: str) -> list:
    """The list stored in ``doc._.<name>``, created empty on first use."""
    value = doc._.get(name)
    if value is None:
        value = []
        doc._.set(name, value)
    return value


def doc_text(doc: Doc) -> str:
    """The text of DOC: ``doc._.article.text`` when the Doc was made from it (``Doc.text``
    joins every token anew on each access), else ``doc.text``."""
    article = doc._.article
    text = getattr(article, "text", None)
    if text and len(doc):
        last = doc[-1]
        if last.idx + len(last.text_with_ws) == len(text) and text.startswith(doc[0].text, doc[0].idx):
            return text
    return doc.text
