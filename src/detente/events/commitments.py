"""Announced intentions: commitments are AGREE, threats THREATEN (PLOVER/CAMEO convention).

- An actor's own announced future of a cooperative event is AGREE ("Turkey will allow the
  refugees to return"; "Iraq said it would allow inspectors"), of a hostile event (or a
  protest, e.g. a boycott) THREATEN ("will withdraw the inspectors"); a conditional offer
  too ("said they would meet the mediator if..."). A resignation announced keeps RETREAT.
- "Own" means no reporting verb, or one whose subject is the source (a pronoun, the same
  words, the same country); a reporter of another country makes it a prediction, which
  keeps its type with modality future ("Russia will attack Kyiv, US officials said").
- A plan of a hostile event is a threat ("plans to impose restrictions"), except preparing
  an attack, which is MOBILIZE; a plan of a cooperative event keeps its type with modality
  future ("Congress is planning to pass an aid package").
- A wish (want, wish) to cooperate is AGREE, to attack THREATEN.
- A negated commitment in the present or future is REJECT ("Syria says it will not accept
  more refugees"); in the past it stays AGREE, negated ("Israel has not agreed to withdraw").
  So is a concession or retreat an actor says it will not make ("we will not give in to the
  demands", "Moscow will not withdraw"); one that did not happen stays negated.
- A future passive without an agent is a forecast, not an intention ("the people that will be
  deported"): it keeps its type with modality future.
- A scheduled event keeps its type and modality future: one with its own date ("will meet
  in Geneva next Tuesday"), and any meeting but a conditional offer to meet.
"""

from __future__ import annotations

from . import arguments
from .found import Found
from .modality import COGNITION_VERBS
from .plover import COOPERATIVE, HOSTILE, is_country, request_mode, threat_mode
from .timeplace import own_date_token

__all__ = ["convert"]

_THREATENABLE = HOSTILE | {"PROTEST"}  # an announced boycott is a threat
_YIELDING = frozenset({"CONCEDE", "RETREAT"})  # what a side yields; refusing it is REJECT


def convert(f: Found) -> None:
    """Recode F when it is an announced intention (see the module docstring)."""
    m = f.modality
    m.before = m.value
    if f.type == "AGREE" and f.entry.control == "commit" and "neg" in m.cues:
        if _refusal(f):
            inner = f.embedded
            f.type, f.mode = "REJECT", request_mode(inner.type, inner.mode) if inner else None
            m.value = "asserted"
        return  # "has not agreed to withdraw": no agreement (AGREE, negated), not a refusal
    if f.type in _YIELDING and m.value == "negated" and _refusal(f) and _own_statement(f):
        f.type, f.mode, m.value = "REJECT", request_mode(f.type, f.mode), "asserted"
        return  # "will not give in to the demands", "Moscow does not withdraw": a refusal to yield
    if own_date_token([f.head, f.light, f.anchor]) is not None or (f.type == "CONSULT" and "conditional" not in m.cues):
        return  # a scheduled event keeps its type: "negotiators will meet in Geneva next Tuesday"
    if "commit" in m.cues and "neg" not in m.cues and "if" not in m.cues:
        # "wants to negotiate" is willingness (AGREE); "wants to attack" a threat
        if f.type in COOPERATIVE:
            f.type, f.mode, m.value = "AGREE", None, "asserted"
        elif f.type in _THREATENABLE:
            f.type, f.mode, m.value = "THREATEN", threat_mode(f.type, f.mode), "asserted"
        return
    future_modal = "future" in m.cues or ("would" in m.cues and m.speech is not None)
    conditional_offer = m.value == "hypothetical" and future_modal and "if" not in m.cues and "conditional" in m.cues
    if (m.value != "future" and not conditional_offer) or f.mode == "resign" or not _own_statement(f):
        return
    if not f.sources and f.entry.pos != "noun" and arguments.is_passive(f.head):
        return  # "people that will be deported": a forecast of what is done to them, no one's threat
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


def _refusal(f: Found) -> bool:
    """A negated commitment in the future or present is a refusal ("will not accept",
    "does not accept"); in the past it is only the absence of an agreement."""
    m = f.modality
    if "future" in m.cues or "would" in m.cues:
        return True
    return f.head.tag_ in ("VBZ", "VBP") or (f.entry.pos == "adj" and f.head.head.tag_ in ("VBZ", "VBP"))


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
    speakers = arguments.clean(arguments.subjects(speech))
    if not speakers or not f.sources:
        return True
    doc = f.head.doc
    for s in f.sources:
        if s.pos_ == "PRON":
            return True
        for sp in speakers:
            if s.lower_ == sp.lower_:
                return True
            a, b = arguments.country_of(doc, s), arguments.country_of(doc, sp)
            if a is None or b is None or a == b or not (is_country(a) and is_country(b)):
                return True
    return False
