"""Modality of an event: asserted, negated, future or hypothetical, from its own clause.

``clause_modality(anchor)`` reads the cues on the event's anchor (the trigger verb, or the
verb that realises a nominal trigger) and climbs through the words that govern it inside
the same clause: coordinated verbs without a subject of their own, and control words
("planning to", "refused to", "considering", "appeared to"). It stops at a reporting or
cognition verb: the article reporting a claim does not change the claim's modality, so
"officials don't believe that Ukraine can drive Russia out" gives the driving out
``hypothetical`` (from "can"), not ``negated``. Two things cross that boundary: "deny"
("denied that they attacked": negated), and the tense of the reporting verb, which makes
"would" a backshifted "will" ("Iraq said it would allow...": future, not hypothetical).

Cues:

- negated: ``not``/``n't``/``never`` (not over "hesitate": "will not hesitate to strike" is a
  strike to come), ``no`` before a nominal event, neg control words
  ("failed to", "denied that");
- future: ``will``/``shall``/``'ll``, ``going to``, backshifted ``would``, plan words
  ("plans to", "is preparing to", "is set to", "is expected to", "making preparations to");
- hypothetical: ``could``/``might``/``may``/``can``, ``would`` outside reported speech,
  ``should``/``must``, if/unless/whether clauses (on the event or on a clause governing
  it), "before/until" clauses in the present ("before they demobilize"), hypo words
  ("considering", "exploring", "likely to", "trying to") and wishes ("wants to ask"; a wish
  to cooperate or to attack becomes AGREE or THREATEN in ``detect``).

Precedence: a condition makes any event hypothetical; then negation wins, except over
could/might/may ("may not attack" stays hypothetical); then hypothetical; then future.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..nlp.docindex import per_token
from .lexicon import Lexicon

__all__ = ["COGNITION_VERBS", "Modality", "SPEECH_VERBS", "add_cue", "clause_modality", "speech_head"]

SPEECH_VERBS = frozenset(
    """say tell add report write state announce claim insist note argue tweet acknowledge
    confirm reaffirm reiterate maintain declare stress assert quote predict conclude suggest
    explain reply respond remark told disclose reveal indicate signal admit testify
    emphasize emphasise underline caution contend allege""".split()
)
COGNITION_VERBS = frozenset("believe think expect fear doubt hope assume reckon feel know".split())
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "’ll"})
_WOULD = frozenset({"would", "'d", "’d"})
_HYPO_MODALS = frozenset({"could", "might", "may", "can", "ca"})
_OBLIGATION = frozenset({"must", "should", "ought"})
_NEG_WORDS = frozenset({"not", "n't", "n’t", "never", "no"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_MAX_CLIMB = 8


@dataclass
class Modality:
    value: str = "asserted"
    cues: list[str] = field(default_factory=list)  # kinds seen: neg, future, would, hypo, ...
    cue_tokens: list[Token] = field(default_factory=list)
    condition: Token | None = None  # head of the if/unless clause the event depends on
    # (set on the conditional event, not on the events inside the if-clause)
    speech: Token | None = None  # the reporting verb whose complement holds the event
    future_by: str | None = None  # "modal" | "plan" | None: what made it future
    in_condition: Token | None = None  # head of the if/unless clause the event itself is in
    before: str | None = None  # the value before ``commitments.convert`` recoded the event

    @property
    def negated(self) -> bool:
        return self.value == "negated"


def speech_head(token: Token) -> Token | None:
    """The reporting or cognition verb whose complement clause holds TOKEN, if any."""
    t = token
    for _ in range(_MAX_CLIMB):
        if t.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis") and t.head.i != t.i:
            h = t.head
            if t.dep_ in ("ccomp", "parataxis") and h.lemma_.lower() in SPEECH_VERBS | COGNITION_VERBS:
                return h
            if t.dep_ in ("advcl",):
                return None
            t = h
        else:
            return None
    return None


def _own_cues(t: Token, m: Modality) -> None:
    for kind, cue, c in _cue_words(t):
        m.cues.append(cue)
        if kind == "conditional":
            if m.condition is None:
                m.condition = c
            continue
        m.cue_tokens.append(c)
        if kind == "if" and m.in_condition is None and c.lower_ != "whether":
            m.in_condition = t


_LITOTES = frozenset({"hesitate"})  # control verbs whose negation asserts what they govern


@per_token  # asked for the head of every one of its coordinated verbs: once per token
def _cue_words(t: Token) -> list[tuple[str, str, Token]]:
    """The modality cues among T's children, in order: (kind, cue, child); kind "cue" for
    negation, modals and purposes, "if" for condition marks, "conditional" for an if-clause."""
    out: list[tuple[str, str, Token]] = []
    litotes = t.lemma_.lower() in _LITOTES  # "will not hesitate to shut the border": will shut it
    for c in t.children:
        low = c.lower_
        if c.dep_ == "neg" or (low in _NEG_WORDS and c.dep_ in ("advmod", "det", "neg", "nsubj")):
            if not litotes:
                out.append(("cue", "neg", c))
        elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            if low in _FUTURE_MODALS or c.lemma_ == "will":
                out.append(("cue", "future", c))
            elif low in _WOULD:
                out.append(("cue", "would", c))
            elif low in _HYPO_MODALS:
                out.append(("cue", "can" if low in ("can", "ca") else "hypo", c))
            elif low in _OBLIGATION:
                out.append(("cue", "oblig", c))
        elif c.dep_ == "mark" and (low == "lest" or (low == "so" and _next_is(c, "that"))):
            out.append(("cue", "hypo", c))  # a purpose ("so that Ukrainians are not tortured") is not a report
        elif c.dep_ == "mark" and low in ("before", "until", "till", "once") and t.tag_ in ("VB", "VBP", "VBZ"):
            out.append(("cue", "hypo", c))  # "must agree to changes before they demobilize": not yet
        elif c.dep_ == "mark" and low in _CONDITION_MARKS:
            out.append(("if", "if", c))
        elif c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children):
            out.append(("conditional", "conditional", c))
    return out


def _next_is(token: Token, word: str) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == word


def _has_subject(t: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children)


@per_token
def if_clause(t: Token) -> bool:
    """Whether T heads an if/unless clause (a child marks it)."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children)


