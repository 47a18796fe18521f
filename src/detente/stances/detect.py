"""Stance statements in the parse: who stands where on talks, before actors are resolved.

Four readers, each giving ``Found`` records (holder tokens, position, cue, conditions):

1. **paths** (``from_topic``): for every topic mention ("talks", "negotiate", "peace deal",
   "sit down with", "meet Putin"), climb the dependency tree from the topic to the verb of
   its clause and read the cues met on the way, bottom-up:

   - an OPEN cue gives ``open`` ("ready to negotiate", "push for negotiations");
   - an OPPOSED cue gives ``opposed`` ("discouraged peace talks", "ruling out peace talks")
     and flips what is below it ("refused to accept a truce" -> opposed);
   - a PRESSURE cue (object control: "push Ukraine to the table", "urged Ukraine to
     negotiate") gives ``open`` for its subject, ``opposed`` when the complement is negated
     ("urged Ukraine not to negotiate"), and ``neutral`` when the pressure itself is negated
     or denied ("won't push Ukraine to the negotiating table", "didn't want to pressure
     Ukraine to negotiate"): declining to push a party into talks defers to it; it is not
     opposition to talks;
   - a negated cue flips it ("not ready to talk", "is not interested in talks" -> opposed,
     "did not rule out talks" -> open);
   - no cue: a negated topic verb or light verb with will/would/never ("we will not
     negotiate", "he will not hold talks with Putin") is ``opposed``; "there will be no
     talks" is ``opposed`` for the speaker; a purpose clause ("sent a delegation to
     negotiate") is ``open``; a topic verb with a condition ("will only negotiate once
     Russian forces leave") is ``conditional``.

   The climb stops at a verb that is neither a cue nor transparent ("declined to comment
   on the talks"), at nouns about strength or views ("a better position to negotiate", "its
   stance on negotiations"), and at predictions about others ("less likely to talk"). A
   topic inside an if-clause is a condition, not a position ("if no agreement is reached").
   A noun cue with a holder of its own ("a US and Saudi proposal for a truce", "Russia's
   offer of talks") gives that holder a record and does not count for the clause subject.
   The holder is the clause subject (inherited through coordination and control); a topic
   left-dislocated before the clause ("The potential for talks, we would like to see that
   happening") climbs into it. Any if/unless/as-long-as/only-after clause or "taking into
   account" phrase on the path, or a coordinated "but insists on X", makes an open or
   opposed record ``conditional`` (``conditions.py``); "X as a precondition for talks" and
   "X is a precondition for talks" are conditional with X.
2. **evaluations** ("the US and NATO might think peace talks are possible", "diplomacy is
   the only way forward"; requirements: "any talks must take into account X"): a topic
   subject of an evaluative predicate; the holder is the subject of the verb of thinking or
   saying, or the speaker.
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
from .conditions import Range, clause_conditions, insisted, items_of, split_items, trim
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


def _transparent(verb: Token) -> bool:
    """Verbs a stance can be read through without being a cue themselves ("ready to discuss a
    ceasefire", "would like to see talks happening"); any other verb ("declined to comment
    on the talks") ends the path."""
    lemma = verb.lemma_.lower()
    return (
        lemma in lx.TRANSPARENT_VERBS
        or lemma in lx.TOPIC_VERBS
        or lemma in lx.OPEN_VERBS
        or lemma in lx.OPPOSED_VERBS
        or lemma in lx.PRESSURE_VERBS
        or lemma in lx.LIGHT_VERBS
        or lemma in lx.LIGHT_VERBS_IN
        or lemma in lx.OPEN_VIA_PREP
        or lemma in lx.OPPOSED_VIA_PREP
        or lemma in _OPPOSED_FROM
        or any(lemma == v for v, _ in lx.PHRASAL)
    )


def _bare_infinitive(t: Token) -> bool:
    """"calls to negotiate" (parsed as a relative clause): a to-infinitive with no subject."""
    return t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and not has_subject(t)


def _light_verb(node: Token) -> Token | None:
    """The verb that makes a topic noun an action of its subject: "hold talks", "take part in
    the summit", "enter negotiations", "engage in dialogue"."""
    if node.pos_ not in ("NOUN", "PROPN"):
        return None
    head = node.head
    if node.dep_ == "dobj" and head.lemma_.lower() in lx.LIGHT_VERBS:
        return head
    if node.dep_ == "pobj" and head.lower_ in ("in", "into") and head.head.lemma_.lower() in lx.LIGHT_VERBS_IN:
        return head.head
    return None


def _cue_negated(t: Token) -> bool:
    """Negation on a cue, or on the copula of an adjective cue ("is not interested in talks")."""
    if is_negated(t):
        return True
    return t.dep_ in ("acomp", "attr") and t.head.lemma_.lower() in _COPULAS and is_negated(t.head)


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
    dislocated = purpose = speaker_view = False
    object_holders: list[Token] = []
    precondition: list[Range] = []
    top: Token | None = None
    for _ in range(12):
        path.append(t)
        if t != node:
            if _condition_prep(via):
                return out  # "talks only after a ceasefire": the ceasefire is a condition
            if t.lemma_.lower() in _PREDICTION or t.lower_ in _PREDICTION:
                return out  # "less likely to talk": a prediction about someone, not a stance
            if t.pos_ == "NOUN" and t.lemma_.lower() in lx.BLOCK_NOUNS:
                return out  # "a better position to negotiate", "its stance on negotiations"
            if t.pos_ == "NOUN" and t.lemma_.lower() in lx.CONDITION_NOUNS and via is not None \
                    and via.dep_ == "prep" and via.lower_ in ("for", "to", "of"):
                found = _precondition(node, t, path)  # "X as a precondition for talks"
                if found is not None:
                    out.append(found)
                return out
            # "rejected a counterproposal [for a ceasefire]": the object holds the topic by a preposition
            through_prep = via is not None and via.pos_ in ("NOUN", "PROPN") and len(path) >= 3 \
                and path[-3].dep_ == "prep" and path[-3].lower_ in ("for", "of", "on", "to", "toward", "towards")
            kind = _plain_verb_cue(t) if dislocated else lx.cue_of(t, via, through_prep)
            dislocated = False
            if kind is None and via is not None and via.dep_ == "prep" and via.lower_ == "from" \
                    and t.lemma_.lower() in _OPPOSED_FROM:
                kind = OPPOSED  # "discouraged Ukraine from negotiating"
            if kind is not None:
                cues.append((t, kind, _cue_negated(t)))
            elif t.pos_ == "NOUN" and t.lemma_.lower() in lx.TIME_NOUNS and via is not None \
                    and via.dep_ == "prep" and via.lower_ == "for":
                cues.append((t, OPEN, is_negated(t)))  # "now is the time for a ceasefire"
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
            if kind is None and t.pos_ == "VERB" and not _transparent(t):
                top = t  # "declined to comment on the talks": the chain is broken
                break
        if (t != node or t.pos_ in ("VERB", "AUX")) and has_subject(t):
            top = t
            break
        dep, head = t.dep_, t.head
        if head == t:
            top = t
            break
        if dep == "pcomp" and t.pos_ == "VERB" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            # "Russia accused Ukraine of sabotaging talks": the object holds the gerund's position,
            # unless verb and preposition are a cue themselves ("warned Kyiv against negotiating")
            gov = head.head
            objs = [c for c in gov.children if c.dep_ == "dobj"]
            gov_cue = lx.cue_of(gov, head) or (head.lower_ == "from" and gov.lemma_.lower() in _OPPOSED_FROM)
            if objs and not gov_cue:
                top = t
                object_holders = with_conjuncts(objs[0])
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
        if dep in ("nsubj", "attr") and t.lemma_.lower() in lx.TIME_NOUNS and cues and cues[-1][0] is t \
                and head.lemma_.lower() in _COPULAS:
            top, speaker_view = head, True  # "now is the time for a ceasefire"
            break
        if dep == "nsubj":
            others = [c for c in head.children if c.dep_ == "nsubj" and c != t]
            if others and head.pos_ in ("VERB", "AUX"):
                dislocated = True  # "The potential for talks, we would like to see that happening"
                via, t = t, head
                continue
            if t == node or node in t.subtree:
                found = _evaluation(node, t, head) or _requirement(node, t, head)
                if found is not None:
                    out.append(found)
            return out
        if dep == "acl" or (dep == "relcl" and _bare_infinitive(t)):
            via, t = t, head  # "a decree ruling out talks", "calls to negotiate"
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
    governor = _for_clause_governor(top)
    if governor is not None:
        # "we called for Russia to agree to a ceasefire": the caller wants it
        cues.append((governor, PRESSURE, _cue_negated(governor)))
        path.append(governor)
        top = governor
    position = _compose(cues, neg_below)
    weak = bool(cues) and all(c.lemma_.lower() in lx.WEAK or c.lower_ in lx.WEAK for c, _, _ in cues)
    light = _light_verb(node)
    verb = light if light is not None else node
    if position is None and light is not None:
        neg_below = neg_below or is_negated(light)
    if position is None:
        mods = modals(verb) | modals(top)
        never = any(c.lower_ == "never" for c in verb.children)
        if verb.pos_ in ("VERB", "AUX") and neg_below and verb == top and (mods & _FUTURE or never):
            position = OPPOSED  # "we will not negotiate with terrorists"
        elif node.pos_ == "NOUN" and neg_below and any(c.dep_ == "expl" for c in top.children):
            position = OPPOSED  # "there will be no talks until ..."
        elif purpose and not neg_below and node.pos_ == "VERB":
            position = OPEN  # "would send a delegation to Doha to negotiate"
        elif verb.pos_ in ("VERB", "AUX") and verb == top and not neg_below and clause_conditions(path)[0]:
            position = OPEN  # "it will only negotiate once Russian forces leave" (conditional below)
        else:
            return out
    if any(c.dep_ == "mark" and c.lower_ in lx.CONDITION_MARKS | {"whether"} for c in top.children):
        return out  # "if no agreement is reached": a condition, not a position
    conds, uncond = clause_conditions(path, refusal=position == OPPOSED)
    if position == OPEN:
        precondition.extend(insisted(top))
    conds = sorted(set(conds) | set(precondition))
    if conds and position in (OPEN, OPPOSED) and not uncond:
        position = CONDITIONAL
    on_path = {p.i for p in path}
    holders = object_holders or [h for h in subjects(top) if h.i not in on_path and h.dep_ != "expl"]
    if not holders and top.tag_ == "VBN" and top.lower_ in lx.OPEN_ADJS | lx.OPPOSED_ADJS:
        # stative passive: "Poland is opposed to talks", "Russia is committed to peace"
        holders = [h for c in top.children if c.dep_ == "nsubjpass" for h in with_conjuncts(c)]
    if not holders:  # left dislocation: "The potential for talks, we would like ..."
        holders = [c for c in top.children if c.dep_ == "nsubj" and c.i not in on_path and is_actorish(c)]
    expletive = any(c.dep_ == "expl" for c in top.children)
    if speaker_view or holders and all(h.pos_ == "ADV" or h.lower_ in ("now", "this", "that") for h in holders):
        holders, expletive = [], True  # "now is the time for talks": the speaker's view
    if holders and [h.lower_ for h in holders] == ["it"] and _extraposed(top):
        holders, expletive = [], True  # "it would be possible to settle ... through talks"
    if top == node and node.pos_ == "NOUN":
        holders = []
    cue_tokens = [c for c, _, _ in cues]
    lo, hi = _evidence(node, cue_tokens, holders, top)
    # an accusation ("accused Ukraine of sabotaging talks") is someone else's claim: weak
    out.append(Found(position, holders, node, cue_tokens[-1] if cue_tokens else None, top, lo, hi,
                     conds, uncond, weak=weak or bool(object_holders), hedged=hedged(path), kind="path", path=path,
                     speaker_ok=expletive))
    return out


def _condition_prep(via: Token | None) -> bool:
    """ "only after a ceasefire", "until a withdrawal", "unless a truce holds": a topic reached
    through such a preposition is a condition of another statement."""
    if via is None or via.dep_ != "prep":
        return False
    low = via.lower_
    if low in ("until", "till", "unless"):
        return True
    if low in ("after", "before"):
        doc = via.doc
        return any(g.lower_ == "only" for g in via.children) or (via.i > 0 and doc[via.i - 1].lower_ == "only")
    return False


def _extraposed(top: Token) -> bool:
    """ "it would be possible to settle ...": "it" stands for the infinitive after the
    adjective, it names nobody."""
    if top.lemma_.lower() not in _COPULAS:
        return False
    for adj in top.children:
        if adj.dep_ == "acomp" and any(c.dep_ in ("xcomp", "ccomp") for c in adj.children):
            return True
        if adj.dep_ == "xcomp" and any(c.dep_ == "acomp" for c in top.children):
            return True
    return False


_FOR_CLAUSE_GOVERNORS = frozenset("call push press appeal ask plead lobby urge wait hope".split())


def _for_clause_governor(top: Token) -> Token | None:
    """The verb of a "for X to V" clause: "called for Russia to reciprocate by agreeing to a
    ceasefire" -> called (the caller holds the position, not Russia)."""
    if top.dep_ not in ("advcl", "ccomp", "xcomp") or top.head == top:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in top.children):
        return None
    head = top.head
    return head if head.lemma_.lower() in _FOR_CLAUSE_GOVERNORS else None


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
        adj = next((c for c in copula.subtree
                    if c.i > subj.right_edge.i and c.lemma_.lower() in lx.EVAL_WAYS and c.pos_ == "NOUN"
                    and any(g.lower_ in lx.EVAL_WAY_MODIFIERS for g in c.children)), None)
    if adj is None and _out_of_the_question(copula):
        adj = next(c for c in copula.children if c.dep_ == "prep" and c.lower_ == "out")
        position = OPPOSED  # "a ceasefire is out of the question"
        lo, hi = _topic_extent(node)
        governor = speech_governor(copula)
        holders = subjects(governor) if governor is not None else []
        path = [node, copula] + ([governor] if governor is not None else [])
        return Found(position, holders, node, adj, copula, lo, max(hi, adj.right_edge.i + 1), [], False,
                     kind="eval", path=path, speaker_ok=True, hedged=hedged(path))
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


