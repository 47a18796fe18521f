"""Events inside other events: control words, proposals, reasons and reported obligations.

- A control word with a type (agree, offer, urge, demand, refuse, reject, threaten, "rule
  out", ready, open) absorbs the event in its complement (``xcomp``/``ccomp``, its object, or
  the object of "to/for/on/of...") and takes its type from it: REQUEST and REJECT get their
  mode from it (``plover.request_mode``), THREATEN too (``plover.threat_mode``); a
  commitment to a cooperative event is AGREE, to a hostile one (or a protest) THREATEN.
  Everything else inside the complement is absorbed as well: what is demanded, refused,
  threatened or promised is not reported as happening.
- The search looks through untyped control words ("refused to consider talks"), light verbs
  ("agreed to hold talks") and proposals ("rejected an offer of talks").
- What an actor is accused of or praised for is absorbed by the ACCUSE/SUPPORT event.
- "X said Y must/should Z" is a REQUEST from X to Y; Z (if an event) gives the mode.
Innermost controls are resolved first, so "urged X to refuse talks" nests correctly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from .arguments import REQUEST_NOUNS
from .found import Found
from .lexicon import Entry
from .modality import SPEECH_VERBS
from .plover import COOPERATIVE, HOSTILE, request_mode, threat_mode

__all__ = ["TYPED_CONTROLS", "absorb_reasons", "embed", "obligations"]

TYPED_CONTROLS = frozenset({"commit", "threaten", "refuse", "request"})
_CLAUSAL_CONTROLS = frozenset({"request", "neg", "threaten", "commit"})
_COMPLEMENT_PREPS = frozenset({"to", "for", "on", "of", "out", "from", "about", "in"})
_OBLIGATION = frozenset({"must", "should", "ought"})


def _complements(token: Token, entry: Entry) -> list[Token]:
    """Heads of TOKEN's complements that may hold an embedded event, nearest first."""
    out: list[Token] = []
    for c in token.children:
        if c.dep_ == "xcomp":
            out.append(c)
        elif c.dep_ == "ccomp" and (entry.control in _CLAUSAL_CONTROLS or entry.pos == "adj"):
            out.append(c)
        elif c.dep_ in ("dobj", "nsubjpass") and entry.control in TYPED_CONTROLS:
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
        if comp.lemma_.lower() in REQUEST_NOUNS:
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


def absorb_reasons(doc: Doc, matches, found) -> None:
    """What an actor is accused of or praised for is not itself reported as an event
    ("accused the US of violating human rights", "complained over Israeli air raids")."""
    at = sorted(found)  # the events' token indices: the events in a phrase by bisection
    for i, f in list(found.items()):
        if f.type not in ("ACCUSE", "SUPPORT") or f.entry.pos != "verb" or f.absorbed:
            continue
        for c in f.head.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "about"):
                for k in range(bisect_left(at, c.left_edge.i), bisect_right(at, c.right_edge.i)):
                    g = found.get(at[k])
                    if g is not None and g is not f:
                        g.absorbed = True


def embed(doc: Doc, matches, found, latent, lexicon) -> None:
    # innermost controls first, so "urged X to refuse talks" nests correctly
    controls = sorted(
        (i for i, e in matches.items() if e.control in TYPED_CONTROLS and e.type and i in found),
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
    while token.head.i != token.i and d < 50:
        token = token.head
        d += 1
    return d


def obligations(doc: Doc, matches, found, latent, lexicon) -> None:
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
