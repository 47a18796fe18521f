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
- "X said Y must/should Z" is a REQUEST from X to Y; Z (if an event) gives the mode. The
  same holds for "Y needs to / has to Z", and in a direct quote with no reporting verb of its
  own ("They must stop the shelling," she said): the quote's speaker asks. An imperative of
  an event verb in a quote ("Stop the shelling!") is a request by the speaker too.
Innermost controls are resolved first, so "urged X to refuse talks" nests correctly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import LEMMA, TAG
from spacy.tokens import Doc, Token

from .arguments import REQUEST_NOUNS
from .found import Found
from .lexicon import Entry
from .modality import SPEECH_VERBS
from .plover import COOPERATIVE, HOSTILE, request_mode, threat_mode

__all__ = ["TYPED_CONTROLS", "absorb_reasons", "embed", "obligations"]

TYPED_CONTROLS = frozenset({"commit", "threaten", "refuse", "request"})
_CLAUSAL_CONTROLS = frozenset({"request", "neg", "threaten", "commit"})
_COMPLEMENT_PREPS = frozenset({"to", "for", "on", "of", "out", "from", "about", "in", "against", "at"})
_OBLIGATION = frozenset({"must", "should", "ought"})
# nouns that only frame the event after "of" ("ruled out the possibility of a ceasefire")
_TRANSPARENT_NOUNS = frozenset({"possibility", "idea", "prospect", "option", "notion", "question", "matter", "issue", "resumption", "start", "launch"})
# verbs that only say an event (their subject) starts, goes on or takes place ("agreed that
# talks should resume", "insisted the ceasefire must continue")
_ASPECTUAL_VERBS = frozenset({"resume", "start", "begin", "continue", "proceed", "restart", "commence", "occur", "happen", "go", "take", "open", "convene", "reconvene"})


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
        if comp.lemma_.lower() in REQUEST_NOUNS or comp.lemma_.lower() in _TRANSPARENT_NOUNS:
            inner = _embedded_event(comp, _PROPOSAL, matches, found, latent, lexicon, depth + 1)
            if inner is not None:
                return inner
        aspectual = comp.pos_ == "VERB" and comp.lemma_.lower() in _ASPECTUAL_VERBS
        if lexicon.lemma(comp) in lexicon.light or comp.pos_ == "AUX" or aspectual:
            roles = ("dobj", "nsubjpass", "attr", "acomp", "nsubj") if aspectual else ("dobj", "nsubjpass", "attr", "acomp")
            for g in comp.children:
                if g.dep_ in roles:
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
    """"X said Y must/should Z", "Y needs to / has to Z" reported or in a quote: a REQUEST
    from the speaker to Y."""
    quotes = _quoted_ranges(doc)
    for token in _obligation_words(doc):
        clause, verb = _obliged_verb(token)
        imperative = False
        if verb is None and quotes and _quoted_imperative(token, found, latent) and _inside(quotes, token.idx):
            clause, verb, imperative = token, token, True  # "Stop the shelling!"
        if verb is None:
            continue
        if clause.dep_ in ("ccomp", "xcomp") and (m := matches.get(clause.head.i)) is not None and m.type == "REQUEST":
            continue  # "demanded that Ottawa must drop ...": the demand itself is the request
        reported = clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in SPEECH_VERBS
        if not reported and not (clause.dep_ in ("ROOT", "conj", "ccomp") and _inside(quotes, verb.idx)):
            continue
        if verb.i in found and found[verb.i].type == "REQUEST":
            continue
        own = found.get(verb.i)
        entry = Entry(lemma=verb.lemma_.lower(), pos="verb", type="REQUEST", control="request",
                      target=("subject",), strength=0.6 if reported else 0.5)
        inner = own
        if inner is None:
            sub = matches.get(verb.i)
            if sub is not None and sub.type is None:
                inner = _embedded_event(verb, sub, matches, found, latent, lexicon)
        if inner is None and imperative:  # "Stop the shelling": what is to stop
            inner = next((found.get(c.i) or latent[c.i] for c in verb.children
                          if c.dep_ == "dobj" and (c.i in latent or c.i in found)), None)
        if inner is not None:
            inner.absorbed = True
        for j in range(verb.left_edge.i, verb.right_edge.i + 1):  # what must be done is not done
            g = found.get(j)
            if g is not None and j != verb.i:
                g.absorbed = True
        trigger = sorted({token, verb}, key=lambda t: t.i)
        f = Found(head=verb, entry=entry, type="REQUEST",
                  mode=request_mode(inner.type, inner.mode) if inner else "change",
                  trigger=trigger, anchor=clause.head if reported else clause, embedded=inner, obligation=True,
                  imperative=imperative)
        found[verb.i] = f
        if own is not None:
            own.absorbed = True
            f.absorbed = False


_NEED = frozenset({"need", "have"})


def _obligation_words(doc: Doc) -> list[Token]:
    """The tokens that can carry an obligation (modals, need/have, bare verbs), read from the
    Doc's arrays so the rest cost no Token object."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    tags = numpy.array([strings.add(t) for t in ("MD", "VB")], dtype="uint64")
    lemmas = numpy.array([strings.add(w) for w in _NEED], dtype="uint64")
    rows = doc.to_array([TAG, LEMMA])
    hits = numpy.isin(rows[:, 0], tags) | numpy.isin(rows[:, 1], lemmas)
    return [doc[i] for i in numpy.flatnonzero(hits).tolist()]


def _quoted_imperative(token: Token, found, latent) -> bool:
    """An imperative of an event verb, or of a verb whose object is an event ("Withdraw your
    troops", "Stop the shelling"): a bare verb heading its clause (or the quote a speech verb
    introduces), with no subject or auxiliary."""
    if token.tag_ != "VB" or not (token.dep_ in ("ROOT", "ccomp") or (
            token.dep_ == "xcomp" and token.head.lemma_.lower() in SPEECH_VERBS)):
        return False
    if token.i not in found and not any(c.dep_ == "dobj" and c.i in latent for c in token.children):
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("to", "not", "n't", "let", "please") and token.doc[token.i - 1].dep_ == "aux":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in token.children)


def _obliged_verb(token: Token) -> tuple[Token, Token | None]:
    """(clause verb, obliged verb) for an obligation word: "must/should/ought V" (both V),
    "needs to V" / "has to V" (need/have, V; only with a subject of its own)."""
    if token.tag_ == "MD" and token.lower_ in _OBLIGATION and token.dep_ == "aux":
        return token.head, token.head
    if token.lemma_.lower() in _NEED and token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "ccomp", "conj") \
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in token.children) \
            and not any(g.tag_ == "MD" for g in token.children):  # "will have to look" predicts
        for c in token.children:
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return token, c
    return token, None


def _quoted_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of direct (and mixed) quotes, sorted."""
    return sorted((a.content.start, a.content.end) for a in doc._.attributions or ()
                  if a.kind in ("direct", "mixed"))


def _inside(ranges: list[tuple[int, int]], char: int) -> bool:
    i = bisect_right(ranges, (char, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= char < ranges[i][1]