def _out_of_the_question(copula: Token) -> bool:
    for c in copula.children:
        if c.dep_ == "prep" and c.lower_ == "out":
            for g in c.subtree:
                if g.lower_ == "question":
                    return not is_negated(copula)
    return False


def _holders_or_speaker(verb: Token) -> list[Token]:
    governor = speech_governor(verb)
    return subjects(governor) if governor is not None else []


def _precondition(node: Token, noun: Token, path: list[Token]) -> Found | None:
    """"X is a precondition for talks" / "insisted on X as a precondition for talks": X is a
    condition the holder sets on talks."""
    doc = node.doc
    head = noun.head
    lo, hi = _topic_extent(node)
    if noun.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        r = trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
        lo = min(lo, subj.left_edge.i)
        return Found(CONDITIONAL, _holders_or_speaker(head), node, noun, head, lo, hi, [r] if r else [],
                     kind="conditions", path=path + [head], speaker_ok=True)
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
        verb = head.head
        conds: list[Range] = []
        for c in verb.children:
            obj = None
            if c.dep_ == "dobj":
                obj = c
            elif c.dep_ == "prep" and c.lower_ == "on":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                r = trim(doc, obj.left_edge.i, obj.right_edge.i + 1)
                if r:
                    conds.append(r)
        if not conds:
            return None
        lo = min(lo, verb.i)
        return Found(CONDITIONAL, subjects(verb), node, noun, verb, lo, hi, conds, kind="conditions",
                     path=path + [verb])
    return None


