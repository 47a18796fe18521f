"""Stance statements in the parse: who stands where on talks, before actors are resolved.

Four readers, each giving ``Found`` records (holder tokens, position, cue, conditions):

1. **paths** (``from_topics``): for every topic mention ("talks", "negotiate", "peace deal"),
   climb the dependency tree from the topic to the verb of its clause and read the cues met
   on the way, bottom-up:

   - an OPEN cue gives ``open`` ("ready to negotiate", "push for negotiations");
   - an OPPOSED cue gives ``opposed`` ("discouraged peace talks", "ruling out peace talks")
     and flips what is below it ("refused to accept a truce" -> opposed);
   - a PRESSURE cue (object control: "push Ukraine to the table", "urged Ukraine to
     negotiate") gives ``open`` for its subject, ``opposed`` when the complement is negated
     ("urged Ukraine not to negotiate"), and ``neutral`` when the pressure itself is negated
     or denied ("won't push Ukraine to the negotiating table", "didn't want to pressure
     Ukraine to negotiate"): declining to push a party into talks defers to it; it is not
     opposition to talks;
   - a negated cue flips it ("not ready to talk" -> opposed, "did not rule out talks" ->
     open, weak);
   - no cue: a negated topic verb with will/would/never ("we will not negotiate") is
     ``opposed``; a purpose clause ("sent a delegation to negotiate") is ``open``.

   A noun cue with a holder of its own ("a US and Saudi proposal for a truce", "Russia's
   offer of talks") gives that holder a record and does not count for the clause subject.
   The holder is the clause subject (inherited through coordination and control); a topic
   left-dislocated before the clause ("The potential for talks, we would like to see that
   happening") climbs into it. Predictions about others ("less likely to talk") are skipped.
   Any if/unless/as-long-as/only-after clause or "taking into account" phrase on the path
   makes an open or opposed record ``conditional`` (``conditions.py``).
2. **evaluations** ("the US and NATO might think peace talks are possible"): a topic subject
   of an evaluative adjective; the holder is the subject of the verb of thinking or saying.
3. **defer** ("it's up to Ukraine when to negotiate", "for Kyiv to decide", "Ukraine's
   decision"): ``neutral`` for the speaker, never for the party deferred to.
4. **condition nouns** ("he maintained conditions ... including A and B", "Moscow sets terms
   for a ceasefire"): ``conditional`` with one condition per listed item, when the sentence
   is about talks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .conditions import Range, clause_conditions, insisted, items_of, trim
from .syntax import has_subject, hedged, is_actorish, is_negated, modals, speech_governor, subjects, with_conjuncts

__all__ = ["Found", "find_stances"]

OPEN, OPPOSED, PRESSURE, NEUTRAL, CONDITIONAL = lx.OPEN, lx.OPPOSED, lx.PRESSURE, lx.NEUTRAL, lx.CONDITIONAL
_CLIMB = frozenset({"pobj", "pcomp", "prep", "dobj", "xcomp", "acomp", "attr", "oprd", "dative", "agent", "appos"})
_PREDICTION = frozenset({"likely", "unlikely", "probably", "expected"})
_FUTURE = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})
_PRECONDITION_VERBS = frozenset({"demand", "insist", "require", "want", "seek", "ask", "call", "expect"})
_OPPOSED_FROM = frozenset({"discourage", "dissuade", "deter", "prevent", "stop", "bar", "block", "keep"})
_COPULAS = frozenset({"be", "seem", "remain", "appear", "look"})


@dataclass
class Found:
    """One statement of a position, in tokens."""

    position: str  # open | opposed | neutral | conditional
    holders: list[Token]  # subject heads (pronouns resolved later); empty: the speaker
    topic: Token
    cue: Token | None
    top: Token  # the verb of the clause that states it
    lo: int  # evidence token range [lo, hi)
    hi: int
    conditions: list[Range] = field(default_factory=list)
    unconditional: bool = False
    weak: bool = False
    hedged: bool = False
    kind: str = "path"  # path | eval | defer | conditions | noun
    path: list[Token] = field(default_factory=list)
    speaker_ok: bool = False  # no holder in the clause: the speaker holds it ("it's up to ...")


def _flip(position: str | None) -> str | None:
    return {OPEN: OPPOSED, OPPOSED: OPEN}.get(position, position)


def _topic_extent(node: Token) -> tuple[int, int]:
    """Token range of a topic mention: its modifiers and its with/between/on phrases."""
    lo = hi = node.i
    for c in node.children:
        if c.i < node.i and c.dep_ in ("compound", "amod", "nmod", "det", "poss", "nummod", "neg", "aux"):
            lo = min(lo, c.left_edge.i)
        elif c.i > node.i and c.dep_ == "prep" and c.lower_ in ("with", "between", "on", "over", "to", "for", "in"):
            hi = max(hi, c.right_edge.i)
        elif c.i > node.i and c.dep_ in ("dobj", "prt"):
            hi = max(hi, c.right_edge.i)
    return lo, hi + 1


def _noun_holders(noun: Token) -> list[Token]:
    """Holders a noun cue names itself: "Russia's offer", "a US and Saudi proposal",
    "a proposal from Turkey" (possessive pronouns do not count: "its readiness")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and is_actorish(c):
            return with_conjuncts(c)
    for c in noun.children:
        if c.dep_ in ("compound", "nmod", "amod") and c.i < noun.i and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            return [c] + [x for x in c.conjuncts if x.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            objs = [g for g in c.children if g.dep_ == "pobj" and is_actorish(g)]
            if objs:
                return with_conjuncts(objs[0])
    return []


def _plain_verb_cue(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in lx.OPPOSED_VERBS:
        return OPPOSED
    if lemma in lx.OPEN_VERBS:
        return OPEN
    return None


def _evidence(node: Token, cues: list[Token], holders: list[Token], top: Token) -> tuple[int, int]:
    lo, hi = _topic_extent(node)
    for c in cues:
        lo, hi = min(lo, c.i), max(hi, c.i + 1)
        for g in c.children:
            if g.dep_ in ("neg", "aux", "prt") or g.lower_ in ("not", "n't", "n’t", "never"):
                if g.dep_ != "aux" or g.i > min(lo, c.i) - 3:
                    lo, hi = min(lo, g.i), max(hi, g.i + 1)
    if holders and top is not None:
        h = holders[0]
        if h.sent == node.sent and h.i < lo and (h.head == top or any(h.head == x for x in holders)):
            lo = min(lo, h.left_edge.i if h.left_edge.i >= h.sent.start else h.i)
    return lo, hi


def _purpose(t: Token) -> bool:
    """An infinitive of purpose: "sent a delegation to negotiate"."""
    return t.dep_ in ("advcl", "xcomp") and t.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children
    ) and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in t.children)


