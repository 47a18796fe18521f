"""Small parse helpers for the stances stage: subjects, noun phrases, negation, modals.

Kept here (not imported from the events stage) so that the stances stage depends only on the
records other stages publish (``Actor``, ``Attribution``, ``Event``), not on their internals.
"""

from __future__ import annotations

from ..events.arguments import subjects  # one definition of "who is the subject"

from spacy.tokens import Span, Token

__all__ = [
    "ACTOR_ENTS",
    "COGNITION_VERBS",
    "FIRST_PERSON",
    "SPEECH_VERBS",
    "THIRD_PERSON",
    "has_subject",
    "hedged",
    "is_actorish",
    "is_negated",
    "modals",
    "phrase",
    "speech_governor",
    "subjects",
    "with_conjuncts",
]

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my"})
THIRD_PERSON = frozenset({"he", "she", "it", "they", "him", "her", "them"})
_NEG = frozenset({"not", "n't", "n’t", "never", "no", "nt"})
SPEECH_VERBS = frozenset(
    """say tell add report write state announce claim insist note argue tweet acknowledge
    confirm reaffirm reiterate maintain declare stress assert predict conclude suggest
    explain reply respond remark disclose reveal indicate signal admit testify emphasize
    emphasise underline caution contend allege repeat warn vow pledge""".split()
)
COGNITION_VERBS = frozenset("believe think expect fear doubt hope assume reckon feel know".split())
AGENT_NOUNS = frozenset(
    """official government minister ministry president leader army force troop soldier rebel
    militant insurgent fighter separatist militia parliament congress senate administration
    regime country nation state ally side party group agency coalition union opposition
    council spokesman spokeswoman spokesperson diplomat envoy delegation negotiator mediator
    cabinet commander general chief secretary ambassador king emir monarch junta military
    premier chancellor power neighbor neighbour partner backer leadership kremlin team
    alliance bloc capital capitals organization organisation movement authority authorities
    camp office presidency mission member representative lawmaker legislator adviser
    advisor aide source sources""".split()
)
_SUBJ = ("nsubj", "csubj", "expl")
_NP_DROP = frozenset({"conj", "cc", "relcl", "acl", "appos", "punct", "advcl", "prep", "preconj"})
_NP_PREPS = frozenset({"of", "from", "in"})
_CONTROL_OBJECT = frozenset(
    """urge ask press pressure force order tell persuade encourage call invite allow permit
    help convince push advise warn compel""".split()
)


def has_subject(token: Token) -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c.lower_ not in _NEG for c in token.children):
        return True
    return any(g.dep_ in ("nsubj", "nsubjpass") for c in token.children if c.dep_ == "aux" for g in c.children)


def with_conjuncts(token: Token) -> list[Token]:
    """TOKEN and the nouns coordinated with it ("the US and NATO" -> [US, NATO])."""
    out = [token]
    for c in token.conjuncts:
        if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") and c.dep_ == "conj":
            out.append(c)
    return out


def is_actorish(token: Token) -> bool:
    """Whether TOKEN can head a noun phrase naming an actor (entity, agent noun, pronoun)."""
    if token.ent_type_ in ACTOR_ENTS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ in FIRST_PERSON | THIRD_PERSON
    if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return token.lemma_.lower() in AGENT_NOUNS or token.lower_ in AGENT_NOUNS


def phrase(token: Token) -> Span:
    """The noun phrase headed by TOKEN without coordinated phrases, clauses, appositions and
    prepositional phrases other than "of", "from" and "in"."""
    doc = token.doc
    start = end = token.i
    for c in token.children:
        if c.dep_ in _NP_DROP and not (c.dep_ == "prep" and c.lower_ in _NP_PREPS and c.i > token.i):
            continue
        start = min(start, c.left_edge.i)
        end = max(end, c.right_edge.i)
    while start < token.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > token.i and doc[end].is_punct:
        end -= 1
    return doc[start:end + 1]


def is_negated(token: Token) -> bool:
    """A negation word on TOKEN (spaCy sometimes attaches "n't" as a subject), or "no longer"
    / "no more" ("talks are no longer possible")."""
    for c in token.children:
        if c.lower_ in _NEG and c.dep_ in ("neg", "advmod", "nsubj", "det", "aux"):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in c.children):
            return True
    return False


def modals(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"}


def hedged(tokens: list[Token]) -> bool:
    """could/might/may on one of TOKENS: a possibility, not a position taken."""
    return any(m in ("could", "might", "may") for t in tokens for m in modals(t))


def speech_governor(token: Token) -> Token | None:
    """The reporting or cognition verb whose complement clause holds TOKEN's clause, if any
    ("Zelensky said [he was open]" -> said)."""
    t = token
    for _ in range(8):
        h = t.head
        if h == t:
            return None
        if t.dep_ in ("ccomp", "parataxis") and h.lemma_.lower() in SPEECH_VERBS | COGNITION_VERBS:
            return h
        if t.dep_ in ("conj", "xcomp", "acomp", "ccomp", "advcl"):
            t = h
            continue
        return None
    return None
