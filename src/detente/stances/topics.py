"""What a stance is about: ``negotiations``, a ``ceasefire``, a ``peace deal`` or a ``meeting``.

The topic mention the detector found decides, with its modifiers and what it is of/for/on:

- a truce word anywhere there ("a ceasefire", "the U.S. proposal of a ceasefire", "ceasefire
  talks", "talks on a truce") -> ``ceasefire``;
- a deal word made topical by "peace" or by a name ("a peace deal", "the Doha agreement",
  "a peace accord") -> ``peace deal``;
- a summit or meeting of leaders ("an in-person summit", "ready to meet Putin") ->
  ``meeting``;
- everything else (talks, negotiations, dialogue, diplomacy, mediation, a peace process)
  -> ``negotiations``.

Statements derived from events read the same words in the event's evidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["CEASEFIRE", "DEAL", "MEETING", "NEGOTIATIONS", "topic_of", "topic_of_text"]

NEGOTIATIONS, CEASEFIRE, DEAL, MEETING = "negotiations", "ceasefire", "peace deal", "meeting"

_TRUCE = frozenset("ceasefire ceasefires cease-fire cease-fires truce truces armistice".split())
_DEALS = frozenset("deal agreement accord treaty settlement".split())
_MEETINGS = frozenset("summit meeting".split())
_ABOUT = frozenset({"of", "for", "on", "over", "about", "toward", "towards"})
_TRUCE_TEXT = re.compile(r"\b(cease-?fires?|truces?|armistice)\b", re.IGNORECASE)
_DEAL_TEXT = re.compile(r"\bpeace (deal|agreement|accord|treaty|settlement)s?\b", re.IGNORECASE)
_MEETING_TEXT = re.compile(r"\bsummits?\b", re.IGNORECASE)


def _words(token: Token) -> list[Token]:
    """TOKEN, its modifiers and the heads of what it is of/for/on."""
    out = [token]
    for c in token.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in _ABOUT:
            for obj in c.children:
                if obj.dep_ == "pobj":
                    out.append(obj)
                    out.extend(g for g in obj.children if g.dep_ in ("compound", "amod") and g.i < obj.i)
    if token.dep_ in ("compound", "amod") and token.head.i > token.i:
        out.append(token.head)  # "ceasefire" in "ceasefire proposal"
    return out


def topic_of(token: Token) -> str:
    """The stance topic of the topic mention TOKEN (see the module docstring)."""
    words = _words(token)
    lowers = {w.lower_ for w in words} | {w.lemma_.lower() for w in words}
    if lowers & _TRUCE:
        return CEASEFIRE
    lemma = token.lemma_.lower()
    head = token.head if token.dep_ in ("compound", "amod") else token
    if lemma in _DEALS or head.lemma_.lower() in _DEALS:
        deal = head if head.lemma_.lower() in _DEALS else token
        mods = [c for c in deal.children if c.dep_ in ("compound", "amod", "nmod") and c.i < deal.i]
        if any(c.lower_ == "peace" or c.pos_ == "PROPN" for c in mods):
            return DEAL
    if lemma in _MEETINGS or lemma == "meet" or head.lemma_.lower() in _MEETINGS:
        return MEETING
    return NEGOTIATIONS


def topic_of_text(text: str) -> str:
    """The stance topic the words of TEXT (an event's evidence) name."""
    if _TRUCE_TEXT.search(text):
        return CEASEFIRE
    if _DEAL_TEXT.search(text):
        return DEAL
    if _MEETING_TEXT.search(text):
        return MEETING
    return NEGOTIATIONS
