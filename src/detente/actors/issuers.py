"""Statements, readouts and communiques as speakers: the actor who issued them.

"A statement from the task force said ...", "the NISA statement said", "the Kremlin's
readout noted", "said a statement posted by the government's news agency": the speaker is
whoever issued the statement, and it keeps that issuer's code. ``issuer_of`` looks, in order:

1. in the phrase itself: an owner ("the Kremlin's readout", "the NISA statement", "the G7
   joint statement"), "from/by/of X" ("a statement from the task force"), or a participle
   with an agent ("a statement posted by the news agency");
2. at an earlier statement of the article within ``WINDOW`` characters whose issuer is known,
   by the same rules or by the verb it goes with ("the diplomats said in a joint statement
   ... The statement said ..."; "the ministry issued a statement");
3. at the nearest institution named within the same or the previous sentence ("..., according
   to the White House. A statement said ..."): an organisation, outlet, seat of government or
   country, or a group with a code.

One pass over the Doc collects its statement nouns (``_statements``); the look-ups then stay
within a bounded window, so the stage remains linear in the document.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..models import Actor

if TYPE_CHECKING:
    from .stage import ActorIndex

__all__ = ["STATEMENT_NOUNS", "issuer_of", "is_statement_head"]

STATEMENT_NOUNS = frozenset(
    """statement statements readout readouts communique communiqué communiques communiqués
    declaration announcement release""".split()
)
# Verbs whose object statement is issued by their subject ("the ministry issued a statement").
ISSUING_VERBS = frozenset("issue release publish put post send circulate distribute make".split())
# Participles whose agent issued the statement ("a statement posted by ...").
_AGENT_PARTICIPLES = frozenset(
    "issue release publish post carry send circulate distribute sign".split()
)
WINDOW = 1500
_INSTITUTION_KINDS = frozenset({"organization", "outlet", "country"})


def is_statement_head(token: Token) -> bool:
    """Whether TOKEN is the head noun of a statement ("statement", "readout", "communique")."""
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lemma_.lower() in STATEMENT_NOUNS or token.lower_ in STATEMENT_NOUNS
    )


def _phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _actorish(token: Token, kb) -> bool:
    """Whether TOKEN heads a phrase naming who could issue something: a name, or a noun the
    title lexicon knows ("the task force", "the ministry"), not "the site of the talks"."""
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if kb is None:
        return False
    return any(f(word) is not None for f in (kb.title, kb.body)
               for word in (token.text, token.lemma_, _phrase(token).text))


def _own_issuer(token: Token, kb=None) -> Token | None:
    """The issuer named inside the statement's own phrase, as a token heading its phrase."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    for child in token.lefts:
        if child.dep_ == "compound" and (child.ent_type_ or child.pos_ == "PROPN"):
            return child
        if child.dep_ == "nmod" and child.ent_type_:
            return child
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN") and _actorish(obj, kb):
                    return obj
        if child.dep_ == "acl" and child.lemma_.lower() in _AGENT_PARTICIPLES:
            for agent in child.children:
                if agent.dep_ == "agent":
                    for obj in agent.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _verb_issuer(token: Token) -> Token | None:
    """The subject of the verb a statement goes with: "X said in a statement", "X issued a
    statement"."""
    head = token.head
    verb = None
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "through", "via"):
        verb = head.head
    elif token.dep_ == "dobj" and head.lemma_.lower() in ISSUING_VERBS:
        verb = head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    return None


def _statements(index: "ActorIndex") -> tuple[list[int], list[Token]]:
    cached = getattr(index, "_statement_cache", None)
    if cached is None:
        tokens = [t for t in index.doc if is_statement_head(t)]
        cached = ([t.idx for t in tokens], tokens)
        index._statement_cache = cached  # type: ignore[attr-defined]
    return cached


def _actor(index: "ActorIndex", token: Token, seen: set[int]) -> Actor | None:
    if token.i in seen:
        return None
    seen.add(token.i)
    if token.pos_ == "PRON" and token.lower_ in ("it", "its", "they", "their", "he", "she", "his", "her"):
        from . import coref

        return coref.resolve_pronoun(index, token)
    return index.for_span(_phrase(token))


def issuer_of(index: "ActorIndex", span: Span) -> Actor | None:
    """The actor who issued the statement SPAN names, or None (see the module docstring)."""
    head = span.root
    if not is_statement_head(head):
        return None
    seen: set[int] = {head.i}
    own = _own_issuer(head, index.kb)
    if own is not None:
        return _actor(index, own, seen)
    starts, tokens = _statements(index)
    k = bisect_left(starts, head.idx) - 1
    while k >= 0 and head.idx - starts[k] <= WINDOW:
        earlier = tokens[k]
        k -= 1
        if earlier.i in seen:
            continue
        seen.add(earlier.i)
        issuer = _own_issuer(earlier, index.kb) or _verb_issuer(earlier)
        if issuer is not None:
            actor = _actor(index, issuer, seen)
            if actor is not None:
                return actor
    sent = head.sent
    start = sent.start
    if start > 0:
        start = head.doc[start - 1].sent.start
    floor = head.doc[start].idx
    for actor in index.before(span.start_char, within=span.start_char - floor):
        if actor.anonymous or not actor.code:
            continue
        if actor.kind in _INSTITUTION_KINDS or (actor.kind == "group" and "." in actor.code):
            return actor
    return None
