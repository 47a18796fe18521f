"""Source and target of an event from the dependency parse, and their actors.

``assign(found)`` sets a found event's source and target heads; ``resolve_actors`` turns
heads into actors through ``actors.stage.actor_for_span``, handing over the whole noun
phrase (``phrase``). Rules:

- active verbs: the subject (``nsubj``) is the source; passives: the ``by`` agent is the
  source and the passive subject the target;
- a verb without its own subject takes it from the verb it is coordinated with ("traveled
  to Kyiv and urged Ukraine"), from its controller (subject control "agreed to cooperate";
  object control "urged Ukraine to negotiate"), or from the noun a participle or relative
  clause modifies;
- coordination multiplies arguments ("the US and NATO" -> both);
- "between X and Y" makes X and Y sources of a reciprocal event;
- targets come from the direct object, the dative, or the prepositions the trigger names
  ("to Ukraine", "with Russia", "against", "out of Kherson"), also where the parser hung
  the preposition on the object ("fired gas, bullets and grenades at protesters"); violence
  against a place or thing targets the country it is in or belongs to ("attacked villages in
  Chad", "a Turkish-owned ship"); forces are sent against the foe of their purpose
  ("deployed to push back the rebels"); a verdict on what happened somewhere targets that
  country, one preposition deeper too ("concern over the violence in Israel");
- "stands accused", and an infinitive under a passive controller ("is scheduled to
  travel"), are passives; "some of whom" is the group before it; an absolute "with" clause
  gives its participle a subject ("with many leaders calling for ...");
- nominal events take their source from a possessor ("Russia's withdrawal"), a nationality
  adjective ("Russian withdrawal"), a country name compound ("US sanctions"; a city is a
  place: "the Kabul bombing"), "by"/"from", or the subject of the verb that realises them
  ("Congress ... pass an aid package");
- a control word's target is its own addressee ("urged Ukraine"), else taken from the
  embedded event (who must act for a request, the event's target for a commitment), and
  the author of a proposal for a refusal ("rejected calls by Belarus");
- only actor-like heads count (entities, agent nouns, pronouns; "positions of the
  Palestinian forces" -> forces); two or more sources with no target are reciprocal.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.docindex import doc_index, per_token

__all__ = [
    "ACTOR_ENTS",
    "PERSON_NOUNS",
    "has_actor_object",
    "has_person_subject",
    "is_person",
    "REQUEST_NOUNS",
    "AGENT_NOUNS",
    "PRONOUNS",
    "agent",
    "assign",
    "clean",
    "country_of",
    "is_actorish",
    "is_passive",
    "noun_sources",
    "phrase",
    "prep_objects",
    "resolve_actors",
    "role_objects",
    "several",
    "subjects",
    "with_conjuncts",
]

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us", "you"})
AGENT_NOUNS = frozenset(
    """official government minister ministry president leader army force troop soldier police
    policeman rebel militant insurgent guerrilla fighter separatist militia militiaman protester
    demonstrator student worker civilian refugee people parliament congress senate court judge
    authority administration regime country nation state ally side party group agency coalition
    union opposition activist prisoner journalist newspaper medium council spokesman
    spokeswoman spokesperson diplomat envoy delegation negotiator mediator cabinet commander
    general chief secretary ambassador king emir monarch junta warship helicopter aircraft tank
    jet plane drone bulldozer unit battalion brigade navy military hacker doctor national
    citizen detainee hostage settler villager resident member representative lawmaker
    legislator premier chancellor ministry-spokesman prosecutor investigator inspector
    observer peacekeeper team mission organization organisation association federation bloc
    alliance power neighbor neighbour partner backer critic supporter administration
    bomber gunman assailant attacker operative commando sniper marine pilot officer
    administration kremlin leadership crew staff employee teacher governor mayor deputy
    senator congressman congresswoman speaker chairman chairwoman director commissioner
    attorney officer sheriff colonel lieutenant captain cleric imam bishop pope archbishop
    queen prince sultan sheikh dictator politician candidate opponent rival counterpart
    delegate minister premier advisor adviser aide ruler warlord commando guard militant
    islamist jihadist gunman fundamentalist nationalist extremist worker farmer miner
    pensioner veteran victim survivor child woman man person family crowd mob youth west
    community rioter looter pirate raider kidnapper abductor captor hijacker bandit gang
    gangster terrorist shooter smuggler mercenary paramilitary loyalist combatant faction
    squad patrol garrison contingent regiment division artillery navy coastguard jihadist
    insurgency junta""".split()
)
_SUBJ = ("nsubj", "csubj")
_CONTROL_OBJECT = frozenset(
    """urge ask press pressure pressurize force order tell persuade encourage implore call
    invite allow permit help enable convince push advise warn compel""".split()
)


@per_token  # (asked for the head of every one of its coordinated verbs)
def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def with_conjuncts(token: Token) -> list[Token]:
    """TOKEN and the tokens coordinated with it ("the US and its allies" -> [US, allies])."""
    out = [token]
    for c in token.conjuncts:
        if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(c)
    return out


_PLAN_NOUNS = frozenset({"preparation", "plan", "intention", "attempt", "bid", "effort", "decision"})


@per_token
def _own_subjects(verb: Token) -> list[Token]:
    for c in verb.children:
        if c.dep_ in _SUBJ and c.lemma_.lower() in _PLAN_NOUNS and verb.head.i != verb.i:
            return _own_subjects(verb.head)  # parse of "making preparations to support X"
        if c.dep_ in _SUBJ and c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return with_conjuncts(verb.head)  # "the militants, who besieged the garrison"
        if c.dep_ in _SUBJ and c.pos_ != "PART":
            whole = _partitive_antecedent(verb, c)
            return [whole] if whole is not None else with_conjuncts(c)
    for c in verb.children:  # a parse that hangs the subject on the auxiliary ("X did n't want")
        if c.dep_ == "aux":
            for g in c.children:
                if g.dep_ in _SUBJ and g.pos_ != "PART":
                    return with_conjuncts(g)
    return []


def _partitive_antecedent(verb: Token, subj: Token) -> Token | None:
    """"protesters, some of whom threw stones": the group SUBJ ("some of whom") is part of, the
    noun the relative clause describes or, where the parser hung it elsewhere, the nearest
    actor before it."""
    if not any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ == "whom" for g in p.children)
               for p in subj.children):
        return None
    if verb.dep_ == "relcl" and is_actorish(verb.head):
        return verb.head
    sent_start = verb.sent.start
    for t in reversed(verb.doc[sent_start:subj.i]):
        if t.pos_ in ("NOUN", "PROPN") and is_actorish(t):
            return t
    return None


@per_token
def agent(verb: Token) -> list[Token]:
    """The ``by`` agent of a passive verb, with conjuncts."""
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return with_conjuncts(g)
    return []


def subjects(verb: Token, _depth: int = 0) -> list[Token]:
    """The source heads of VERB (or adjective predicate): its subject, or its agent when
    passive, else what it inherits from coordination, control or the noun it modifies."""
    if _depth > 6:
        return []
    if is_passive(verb):
        return agent(verb)
    own = _own_subjects(verb)
    if own:
        return own
    head = verb.head
    if head.i == verb.i:
        return []
    dep = verb.dep_
    if dep == "conj":
        if is_passive(head):  # "X has been indicted ... and will resign": X resigns
            return [t for c in head.children if c.dep_ == "nsubjpass" for t in with_conjuncts(c)]
        return subjects(head, _depth + 1)
    if dep == "xcomp":
        if head.lemma_.lower() in _CONTROL_OBJECT:
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                return with_conjuncts(objs[0])
        if is_passive(head):  # "he is scheduled to travel", "civilians were forced to flee"
            return [t for c in head.children if c.dep_ == "nsubjpass" for t in with_conjuncts(c)]
        return subjects(head, _depth + 1)
    if dep in ("acomp", "ccomp") and verb.pos_ == "ADJ":
        return subjects(head, _depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG":
        absolute = _with_subject(verb)
        if absolute:
            return absolute  # "drew condemnation, with many leaders calling for their release"
    if dep == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return subjects(head, _depth + 1)  # ", killing five"; "converged on Lagos to protest"
    if dep == "pcomp" and head.dep_ == "prep":
        return subjects(head.head, _depth + 1) if head.head.pos_ in ("VERB", "AUX") else []
    if dep == "relcl":
        rel = [c for c in verb.children if c.dep_ in _SUBJ and c.tag_ in ("WDT", "WP")]
        return [head] if rel else []
    if dep == "acl" and verb.tag_ == "VBG":
        return [head] if head.pos_ in ("NOUN", "PROPN") else []
    if dep == "acl" and head.lemma_.lower() in _PLAN_NOUNS and head.head.i != head.i:
        return subjects(head.head, _depth + 1)  # "X is making preparations to send weapons"
    return []


def _with_subject(verb: Token) -> list[Token]:
    """The subject of an absolute "with" clause the parser split ("with many leaders calling
    for ...": "with many leaders" ends right where the participle begins)."""
    left = verb.left_edge.i
    if left == 0:
        return []
    t = verb.doc[left - 1]
    for _ in range(4):
        if t.dep_ == "prep" and t.lower_ == "with":
            if t.right_edge.i != left - 1:
                return []
            return [x for g in t.children if g.dep_ == "pobj" for x in with_conjuncts(g)]
        if t.head.i == t.i:
            return []
        t = t.head
    return []


def prep_objects(token: Token, prep: str) -> list[Token]:
    """Objects of TOKEN's preposition PREP; "out of" and "away from" are followed through."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ not in ("prep", "prt", "agent", "dative") or c.pos_ not in ("ADP", "PART", "ADV"):
            continue
        low = c.lower_
        if low == prep:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif low in ("out", "away", "back") and prep in ("of", "from"):
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ == prep:
                    out.extend(x for x in g.children if x.dep_ == "pobj")
    res: list[Token] = []
    for o in out:
        res.extend(with_conjuncts(o))
    return res


def role_objects(token: Token, role: str) -> list[Token]:
    """Argument heads of TOKEN for one target ROLE (``dobj``, ``dative`` or a preposition)."""
    if role == "dobj":
        if is_passive(token):
            if token.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in token.children):
                return with_conjuncts(token.head)  # "Porras, who was sanctioned by the EU"
            return [t for c in token.children if c.dep_ == "nsubjpass" for t in with_conjuncts(c)]
        for c in token.children:
            if c.dep_ == "dobj":
                return with_conjuncts(c)
        from .lexicon import shared_objects  # late: lexicon imports this module

        shared = shared_objects(token)
        if shared:
            return with_conjuncts(shared[0])  # "killed and wounded twelve soldiers"
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN"):
            return [token.head]
        if token.dep_ == "relcl" and not any(c.dep_ in _SUBJ for c in token.children if c.tag_ in ("WDT", "WP")):
            if any(c.dep_ in _SUBJ for c in token.children):
                return [token.head]
        return []
    if role == "dative":
        for c in token.children:
            if c.dep_ == "dative":
                if c.pos_ == "ADP":
                    return [t for g in c.children if g.dep_ == "pobj" for t in with_conjuncts(g)]
                return with_conjuncts(c)
        return []
    return prep_objects(token, role)


def noun_sources(noun: Token, target_roles: tuple[str, ...]) -> tuple[list[Token], bool]:
    """Source heads named inside a nominal event, and whether they are reciprocal
    ("talks between Ukraine and Russia"; a mediation "between X and Y" has them as targets)."""
    between = prep_objects(noun, "between")
    if len(between) >= 2 and "between" not in target_roles:
        return between, True
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our", "my", "your"):
            return with_conjuncts(c), False
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ACTOR_ENTS and c.i < noun.i:
            if c.ent_type_ == "GPE" and not _names_country(c):
                continue  # "the Kabul car bombing", "the Istanbul talks": a place, not a party
            return [c] + [x for x in c.conjuncts if x.ent_type_ in ACTOR_ENTS], False
    for prep in ("by", "from"):
        objs = prep_objects(noun, prep)
        if objs and prep not in target_roles:
            return objs, False
    if "of" not in target_roles:
        objs = [o for o in prep_objects(noun, "of") if is_actorish(o)]
        if objs:
            return objs, False
    return [], False


PERSON_NOUNS = frozenset(
    """minister president official leader delegation envoy secretary diplomat chancellor
    premier king emir ambassador negotiator spokesman spokeswoman chief general commander
    mediator prime advisor adviser senator lawmaker foreign head""".split()
)


def is_person(token: Token) -> bool:
    """Whether TOKEN names a person or an official ("the minister", "Lavrov", "she")."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in PERSON_NOUNS or token.lower_ in ("he", "she", "we", "they")


def has_person_subject(verb: Token) -> bool:
    """Whether VERB's source is a person ("the minister flew to Kyiv", not "the cargo flew")."""
    return any(is_person(t) for t in _actor_args(clean(subjects(verb))))


def has_actor_object(verb: Token) -> bool:
    """Whether VERB's object names an actor ("hosted the delegation", not "hosted a dinner")."""
    return any(is_actorish(t) for t in role_objects(verb, "dobj"))


def is_actorish(token: Token) -> bool:
    """Whether TOKEN can head a noun phrase naming an actor (entity, agent noun, pronoun)."""
    if token.ent_type_ in ACTOR_ENTS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ in PRONOUNS
    return token.lemma_.lower() in AGENT_NOUNS or _coded_name(token)


@per_token
def _coded_name(token: Token) -> bool:
    """Whether TOKEN is a proper name the entity recognizer missed but the actor stage codes
    ("Trump demanded ...", with "Trump" untagged)."""
    if token.ent_type_ or token.dep_ in ("compound", "flat") \
            or not (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title)):
        return False  # (a sentence-initial name may be tagged a common noun: "Macron demanded")
    from ..actors import stage as actor_stage  # late: the actors package imports this one
    from .plover import is_country

    code = actor_stage.actor_for_span(token.doc, token.doc[token.i:token.i + 1]).code
    return bool(code) and (token.pos_ == "PROPN" or is_country(code))


