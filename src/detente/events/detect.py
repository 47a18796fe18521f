"""Find the events of a Doc, as ``Found`` records: the order of work, and the triggers.

One pass over the tokens looks every word up in the lexicon; everything after works on
the handful of matches. The steps (each in its module):

1. **Triggers.** A verb or adjective entry is a candidate at once. A nominal entry ("talks",
   "sanctions", "withdrawal") is an event only when something realises it: a light verb
   ("held talks", "impose sanctions"; skipped when that verb is itself a trigger of the event),
   a subject role ("the attack killed"), a state ("remained on alert"), or named participants
   ("talks between Ukraine and Russia", "Israeli air raids last Friday"). Unrealised nouns stay latent: a control word can
   still embed them ("open to negotiations", "demanded the withdrawal").
2. **Embedding** (``embedding``). A control word with a type (agree, urge, refuse, threaten, ready, rule
   out) absorbs the event in its complement and takes its type from it: REQUEST/REJECT and
   THREATEN get their mode from it; a commitment (agree, offer, ready) to a cooperative
   event is AGREE and to a hostile one THREATEN. Control words without a type (plan,
   consider, fail, want) leave the embedded event standing and only change its modality.
3. **Reported obligation** (``embedding``). "X said Y must/should Z" is a REQUEST from X to Y (mode from Z).
4. **Arguments** (``arguments``), **modality** (``modality``).
5. **Commitments and threats** (``commitments``). An actor's own announced future ("Turkey will allow...",
   "Iraq said it would allow...") of a cooperative event is AGREE, of a hostile event
   THREATEN; a plan of a hostile event is a threat too ("plans to impose restrictions"),
   except preparing an attack, which is MOBILIZE. A plan of a cooperative event keeps its
   type with modality future ("is planning to pass an aid package"). A negated commitment
   is REJECT ("will not accept refugees").
6. **Filters** (``filters``). No event without a source or a target; no infinitive without a controlling
   word ("a better position to negotiate"); no hypothetical inside a belief ("officials
   don't believe Ukraine can drive Russia out" is an opinion, not an event report).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import budget
from . import arguments as args
from .commitments import convert
from .embedding import absorb_reasons, embed, obligations
from .filters import conditions_kept_as_conditions, keep, merge_coordinated, nouns_within_their_verb, protests_absorb_demands
from .found import Found
from .lexicon import Entry, Lexicon
from .modality import add_cue, clause_modality

__all__ = ["Found", "find_events"]


def find_events(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """The events of DOC in text order (see the module docstring)."""
    matches = lexicon.match_doc(doc)
    found: dict[int, Found] = {}
    latent: dict[int, Found] = {}
    for i, entry in matches.items():
        budget.check(doc)
        token = doc[i]
        if entry.type is None:
            continue
        f = _candidate(token, entry, matches, lexicon)
        if f is None:
            continue
        if entry.pos == "noun" and not _realised(token, entry, matches, lexicon, f):
            latent[i] = f
        else:
            found[i] = f
    embed(doc, matches, found, latent, lexicon)
    absorb_reasons(doc, matches, found)
    obligations(doc, matches, found, latent, lexicon)
    events = []
    for i in sorted(found):
        f = found[i]
        if f.absorbed:
            continue
        args.assign(f)
        f.modality = clause_modality(f.anchor, lexicon)
        if f.light is not None and f.light.i in matches and matches[f.light.i].type is None:
            add_cue(f.modality, matches[f.light.i].control, f.light)
        if f.entry.pos == "noun" and any(c.lower_ == "no" and c.dep_ == "det" for c in f.head.children):
            f.modality.cues.append("neg")
            f.modality.value = "negated"
        convert(f)
        if keep(f):
            events.append(f)
    events = protests_absorb_demands(events)
    events = merge_coordinated(nouns_within_their_verb(events))
    return conditions_kept_as_conditions(events)


# --- 1. triggers ---------------------------------------------------------------------


def _candidate(token: Token, entry: Entry, matches: dict[int, Entry], lexicon: Lexicon) -> Found | None:
    trigger = [token] + [
        c for c in token.children if c.dep_ in ("prt",) or (entry.particle and c.lower_ in entry.particle)
    ]
    anchor = token if entry.pos != "noun" else _verb_above(token)
    return Found(head=token, entry=entry, type=entry.type or "", mode=entry.mode,
                 trigger=sorted(trigger, key=lambda t: t.i), anchor=anchor)


def _verb_above(token: Token) -> Token:
    """The nearest verb (or adjective predicate) governing a noun, or the noun itself."""
    t = token
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and t.i != token.i):
            return t
        if t.head.i == t.i:
            return token
        t = t.head
    return token


# verbs whose "in" object is an event the subject takes part in
_TAKE_PART = frozenset({"engage", "participate", "take", "join", "involve", "partake"})
# nouns that count or group events: "a series of strikes", "ten days of war games"
_MEASURE_NOUNS = frozenset(
    """series wave string spate round number day week month year hour night salvo barrage volley
    couple dozen hundred thousand lot bout flurry surge rash succession cycle phase stage""".split()
)


def _realised(noun: Token, entry: Entry, matches: dict[int, Entry], lexicon: Lexicon, f: Found) -> bool:
    if entry.realize == "object":
        return False
    if entry.states and noun.dep_ == "pobj" and noun.head.lower_ in entry.states and noun.head.head.pos_ in ("VERB", "AUX"):
        f.anchor = noun.head.head  # "remained on alert", "was put under investigation"
        f.light = f.anchor
        return True
    if entry.realize == "state":
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass") \
            and head.head.lemma_.lower() in _MEASURE_NOUNS:
        noun = head.head  # "launched 10 days of war games", "a series of strikes"
        head = noun.head
    if entry.lights:
        if noun.dep_ == "pobj" and head.lower_ == "with":
            head = head.head  # "hit Mexico with a new levy"
        f.light = head
        f.anchor = head
        return True
    if noun.dep_ == "pobj" and head.lower_ == "in":
        verb = head.head.head if head.head.lemma_.lower() == "part" else head.head  # "took part in"
        if verb.pos_ == "VERB" and lexicon.lemma(verb) in _TAKE_PART and not (verb.i in matches and matches[verb.i].type):
            f.light = f.anchor = verb  # "engaged in indirect talks", "took part in the exercise"
            return True
    if noun.dep_ in ("dobj", "nsubjpass") and head.i in matches and matches[head.i].type is None \
            and matches[head.i].control in ("plan", "hypo", "neg", "aspect"):
        f.light = head  # "considering talks", "planning an offensive": the control's mood applies
        f.anchor = head
        return True
    if noun.dep_ in ("dobj", "nsubjpass") and lexicon.lemma(head) in lexicon.light:
        if head.i in matches and matches[head.i].type is not None:
            return False  # the verb is the trigger ("impose sanctions")
        f.light = head
        f.anchor = head
        return True
    if noun.dep_ == "nsubj" and lexicon.lemma(head) in lexicon.realize_subject:
        if head.i in matches and matches[head.i].type == entry.type:
            return False  # "a car bombing killed five": the verb is the event
        f.anchor = head
        return True
    if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "nsubjpass") and lexicon.lemma(noun.head.head) in lexicon.light:
        light = noun.head.head
        if not (light.i in matches and matches[light.i].type is not None):
            f.light = light
            f.anchor = light
            return True
    if _framed(noun, lexicon) and (args.noun_sources(noun, entry.target)[0]
                                   or any(args.role_objects(noun, r) for r in entry.target)):
        return True  # "following talks with the prime minister", "led to the arrest of five people"
    if entry.derived_from is not None:
        return False  # a derived noun counts only when a verb realises it ("launched a counter-attack")
    if len(args.prep_objects(noun, "between")) >= 2:
        return True
    # "Israeli air raids last Friday": participants and a time make a report, while "Russia's
    # invasion of Ukraine" without one is the background of most war news
    sources, _ = args.noun_sources(noun, entry.target)
    if (sources or any(args.role_objects(noun, r) for r in entry.target)) and _dated(noun):
        return True  # "Israeli air raids last Friday", "the 2004 bombing of the base"
    if _content_of_demand(noun, matches):
        return False
    # who did it to whom (or where): "Israel's crackdown on protests", "Russian strikes on the
    # port of Odesa"; one party alone is a reference ("Modi's visit", "the killing of protesters")
    source = bool(args._actor_args(sources))
    target = bool(args._targets_by_roles(noun, entry.target))
    return (source and target) or ((source and not _modifier_only(noun, sources) or target) and _located(noun))


# prepositions and verbs that place an event in the story's time line: it happened
_FRAME_PREPS = frozenset({"after", "following", "during", "amid", "since"})
_FRAME_VERBS = frozenset({"follow", "trigger", "prompt", "spark", "precede"})
_RESULT_PREPS = {"lead": "to", "result": "in"}


def _framed(noun: Token, lexicon: Lexicon) -> bool:
    """Whether NOUN is an event the sentence dates by another ("following talks with X", "during
    a visit to Y") or names as a cause or an outcome ("the announcement followed a crackdown on
    Z", "led to the arrest of five people"): it is reported as having happened."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _FRAME_PREPS and head.dep_ == "prep":
        return True
    if noun.dep_ == "dobj" and lexicon.lemma(head) in _FRAME_VERBS:
        return True
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and _RESULT_PREPS.get(lexicon.lemma(head.head)) == head.lower_:
        return True
    return False


def _located(noun: Token) -> bool:
    """Whether NOUN names where it happened ("the raid in Gaza", "clashes near Bakhmut")."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "outside", "across")
               and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children)
               for c in noun.children)


def _modifier_only(noun: Token, sources: list[Token]) -> bool:
    """Whether the only participants are modifiers of NOUN ("a full Russian withdrawal", "US
    sanctions"): the common background of war news, unless a time or a target makes it a report."""
    return all(t.head.i == noun.i and t.dep_ in ("amod", "compound", "nmod") for t in sources)


def _content_of_demand(noun: Token, matches: dict[int, Entry]) -> bool:
    """Whether NOUN names what a demand, condition or plan asks for ("conditions including a
    full Russian withdrawal", "calls for the release of"): it is that word's content."""
    t = noun
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "appos", "conj", "compound") or t.head.i == t.i:
            return False
        t = t.head
        entry = matches.get(t.i)
        if entry is not None and t.pos_ in ("NOUN", "PROPN") and (entry.control is not None or entry.type == "REQUEST"):
            return True
    return False


def _dated(noun: Token) -> bool:
    for c in noun.children:
        if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod", "nmod", "compound", "nummod", "amod", "poss"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "during"):
            if any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children):
                return True
    return False
