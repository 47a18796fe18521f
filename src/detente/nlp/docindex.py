"""Per-Doc look-up tables that keep detente's stages linear in the document.

spaCy answers some questions by walking the Doc: ``token.sent`` walks to both ends of its
sentence, ``span.ents`` and ``doc.ents`` rebuild every entity of the Doc. Asked once per
token or entity, in a sentence of 20,000 tokens, that is quadratic. ``DocIndex`` answers
them by bisection over tables built once per Doc (``doc_index(doc)``):

* ``prepare(doc)`` (called by every detente stage after the parser) installs
  ``Doc.user_token_hooks["sent"]`` and ``user_span_hooks["sent"]``, so ``token.sent`` and
  ``span.sent`` anywhere give the same sentence as spaCy's walk, found by bisection over the
  sentence starts (sentence boundaries are final once the parser has run), and
  ``user_token_hooks["conjuncts"]``: spaCy's ``token.conjuncts`` walks the whole chain of
  "A, B, C and D" again for every member, here each chain is walked once;
* ``ents()``, ``ents_within(start, end)`` (what ``doc[start:end].ents`` gives) and
  ``entity_at(i)``; the places stage, which rewrites ``doc.ents``, calls ``forget_ents``;
* ``memo(key, build)``: any other per-Doc table a stage wants to build once;
* ``@per_token``: a pure function of a token and the parse, remembered per Doc.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from typing import Any, Callable, TypeVar

import numpy
from spacy.tokens import Doc, Span, Token

__all__ = ["DocIndex", "doc_index", "existing_index", "per_token", "prepare"]


class DocIndex:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._sent_starts: list[int] | None = None
        self._ents: list[Span] | None = None
        self._ent_starts: list[int] = []
        self._memo: dict[Any, Any] = {}
        self._per_token: dict[Callable, dict] = {}
        # the time budget (nlp/budget.py): seconds, when the clock started, the deadline,
        # and the BudgetExceeded that stopped the Doc
        self.budget: float | None = None
        self.started: float | None = None
        self.deadline: float | None = None
        self.stopped: Exception | None = None
        self._lefts: list[list[int]] | None = None
        self._rights: list[list[int]] | None = None
        self._conj_top: dict[int, int] = {}  # token -> the top of its chain of conj heads
        self._conj_groups: dict[int, list[int]] = {}  # top -> the chain, as spaCy orders it

    # -- sentences ----------------------------------------------------------------------
    def sent_starts(self) -> list[int]:
        """Token indices where sentences start (0 first), as spaCy's ``sent_start == 1``."""
        if self._sent_starts is None:
            doc = self.doc
            flags = doc.to_array("SENT_START").astype("int64") if len(doc) else numpy.zeros(0, "int64")
            starts = numpy.flatnonzero(flags == 1).tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            self._sent_starts = starts
        return self._sent_starts

    def sentence(self, i: int) -> Span:
        """The sentence holding token I, as ``doc[i:i+1].sent`` gives it."""
        starts = self.sent_starts()
        k = bisect_right(starts, i) - 1
        end = starts[k + 1] if k + 1 < len(starts) else len(self.doc)
        return self.doc[starts[k]:end]

    # -- the parse ----------------------------------------------------------------------
    def _children(self) -> None:
        lefts: list[list[int]] = [[] for _ in range(len(self.doc))]
        rights: list[list[int]] = [[] for _ in range(len(self.doc))]
        if len(self.doc):
            heads = self.doc.to_array("HEAD").astype("int64")  # relative offsets
            for i, offset in enumerate(heads.tolist()):
                if offset < 0:
                    rights[i + offset].append(i)
                elif offset > 0:
                    lefts[i + offset].append(i)
        self._lefts, self._rights = lefts, rights

    def right_children(self) -> list[list[int]]:
        """For each token, its children to the right in text order (``token.rights``,
        which walks the token's whole subtree on each call), from the heads, once."""
        if self._rights is None:
            self._children()
        return self._rights

    def children(self, token: Token) -> list[Token]:
        """``list(token.children)``: left children, then right ones, in text order."""
        if self._lefts is None:
            self._children()
        doc = self.doc
        return [doc[i] for i in self._lefts[token.i]] + [doc[i] for i in self._rights[token.i]]

    def conjuncts(self, token: Token) -> tuple[Token, ...]:
        """What ``token.conjuncts`` gives: the top of TOKEN's chain of conj heads and its
        conj children on the right, breadth first, without TOKEN itself."""
        doc = self.doc
        top = self._conj_top.get(token.i)
        if top is None:
            path = []
            t = token
            while t.i != t.head.i and t.dep_ == "conj" and t.i not in self._conj_top:
                path.append(t.i)
                t = t.head
            top = self._conj_top.get(t.i, t.i)
            for i in path:
                self._conj_top[i] = top
            self._conj_top[token.i] = top
        group = self._conj_groups.get(top)
        if group is None:
            rights = self.right_children()
            group = [top]
            for word in group:  # grows while it is read: breadth first
                group.extend(c for c in rights[word] if doc[c].dep_ == "conj")
            self._conj_groups[top] = group
        return tuple(doc[i] for i in group if i != token.i)

    # -- entities -----------------------------------------------------------------------
    def ents(self) -> list[Span]:
        if self._ents is None:
            self._ents = list(self.doc.ents)
            self._ent_starts = [e.start for e in self._ents]
        return self._ents

    def forget_ents(self) -> None:
        """Drop the entity table (after ``doc.ents`` was set)."""
        self._ents = None
        self._ent_starts = []

    def ents_within(self, start: int, end: int) -> list[Span]:
        """The entities inside tokens START..END (end exclusive), as ``Span.ents`` gives them."""
        ents = self.ents()
        k = bisect_left(self._ent_starts, start)
        out = []
        while k < len(ents) and ents[k].start < end:
            if ents[k].end <= end:
                out.append(ents[k])
            k += 1
        return out

    def entity_at(self, i: int) -> Span | None:
        """The entity holding token I, if any."""
        ents = self.ents()
        k = bisect_right(self._ent_starts, i) - 1
        if k >= 0 and i < ents[k].end:
            return ents[k]
        return None

    # -- anything else ------------------------------------------------------------------
    def memo(self, key: Any, build: Callable[[Doc], Any]) -> Any:
        """``build(doc)``, computed once per Doc and KEY."""
        if key not in self._memo:
            self._memo[key] = build(self.doc)
        return self._memo[key]