def from_topic(node: Token) -> list[Found]:
    """Records for one topic mention NODE (see the module docstring, reader 1 and 2)."""
    out: list[Found] = []
    neg_below = is_negated(node) if node.pos_ in ("VERB", "AUX") else any(
        c.lower_ == "no" and c.dep_ == "det" for c in node.children
    )
    cues: list[tuple[Token, str, bool]] = []
    path: list[Token] = []
    t, via = node, None
    dislocated = purpose = False
    precondition: list[Range] = []
    top: Token | None = None
    for _ in range(12):
        path.append(t)
        if t != node:
            if t.lemma_.lower() in _PREDICTION or t.lower_ in _PREDICTION:
                return out  # "less likely to talk": a prediction about someone, not a stance
            kind = _plain_verb_cue(t) if dislocated else lx.cue_of(t, via)
            dislocated = False
            if kind is None and via is not None and via.dep_ == "prep" and via.lower_ == "from" \
                    and t.lemma_.lower() in _OPPOSED_FROM:
                kind = OPPOSED  # "discouraged Ukraine from negotiating"
            if kind is not None:
                cues.append((t, kind, is_negated(t)))
            elif t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in lx.NOUN_CUES and via is not None \
                    and via.dep_ in ("prep", "acl", "xcomp", "relcl", "compound"):
                noun_kind = lx.NOUN_CUES[t.lemma_.lower()]
                own = _noun_holders(t)
                if own:
                    conds, uncond = clause_conditions([t])
                    lo, hi = _evidence(node, [t], own, t)
                    out.append(Found(noun_kind if not conds else CONDITIONAL, own, node, t, t, lo, hi,
                                     conds, uncond, weak=t.lemma_.lower() in lx.WEAK, kind="noun",
                                     path=list(path)))
                else:
                    cues.append((t, noun_kind, is_negated(t)))
            elif via is not None and via.dep_ == "prep" and via.lower_ in ("before", "prior") \
                    and t.lemma_.lower() in _PRECONDITION_VERBS:
                for c in t.children:
                    if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on"):
                        obj = c if c.dep_ == "dobj" else next((g for g in c.children if g.dep_ == "pobj"), None)
                        if obj is not None:
                            r = trim(t.doc, obj.left_edge.i, obj.right_edge.i + 1)
                            if r:
                                precondition.append(r)
                if precondition:
                    cues.append((t, OPEN, False))
        if (t != node or t.pos_ in ("VERB", "AUX")) and has_subject(t):
            top = t
            break
        dep, head = t.dep_, t.head
        if head == t:
            top = t
            break
        if dep == "conj" and t.pos_ in ("VERB", "AUX"):
            top = t  # "traveled to Kyiv and urged Ukraine not to negotiate": urged's own clause
            break
        if dep in _CLIMB or dep == "conj":
            via, t = t, head
            continue
        if dep == "nsubjpass":
            via, t = t, head
            continue
        if dep == "nsubj":
            others = [c for c in head.children if c.dep_ == "nsubj" and c != t]
            if others and head.pos_ in ("VERB", "AUX"):
                dislocated = True  # "The potential for talks, we would like to see that happening"
                via, t = t, head
                continue
            if t == node or node in t.subtree:
                found = _evaluation(node, t, head)
                if found is not None:
                    out.append(found)
            return out
        if dep == "acl":
            via, t = t, head
            continue
        if _purpose(t) and dep == "advcl":
            purpose = purpose or t == node or t.lemma_.lower() in lx.TOPIC_VERBS
            via, t = t, head
            continue
        if dep == "ccomp" and head.lemma_.lower() not in lx.OPEN_VERBS | lx.OPPOSED_VERBS | lx.PRESSURE_VERBS:
            top = t
            break
        if dep == "ccomp":
            via, t = t, head
            continue
        top = t
        break
    if top is None:
        top = path[-1]
    position = _compose(cues, neg_below)
    weak = bool(cues) and all(c.lemma_.lower() in lx.WEAK or c.lower_ in lx.WEAK for c, _, _ in cues)
    if position is None:
        mods = modals(node) | modals(top)
        never = any(c.lower_ == "never" for c in node.children)
        if node.pos_ == "VERB" and neg_below and node == top and (mods & _FUTURE or never):
            position = OPPOSED  # "we will not negotiate with terrorists"
        elif node.pos_ == "NOUN" and neg_below and any(c.dep_ == "expl" for c in top.children):
            position = OPPOSED  # "there will be no talks until ..."
        elif purpose and not neg_below and node.pos_ == "VERB":
            position = OPEN  # "would send a delegation to Doha to negotiate"
        elif node.pos_ == "VERB" and node == top and not neg_below and clause_conditions(path)[0]:
            position = OPEN  # "it will only negotiate once Russian forces leave" (conditional below)
        else:
            return out
    if any(c.dep_ == "mark" and c.lower_ in lx.CONDITION_MARKS | {"whether"} for c in top.children):
        return out  # "if no agreement is reached": a condition, not a position
    conds, uncond = clause_conditions(path)
    if position == OPEN:
        precondition.extend(insisted(top))
    conds = sorted(set(conds) | set(precondition))
    if conds and position in (OPEN, OPPOSED) and not uncond:
        position = CONDITIONAL
    on_path = {p.i for p in path}
    holders = [h for h in subjects(top) if h.i not in on_path and h.dep_ != "expl"]
    if not holders:  # left dislocation: "The potential for talks, we would like ..."
        holders = [c for c in top.children if c.dep_ == "nsubj" and c.i not in on_path and is_actorish(c)]
    expletive = any(c.dep_ == "expl" for c in top.children)
    if top == node and node.pos_ == "NOUN":
        holders = []
    cue_tokens = [c for c, _, _ in cues]
    lo, hi = _evidence(node, cue_tokens, holders, top)
    out.append(Found(position, holders, node, cue_tokens[-1] if cue_tokens else None, top, lo, hi,
                     conds, uncond, weak=weak, hedged=hedged(path), kind="path", path=path,
                     speaker_ok=expletive))
    return out