def actor_head(token: Token, _depth: int = 0) -> Token | None:
    """TOKEN when it names an actor; else an actor named inside its phrase ("positions of the
    Palestinian forces" -> forces, "Palestinian homes" -> homes with its nationality); else None."""
    if is_actorish(token):
        return token
    if _depth > 3 or token.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    if _title_phrase(token, g):
                        return token  # "the Head of State", "the Secretary of State": a person
                    found = actor_head(g, _depth + 1)
                    if found is not None:
                        return found
    for c in token.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.ent_type_ in ACTOR_ENTS:
            return token
    return None


def _title_phrase(head: Token, pobj: Token) -> bool:
    """Whether HEAD "of" POBJ is one title ("Head of State", "Chief of Staff"), so the phrase
    names a person, not the body after "of"."""
    from ..actors.kb import load_kb  # the actors package imports this one

    return load_kb().title(head.doc[head.i:pobj.i + 1].text) is not None


# nouns naming a proposal whose author is the target of a refusal or a concession
REQUEST_NOUNS = frozenset(
    """demand call appeal offer proposal plan request invitation initiative pressure
    ultimatum suggestion proposition recommendation bid""".split()
)
_STATE_VERBS = frozenset({"stand", "remain", "stay", "sit"})  # "stands accused", "remains detained"
_JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT"})  # verdicts on what happened somewhere
_BARE_SECTORS = frozenset("GOV MIL LEG JUD MED ELI OPP REB CVL BUS".split())
_NP_DROP = frozenset({"conj", "cc", "relcl", "acl", "appos", "punct", "advcl", "prep", "preconj"})
_NP_PREPS = frozenset({"of", "from", "in", "throughout"})


