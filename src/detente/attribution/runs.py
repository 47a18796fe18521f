"""Quote runs: a pronoun speaker continues the speaker the article is quoting.

News quotes one person for several sentences: "Kuleba said he met Lavrov. He said: '...'" is
Kuleba's, although Lavrov is the person mentioned last. So a pronoun speaker ("he", "she",
"they", "it") whose attribution follows closely on another's takes that attribution's speaker
when:

- the pronoun fits the speaker: "he"/"she" a person, "they" a group, organisation or
  country, "it" a country, organisation or outlet;
- it comes at most ``RUN_GAP`` characters after the end of the previous attribution;
- no other actor of that kind is the subject of a clause in between ("Kuleba said he met
  Lavrov. Lavrov then told reporters ... He said" is Lavrov's), and for "he"/"she" no other
  person is named at all after the previous statement ("The same message came from von der
  Leyen. '...,' she said"); what the previous statement itself says ("he met Lavrov") and the
  current attribution's content do not count.

Otherwise the actor stage's coreference (the nearest compatible actor) decides.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["RUN_GAP", "continues_run"]

RUN_GAP = 600
_FITS = {
    **dict.fromkeys(("he", "she"), ("person",)),
    **dict.fromkeys(("they",), ("group", "organization", "country")),
    **dict.fromkeys(("it",), ("country", "organization", "outlet")),
}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _end(cand) -> int:
    ends = [cand.content[1]]
    if cand.cue is not None:
        ends.append(cand.cue[1])
    if cand.speaker is not None:
        ends.append(cand.speaker.end_char)
    return max(ends)


def continues_run(doc: Doc, span: Span, previous, current=None) -> bool:
    """Whether the pronoun speaker SPAN continues PREVIOUS's speaker (see the module
    docstring). CURRENT is the attribution SPAN speaks, whose content is skipped."""
    if len(span) != 1 or span[0].pos_ != "PRON":
        return False
    kinds = _FITS.get(span[0].lower_)
    actor = previous.actor
    if kinds is None or actor is None:
        return False
    kind = getattr(actor, "kind", None)
    institution = kind == "group" and "." in (getattr(actor, "code", None) or "") and not actor.anonymous
    if kind not in kinds and not (span[0].lower_ == "it" and institution):
        return False  # "it" may continue an institution named by description ("the executive arm")
    if getattr(actor, "anonymous", False) and span[0].lower_ in ("he", "she"):
        return False
    start = _end(previous)
    if start > span.start_char or span.start_char - start > RUN_GAP:
        return False
    skip = current.content if current is not None else None
    first = doc.char_span(start, span.start_char, alignment_mode="expand")
    if first is None:
        return True
    personal = span[0].lower_ in ("he", "she")
    for token in first:
        if token.i >= span.start or skip is not None and skip[0] <= token.idx < skip[1]:
            continue
        if personal and token.ent_type_ == "PERSON":
            # "The same message came from Ursula von der Leyen. '...,' she said": any other
            # person named after the last statement may be the one speaking now
            other = _actor_of(token)
            if other is not actor:
                return False
            continue
        if token.dep_ not in _SUBJECT_DEPS or token.pos_ == "PRON":
            continue
        other = _actor_of(token)
        if other is None:
            if token.pos_ in ("PROPN", "NOUN") and "person" in kinds and token.ent_type_ == "PERSON":
                return False
            continue
        if other is not actor and getattr(other, "kind", None) in kinds:
            return False
    return True


def _actor_of(token):
    """The actor of the entity or noun phrase TOKEN heads, if the actor stage linked one."""
    doc = token.doc
    if not token.ent_type_:
        return None
    index = doc._.actor_index
    if index is None:
        return None
    for ent in index.ents_in(doc[token.left_edge.i : token.right_edge.i + 1]):
        if ent.start <= token.i < ent.end:
            return ent._.actor
    return None
