"""Find the events of a Doc: triggers, embedding, arguments and modality, as ``Found`` records.

One pass over the tokens looks every word up in the lexicon; everything after works on
the handful of matches. The steps:

1. **Triggers.** A verb or adjective entry is a candidate at once. A nominal entry ("talks",
   "sanctions", "withdrawal") is an event only when something realises it: a light verb
   ("held talks", "impose sanctions"; skipped when that verb is itself a trigger of the event),
   a subject role ("the attack killed"), or named participants ("talks between Ukraine and
   Russia", "Russian strikes on Kyiv"). Unrealised nouns stay latent: a control word can
   still embed them ("open to negotiations", "demanded the withdrawal").
2. **Embedding.** A control word with a type (agree, urge, refuse, threaten, ready, rule
   out) absorbs the event in its complement and takes its type from it: REQUEST/REJECT and
   THREATEN get their mode from it; a commitment (agree, offer, ready) to a cooperative
   event is AGREE and to a hostile one THREATEN. Control words without a type (plan,
   consider, fail, want) leave the embedded event standing and only change its modality.
3. **Reported obligation.** "X said Y must/should Z" is a REQUEST from X to Y (mode from Z).
4. **Arguments** (``arguments``), **modality** (``modality``).
5. **Commitments and threats.** An actor's own announced future ("Turkey will allow...",
   "Iraq said it would allow...") of a cooperative event is AGREE, of a hostile event
   THREATEN; a plan of a hostile event is a threat too ("plans to impose restrictions"),
   except preparing an attack, which is MOBILIZE. A plan of a cooperative event keeps its
   type with modality future ("is planning to pass an aid package"). A negated commitment
   is REJECT ("will not accept refugees").
6. **Filters.** No event without a source or a target; no infinitive without a controlling
   word ("a better position to negotiate"); no hypothetical inside a belief ("officials
   don't believe Ukraine can drive Russia out" is an opinion, not an event report).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from . import arguments as args
from .lexicon import Entry, Lexicon
from .modality import COGNITION_VERBS, SPEECH_VERBS, Modality, add_cue, clause_modality
from .plover import COOPERATIVE, HOSTILE, is_country, request_mode, threat_mode

__all__ = ["Found", "find_events"]

_THREATENABLE = HOSTILE | {"PROTEST"}  # an announced boycott is a threat
_TYPED_CONTROLS = frozenset({"commit", "threaten", "refuse", "request"})
_CLAUSAL_CONTROLS = frozenset({"request", "neg", "threaten", "commit"})
_COMPLEMENT_PREPS = frozenset({"to", "for", "on", "of", "out", "from", "about", "in"})
_OBLIGATION = frozenset({"must", "should", "ought"})
_ATTEMPTS = frozenset({"attempt", "bid", "plot", "effort"})
_PLANS = frozenset({"preparation", "plan", "intention", "decision"})
_PERSON_NOUNS = frozenset(
    """minister president official leader delegation envoy secretary diplomat chancellor
    premier king emir ambassador negotiator spokesman spokeswoman chief general commander
    mediator prime advisor adviser senator lawmaker foreign head""".split()
)


@dataclass(eq=False)
class Found:
    head: Token  # the trigger's head word
    entry: Entry
    type: str
    mode: str | None
    trigger: list[Token]
    anchor: Token  # the verb whose clause holds the event (modality, date, place)
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    reciprocal: bool = False
    embedded: Found | None = None
    light: Token | None = None  # realising verb of a nominal trigger
    modality: Modality = field(default_factory=Modality)
    speaker: list[Token] = field(default_factory=list)  # speech-verb subject used for pronouns
    source_path: str = "subject"  # subject | inherited | noun | speaker | none
    absorbed: bool = False
    obligation: bool = False  # made by the reported-obligation rule
    condition_only: bool = False  # kept as the condition of another event

    @property
    def secondary(self) -> bool:
        """A participle adjunct ("..., killing one person", "..., urging X to ...")."""
        return self.head.dep_ in ("advcl", "acl") and self.head.tag_ == "VBG"

    @property
    def tokens(self) -> list[Token]:
        """Every token the evidence span may cover (the caller keeps the trigger's sentence)."""
        out = list(self.trigger)
        if self.light is not None:
            out.append(self.light)
        out.extend(self.sources)
        out.extend(self.targets)
        if self.embedded is not None:
            out.extend(self.embedded.trigger)
        return out


def find_events(doc: Doc, lexicon: Lexicon) -> list[Found]:
    """The events of DOC in text order (see the module docstring)."""
    matches: dict[int, Entry] = {}
    for token in doc:
        entry = lexicon.match(token)
        if entry is not None:
            matches[token.i] = entry
    found: dict[int, Found] = {}
    latent: dict[int, Found] = {}
    for i, entry in matches.items():
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
    _embed(doc, matches, found, latent, lexicon)
    _absorb_reasons(doc, matches, found)
    _obligations(doc, matches, found, latent, lexicon)
    events = []
    for i in sorted(found):
        f = found[i]
        if f.absorbed:
            continue
        _arguments(f, lexicon)
        f.modality = clause_modality(f.anchor, lexicon)
        if f.light is not None and f.light.i in matches and matches[f.light.i].type is None:
            add_cue(f.modality, matches[f.light.i].control, f.light)
        if f.entry.pos == "noun" and any(c.lower_ == "no" and c.dep_ == "det" for c in f.head.children):
            f.modality.cues.append("neg")
            f.modality.value = "negated"
        _convert(f)
        if _keep(f):
            events.append(f)
    events = _protests_absorb_demands(events)
    return _conditions_kept_as_conditions(events)


def _clause_chain(token: Token) -> list[Token]:
    """TOKEN and the heads above it up to the sentence root."""
    out = [token]
    t = token
    while t.head is not t and len(out) < 40:
        t = t.head
        out.append(t)
    return out


def _condition_clause(token: Token) -> Token | None:
    """The if/unless clause (its verb) holding TOKEN, if any."""
    for t in _clause_chain(token):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return t
    return None


def _conditions_kept_as_conditions(events: list[Found]) -> list[Found]:
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


def _protests_absorb_demands(events: list[Found]) -> list[Found]:
    """"Students staged demonstrations to demand reforms": the demand is the protest's
    (PLOVER codes protests that make requests as PROTEST only)."""
    protest_words = {t.i for f in events if f.type == "PROTEST" for t in (f.head, f.light, f.anchor) if t is not None}
    if not protest_words:
        return events
    def under_protest(f: Found) -> bool:
        for start in (f.head, f.anchor):
            t = start
            for _ in range(4):
                if t.dep_ not in ("advcl", "acl", "xcomp", "ccomp", "conj", "pcomp", "prep", "pobj") or t.head is t:
                    break
                t = t.head
                if t.i in protest_words:
                    return True
        return False

    return [f for f in events if not (f.type == "REQUEST" and under_protest(f))]


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
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and t is not token):
            return t
        if t.head is t:
            return token
        t = t.head
    return token


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
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "nsubjpass"):
        noun = head.head  # "launched 10 days of war games", "a series of strikes"
        head = noun.head
    if entry.lights:
        f.light = head
        f.anchor = head
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
        f.anchor = head
        return True
    if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "nsubjpass") and lexicon.lemma(noun.head.head) in lexicon.light:
        light = noun.head.head
        if not (light.i in matches and matches[light.i].type is not None):
            f.light = light
            f.anchor = light
            return True
    if len(args.prep_objects(noun, "between")) >= 2:
        return True
    sources, _ = args.noun_sources(noun, entry.target)
    if sources and any(args.role_objects(noun, r) for r in entry.target if r not in ("dobj", "dative")):
        return True
    return False


