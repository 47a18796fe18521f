"""Reporting chains: who passed a statement on to the article.

- Nesting: when what a source reported is itself an attribution ("The report said Sullivan
  said ...", "Some officials believe ..., NBC News reported"), the inner one is kept and the
  outer source joins its chain; the outer one is dropped unless the inner cue is only a
  conjunct of it ("The report said Sullivan didn't want ... but said Kyiv should ...": both
  stay, the outer's content is cut before the conjunct). Only a speech verb starts a new
  report there: in "she said she was tired ... and wanted a candidate who ..." the wanting
  is part of what she said. A nested cue deeper inside the
  content is part of what was reported and no attribution of its own; so is a nested
  "she thinks" whose speaker is the outer speaker again.
- Audiences: "officials told NBC that ..." puts NBC in the chain (reporters, a committee
  and other audiences do not).
- Citing: "NBC News reported, citing anonymous sources, that ..." makes the anonymous
  sources the speaker, via NBC News.
- "The report", "the paper": the outlet named last.
- Continuation: an anonymous source quoted shortly after an outlet's report (within two
  paragraphs of it) speaks through that outlet too; a floating quote takes the speaker and
  chain of the attribution it continues.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..intervals import Innermost
from . import lexicon
from .syntax import Candidate

__all__ = ["is_outlet", "nest", "continue_reports", "chain_of"]

CONTINUATION_PARAGRAPHS = 2


def is_outlet(actor, span: Span | None) -> bool:
    """Whether ACTOR (as SPAN names it) is a news outlet or the media; a social platform is
    not ("the social media platform X")."""
    if span is not None:
        from .channels import is_platform

        if is_platform(span):
            return False
    if span is not None and _audience_words(span):
        return False
    if actor is not None:
        if getattr(actor, "kind", None) == "outlet":
            return True
        code = getattr(actor, "code", None) or ""
        if code.endswith(".MED"):
            return True
    return span is not None and lexicon.is_media_phrase(span)


# people of the press and the press at large: an audience ("told reporters", "told the
# media"), not a channel; a named or described outlet ("state TV", "Italian media") is one
_AUDIENCE_HEADS = frozenset("journalist journalists reporter reporters correspondent correspondents press".split())


def _audience_words(span: Span) -> bool:
    head = span.root
    low = head.lower_
    if low in _AUDIENCE_HEADS or head.lemma_.lower() in _AUDIENCE_HEADS:
        return not any(t.ent_type_ in ("ORG", "PERSON") for t in span)
    if low == "media":
        return all(t.lower_ in ("the", "media", "news", "social") for t in span)
    return False


def _same_speaker(inner: Candidate, outer: Candidate) -> bool:
    if inner.speaker is None:
        return True
    root = inner.speaker.root
    if root.pos_ == "PRON" or root.lower_ in lexicon.PRONOUNS:
        return True
    if outer.speaker is not None and inner.speaker.text.lower() == outer.speaker.text.lower():
        return True
    return False


def _participle_clause(cue) -> bool:
    """ "..., adding that ...", "..., arguing that ...": a new statement set off by a comma."""
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in cue.children):
        return False
    left = cue.left_edge.i
    return left > 0 and cue.doc[left - 1].text in (",", ";", "—")


def _containers(cands: list[Candidate]) -> Innermost:
    """The attributions that can hold another (reported speech with a parsed content or a
    frame), for "the shortest one whose content holds this cue" (ties: the first given)."""
    return Innermost(
        (y.content[0], y.content[1], y) for y in cands
        if not (y.kind == "direct" or y.root_i is None and not y.frame)
    )


def _container(containers: Innermost, x: Candidate) -> Candidate | None:
    if x.cue is None:
        return None
    return containers.other_than(x.cue[0], x)


def nest(doc: Doc, cands: list[Candidate]) -> None:
    """Resolve attributions nested in others (see the module docstring); marks ``dropped``
    and ``outer`` in place. Outer attributions that only carry an inner one are dropped but
    kept as ``outer`` for the chain."""
    decisions = []
    containers = _containers(cands)
    for x in cands:
        y = _container(containers, x)
        if y is not None:
            decisions.append((x, y))
    carriers: set[int] = set()
    for x, y in decisions:
        cue = doc[x.cue_i] if x.cue_i is not None else None
        if cue is None or x.kind == "direct" or y.frame:
            x.dropped = True
        elif x.cue_i == y.root_i:
            if x.root_i is None or _same_speaker(x, y) or y.speaker is None and not y.passive:
                # "said Obama has long called for ...", "said he believes ...": one report
                x.dropped = True
            else:
                x.outer = y if y.speaker is not None else None
                carriers.add(id(y))
        elif cue.head.i == y.root_i and (
            cue.dep_ == "conj" and lexicon.is_cue_verb(cue, cognition=False) or _participle_clause(cue)
        ):
            own_subject = any(c.dep_ == "nsubj" for c in cue.children)
            if own_subject and _same_speaker(x, y):
                # "she hopes ..., but she knows that ...": still the outer report
                x.dropped = True
                continue
            # "... didn't want ... but said Kyiv should", "..., arguing that ...": cut here
            left = min(cue.left_edge.i, cue.i)
            k = left - 1
            while k > 0 and (doc[k].dep_ == "cc" or doc[k].is_punct or doc[k].is_space):
                k -= 1
            end = doc[k].idx + len(doc[k].text)
            if end > y.content[0]:
                y.content = (y.content[0], min(end, y.content[1]))
            if not _same_speaker(x, y):
                x.outer = y if y.speaker is not None else None
        else:
            x.dropped = True
    for y in cands:
        if id(y) in carriers:
            y.dropped = True


def chain_of(cand: Candidate) -> list:
    """The actors between CAND's speaker and the article, nearest first."""
    via = []
    seen = {id(cand.actor)} if cand.actor is not None else set()
    node = cand
    hops = 0
    while node is not None and hops < 6:
        for actor in node.via:
            if actor is not None and id(actor) not in seen:
                via.append(actor)
                seen.add(id(actor))
        outer = node.outer
        if outer is not None and outer.actor is not None and id(outer.actor) not in seen:
            via.append(outer.actor)
            seen.add(id(outer.actor))
        node = outer
        hops += 1
    return via


