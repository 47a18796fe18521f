"""Coreference inside an article: pronouns and definite descriptions -> earlier actors.

Rules, nearest compatible antecedent first (no model, no second pass):

* he, him, his, she, her -> the nearest person;
* it, its -> the nearest country (or seat of government), else organisation, else outlet;
* they, them, their -> the nearest group, else organisation, else country;
* "the paper", "the newspaper", "the report", "the broadcaster", ... -> the nearest outlet;
* "the official(s)", "the source(s)", "the diplomat" -> the nearest group with that head;
* "the ministry", "the spokeswoman", "the president", ... -> the nearest actor whose name or
  description holds that word.

Antecedents are looked for in the current and the previous ``_WINDOW`` paragraphs' worth of
text (``_MAX_DISTANCE`` characters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..models import Actor

if TYPE_CHECKING:
    from .stage import ActorIndex

__all__ = ["resolve_description", "resolve_pronoun"]

_MAX_DISTANCE = 1500

_PRONOUN_KINDS = {
    **dict.fromkeys(("he", "him", "his", "himself", "she", "her", "hers", "herself"), ("person",)),
    **dict.fromkeys(("it", "its", "itself"), ("country", "organization", "outlet")),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"),
                    ("group", "organization", "country")),
}

OUTLET_NOUNS = frozenset(
    """paper newspaper daily weekly report outlet broadcaster network channel agency
    magazine publication site station""".split()
)
GROUP_NOUNS = frozenset(
    """official source diplomat person people aide insider officer""".split()
)


def resolve_pronoun(index: "ActorIndex", token: Token) -> Actor | None:
    kinds = _PRONOUN_KINDS.get(token.lower_)
    if kinds is None:
        return None
    candidates = _candidates(index, token.idx)
    # kinds in order of preference: "they" is people before it is a country
    for kind in kinds:
        for actor in candidates:
            if actor.kind == kind:
                return actor
    return None


def resolve_description(index: "ActorIndex", span: Span, head: str) -> Actor | None:
    if head in OUTLET_NOUNS:
        for actor in _candidates(index, span.start_char):
            if actor.kind == "outlet":
                return actor
        return None
    for actor in _candidates(index, span.start_char):
        if head in GROUP_NOUNS:
            if actor.kind == "group" and index.heads.get(actor.id) == head:
                return actor
            continue
        words = {w.lower().rstrip("s") for w in actor.name.split()}
        described = (actor.why or "").lower()
        if head.rstrip("s") in words or f"'{head}" in described or f" {head}" in described:
            return actor
    return None


def _candidates(index: "ActorIndex", char: int) -> list[Actor]:
    """Actors mentioned in the ``_MAX_DISTANCE`` characters before CHAR, nearest first."""
    return index.before(char, within=_MAX_DISTANCE)
