"""Reporting channels: the outlet (or interviewer) a statement went through.

A statement made to an outlet reaches the article through it, so the outlet is the chain
(``via``) of the attribution:

- "X told the BBC", "X said to CNN" (``told``);
- "X said in an interview with Channel Y", "... in an interview with host Jane Roe", "X told
  Y in an interview" (``interview``: an interviewer who is a person counts too);
- "X said on Fox News", "Speaking on Radio Z, X said", "X, speaking to CNN, said", "X said
  during an appearance on CBS" (``on``);
- "X was quoted by TASS as saying" (``quoted``; X is the speaker);
- a statement with no content of its own that names the channel of the statements around
  it: "Yapande spoke Friday on state TV", "He was speaking to Reuters" (``channel_clauses``).
  It gives the channel to the run of attributions of the same speaker next to it
  (``spread_channels``), before and after, as long as no other speaker comes between.

Not channels: social platforms ("posted on X", "wrote on Telegram", "said on Truth Social":
``PLATFORMS``), audiences that are not outlets ("told reporters", "told parliament"), and
the article's own outlet: "told VOA" in a Voice of America story is first hand
(``own_outlet``, from the article's ``outlet`` metadata).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors.names import fold

__all__ = [
    "PLATFORMS",
    "Channel",
    "channel_clauses",
    "channel_of",
    "is_platform",
    "own_outlet",
    "spread_channels",
]

# Social platforms: a post there is first hand, not a report by the platform.
PLATFORMS = frozenset(
    """x twitter telegram facebook instagram tiktok youtube weibo wechat vk vkontakte threads
    bluesky truth social linkedin snapchat whatsapp signal substack rumble gab parler douyin
    kuaishou bilibili odnoklassniki""".split()
)
_PLATFORM_NAMES = frozenset({"truth social", "social media", "his social media", "her social media"})
_INTERVIEW_NOUNS = frozenset("interview interviews appearance conversation podcast broadcast".split())
_CHANNEL_VERBS = frozenset("speak talk appear say tell".split())
# "spoke on state TV", "spoke to Reuters": verbs whose "on/to/with OUTLET" is the channel
_SPEAK_VERBS = frozenset("speak talk appear".split())


@dataclass
class Channel:
    token: Token  # the head of the channel's noun phrase
    kind: str  # told | interview | on | quoted


def is_platform(span: Span | Token) -> bool:
    """Whether SPAN names a social platform ("X", "Telegram", "his Truth Social account")."""
    words = [t for t in span if not t.is_punct] if isinstance(span, Span) else [span]
    text = " ".join(t.lower_ for t in words)
    if text in _PLATFORM_NAMES or any(name in text for name in ("truth social", "social media")):
        return True
    for t in words:
        low = t.lower_
        if low in PLATFORMS and (t.pos_ == "PROPN" or low != "x" and t.text[:1].isupper()):
            return True
        if low == "x" and t.text == "X":
            return True
    return False


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _interview(verb: Token) -> Token | None:
    """ "said in an interview with CNN", "told CNN in an interview": the interviewer."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            obj = _pobj(child)
            if obj is None or obj.lemma_.lower() not in _INTERVIEW_NOUNS:
                continue
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "on"):
                    found = _pobj(prep)
                    if found is not None:
                        return found
            for grand in obj.children:
                # "in a CNN interview", "in an interview on Fox"
                if grand.dep_ in ("compound", "poss", "nmod") and grand.pos_ == "PROPN":
                    return grand
    return None


def _told(verb: Token) -> Token | None:
    """Whom a cue verb's words went to: "told NBC", "said to CNN", "told reporters"."""
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            found = _pobj(child)
            if found is not None:
                return found
    return None