def phrase(token: Token) -> Span:
    """The noun phrase headed by TOKEN, without coordinated phrases, clauses, appositions and
    prepositional phrases other than "of", "from" and "in" ("rebels in the Ivory Coast",
    "activists from the Fatah Party" keep what tells their country)."""
    doc = token.doc
    start = end = token.i
    for c in doc_index(doc).children(token):  # (token.children walks its whole subtree)
        if c.dep_ in _NP_DROP and not (c.dep_ == "prep" and c.lower_ in _NP_PREPS and c.i > token.i):
            continue
        start = min(start, c.left_edge.i)
        end = max(end, c.right_edge.i)
    while start < token.i and doc[start].is_punct:
        start += 1
    while end > token.i and doc[end].is_punct:
        end -= 1
    return doc[start:end + 1]


def clean(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.pos_ != "PART" and t.lower_ not in ("n't", "n’t", "not")]


def _actor_args(tokens: list[Token]) -> list[Token]:
    out = []
    seen: set[int] = set()  # token indices in OUT (a list scan per token is quadratic)
    for t in tokens:
        h = actor_head(t)
        if h is not None and h.i not in seen:
            out.append(h)
            seen.add(h.i)
            # "the delegations of Armenia and Azerbaijan": every party named inside
            inner = [h] if h.i != t.i else [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                                            for g in c.children if g.dep_ == "pobj"]
            for x in (x for g in inner for x in g.conjuncts):
                if x.i > h.i and x.i not in seen and x.ent_type_ in ACTOR_ENTS:
                    out.append(x)
                    seen.add(x.i)
            for x in _coordinated_modifiers(h):
                if x.i not in seen:
                    out.append(x)
                    seen.add(x.i)
    return out