def _compose(cues: list[tuple[Token, str, bool]], neg_below: bool) -> str | None:
    """The position the cues on a path give, read bottom-up (see the module docstring)."""
    pos: str | None = None
    pressure = False
    neg = neg_below
    for _, kind, negated in cues:
        if kind == PRESSURE:
            pos = OPPOSED if neg else OPEN
            pressure = True
            if negated:
                pos = NEUTRAL
        elif kind == OPEN:
            if pos is None:
                pos = OPPOSED if neg else OPEN
            if negated:
                pos = NEUTRAL if pressure else _flip(pos)
        elif kind == OPPOSED:
            if pos is None:
                pos = OPEN if neg else OPPOSED
            elif pos != NEUTRAL:
                pos = _flip(pos)
            if negated:
                pos = NEUTRAL if pressure else _flip(pos)
        neg = False
    return pos


def _evaluation(node: Token, subj: Token, copula: Token) -> Found | None:
    """"peace talks are possible" under "the US and NATO might think": the thinker holds it."""
    if copula.lemma_.lower() not in _COPULAS:
        return None
    adj = next((c for c in copula.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ"), None)
    if adj is None:  # "diplomacy is the only way forward"
        adj = next((c for c in copula.subtree if c.i > subj.right_edge.i and c.lemma_.lower() in lx.EVAL_WAYS
                    and c.pos_ == "NOUN" and any(g.lower_ in ("only", "best", "right") for g in c.children)), None)
    if adj is None:
        return None
    low = adj.lower_
    position = OPEN if low in lx.EVAL_OPEN or adj.lemma_.lower() in lx.EVAL_WAYS else \
        OPPOSED if low in lx.EVAL_OPPOSED else None
    if position is None:
        return None
    if is_negated(copula) or is_negated(adj):
        position = _flip(position)
    governor = speech_governor(copula)
    holders = subjects(governor) if governor is not None else []
    path = [node, copula] + ([governor] if governor is not None else [])
    conds, uncond = clause_conditions([node, copula, adj])
    if conds and not uncond:
        position = CONDITIONAL
    lo, hi = _topic_extent(node)
    hi = max(hi, adj.i + 1)
    return Found(position, holders, node, adj, copula, lo, hi, conds, uncond,
                 weak=low in lx.WEAK, hedged=hedged(path), kind="eval", path=path, speaker_ok=True)


def _has_topic(tokens) -> Token | None:
    for t in tokens:
        if lx.topic_node(t) is not None:
            return t
    return None


def defer_statements(doc: Doc) -> list[Found]:
    """"it's up to Ukraine (when) to negotiate", "for Kyiv to decide", "Ukraine's decision",
    "leave it to Kyiv": neutral for whoever says it (reader 3)."""
    out: list[Found] = []
    for t in doc:
        low = t.lower_
        clause: Token | None = None
        cue_lo = t.i
        if low == "up" and t.dep_ in ("prt", "advmod", "prep", "acomp"):
            to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if to is None and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" and doc[t.i + 1].head == t.head:
                to = doc[t.i + 1]
            if to is not None and any(is_actorish(g) for g in to.children if g.dep_ == "pobj"):
                clause = t.head
        elif t.lemma_.lower() in lx.DEFER_VERBS and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children):
            clause = t.head if t.dep_ != "ROOT" else t  # "talks are for Kyiv to decide"
            cue_lo = min(c.i for c in t.children if c.dep_ == "mark")
        elif t.lemma_.lower() in lx.DEFER_NOUNS and t.dep_ == "attr" and any(
            c.dep_ == "poss" and is_actorish(c) and c.pos_ != "PRON" for c in t.children
        ):
            clause = t.head  # "negotiations are Ukraine's decision"
            cue_lo = t.left_edge.i
        elif t.lemma_.lower() in ("leave", "defer") and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(is_actorish(g) for g in c.children) for c in t.children
        ):
            clause = t
        if clause is None:
            continue
        topic = _has_topic(clause.subtree)
        if topic is None:
            continue
        subj = [s for s in subjects(clause) if s.lower_ not in ("it", "this", "that") and s.dep_ != "expl"]
        holders = subj
        if not holders:
            governor = speech_governor(clause)
            holders = subjects(governor) if governor is not None else []
        node = lx.topic_node(topic) or topic
        lo, hi = _topic_extent(node)
        lo = min(lo, cue_lo)
        hi = max(hi, cue_lo + 1)
        out.append(Found(NEUTRAL, holders, node, t, clause, lo, hi, kind="defer", path=[t, clause],
                         speaker_ok=True))
    return out