def _on(verb: Token) -> Token | None:
    """ "said on Fox News", "speaking on Radio Z": the outlet after "on" (not a platform and
    not a date: the stage checks the actor is an outlet)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "to"):
            obj = _pobj(child)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN") and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    return None


def channel_of(verb: Token) -> Channel | None:
    """The channel a cue VERB's statement went through, if the verb names one. A conjunct
    with no subject of its own shares its head's ("told RFI he believed ... but suggested
    ...")."""
    quoted_as = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else None
    for node in (verb, verb.head if verb.dep_ == "conj" and not _has_subject(verb) else None, quoted_as):
        if node is None:
            continue
        found = _interview(node)
        if found is not None:
            return Channel(found, "interview")
        lemma = node.lemma_.lower()
        if lemma in ("tell", "say", "write", "confirm", "explain", "add", "speak", "talk"):
            found = _told(node)
            if found is not None:
                return Channel(found, "told")
        if lemma in _CHANNEL_VERBS:
            found = _on(node)
            if found is not None and not is_platform(found):
                return Channel(found, "on")
        if lemma == "quote":
            for child in node.children:
                if child.dep_ == "agent":
                    found = _pobj(child)
                    if found is not None:
                        return Channel(found, "quoted")
    # "Speaking on Radio Free Asia, the minister said ...", "The minister, speaking to CNN, said"
    for child in verb.children:
        if child.dep_ in ("advcl", "acl", "xcomp") and child.tag_ == "VBG" and child.lemma_.lower() in _SPEAK_VERBS \
                and not _has_subject(child):
            found = _interview(child)
            if found is not None:
                return Channel(found, "interview")
            found = _on(child) or _told(child)
            if found is not None and not is_platform(found):
                return Channel(found, "on")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        for child in subject.children:
            if child.dep_ in ("acl", "appos") and child.tag_ == "VBG" and child.lemma_.lower() in _SPEAK_VERBS:
                found = _on(child) or _told(child)
                if found is not None and not is_platform(found):
                    return Channel(found, "on")
    return None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def channel_clauses(doc: Doc) -> list[tuple[Token, Channel]]:
    """ "Yapande spoke Friday on state TV", "she was speaking to Reuters", "in an interview
    with the BBC, the minister ...": (subject token, channel) for each verb of speaking that
    names a channel but reports no content (one pass over the Doc)."""
    out = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _SPEAK_VERBS:
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        channel = _interview(token)
        kind = "interview"
        if channel is None:
            channel = _on(token) or _told(token)
            kind = "on"
        if channel is None or is_platform(channel):
            continue
        out.append((subject, Channel(channel, kind)))
    return out


def own_outlet(doc: Doc, kb=None) -> tuple[str | None, frozenset[str]]:
    """(knowledge-base id, folded names) of the article's own outlet (``article.outlet``):
    its name as given and, when the base knows it, the base's name and aliases."""
    article = doc._.article
    name = getattr(article, "outlet", None) if article is not None else None
    if not name:
        return None, frozenset()
    if kb is None:
        from ..actors.kb import load_kb

        kb = load_kb()
    match = kb.lookup(name)
    names = {fold(name)}
    if match is not None:
        entity = kb.entity(match.kb_id)
        if entity is not None:
            names |= {fold(n) for n in (entity.name, *entity.aliases)}
    return (match.kb_id if match is not None else None), frozenset(n for n in names if n)


def is_own(actor, own: tuple[str | None, frozenset[str]]) -> bool:
    """Whether ACTOR is the article's own outlet or one of its services ("VOA Mandarin" in a
    Voice of America story): statements to it are first hand."""
    kb_id, names = own
    if actor is None or (kb_id is None and not names):
        return False
    if kb_id is not None and getattr(actor, "kb_id", None) == kb_id:
        return True
    name = fold(getattr(actor, "name", "") or "")
    return bool(name) and any(name == n or name.startswith(n + " ") for n in names)


RUN_SENTENCES = 2


def spread_channels(cands: list, sentence_of, channels: list[tuple[int, object, object]]) -> None:
    """Give each channel's outlet to the run of attributions of the same speaker around it.

    CANDS are the live attributions in text order (actors resolved, ``channel`` set where a
    cue named one); ``sentence_of(cand)`` is the index of its sentence; CHANNELS are the
    channel clauses as (sentence index, speaker actor, outlet actor). A run is the
    attributions of that speaker before and after, each at most ``RUN_SENTENCES`` sentences
    from the next, with no other speaker's attribution in between; only those without a
    chain of their own take the outlet."""
    if not cands:
        return
    sents = [sentence_of(c) for c in cands]
    starts: list[tuple[int, int, object, object]] = []  # (sentence, first index after, speaker, outlet)
    for sent, speaker, outlet in channels:
        after = next((k for k, s in enumerate(sents) if s > sent), len(cands))
        starts.append((sent, after, speaker, outlet))
    for k, cand in enumerate(cands):
        if cand.via and cand.channel is not None and cand.actor is not None:
            starts.append((sents[k], k + 1, cand.actor, cand.via[0]))
            _walk(cands, sents, k - 1, -1, sents[k], cand.actor, cand.via[0])
            _walk(cands, sents, k + 1, 1, sents[k], cand.actor, cand.via[0])
    for sent, after, speaker, outlet in starts[: len(channels)]:
        _walk(cands, sents, after - 1, -1, sent, speaker, outlet)
        _walk(cands, sents, after, 1, sent, speaker, outlet)


def _walk(cands, sents, k, step, sent, speaker, outlet) -> None:
    while 0 <= k < len(cands) and cands[k].actor is speaker and abs(sents[k] - sent) <= RUN_SENTENCES:
        if not cands[k].via and cands[k].actor is not outlet:
            cands[k].via = [outlet]
        sent = sents[k]
        k += step