_REPORT_CUES = frozenset("report learn reveal disclose cite quote claim write say".split())


def _reports(cand: Candidate) -> bool:
    """Whether an outlet's attribution is a report others continue: its cue is a reporting
    verb or it cites sources (not "the agency added", "Xinhua described ...")."""
    if cand.cited is not None:
        return True
    if cand.cue_i is None or cand.speaker is None:
        return False
    lemma = cand.speaker.doc[cand.cue_i].lemma_.lower()
    return lemma in _REPORT_CUES and lemma != "say" or lemma == "say" and cand.kind != "direct"


def continue_reports(doc: Doc, cands: list[Candidate], paragraph_of, anonymous_of) -> None:
    """Give anonymous sources that follow an outlet's report that outlet as their chain.

    CANDS are the live attributions in text order with actors and chains resolved;
    ``paragraph_of(cand)`` is its paragraph index, ``anonymous_of(cand)`` its anonymity.
    """
    context = None  # (outlet actor, paragraph)
    for cand in cands:
        para = paragraph_of(cand)
        if cand.actor is not None and is_outlet(cand.actor, cand.speaker):
            # an outlet's own report ("NBC News reported ..."); an outlet speaking for itself
            # ("Xinhua added ...") starts no report that later sources continue
            if _reports(cand):
                context = (cand.actor, para)
            continue
        if cand.via:
            if is_outlet(cand.via[-1], None):
                context = (cand.via[-1], para)
            continue
        if context is None or para - context[1] > CONTINUATION_PARAGRAPHS:
            continue
        if anonymous_of(cand) and cand.actor is not context[0]:
            cand.via = [context[0]]
            context = (context[0], para)
