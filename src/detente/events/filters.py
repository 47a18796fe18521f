"""Which found events the stage reports: precision rules, one reason each.

- no event without a source or a target (except a speech act whose speaker is known);
- entries' ``needs`` (target, place, person, actor object, clause, embedded event);
- a meeting needs two parties ("the Cabinet met Sunday" is no CONSULT; "NATO ministers
  met" is);
- no imperative ("ask anyone"), no self-exhortation ("we should add");
- no infinitive without a controlling word ("a better position to negotiate", "know how
  to fight"; "managed to", "an attempt to" do count);
- no background in relative clauses on things or participles ("the territory it has captured", "the
  curfew imposed after the coup"); a relative clause on an actor is a report ("rebels who laid siege"),
  and so is one that tells when or where ("in 2013, when rebels seized power") or what some
  of a group did ("protesters, some of whom threw stones");
- no hypothetical inside a belief ("officials don't believe Ukraine can drive Russia out" is
  an opinion, not an event report);
- events inside an if/unless clause only as the condition of a reported event;
- no violence done by an accident, a disaster or a civilian vehicle ("a fire killed nine",
  "the vehicle struck victims", "killed in a road accident"), nor "captured" by a camera;
- a question is no request ("Wikinews asked him if ...", "ask you a question");
- coordinated verbs of one type sharing a subject are one event ("killed five and wounded
  110"), and so is a participle that spells out an attack or a sanction ("attacked the
  village, killing five", "ramped up its trade war, doubling the tariffs"); a protest's
  demands belong to the protest.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import arguments
from .found import Found
from .lexicon import load_lexicon
from .modality import COGNITION_VERBS, if_clause

__all__ = ["conditions_kept_as_conditions", "keep", "merge_coordinated", "nouns_within_their_verb",
           "protests_absorb_demands"]

_ATTEMPTS = frozenset({"attempt", "bid", "plot", "effort"})
_PLANS = frozenset({"preparation", "plan", "intention", "decision"})
_IMPLICATIVE = frozenset(
    "manage appear seem proceed go move help vote choose rush dare tend happen get hesitate".split()
)
_PRESENCE = frozenset({"be", "come", "go", "arrive", "return", "stay", "remain", "gather", "head"})
_COMMANDS = frozenset({"order", "instruct", "direct", "command"})
_MANY_SIDED = frozenset({"talk", "negotiation", "mediation"})  # "attend the talks": others are there


# causes with no agent: events they "do" are accidents or disasters, not political violence
_MISHAPS = frozenset(
    """accident crash collision fire blaze flame inferno wildfire bushfire flood flooding
    earthquake quake tremor aftershock storm hurricane typhoon cyclone tornado landslide
    mudslide avalanche tsunami eruption volcano lightning heatwave drought disease illness
    virus outbreak epidemic pandemic derailment collapse leak stampede crush drowning
    overdose mishap malfunction failure weather wave current""".split()
)
# civilian vehicles (not jets, drones, gunships): what they strike is an accident
_VEHICLES = frozenset(
    """car truck lorry bus minibus coach van taxi vehicle motorcycle motorbike bicycle tram
    train locomotive airliner jetliner ferry freighter motorist cyclist""".split()
)
_RECORDERS = frozenset(
    """camera cctv footage video film photographer cameraman crew lens photo photograph
    image satellite recording webcam dashcam bodycam""".split()
)
_HOSTILE = frozenset({"ASSAULT", "COERCE"})
_HYPOTHETICAL_NOUN_MODS = frozenset({"potential", "possible", "hypothetical", "future", "imaginary", "theoretical", "eventual"})
_GENERIC_ADDRESSEES = frozenset({"people", "everyone", "everybody", "anyone", "anybody", "one", "you", "someone",
                                 "somebody", "it", "this", "that"})
_HEDGES = frozenset({"perhaps", "maybe", "possibly"})
_SHOW_ADVERBS = frozenset({"convincingly", "clearly", "amply", "vividly", "again", "once"})
_QUESTION_WORDS = frozenset({"if", "whether", "what", "why", "how", "when", "where", "who", "which"})


def keep(f: Found) -> bool:
    entry, m = f.entry, f.modality
    if f.type in _HOSTILE and _mishap(f):
        return False  # "a fire killed nine people", "the aircraft overran the runway"
    if f.type == "ASSAULT" and _recorded(f):
        return False  # "CCTV captured their arrival", "our film crew captured these women"
    if f.obligation and _loose_obligation(f):
        return False  # "people must know", "you suggest efforts should look", "it should have been"
    if entry.pos == "noun" and any(
        c.dep_ == "amod" and c.lemma_.lower() in _HYPOTHETICAL_NOUN_MODS for c in f.head.children
    ):
        return False  # "considering potential threats": no threat made
    if f.type == "PROTEST" and f.head.lemma_.lower() == "demonstrate" and any(
        (c.dep_ == "mark" and c.lower_ == "as") or (c.dep_ == "advmod" and c.lower_ in _SHOW_ADVERBS)
        for c in f.head.children
    ):
        return False  # "as the President convincingly demonstrated": showed, no protest
    if f.type == "COERCE" and f.mode == "curfew" and any(
        t.lemma_.lower() == "law" and not any(c.lower_ == "martial" for c in t.children)
        for t in arguments.role_objects(f.head, "dobj")
    ):
        return False  # "imposed a law mandating priests to report abuse" is no martial law
    if f.type == "REQUEST" and _question(f.head):
        return False  # "Wikinews asked Stamenković if he had any ideas": an interview
    if f.type == "REQUEST" and any(c.dep_ == "oprd" for c in f.head.children):
        return False  # "we call it Zhayyq on our side": naming, not calling on anyone
    if f.obligation and not f.imperative and (not f.targets or all(t.lower_ in ("we", "i", "us") for t in f.targets)):
        return False  # "this money should go into a fund", "we should add": no one is asked
    if _imperative(f.head) and not f.imperative:
        return False  # "ask anyone close to her": a generic instruction, no event
    if not f.sources and not f.targets and not f.obligation:
        if not (m.speech is not None and f.type in ("AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT")) \
                and not _undergone(f):
            return False
    if "target" in entry.needs and not f.targets:
        return False
    if f.type == "CONSULT" and f.mode not in ("visit", "phone") and f.embedded is None and not f.targets \
            and f.head.lemma_.lower() not in _MANY_SIDED \
            and len(f.sources) < 2 and not any(arguments.several(t) or t.tag_ in ("NNS", "NNPS") for t in f.sources):
        return False  # a meeting needs two parties ("the Cabinet met Sunday" is no CONSULT)
    if "embedded" in entry.needs and f.embedded is None and entry.pos != "adj":
        return False
    if f.type == "AGREE" and entry.control == "commit" and f.embedded is None and _opinion_clause(f.head):
        return False  # "the candidates agreed that vaccines work": sharing a view, no commitment
    if entry.pos == "adj" and f.embedded is None and entry.control is not None:
        return False  # "ready to comment", "willing to disregard": no cooperation offered
    if "place" in entry.needs and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in f.targets):
        return False
    if "person" in entry.needs and not any(arguments.is_person(t) for t in f.sources):
        return False
    if "actor_object" in entry.needs and not arguments.has_actor_object(f.head):
        return False
    if "nonactor_object" in entry.needs and any(
        arguments.is_actorish(t) and t.pos_ != "PRON" or t.ent_type_ == "PERSON"
        for t in arguments.role_objects(f.head, "dobj")
    ):
        return False  # "D'Souza had been dismissed" (from a job) is no rejection
    if "clause" in entry.needs and not any(c.dep_ in ("ccomp", "xcomp", "pcomp") for c in f.head.children):
        return False
    if _bare_infinitive(f):
        return False
    if _background_relative(f.anchor) or _background_relative(f.head):
        return False  # background in a relative clause ("the territory it has captured")
    if f.head.dep_ == "amod":
        return False  # a participle used as an adjective ("promising solutions")
    if f.head.dep_ == "acl" and f.head.tag_ == "VBN":
        return False  # background in a participle ("the curfew imposed after the coup")
    if m.value == "hypothetical" and m.speech is not None and m.speech.lemma_.lower() in COGNITION_VERBS:
        return False
    return True


def _undergone(f: Found) -> bool:
    """Coercion reported by what underwent it, without naming who did it: "huge quantities of
    ammunition were seized", "checkpoints have been erected" (a passive count of the killed or
    wounded is the toll of an attack reported elsewhere, not an event of its own)."""
    if f.type != "COERCE":
        return False
    if f.entry.pos == "noun":  # "checkpoints have been erected", "a crackdown on websites"
        return (f.light is not None and arguments.is_passive(f.light)) or any(
            o.pos_ in ("NOUN", "PROPN") for r in f.entry.target for o in arguments.role_objects(f.head, r))
    return f.entry.pos == "verb" and arguments.is_passive(f.head) \
        and any(c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN") for c in f.head.children)


def _opinion_clause(verb: Token) -> bool:
    """Whether VERB's complement is a that-clause stating a view ("agreed that the plan fails"),
    naming no event ("agreed that talks should resume" names one)."""
    if any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("to", "on")) for c in verb.children):
        return False
    lexicon = load_lexicon()
    for c in verb.children:
        if c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in ("that", "whether") for g in c.children):
            return not any(e.type for t in c.subtree for e in lexicon.candidates(t))
    return False


def _loose_obligation(f: Found) -> bool:
    """A reported "should"/"must" that asks no one: a generic addressee ("people must
    know"), a second-person or generic speaker ("you suggest ...", "people are saying ..."),
    a hedge ("perhaps the state should"), or a past counterfactual ("should have been")."""
    if f.targets and all(t.lemma_.lower() in _GENERIC_ADDRESSEES for t in f.targets):
        return True
    if f.sources and all(t.lower_ == "you" or t.lemma_.lower() == "people" for t in f.sources):
        return True
    verb = f.head
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if "have" in aux and any(a in ("should", "must", "ought") for a in aux):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in verb.children):
        return True
    return False


def _agents(f: Found) -> list[Token]:
    """The clause's own doers: subject or agent of the trigger (and of its light verb), and
    what a passive happened "in" ("killed in a road accident")."""
    out = list(f.sources)
    for verb in (f.head, f.light, f.anchor):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj"):
                out.append(c)
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("in", "by", "during")
                                       and arguments.is_passive(verb)):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _mishap(f: Found) -> bool:
    for t in _agents(f):
        lemma = t.lemma_.lower()
        if lemma in _MISHAPS or any(c.dep_ == "compound" and c.lemma_.lower() in _MISHAPS for c in t.children):
            return True
        if lemma in _VEHICLES and t.ent_type_ not in ("ORG", "NORP", "GPE") and not any(
            c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE", "ORG")
                                                        or c.lemma_.lower() in ("military", "army", "enemy", "armored", "armoured", "police"))
            for c in t.children
        ):
            return True  # "the vehicle struck victims", not "Russian planes struck the market"
    return False


def _recorded(f: Found) -> bool:
    for t in _agents(f):
        if t.lemma_.lower() in _RECORDERS or t.lower_ in ("cctv",) or any(
            c.dep_ == "compound" and c.lemma_.lower() in _RECORDERS for c in t.children
        ):
            return True
    return False


def _question(verb: Token) -> bool:
    """"asked him if/what/whether ...", "ask (you) a question", "asked about the plan"."""
    if verb.lemma_.lower() not in ("ask", "inquire", "enquire", "query"):
        return False
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("question", "query"):
            return True
        if c.dep_ in ("dobj", "dative") and c.right_edge.i + 1 < len(doc) \
                and doc[c.right_edge.i + 1].lower_ in ("if", "whether"):
            return True  # "asked Stamenković if ...", however the clause attaches
        if c.dep_ == "ccomp" and any(
            g.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr") and g.lower_ in _QUESTION_WORDS
            and g.i < c.i for g in c.children
        ):
            return True
    return False


def _imperative(verb: Token) -> bool:
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return verb.dep_ == "ROOT" or _imperative(verb.head)


def _background_relative(token: Token) -> bool:
    """Whether TOKEN's clause is (inside) a relative clause that describes a thing ("the
    territory it has captured", "a bombing that killed nine"); a relative clause on an actor
    reports what that actor did or underwent ("rebels who laid siege to the hotel", "Porras,
    who was sanctioned by the EU")."""
    t = token
    for _ in range(8):
        if t.dep_ == "relcl":
            if _when_where(t) or _partitive_who(t):
                return False
            return not arguments.is_actorish(t.head) or load_lexicon().match(t.head) is not None
        if t.dep_ not in ("xcomp", "conj", "ccomp", "acomp", "pcomp", "pobj", "prep", "dobj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _when_where(verb: Token) -> bool:
    """Whether the relative clause VERB heads tells when or where something happened ("in 2013,
    when rebels seized power", "a country where the opposition leader was shot"): a report of
    that event, not a description of a thing."""
    return any(c.dep_ == "advmod" and c.lower_ in ("when", "where") and c.i < verb.i for c in verb.children)


def _partitive_who(verb: Token) -> bool:
    """Whether the relative clause's subject is a part of people ("protesters, some of whom
    threw stones"): what those people did, wherever the parser hangs the clause."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in ("whom", "which") for g in p.children)
                       for p in c.children)
    return False


def _bare_infinitive(f: Found) -> bool:
    """An infinitive whose governor is no control word ("a better position to negotiate")."""
    head = f.anchor if f.entry.pos == "noun" else f.head
    if f.obligation or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False  # "needs to act" is an obligation, reported as a request
    if head.dep_ in ("xcomp", "ccomp") and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        gov = head.head
        if gov.pos_ == "ADJ":
            return gov.dep_ not in ("acomp", "ccomp")
        entry = load_lexicon().match(gov)
        if entry is not None and entry.control is not None:
            return False
        # "know how to fight", "need to negotiate": no event; "managed to", "appeared to": one,
        # and so is what a command sets going ("ordered its troops to seal the border")
        lemma = load_lexicon().lemma(gov)
        return lemma not in _IMPLICATIVE and not (lemma in _COMMANDS and head.dep_ == "xcomp")
    if head.dep_ == "acl" and head.head.lemma_.lower() in _ATTEMPTS | _PLANS:
        return False  # "an attempt to assassinate the governor", "preparations to send weapons"
    if head.dep_ == "advcl" and f.type == "PROTEST":
        return False  # "converged on Lagos for a rally to protest the violations"
    if head.dep_ == "advcl" and f.type == "CONSULT" and load_lexicon().lemma(head.head) in _PRESENCE \
            and load_lexicon().match(head.head) is None:
        return False  # "the delegation was in Washington to meet with lawmakers": why they came
    return head.dep_ not in ("xcomp", "conj")


def nouns_within_their_verb(events: list[Found]) -> list[Found]:
    """"wants to deepen its security cooperation with India": a nominal event that is the
    object of a verbal event of the same type is that event, not a second one."""
    by_head = {f.head.i: f for f in events}
    out = []
    for f in events:
        if f.entry.pos == "noun" and f.head.dep_ in ("dobj", "nsubjpass", "pobj"):
            verb = by_head.get(f.head.head.i if f.head.dep_ != "pobj" else f.head.head.head.i)
            if verb is not None and verb.type == f.type and verb.entry.pos != "noun":
                continue
        out.append(f)
    return out


_ELABORATED = frozenset({"SANCTION", "ASSAULT"})  # measures a participle spells out ("..., doubling the tariffs")


def merge_coordinated(events: list[Found]) -> list[Found]:
    """"A bombing killed five and wounded 110": coordinated verbs of one type sharing their
    subject and with no new target are one event."""
    by_head = {f.head.i: f for f in events}
    by_verb = {(f.light if f.light is not None else f.head).i: f for f in events}
    out = []
    for f in events:
        verb = f.light if f.light is not None else f.head
        e = by_verb.get(verb.head.i) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
        if e is not None and e is not f and e.type == f.type and f.type in _ELABORATED:
            e.trigger = sorted(e.trigger + f.trigger, key=lambda t: t.i)
            continue  # "ramped up its trade war, doubling the tariffs": one escalation told twice
        g = by_head.get(f.head.head.i) if f.head.dep_ == "conj" else None
        if (
            g is not None
            and g.type == f.type
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in f.head.children)
            and all(t in g.targets for t in f.targets)
        ):
            g.trigger = sorted(g.trigger + f.trigger, key=lambda t: t.i)
            continue
        out.append(f)
    return out


def _clause_chain(token: Token) -> list[Token]:
    """TOKEN and the heads above it up to the sentence root."""
    out = [token]
    t = token
    while t.head.i != t.i and len(out) < 40:
        t = t.head
        out.append(t)
    return out


def _condition_clause(token: Token) -> Token | None:
    """The if/unless clause (its verb) holding TOKEN, if any."""
    for t in _clause_chain(token):
        if if_clause(t):
            return t
    return None


def conditions_kept_as_conditions(events: list[Found]) -> list[Found]:
    """Events inside an if/unless clause are kept only as the condition of a kept event,
    and then only the event at the head of that clause ("if Ukraine retakes Kherson")."""
    inside = {id(f): _condition_clause(f.anchor) for f in events}
    heads = {
        f.modality.condition.i
        for f in events
        if f.modality.condition is not None and inside[id(f)] is None
    }
    kept = []
    for f in events:
        clause = inside[id(f)]
        if clause is None or (clause.i in heads and clause.i in (f.head.i, f.anchor.i)):
            f.condition_only = clause is not None
            kept.append(f)
    return kept


def protests_absorb_demands(events: list[Found]) -> list[Found]:
    """"Students staged demonstrations to demand reforms": the demand is the protest's
    (PLOVER codes protests that make requests as PROTEST only)."""
    protest_words = {t.i for f in events if f.type == "PROTEST" for t in (f.head, f.light, f.anchor) if t is not None}
    if not protest_words:
        return events
    def under_protest(f: Found) -> bool:
        for start in (f.head, f.anchor):
            t = start
            for _ in range(4):
                if t.dep_ not in ("advcl", "acl", "xcomp", "ccomp", "conj", "pcomp", "prep", "pobj") or t.head.i == t.i:
                    break
                t = t.head
                if t.i in protest_words:
                    return True
        return False

    return [f for f in events if not (f.type == "REQUEST" and under_protest(f))]