# --- 2. embedding --------------------------------------------------------------------


def _complements(token: Token, entry: Entry) -> list[Token]:
    """Heads of TOKEN's complements that may hold an embedded event, nearest first."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ == "xcomp":
            out.append(c)
        elif c.dep_ == "ccomp" and (entry.control in _CLAUSAL_CONTROLS or entry.pos == "adj"):
            out.append(c)
        elif c.dep_ in ("dobj", "nsubjpass") and entry.control in _TYPED_CONTROLS:
            out.append(c)
        elif c.dep_ in ("prep", "prt") and c.lower_ in _COMPLEMENT_PREPS:
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    out.append(g)
                elif g.dep_ == "prep" and g.lower_ in _COMPLEMENT_PREPS:  # "pull out of"
                    out.extend(x for x in g.children if x.dep_ in ("pobj", "pcomp"))
        elif c.dep_ in ("acl", "ccomp") and entry.pos == "noun":
            out.append(c)
    return out


_PROPOSAL = Entry(lemma="proposal", pos="noun", control="request")


def _embedded_event(token: Token, entry: Entry, matches, found, latent, lexicon, depth: int = 0) -> Found | None:
    """The typed event in TOKEN's complement, looking through untyped control words
    ("refused to consider talks"), light verbs ("agreed to hold talks") and proposals
    ("rejected an offer of talks")."""
    if depth > 3:
        return None
    for comp in _complements(token, entry):
        f = found.get(comp.i) or latent.get(comp.i)
        if f is not None and not f.absorbed:
            return f
        sub = matches.get(comp.i)
        if sub is not None and sub.type is None:
            inner = _embedded_event(comp, sub, matches, found, latent, lexicon, depth + 1)
            if inner is not None:
                return inner
        if comp.lemma_.lower() in _REQUEST_NOUNS:
            inner = _embedded_event(comp, _PROPOSAL, matches, found, latent, lexicon, depth + 1)
            if inner is not None:
                return inner
        if lexicon.lemma(comp) in lexicon.light or comp.pos_ == "AUX":
            for g in comp.children:
                if g.dep_ in ("dobj", "nsubjpass", "attr", "acomp"):
                    f = found.get(g.i) or latent.get(g.i)
                    if f is not None and not f.absorbed:
                        return f
    return None


def _absorb_reasons(doc: Doc, matches, found) -> None:
    """What an actor is accused of or praised for is not itself reported as an event
    ("accused the US of violating human rights", "complained over Israeli air raids")."""
    for i, f in list(found.items()):
        if f.type not in ("ACCUSE", "SUPPORT") or f.entry.pos != "verb" or f.absorbed:
            continue
        for c in f.head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "about"):
                for j in range(c.left_edge.i, c.right_edge.i + 1):
                    g = found.get(j)
                    if g is not None and g is not f:
                        g.absorbed = True


def _embed(doc: Doc, matches, found, latent, lexicon) -> None:
    # innermost controls first, so "urged X to refuse talks" nests correctly
    controls = sorted(
        (i for i, e in matches.items() if e.control in _TYPED_CONTROLS and e.type and i in found),
        key=lambda i: -_depth(doc[i]),
    )
    for i in controls:
        f = found[i]
        if f.absorbed:
            continue
        inner = _embedded_event(f.head, f.entry, matches, found, latent, lexicon)
        comps = _complements(f.head, f.entry)
        if f.entry.pos == "noun" and f.light is not None:
            # "reiterated its demand that Israel ease...": the clause may hang on the verb
            clauses = [c for c in f.light.children if c.dep_ == "ccomp"]
            comps += clauses
            if inner is None:
                for c in clauses:
                    inner = found.get(c.i) or latent.get(c.i)
                    if inner is not None:
                        break
        # what is demanded, refused, threatened or promised is not reported as happening
        for comp in comps:
            for j in range(comp.left_edge.i, comp.right_edge.i + 1):
                g = found.get(j)
                if g is not None and g is not f and g is not inner:
                    g.absorbed = True
        if inner is None or inner is f:
            continue
        inner.absorbed = True
        f.embedded = inner
        control = f.entry.control
        if control == "commit":
            if inner.type in HOSTILE or inner.type in ("PROTEST", "THREATEN"):
                f.type, f.mode = "THREATEN", threat_mode(inner.type, inner.mode)
            elif inner.type in COOPERATIVE or inner.type == "AGREE":
                f.type, f.mode = "AGREE", None
            else:
                f.type, f.mode = inner.type, inner.mode
        elif control == "threaten":
            f.type, f.mode = "THREATEN", f.mode or threat_mode(inner.type, inner.mode)
        elif control == "refuse":
            f.type, f.mode = "REJECT", f.mode or request_mode(inner.type, inner.mode)
        elif control == "request":
            f.type, f.mode = "REQUEST", f.mode or request_mode(inner.type, inner.mode)


def _depth(token: Token) -> int:
    d = 0
    while token.head is not token and d < 50:
        token = token.head
        d += 1
    return d


# --- 3. reported obligation ----------------------------------------------------------


def _obligations(doc: Doc, matches, found, latent, lexicon) -> None:
    """"X said Y must/should Z": a REQUEST from X to Y."""
    for token in doc:
        if token.tag_ != "MD" or token.lower_ not in _OBLIGATION or token.dep_ != "aux":
            continue
        verb = token.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        if verb.i in found and found[verb.i].type == "REQUEST":
            continue
        own = found.get(verb.i)
        entry = Entry(lemma=verb.lemma_.lower(), pos="verb", type="REQUEST", control="request",
                      target=("subject",), strength=0.6)
        inner = own
        if inner is None:
            sub = matches.get(verb.i)
            if sub is not None and sub.type is None:
                inner = _embedded_event(verb, sub, matches, found, latent, lexicon)
        if inner is not None:
            inner.absorbed = True
        for j in range(verb.left_edge.i, verb.right_edge.i + 1):  # what must be done is not done
            g = found.get(j)
            if g is not None and j != verb.i:
                g.absorbed = True
        f = Found(head=verb, entry=entry, type="REQUEST",
                  mode=request_mode(inner.type, inner.mode) if inner else "change",
                  trigger=[token, verb], anchor=verb.head, embedded=inner, obligation=True)
        found[verb.i] = f
        if own is not None:
            own.absorbed = True
            f.absorbed = False


# --- 4. arguments --------------------------------------------------------------------


def _clean(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.pos_ != "PART" and t.lower_ not in ("n't", "n’t", "not")]


def _actor_args(tokens: list[Token]) -> list[Token]:
    out = []
    for t in tokens:
        h = args.actor_head(t)
        if h is not None and h not in out:
            out.append(h)
    return out


_REQUEST_NOUNS = frozenset(
    """demand call appeal offer proposal plan request invitation initiative pressure
    ultimatum suggestion proposition recommendation bid""".split()
)


def _targets_by_roles(token: Token, roles: tuple[str, ...]) -> list[Token]:
    for role in roles:
        if role == "subject":
            continue
        objs = args.role_objects(token, role)
        found = _actor_args(objs)
        if found:
            return found
        for o in objs:  # "rejected calls by Belarus", "accepted demands from the rebels"
            if o.lemma_.lower() in _REQUEST_NOUNS:
                authors, _ = args.noun_sources(o, ())
                found = _actor_args(authors)
                if found:
                    return found
    return []


def _arguments(f: Found, lexicon: Lexicon) -> None:
    entry, head = f.entry, f.head
    if f.obligation:
        f.sources = _actor_args(_clean(args.subjects(f.anchor)))
        f.targets = _actor_args(_clean(args.subjects(head)))
        f.source_path = "subject" if f.sources else "none"
        return
    if entry.pos == "noun":
        sources, recip = args.noun_sources(head, entry.target)
        f.sources, f.reciprocal = _actor_args(sources), recip
        f.source_path = "noun" if f.sources else "none"
        if not f.sources and f.light is not None:
            f.sources = _actor_args(_clean(args.subjects(f.light)))
            f.source_path = "subject" if f.sources else "none"
        f.targets = [] if recip else _targets_by_roles(head, entry.target)
        if not f.targets and not recip and f.light is not None:
            f.targets = _targets_by_roles(f.light, tuple(r for r in entry.target if r not in ("dobj",)))
        return
    if entry.undergoer and args.is_passive(head) and not args.agent(head):
        # "guerrillas have been demobilized": the guerrillas are the actor
        f.sources = _actor_args(args.role_objects(head, "dobj"))
        f.source_path = "subject" if f.sources else "none"
        return
    subj = _clean(args.subjects(head))
    f.sources = _actor_args(subj)
    f.source_path = "subject" if any(c.dep_ in ("nsubj", "agent") for c in head.children) else "inherited"
    if not f.sources:
        f.source_path = "none"
        if head.dep_ == "acl" and head.head.dep_ == "dobj":  # "signed a decree ruling out talks"
            f.sources = _actor_args(_clean(args.subjects(head.head.head)))
            f.source_path = "inherited" if f.sources else "none"
    if is_adj_commit(f):
        f.targets = []
    else:
        f.targets = _targets_by_roles(head, entry.target)
        if not f.targets:
            obj = args.role_objects(head, "dobj")
            if obj and obj[0].pos_ in ("NOUN", "PROPN") and not args.is_actorish(obj[0]):
                f.targets = _targets_by_roles(obj[0], tuple(r for r in entry.target if r not in ("dobj", "dative"))
                                              or ("for", "to"))
    inner = f.embedded
    if inner is not None:
        _arguments(inner, lexicon)
        if not f.targets:
            control = entry.control
            if control == "request":
                f.targets = [t for t in inner.sources if t not in f.sources] or inner.targets
            elif control == "refuse":
                f.targets = inner.sources if inner.entry.pos == "noun" and inner.sources else inner.targets
            else:
                f.targets = inner.targets or [t for t in inner.sources if t not in f.sources]
    if f.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT") and not f.targets and len(f.sources) > 1:
        f.reciprocal = True
    f.targets = [t for t in f.targets if t not in f.sources]


def is_adj_commit(f: Found) -> bool:
    return f.entry.pos == "adj"


# --- 5. commitments and threats ------------------------------------------------------


def _convert(f: Found) -> None:
    m = f.modality
    if f.type == "AGREE" and f.entry.control == "commit" and "neg" in m.cues:
        inner = f.embedded
        f.type, f.mode = "REJECT", request_mode(inner.type, inner.mode) if inner else None
        m.value = "asserted"
        return
    if "commit" in m.cues and m.value in ("asserted", "future"):
        if f.type in COOPERATIVE:
            f.type, f.mode, m.value = "AGREE", None, "asserted"
        elif f.type in _THREATENABLE:
            f.type, f.mode, m.value = "THREATEN", threat_mode(f.type, f.mode), "asserted"
        return
    future_modal = "future" in m.cues or ("would" in m.cues and m.speech is not None)
    conditional_offer = m.value == "hypothetical" and future_modal and "if" not in m.cues and "conditional" in m.cues
    if (m.value != "future" and not conditional_offer) or f.mode == "resign" or not _own_statement(f):
        return
    if m.future_by == "plan":
        if f.type == "ASSAULT" and any(t.lemma_.lower() == "prepare" for t in m.cue_tokens):
            f.type, f.mode, m.value = "MOBILIZE", "troops", "asserted"
        elif f.type in _THREATENABLE:
            f.type, f.mode, m.value = "THREATEN", threat_mode(f.type, f.mode), "asserted"
        return
    if f.type in COOPERATIVE:
        f.type, f.mode, m.value = "AGREE", None, "asserted"
    elif f.type in _THREATENABLE:
        f.type, f.mode, m.value = "THREATEN", threat_mode(f.type, f.mode), "asserted"


def _own_statement(f: Found) -> bool:
    """Whether the event's source states its own intention: no reporting verb, or one whose
    subject is the source (a pronoun, the same words) or of the source's country ("Israel
    will evacuate..., said a spokesperson for the Israeli prime minister"). A reporter of
    another country makes it a prediction ("Russia will attack, US officials said")."""
    speech = f.modality.speech
    if speech is None:
        return True
    if speech.lemma_.lower() in COGNITION_VERBS:
        return False
    speakers = _clean(args.subjects(speech))
    if not speakers or not f.sources:
        return True
    doc = f.head.doc
    for s in f.sources:
        if s.pos_ == "PRON":
            return True
        for sp in speakers:
            if s.lower_ == sp.lower_:
                return True
            a, b = args.country_of(doc, s), args.country_of(doc, sp)
            if a is None or b is None or a == b or not (is_country(a) and is_country(b)):
                return True
    return False


# --- 6. filters ----------------------------------------------------------------------


def _keep(f: Found) -> bool:
    entry, m = f.entry, f.modality
    if not f.sources and not f.targets and not f.obligation:
        if not (m.speech is not None and f.type in ("AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT")):
            return False
    if "target" in entry.needs and not f.targets:
        return False
    if f.type == "CONSULT" and f.mode not in ("visit", "phone") and f.embedded is None and not f.targets and len(f.sources) < 2:
        return False  # a meeting needs two parties ("the Cabinet met Sunday" is no CONSULT)
    if "embedded" in entry.needs and f.embedded is None and entry.pos != "adj":
        return False
    if entry.pos == "adj" and f.embedded is None and not any(c.dep_ == "xcomp" for c in f.head.children):
        return False
    if "place" in entry.needs and not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in f.targets):
        return False
    if "person" in entry.needs and not any(
        t.ent_type_ == "PERSON" or t.lemma_.lower() in _PERSON_NOUNS or t.lower_ in ("he", "she", "we", "they")
        for t in f.sources
    ):
        return False
    if "actor_object" in entry.needs and not any(
        args.is_actorish(t) for t in args.role_objects(f.head, "dobj")
    ):
        return False
    if "clause" in entry.needs and not any(c.dep_ in ("ccomp", "xcomp", "pcomp") for c in f.head.children):
        return False
    if _bare_infinitive(f):
        return False
    if _in_relative(f.anchor) or _in_relative(f.head):
        return False  # background in a relative clause ("the territory it has captured")
    if f.head.dep_ == "acl" and f.head.tag_ == "VBN":
        return False  # background in a participle ("the curfew imposed after the coup")
    if m.value == "hypothetical" and m.speech is not None and m.speech.lemma_.lower() in COGNITION_VERBS:
        return False
    return True


def _in_relative(token: Token) -> bool:
    """Whether TOKEN's clause is (inside) a relative clause."""
    t = token
    for _ in range(8):
        if t.dep_ == "relcl":
            return True
        if t.dep_ not in ("xcomp", "conj", "ccomp", "acomp", "pcomp", "pobj", "prep", "dobj") or t.head is t:
            return False
        t = t.head
    return False


def _bare_infinitive(f: Found) -> bool:
    """An infinitive whose governor is no control word ("a better position to negotiate")."""
    head = f.anchor if f.entry.pos == "noun" else f.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    if head.dep_ in ("xcomp", "ccomp") and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        gov = head.head
        return gov.lemma_.lower() in ("make",) or (gov.pos_ == "ADJ" and gov.dep_ not in ("acomp", "ccomp"))
    if head.dep_ == "acl" and head.head.lemma_.lower() in _ATTEMPTS | _PLANS:
        return False  # "an attempt to assassinate the governor", "preparations to send weapons"
    if head.dep_ == "advcl" and f.type == "PROTEST":
        return False  # "converged on Lagos for a rally to protest the violations"
    return head.dep_ not in ("xcomp", "conj")