def _requirement(node: Token, subj: Token, verb: Token) -> Found | None:
    """"any talks must take into account the new realities", "a peace deal should include X":
    what talks must do is a condition, held by whoever says it."""
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb):
        return None
    mods = modals(verb)
    need = bool(mods & {"must", "should"})
    if not need and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "need"):
        need = True
    if not need:
        return None
    doc = node.doc
    start = verb.i
    r = trim(doc, start, verb.right_edge.i + 1)
    if r is None:
        return None
    lo, _ = _topic_extent(node)
    lo = min(lo, subj.left_edge.i)
    return Found(CONDITIONAL, _holders_or_speaker(verb), node, verb, verb, lo, verb.i + 1, [r],
                 kind="eval", path=[node, verb], speaker_ok=True)


def _has_topic(tokens) -> Token | None:
    for t in tokens:
        if lx.topic_node(t) is not None:
            return t
    return None


def defer_statements(doc: Doc) -> list[Found]:
    """"it's up to Ukraine (when) to negotiate", "for Kyiv to decide", "Ukraine's decision",
    "leave it to Kyiv": neutral for whoever says it (reader 3)."""
    out: list[Found] = []
    topics: dict[int, Token | None] = {}  # clause -> its first topic word, once per clause
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
        if clause.i not in topics:
            topics[clause.i] = _has_topic(clause.subtree)
        topic = topics[clause.i]
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
    topics: dict[int, Token | None] = {}  # sentence start -> its first topic word, once

    def sentence_topic(t: Token) -> Token | None:
        sent = t.sent
        if sent.start not in topics:
            topics[sent.start] = _has_topic(sent)
        return topics[sent.start]

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
                    items = split_items(c)  # the listed items
        if setter is None or is_negated(setter):
            continue
        if sentence_topic(t) is None:
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
        topic = sentence_topic(t) or t
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
