"""Conditions a party sets on talks, as character ranges of verbatim text.

Patterns, read on the words of a stance's dependency path (the topic, the cue and the clause
verb) so that an if-clause elsewhere in the sentence is not taken:

- subordinate clauses: "if", "unless", "provided (that)", "providing", "once", "until",
  "as long as" / "so long as", "only after/when/if" ("would return to talks only after the
  RSF left civilian areas" -> "the RSF left civilian areas"); "on (the) condition that";
  sequences of steps, one condition each ("talks only after a ceasefire and a withdrawal",
  "no talks before a withdrawal" for a refusal);
- participial qualifiers on readiness: "taking into account the realities ..." (the whole
  participle phrase is the condition), "in exchange for X";
- condition nouns: "conditions ... including A and B", "demands such as A and B", "terms:
  A, B" (``items_of``) -- coordinated items are split into one span each.

A clause whose conjuncts have their own subjects ("if Russia withdraws and Moscow pays") is
split the same way. "without (pre)conditions" and "unconditionally" mark a statement
explicitly unconditional.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import CONDITION_MARKS, CONDITION_NOUNS, ONLY_MARKS

__all__ = ["Range", "clause_conditions", "insisted", "items_of", "outermost", "split_items", "trim"]

_INSIST = frozenset({"insist", "demand", "require", "stipulate"})
_LIST_DEPS = frozenset({"prep", "acl", "advcl", "relcl", "advmod", "conj"})

Range = tuple[int, int]  # token indices, end exclusive

_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def trim(doc: Doc, lo: int, hi: int) -> Range | None:
    """Token range [lo, hi) without punctuation and dangling conjunctions at either end."""
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "cc" or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc" or doc[hi - 1].is_space):
        hi -= 1
    return (lo, hi) if hi > lo else None


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _garden_path(doc: Doc, token: Token, hi: int) -> int:
    """Cut "X retakes Kherson and Russia" where "Russia" is really the subject of the next
    verb ("... and Russia says it's pulling out"): a trailing conjoined noun followed by a
    finite verb outside the clause."""
    for c in token.subtree:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.right_edge.i == hi - 1:
            nxt = doc[hi] if hi < len(doc) else None
            if nxt is not None and nxt.tag_ in _FINITE and nxt.pos_ in ("VERB", "AUX"):
                cc = [g for g in c.head.children if g.dep_ == "cc" and g.i < c.i]
                return cc[-1].i if cc else c.left_edge.i
    return hi


def _clause_spans(doc: Doc, verb: Token, skip_lead: bool = True) -> list[Range]:
    """The clause headed by VERB without its subordinator, split at conjoined clauses that
    have their own subject."""
    lo, hi = _subtree_range(verb)
    hi = _garden_path(doc, verb, hi)
    parts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
             and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    spans: list[Range] = []
    first_hi = min([p.left_edge.i for p in parts] + [hi])
    if skip_lead:
        lead = {c.i for c in verb.children
                if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("only", "just", "even"))}
        while lo < first_hi and (lo in lead or doc[lo].is_punct):
            lo += 1
    for rng in [(lo, first_hi)] + [(p.left_edge.i, _garden_path(doc, p, p.right_edge.i + 1)) for p in parts]:
        r = trim(doc, *rng)
        if r is not None:
            spans.append(r)
    return spans


def _marks(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod", "prep") and c.i < verb.i}


def clause_conditions(tokens: list[Token], refusal: bool = False) -> tuple[list[Range], bool]:
    """Conditions attached to TOKENS (the words of one stance's path) and whether the
    statement is explicitly unconditional. For a REFUSAL a finite "while" clause is a
    condition too ("no talks while our cities are being shelled")."""
    found: list[Range] = []
    unconditional = False
    seen: set[int] = set()
    for t in tokens:
        doc = t.doc
        for c in t.children:
            if c.i in seen:
                continue
            low = c.lower_
            if c.dep_ in ("advcl", "ccomp") and c.pos_ in ("VERB", "AUX"):
                marks = _marks(c)
                finite_while = refusal and marks & {"while", "before"} and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                if marks & CONDITION_MARKS or ("only" in marks and marks & ONLY_MARKS) or finite_while:
                    seen.add(c.i)
                    found.extend(_clause_spans(doc, c))
                    continue
                if c.lemma_.lower() == "take" and _into_account(c):
                    seen.add(c.i)
                    r = trim(doc, c.left_edge.i, c.right_edge.i + 1)
                    if r:
                        found.append(r)
                    continue
            if low in ("provided", "providing") and c.i > t.i:  # parsed as advcl, acl or prep
                seen.add(c.i)
                inner = [g for g in c.children if g.dep_ in ("ccomp", "advcl", "pcomp") and g.pos_ in ("VERB", "AUX")]
                if inner:
                    found.extend(_clause_spans(doc, inner[0]))
                else:
                    r = trim(doc, c.i + 1, c.right_edge.i + 1)
                    if r:
                        found.append(r)
                continue
            if c.dep_ == "advmod" and low == "long" and c.i > 0 and doc[c.i - 1].lower_ in ("as", "so"):
                for g in c.children:
                    if g.dep_ in ("advcl", "ccomp") and g.pos_ in ("VERB", "AUX"):
                        seen.add(c.i)
                        found.extend(_clause_spans(doc, g))
                continue
            if c.dep_ == "prep":
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if low == "without" and any(o.lemma_.lower() in CONDITION_NOUNS for o in objs):
                    unconditional = True
                    continue
                if low == "on" and objs and objs[0].lemma_.lower() == "condition":
                    clause = [g for g in objs[0].children if g.dep_ in ("acl", "ccomp", "relcl")]
                    if clause:
                        found.extend(_clause_spans(doc, clause[0]))
                    continue
                if low in ("until", "till", "unless") and objs:
                    seen.add(c.i)
                    found.extend(_sequence(objs[0]))
                    continue
                if low in ("after", "before") and objs and (
                    any(g.lower_ == "only" for g in c.children) or (c.i > 0 and doc[c.i - 1].lower_ == "only")
                    or refusal and low == "before"
                ):
                    # "only after a ceasefire and a withdrawal": one condition per step
                    seen.add(c.i)
                    found.extend(_sequence(objs[0]))
                    continue
                if low == "in" and objs and objs[0].lower_ == "exchange":
                    for g in objs[0].children:
                        if g.dep_ == "prep" and g.lower_ == "for":
                            for o in g.children:
                                if o.dep_ == "pobj":
                                    r = trim(doc, o.left_edge.i, o.right_edge.i + 1)
                                    if r:
                                        found.append(r)
                    continue
                if low == "taking" or (c.lemma_.lower() == "take" and _into_account(c)):
                    r = trim(doc, c.left_edge.i, c.right_edge.i + 1)
                    if r:
                        found.append(r)
                    continue
            if c.dep_ == "advmod" and low in ("unconditionally",):
                unconditional = True
    return outermost(found), unconditional


def _sequence(head: Token) -> list[Range]:
    """The steps a condition phrase lists ("a ceasefire and a withdrawal of troops" -> two
    ranges; a gerund or a single noun phrase -> one)."""
    if head.pos_ in ("VERB", "AUX"):
        r = trim(head.doc, head.left_edge.i, head.right_edge.i + 1)
        return [r] if r else []
    return split_items(head)


def _into_account(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "account" for g in c.children)
        for c in verb.children
    )


def items_of(noun: Token) -> list[Range]:
    """The conditions a condition noun lists: "conditions ... including A and B" -> [A, B],
    "demands such as A", an apposition ("two conditions: A and B"), or the clause of
    "demand(s) that A"."""
    doc = noun.doc
    out: list[Range] = []
    for t in noun.subtree:
        low = t.lower_
        heads: list[Token] = []
        if low in ("including", "include", "includes", "namely") and t.dep_ in _LIST_DEPS:
            heads = [g for g in t.children if g.dep_ in ("pobj", "dobj", "appos", "pcomp")]
        elif low == "such" and any(g.lower_ == "as" for g in t.children):
            for g in t.children:
                if g.lower_ == "as":
                    heads.extend(x for x in g.children if x.dep_ == "pobj")
        elif low == "as" and t.i > 0 and doc[t.i - 1].lower_ == "such":
            heads = [g for g in t.children if g.dep_ == "pobj"]
        for h in heads:
            out.extend(split_items(h))
    if not out:
        for c in noun.children:
            if c.dep_ == "appos":
                out.extend(split_items(c))
            elif c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children):
                out.extend(_clause_spans(doc, c))
    return outermost(out)


def split_items(head: Token) -> list[Range]:
    """HEAD and its conjuncts, one range each ("a full Russian withdrawal and Moscow paying
    for war damages" -> two)."""
    doc = head.doc
    items = [head] + [c for c in head.conjuncts if c.i > head.i]
    out: list[Range] = []
    for item in items:
        lo, hi = item.i, item.i
        for c in item.children:
            if c.dep_ in ("conj", "cc", "punct") or (c.dep_ == "prep" and c.lower_ in ("including",)):
                continue
            if c.dep_ == "appos" and item != head:
                continue
            lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
        r = trim(doc, lo, hi + 1)
        if r:
            out.append(r)
    return out


def outermost(ranges: list[Range]) -> list[Range]:
    """RANGES without duplicates and without ranges inside another, in order."""
    out: list[Range] = []
    for r in sorted(set(ranges)):
        if any(o[0] <= r[0] and r[1] <= o[1] for o in out):
            continue
        out = [o for o in out if not (r[0] <= o[0] and o[1] <= r[1])]
        out.append(r)
    return sorted(out)


def insisted(top: Token) -> list[Range]:
    """Demands coordinated with a stance: "wants dialogue with Kosovo, but insists on X" ->
    X; "is open to talks but demands a full withdrawal" -> "a full withdrawal"."""
    doc = top.doc
    out: list[Range] = []
    for c in top.children:
        if c.dep_ != "conj" or c.lemma_.lower() not in _INSIST:
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue  # a clause of its own, maybe someone else's
        for g in c.children:
            if g.dep_ == "dobj":
                out.extend(split_items(g))
            elif g.dep_ == "prep" and g.lower_ == "on":
                for o in g.children:
                    if o.dep_ in ("pobj", "pcomp"):
                        out.extend(split_items(o))
            elif g.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children):
                out.extend(_clause_spans(doc, g))
    return outermost(out)