@per_token
def _contrasts(h: Token) -> list[int]:
    """Where H's "but"/"yet" conjunctions are, in text order."""
    return [c.i for c in h.children if c.dep_ == "cc" and c.lower_ in ("but", "yet")]


def _has_modal(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children)


def clause_modality(anchor: Token, lexicon: Lexicon) -> Modality:
    """The modality of an event anchored at ANCHOR (see the module docstring)."""
    m = Modality()
    t = anchor
    _own_cues(t, m)
    for _ in range(_MAX_CLIMB):
        dep, h = t.dep_, t.head
        if h.i == t.i:
            break
        if dep == "conj":
            if _has_subject(t) or _has_modal(t):
                # own clause; still inherit an enclosing condition
                if h.dep_ == "advcl" and if_clause(h):
                    m.cues.append("if")
                    m.in_condition = h
                break
            inherited = Modality()
            _own_cues(h, inherited)
            contrasts = _contrasts(h)
            contrast = bool(contrasts) and contrasts[0] < t.i
            for cue, tok in zip(inherited.cues, inherited.cue_tokens):
                if cue == "neg" and contrast:
                    continue  # "didn't want X but said Y": the negation stays with X
                m.cues.append(cue)
                m.cue_tokens.append(tok)
            m.condition = m.condition or inherited.condition
            m.in_condition = m.in_condition or inherited.in_condition
            t = h
            continue
        if dep in ("xcomp", "acomp") or (dep == "ccomp" and _control_of(h, lexicon)):
            kind = _control_of(h, lexicon)
            if kind in ("plan",):
                m.cues.append("plan")
            elif kind == "hypo":
                m.cues.append("hypo")
            elif kind == "neg":
                m.cues.append("neg")
            elif kind is None and h.lemma_.lower() == "go" and h.tag_ == "VBG":
                m.cues.append("future")
            elif kind == "commit":
                m.cues.append("commit")
            elif kind in ("aspect", None):
                pass
            else:
                break  # a typed control word owns the event
            m.cue_tokens.append(h)
            _own_cues(h, m)
            t = h
            continue
        if dep == "acl" and h.pos_ in ("NOUN", "PROPN") and h.dep_ in ("dobj", "nsubj", "attr"):
            kind = _control_of(h, lexicon)  # "making preparations to send", "plans to attack"
            if kind in ("plan", "hypo"):
                m.cues.append(kind)
                m.cue_tokens.append(h)
                t = h.head
                _own_cues(t, m)
                continue
        if dep == "pcomp" and h.dep_ == "prep" and h.lower_ in ("by", "after", "before", "while", "without", "in"):
            # "could help ... by stopping arms deliveries": the manner takes the clause's mood
            verb = h.head
            if verb.pos_ in ("VERB", "AUX"):
                inherited = Modality()
                _own_cues(verb, inherited)
                for cue, tok in zip(inherited.cues, inherited.cue_tokens):
                    if cue in ("hypo", "can", "future", "would", "oblig"):
                        m.cues.append(cue)
                        m.cue_tokens.append(tok)
                t = verb
                continue
        if dep in ("ccomp", "parataxis") and h.lemma_.lower() in SPEECH_VERBS | COGNITION_VERBS:
            m.speech = h
        break
    m.value, m.future_by = _decide(m)
    return m


def add_cue(m: Modality, control: str | None, token: Token) -> None:
    """Add the cue of an untyped control word that governs a nominal event ("considering
    talks": hypothetical) and decide again."""
    cue = {"plan": "plan", "hypo": "hypo", "neg": "neg", "commit": "commit"}.get(control or "")
    if cue is None:
        return
    m.cues.append(cue)
    m.cue_tokens.append(token)
    m.value, m.future_by = _decide(m)


def _control_of(token: Token, lexicon: Lexicon) -> str | None:
    entry = lexicon.match(token)
    if entry is None or entry.control is None:
        return None
    if entry.type is not None and entry.control not in ("plan", "hypo", "neg", "aspect"):
        return "typed"
    return entry.control


def _decide(m: Modality) -> tuple[str, str | None]:
    cues = m.cues
    backshift = m.speech is not None and m.speech.tag_ in ("VBD", "VBN")
    if "if" in cues or "conditional" in cues:
        return "hypothetical", None
    future_modal = "future" in cues or ("would" in cues and backshift)
    if "neg" in cues:
        if "hypo" in cues and not future_modal:
            return "hypothetical", None
        return "negated", None
    if "hypo" in cues or "can" in cues or "oblig" in cues or "commit" in cues or ("would" in cues and not backshift):
        return "hypothetical", None
    if future_modal:
        return "future", "modal"
    if "plan" in cues:
        return "future", "plan"
    return "asserted", None