def _without(tokens: list[Token], others: list[Token]) -> list[Token]:
    """TOKENS that are not in OTHERS, in order."""
    drop = {t.i for t in others}
    return [t for t in tokens if t.i not in drop]


def _coordinated_modifiers(head: Token) -> list[Token]:
    """"Russian and Ukrainian negotiators": the second nationality is a party too."""
    out = []
    for c in doc_index(head.doc).children(head):
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE") and c.i < head.i:
            out.extend(x for x in c.conjuncts if x.ent_type_ in ("NORP", "GPE") and x.i < head.i)
    return out


def _targets_by_roles(token: Token, roles: tuple[str, ...]) -> list[Token]:
    for role in roles:
        if role == "subject":
            continue
        objs = role_objects(token, role)
        found = _actor_args(objs)
        if found:
            return found
        for o in objs:  # "rejected calls by Belarus", "a crackdown on protests by students"
            if o.lemma_.lower() in REQUEST_NOUNS or _event_noun(o):
                authors, _ = noun_sources(o, ())
                found = _actor_args(authors)
                if found:
                    return found
    return []


_AGAINST_VERBS = frozenset("push fight counter confront repel combat hunt pursue deter flush drive attack".split())


def _purpose_foe(verb: Token) -> list[Token]:
    """Whom forces are sent against, named in the purpose ("troops were deployed to the
    villages to push back the rebels")."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in _AGAINST_VERBS \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            found = _actor_args(role_objects(c, "dobj"))
            if found:
                return found
    return []


def _judged_place(obj: Token) -> list[Token]:
    """The country where what a verdict is about happened: "condemned the coup in Niger",
    "voiced concern over the violence in Israel" (one preposition deeper)."""
    places = [o for o in prep_objects(obj, "in") if o.ent_type_ == "GPE"]
    if places:
        return places
    for prep in ("over", "about", "at", "on", "of"):
        for o in prep_objects(obj, prep):
            places = [g for g in prep_objects(o, "in") if g.ent_type_ == "GPE"]
            if places:
                return places
    return []


def _object_prep_targets(verb: Token, roles: tuple[str, ...]) -> list[Token]:
    """A target preposition the parser hung on the direct object or its last conjunct instead
    of the verb: "fired tear gas, rubber bullets and stun grenades at the protesters"."""
    preps = [r for r in roles if r not in ("dobj", "dative", "subject")]
    if not preps or is_passive(verb):
        return []
    for c in verb.children:
        if c.dep_ == "dobj" and not is_actorish(c):
            for o in with_conjuncts(c):
                for prep in preps:
                    found = _actor_args(prep_objects(o, prep))
                    if found:
                        return found
    return []


_PLACE_TARGETED = frozenset({"ASSAULT", "COERCE"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc"})


def _place_in_object(verb: Token) -> list[Token]:
    """Violence done to a place or a thing stands for the people of the country that place or
    thing is in or belongs to: "rebels attacked ten villages in northeastern Chad" (Chad),
    "commandos stormed the Mavi Marmara, a Turkish-owned ship" (Turkey)."""
    for obj in role_objects(verb, "dobj"):
        if obj.pos_ not in ("NOUN", "PROPN") or is_actorish(obj):
            continue
        todo = [c for c in obj.children if c.dep_ not in _CLAUSES]
        while todo:
            t = todo.pop(0)
            if t.ent_type_ in _PLACE_ENTS and _country_named(t):
                return [t]
            todo.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return []


def _country_named(token: Token) -> bool:
    """Whether TOKEN names a place in a country or a nationality ("Turkish"; not "Islamic")."""
    if token.ent_type_ != "NORP":
        return bool(_place_country(token))
    from .plover import is_country  # late: plover reads the CAMEO table

    return is_country(country_of(token.doc, token))


def _event_noun(token: Token) -> bool:
    """Whether TOKEN is a noun the trigger lexicon lists as an event ("protests", "talks")."""
    from .lexicon import load_lexicon

    return token.pos_ == "NOUN" and any(e.type for e in load_lexicon().entries.get(("noun", token.lemma_.lower()), ()))


def assign(f) -> None:
    """Set ``f.sources``, ``f.targets`` and ``f.reciprocal`` of a ``detect.Found``."""
    entry, head = f.entry, f.head
    if f.obligation:
        f.sources = _actor_args(clean(subjects(f.anchor)))
        f.targets = [] if f.imperative else _actor_args(clean(subjects(head)))  # an imperative's addressee is unnamed
        f.source_path = "subject" if f.sources else "none"
        return
    if entry.pos == "noun":
        sources, recip = noun_sources(head, entry.target)
        f.sources, f.reciprocal = _actor_args(sources), recip
        f.source_path = "noun" if f.sources else "none"
        if not f.sources and f.light is not None:
            f.sources = _actor_args(clean(subjects(f.light)))
            f.source_path = "subject" if f.sources else "none"
        f.targets = [] if recip else _targets_by_roles(head, entry.target)
        if not f.targets and not recip and f.light is not None:
            instrument = head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.i == f.light.i
            # "hit Mexico with a new levy": the one hit is the target
            f.targets = _targets_by_roles(f.light, ("dobj",) if instrument
                                          else tuple(r for r in entry.target if r not in ("dobj",)))
        if not f.targets and not recip and f.type in _JUDGING:  # "voiced concern over the violence in Sudan"
            f.targets = _judged_place(head)
        if not f.targets and not recip and f.light is not None and head.dep_ == "pobj" and is_passive(f.light):
            # a state undergone: "the publisher has been held in solitary confinement"
            f.targets = _actor_args(role_objects(f.light, "dobj"))
        return
    if entry.undergoer and is_passive(head) and not agent(head):
        # "guerrillas have been demobilized": the guerrillas are the actor
        f.sources = _actor_args(role_objects(head, "dobj"))
        f.source_path = "subject" if f.sources else "none"
        if f.type == "MOBILIZE":  # "troops were deployed to push back the rebels"
            f.targets = _without(_purpose_foe(head), f.sources)
        return
    if head.tag_ == "VBN" and head.dep_ in ("advcl", "acomp", "xcomp", "oprd") and head.head.lemma_.lower() in _STATE_VERBS:
        # "the publisher stands accused of collusion": a passive in all but form
        f.sources = _actor_args(agent(head))
        f.targets = _actor_args(clean(subjects(head.head)))
        f.source_path = "subject" if f.sources else "none"
        return
    subj = clean(subjects(head))
    f.sources = _actor_args(subj)
    f.source_path = "subject" if any(c.dep_ in ("nsubj", "agent") for c in head.children) else "inherited"
    if not f.sources:
        f.source_path = "none"
        if head.dep_ == "acl" and head.head.dep_ == "dobj":  # "signed a decree ruling out talks"
            f.sources = _actor_args(clean(subjects(head.head.head)))
            f.source_path = "inherited" if f.sources else "none"
    if entry.pos == "adj" and entry.control is not None:  # "ready to negotiate": the embedded event's target
        f.targets = []
    else:  # a verb, or an adjective that is the event itself ("critical of the government")
        f.targets = _targets_by_roles(head, entry.target)
        if not f.targets:
            obj = role_objects(head, "dobj") or [o for r in entry.target if r != "dobj" for o in prep_objects(head, r)][:1] \
                or [o for o in prep_objects(head, "in") if _event_noun(o)][:1]  # "engaged in talks with the US"
            if obj and obj[0].pos_ in ("NOUN", "PROPN") and not is_actorish(obj[0]):
                f.targets = _targets_by_roles(obj[0], tuple(r for r in entry.target if r not in ("dobj", "dative"))
                                              or ("for", "to"))
                if not f.targets and f.type in _JUDGING:  # "condemned the coup in Niger"
                    f.targets = _judged_place(obj[0])
        if not f.targets:
            f.targets = _object_prep_targets(head, entry.target)
        if not f.targets and f.type in _PLACE_TARGETED:
            f.targets = _place_in_object(head)
    if not f.targets and entry.control == "request" and f.embedded is None:
        # "demanded that Ottawa drop its tariffs": who is to act, whatever they are to do
        for c in head.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                f.targets = [t for t in _actor_args(clean(_own_subjects(c))) if t not in f.sources]
                if f.targets:
                    break
    if not f.targets and f.type == "MOBILIZE":
        f.targets = _purpose_foe(head)
    if not f.sources and f.type == "ASSAULT" and "between" in entry.target and len(prep_objects(head, "between")) >= 2:
        f.sources, f.targets, f.reciprocal = f.targets, [], True  # "fighting between rebels and the army"
    inner = f.embedded
    if inner is not None:
        assign(inner)
        if not f.targets:
            control = entry.control
            if control == "request":
                f.targets = _without(inner.sources, f.sources) or inner.targets
            elif control == "refuse":
                f.targets = inner.sources if inner.entry.pos == "noun" and inner.sources else inner.targets
            else:
                f.targets = inner.targets or _without(inner.sources, f.sources)
    if f.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT") and not f.targets and (
        len(f.sources) > 1 or any(several(t) for t in f.sources)
    ):
        f.reciprocal = True
    f.targets = _without(f.targets, f.sources)


def several(token: Token) -> bool:
    """"The two leaders", "both sides": one phrase naming several parties."""
    return any(
        (c.dep_ == "nummod" and c.lower_ in ("two", "three", "2", "3")) or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in token.children
    )


def resolve_actors(doc, tokens: list[Token], speakers: list[Token], speaker_actor=None) -> tuple[list[str], list[str]]:
    """Actor ids and codes for argument heads, through ``actors.stage.actor_for_span``.

    A personal pronoun is first replaced by SPEAKERS (the subject of the reporting verb whose
    complement holds the event: "Russia announced that it was pulling out"), then by
    SPEAKER_ACTOR (``(id, code)`` of the attribution holding the event); only then is it
    handed to the actor stage for coreference. A place whose actor has no code stands for
    its country ("pulling out of Kherson" -> UKR).
    """
    from ..actors import stage as actor_stage  # late: the actor stage may be swapped in tests

    ids: list[str] = []
    codes: list[str] = []
    seen: set[str] = set()  # ids and codes so far (a list scan per argument is quadratic)

    def add(actor_id: str | None, code: str | None) -> None:
        if actor_id and ("id", actor_id) not in seen:
            ids.append(actor_id)
            seen.add(("id", actor_id))
        if code and code.split(".", 1)[0] in _BARE_SECTORS:
            code = None  # a sector without its country is no COUNTRY[.SECTOR] code
        if code and ("code", code) not in seen:
            codes.append(code)
            seen.add(("code", code))

    for t in tokens:
        if t.pos_ == "PRON" and t.lower_ in PRONOUNS:
            if speakers:
                for s in speakers:
                    a = actor_stage.actor_for_span(doc, phrase(s))
                    add(a.id, a.code or _place_country(s))
                continue
            if speaker_actor is not None:
                add(*speaker_actor)
                continue
        a = actor_stage.actor_for_span(doc, phrase(t))
        add(a.id, a.code or _place_country(t) or _apposition_code(doc, t))
    return ids, codes


def _apposition_code(doc, token: Token) -> str | None:
    """The code an apposition gives an uncoded head ("the envoy, a veteran Norwegian diplomat")."""
    from ..actors import stage as actor_stage

    for c in token.children:
        if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"):
            code = actor_stage.actor_for_span(doc, phrase(c)).code
            if code:
                return code
    return None


def country_of(doc, token: Token) -> str | None:
    """The country part of the code the actor stage gives TOKEN's phrase, if any."""
    from ..actors import stage as actor_stage

    actor = actor_stage.actor_for_span(doc, phrase(token))
    code = actor.code or _place_country(token)
    return code.split(".", 1)[0] if code else None


def _entity(token: Token) -> Span | None:
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _names_country(token: Token) -> bool:
    """Whether TOKEN is in a place name of a country (not a city or region)."""
    ent = _entity(token)
    place = ent._.place if ent is not None else None
    return place is None or place.feature == "country"


def _place_country(token: Token) -> str | None:
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    place = _entity(token)._.place
    return place.country if place is not None else None