def condition_nouns(doc: Doc) -> list[Found]:
    """"he maintained conditions ... including A and B" (reader 4)."""
    out: list[Found] = []
    for t in doc:
        if t.lemma_.lower() not in lx.CONDITION_NOUNS and t.lower_ not in lx.CONDITION_NOUNS:
            continue
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        setter: Token | None = None
        holders: list[Token] = []
        items: list[Range] = []
        if t.dep_ == "dobj" and t.head.lemma_.lower() in lx.CONDITION_SETTERS:
            setter = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_.lower() in ("insist", "stand"):
            setter = t.head.head
        elif t.dep_ == "nsubj" and t.head.lemma_.lower() == "include":
            setter = t.head
            holders = _noun_holders(t)
            for c in t.head.children:
                if c.dep_ == "dobj":
                    from .conditions import _split_items  # the listed items

                    items = _split_items(c)
        if setter is None or is_negated(setter):
            continue
        if _has_topic(t.sent) is None:
            continue
        if not holders:
            holders = _noun_holders(t) or subjects(setter)
        if not items:
            items = items_of(t)
        lo, hi = min(t.i, setter.i), t.i + 1
        if holders and holders[0].sent == t.sent and holders[0].i < lo:
            lo = holders[0].i
        for c in t.children:  # "terms for a ceasefire"
            if c.dep_ == "prep" and c.lower_ in ("for", "on") and _has_topic(c.subtree) is not None:
                hi = max(hi, c.right_edge.i + 1)
        topic = _has_topic(t.sent) or t
        out.append(Found(CONDITIONAL, holders, topic, t, setter, lo, hi, items, kind="conditions",
                         path=[t, setter]))
    return out


def find_stances(doc: Doc) -> list[Found]:
    """Every stance statement in DOC, in text order of their evidence."""
    found: list[Found] = []
    seen: set[int] = set()
    for token in doc:
        node = lx.topic_node(token)
        if node is None and lx.governed_topic(token):
            node = token
        if node is None or node.i in seen:
            continue
        seen.add(node.i)
        found.extend(from_topic(node))
    deferred = defer_statements(doc)
    tops = {f.top.i for f in deferred}
    found = [f for f in found if f.top.i not in tops]  # "up to Ukraine when to negotiate"
    found.extend(deferred)
    found.extend(condition_nouns(doc))
    found.sort(key=lambda f: (f.lo, f.hi))
    return found