_KEY = "detente.docindex"  # in ``doc.user_data`` (``doc._`` costs more than the look-ups)


def existing_index(doc: Doc) -> DocIndex | None:
    """DOC's index if one was made, else None (never makes one)."""
    return doc.user_data.get(_KEY)


def doc_index(doc: Doc) -> DocIndex:
    """DOC's index, made on first use and kept in the Doc's own ``user_data``. (Not in a
    weak map keyed by the Doc: the index and its memos hold the Doc and its tokens, so a
    global map would keep every Doc alive; inside the Doc it is a cycle the collector frees
    with the Doc.)"""
    data = doc.user_data
    index = data.get(_KEY)
    if index is None:
        index = data[_KEY] = DocIndex(doc)
    return index


F = TypeVar("F", bound=Callable[..., Any])


def per_token(fn: F) -> F:
    """Remember ``fn(token, *args)`` per Doc, for pure functions of the parse that are asked
    about the same token again and again (the head of a thousand coordinated verbs, for each
    of them). A list result is handed out as a copy."""

    @functools.wraps(fn)
    def cached(token: Token, *args: Any) -> Any:
        table = doc_index(token.doc)._per_token.setdefault(fn, {})
        key = (token.i, args)
        try:
            value = table[key]
        except KeyError:
            value = table[key] = fn(token, *args)
        return list(value) if type(value) is list else value

    return cached  # type: ignore[return-value]


def _token_sent(token: Token) -> Span:
    return doc_index(token.doc).sentence(token.i)


def _span_sent(span: Span) -> Span:
    return doc_index(span.doc).sentence(span.start)


def _token_conjuncts(token: Token) -> tuple[Token, ...]:
    return doc_index(token.doc).conjuncts(token)


def prepare(doc: Doc) -> DocIndex:
    """DOC's index, with the sentence hooks installed once the Doc has sentence boundaries."""
    index = doc_index(doc)
    if "sent" not in doc.user_token_hooks and doc.has_annotation("SENT_START"):
        doc.user_token_hooks["sent"] = _token_sent
        doc.user_span_hooks["sent"] = _span_sent
    if "conjuncts" not in doc.user_token_hooks and doc.has_annotation("DEP"):
        doc.user_token_hooks["conjuncts"] = _token_conjuncts
    return index
