"""Reported speech from the dependency parse.

One pass over the tokens finds:

- a cue verb with a clausal complement: "X said (that) ...", "..., officials said",
  "X told NBC that ...", "it was reported that ..." (no speaker), "..., adding that ...";
- a cue verb after the clause it reports when the parser hangs it off that clause
  ("Clinton was headed to the ER ..., The Post has learned");
- "according to X, ..." and "..., according to X";
- a speech act or stance whose content is an object, an infinitive or a prepositional
  phrase ("accused Kyiv of shelling the plant", "vowed to retaliate", "called for talks",
  "attacked the plan", "wants to run", "voted against the bill"; the frames each verb takes
  are ``lexicon.OBJECT_FRAMES``); in the passive it has no speaker ("was accused of ...",
  "Asked about the merger, ...");
- a stance noun or adjective with its object: "his criticism of the deal", "calls for a
  ceasefire", "she is critical of the plan" (``lexicon.NOUN_FRAMES``, ``ADJ_FRAMES``);
- a judgement nobody is named for: "the race seemed to be his to lose", "turnout is
  expected to rise" (``lexicon.EVIDENTIAL_VERBS``): no speaker, the whole clause is content;
- a claim noun with a that-clause: "a New York Times report that ...", "the
  administration's stance that ..." (the speaker is the noun's owner, or the subject of the
  verb that carries it: "Biden reiterated the stance that ...").

Cue words inside quotation marks are skipped (a quote's own "I think" is part of the quote),
and so are speech cues under a modal ("could say that ...", "might think": not a statement
yet); a stance under a modal is still a stance ("would support the bill"). An infinitive that
continues another cue is part of it ("sought to clarify ...", "declined to comment on ...":
one attribution, the outer verb's).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import budget
from ..nlp.docindex import doc_index
from . import lexicon
from .channels import channel_of
from .syntax import Candidate, clause_range, clip_range, cue_span, noun_phrase, relative_subject, subject_of, trim_range

__all__ = ["find_indirect"]

_HEAD_CLAUSE_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})
_SET_OFF = frozenset({",", "”", '"', "—", "''", "–", "--"})
_MODALS = frozenset({"might", "may", "could", "would", "should", "can", "will", "must", "'d", "shall"})
_CITE_DEPS = frozenset({"advcl", "xcomp", "conj", "dep", "npadvmod"})


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _complement(verb: Token) -> Token | None:
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps:
        return None
    after = [c for c in comps if c.i > verb.i]
    return after[0] if after else comps[-1]


def _citing(token: Token) -> bool:
    """A "citing ..." participle: it names a source, it is no statement of its own."""
    return token.lemma_.lower() == "cite" and token.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in token.children)


def _cited(verb: Token, comp: Token | None = None) -> Token | None:
    """ "NBC News reported, citing anonymous sources": the cited source."""
    # each node's answer once per Doc: the head of many conjoined cues is asked every time
    known = doc_index(verb.doc).memo("cited", lambda _doc: {})
    for node in (verb, verb.head if verb.dep_ in _CITE_DEPS else None, comp):
        if node is None:
            continue
        if node.i not in known:
            known[node.i] = _cited_under(node)
        if known[node.i] is not None:
            return known[node.i]
    return None


def _cited_under(node: Token) -> Token | None:
    for child in node.children:
        if child.lemma_.lower() == "cite" and child.dep_ in _CITE_DEPS | {"xcomp"}:
            for obj in child.children:
                if obj.dep_ == "dobj":
                    return obj
    return None


def _speaker(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, passive) for a cue verb; a passive's agent ("by X") is the speaker."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        passive = True  # "Asked about the merger, the company ...": the question has no asker
    if passive and verb.lemma_.lower() == "quote":
        # "X was quoted by TASS as saying": X speaks, TASS is the channel
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return subject, False
    if passive:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj, False
        return None, True
    subj = subject_of(verb)
    if subj is None and verb.dep_ in ("ROOT", "ccomp", "conj") and verb.i > 0:
        # a misparsed subject just before the verb: "... of the Washington Post Trump said"
        prev = verb.doc[verb.i - 1]
        if prev.ent_type_ in lexicon.SOURCE_ENTS and prev.pos_ == "PROPN" and prev.dep_ in ("pobj", "compound", "npadvmod"):
            return prev, False
    return subj, False


_ANSWERS = frozenset({"so", "yes", "no", "otherwise"})


def _answer(verb: Token) -> Token | None:
    """ "55 percent said so", "most said no": a one-word answer right after a speech verb."""
    if verb.lemma_.lower() not in ("say", "answer", "reply", "respond") or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.lower_ in _ANSWERS and nxt.head.i == verb.i and nxt.dep_ in ("advmod", "intj", "dobj", "ccomp", "attr", "acomp"):
        after = verb.doc[nxt.i + 1] if nxt.i + 1 < len(verb.doc) else None
        if after is None or after.is_punct or after.is_space or after.pos_ in ("CCONJ", "ADP", "SCONJ"):
            return nxt
    return None


def _hypothetical(verb: Token) -> bool:
    """ "might think", "could say", "will announce": not (yet) a statement."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _verb_candidate(doc: Doc, verb: Token) -> Candidate | None:
    """A cue verb with its clause: "X said (that) ...", "..., X said", "Y, X said, Z"."""
    if _hypothetical(verb):
        return None
    comp = _complement(verb)
    if comp is not None and comp.i > verb.i and _naming_misparse(verb, [comp]):
        return None
    subj, passive = _speaker(verb)
    if subj is None and not passive:
        return None
    if comp is not None:
        if comp.i > verb.i:
            start, end = clause_range(comp, after=verb.i)
            # "said Trump has respect ... and his comment was ...": several clauses, one content
            for other in verb.children:
                if other.dep_ == "ccomp" and other.i > comp.i:
                    end = max(end, other.right_edge.i + 1)
        else:
            limit = verb.i
            if subj is not None and comp.i < subj.i < verb.i:
                limit = subj.left_edge.i
            start, end = clause_range(comp, before=limit)
        root = comp
    elif verb.dep_ in _HEAD_CLAUSE_DEPS and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
        # "..., The Post has learned" / "Acts of protest, Mr. Obama said, are acts of patriotism":
        # the reported clause is the verb's head, around the cue set off by commas
        own_subject = any(c.dep_ == "nsubj" for c in verb.children)
        left, right = verb.left_edge.i, verb.right_edge.i + 1
        while left < verb.i and doc[left].is_punct:
            left += 1
        while right - 1 > verb.i and doc[right - 1].is_punct:
            right -= 1
        if not own_subject or left == 0 or doc[left - 1].text not in _SET_OFF:
            return None
        if any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
            return None
        head = verb.head
        start, end = head.left_edge.i, head.right_edge.i + 1
        if right >= end - 1:
            end = left
        elif left <= start:
            start = right
        if end - start < 3 or not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end] if t.i != verb.i):
            return None
        root = head
    else:
        answer = _answer(verb)
        if answer is None:
            return None
        start, end, root = answer.i, answer.i + 1, answer
    if start > verb.i:
        start, end = clip_range(doc, start, end)
    cited = _cited(verb, comp)
    if cited is not None and start <= cited.head.i < end:
        end = min(end, cited.head.left_edge.i)  # "..., citing anonymous sources" is no content
    start, end = trim_range(doc, start, end)
    if end - start < 2 and not (end - start == 1 and doc[start].lower_ in _ANSWERS):
        return None
    cue = cue_span(verb)
    cand = Candidate(
        kind="indirect",
        content=_chars(doc, start, end),
        cue=(cue.start_char, cue.end_char),
        cue_i=verb.i,
        root_i=root.i,
        speaker=noun_phrase(subj) if subj is not None else None,
        passive=passive,
        written=relative_subject(verb),
    )
    channel = channel_of(verb)
    if channel is not None:
        cand.audience, cand.channel = noun_phrase(channel.token), channel.kind
    if cited is not None:
        cand.cited = noun_phrase(cited)
    return cand


_OBJECT_DEPS = frozenset({"dobj", "dative", "oprd", "xcomp", "prep", "ccomp", "attr", "acomp", "pcomp"})


def _light_verb_object(verb: Token, subj: Token) -> bool:
    """ "making preparations to support Ukraine": the parser reads the object of a light verb
    as the subject of the infinitive after it; "preparations" says nothing."""
    return (
        subj.head.i == verb.i
        and subj.dep_ == "nsubj"
        and verb.head.i != verb.i
        and verb.head.lemma_.lower() in lexicon.LIGHT_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


_TIME_ENTS = frozenset({"DATE", "TIME"})
_NO_CLAUSE_VERBS = frozenset({"call", "name", "dub"})
# what a physical attack hits: "rebels attack villages", "gunmen attacked a hotel"
_PLACE_NOUNS = frozenset(
    """village town city hotel base camp building school hospital mosque church market convoy
    checkpoint post station position outpost area region border ship vessel plant facility
    home house office embassy prison airport port bridge""".split()
)
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _only_time(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens START..END are a date or time and nothing else ("Tuesday")."""
    words = [t for t in doc[start:end] if not t.is_punct]
    return bool(words) and all(t.ent_type_ in _TIME_ENTS for t in words)


_ANAPHORIC_DETS = frozenset("the those these this that their its his her our".split())
# answers to what others said or did: with only a pointer back as object they report nothing
_RESPONSE_VERBS = frozenset("reject deny dismiss refute rebut ignore welcome denounce".split())
# what such a pointer points back at
_BACK_NOUNS = frozenset(
    """allegation accusation claim charge report move delay decision suggestion criticism
    request demand proposal""".split()
)


def _rejected_back_reference(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """ "Beijing denies the allegations", "rejected those claims", "welcomed the move",
    "ignored them": a response to something the article reported before, whose content is
    only a pointer back (a pronoun, or a pointing determiner and a claim noun). PolNeAR counts
    stances with such objects ("support the regulations"); these verbs with these nouns it
    does not."""
    if verb.lemma_.lower() not in _RESPONSE_VERBS:
        return False
    words = [t for t in doc[start:end] if not t.is_punct]
    if len(words) == 1:
        return words[0].pos_ == "PRON"
    if len(words) != 2 or words[0].lower_ not in _ANAPHORIC_DETS:
        return False
    return words[1].lemma_.lower() in _BACK_NOUNS


def _naming_misparse(verb: Token, parts: list[Token]) -> bool:
    """ "A Christian-dominated militia called the anti-Balaka fought back": the parser read
    "a NOUN called NAME" (a participle naming the noun) as a finite "called" whose complement
    is the sentence's own verb. "You can call RT whatever you want" is a speech act."""
    if verb.lemma_.lower() not in _NO_CLAUSE_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if not any(p.tag_ in ("VBD", "VBZ", "VBP") for p in parts):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)


_NOT_YET = frozenset("decline refuse yet fail".split())


def _no_comment(verb: Token) -> bool:
    """ "officials have yet to comment on the claims", "an email requesting comment on ...",
    "said nothing about ...": no statement was made."""
    lemma = verb.lemma_.lower()
    if lemma == "request" and any(c.dep_ == "dobj" and c.lemma_.lower() == "comment" for c in verb.children):
        return True
    if lemma == "comment" and verb.dep_ == "xcomp":
        head = verb.head
        return head.lemma_.lower() in _NOT_YET or any(
            c.lower_ == "yet" or c.dep_ == "neg" for c in head.children)
    return lemma in ("say", "tell") and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in verb.children)


def _naming(verb: Token) -> bool:
    """ "a militia called the anti-Balaka", "a group known as ...": a participle that names
    the noun it modifies, no speech act."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in ("call", "name", "dub", "know")


def _physical_attack(verb: Token) -> bool:
    """ "rebels attack villages": an attack on a place is no verbal attack."""
    if verb.lemma_.lower() != "attack":
        return False
    for child in verb.children:
        if child.dep_ == "dobj":
            return child.lemma_.lower() in _PLACE_NOUNS or child.ent_type_ in _PLACE_ENTS
    return False


def _frame_candidate(doc: Doc, verb: Token) -> Candidate | None:
    """A speech act with an object, infinitive or prepositional content ("accused Kyiv of ...")."""
    frames = lexicon.OBJECT_FRAMES.get(verb.lemma_.lower())
    if not frames:
        return None
    if _naming(verb) or _physical_attack(verb) or _no_comment(verb):
        return None
    if _hypothetical(verb) and lexicon.is_cue_verb(verb) and any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "could say that ...": no statement yet; "would support ..." is a stance
    if _citing(verb):
        return None  # "NBC News reported, citing anonymous sources": part of the chain
    subj, passive = _speaker(verb)
    if subj is None and not passive:
        return None
    if subj is not None and _light_verb_object(verb, subj):
        return None
    # the verb's complements on its right, up to the first comma or other dependent
    parts = []
    for child in verb.rights:
        if child.dep_ in _OBJECT_DEPS:
            parts.append(child)
        elif child.dep_ in ("prt", "advmod", "npadvmod") and not parts:
            continue
        else:
            break
    if not parts:
        return None
    if _naming_misparse(verb, parts):
        return None
    first = parts[0]
    if first.dep_ == "dobj" and first.lemma_.lower() in lexicon.COMPLEMENT_NOUNS:
        # "reiterated the administration's stance that ...": the clause is the content
        noun = _noun_candidate(doc, first)
        if noun is not None:
            return noun
    deps = {c.dep_ for c in parts}
    cue_end = verb
    if first.dep_ == "prep":
        if f"prep:{first.lower_}" not in frames or not any(g.dep_ in ("pobj", "pcomp") for g in first.children):
            return None
        start, cue_end = first.i + 1, first
    elif "xcomp" in deps and "xcomp" in frames:
        start = first.left_edge.i
    elif deps & {"dobj", "dative", "ccomp", "oprd"} or "xcomp" in deps and any(c.tag_ == "VBG" for c in parts):
        # "cast her rival as ...", "see him as ...": an object whose frame is its preposition
        if "dobj" not in frames and not any(c.dep_ == "prep" and f"prep:{c.lower_}" in frames for c in parts[1:]):
            return None
        start = first.left_edge.i
    else:
        return None
    end = parts[-1].right_edge.i + 1
    start, end = clip_range(doc, start, end, relative=True)
    start, end = trim_range(doc, start, end)
    if end <= start or _only_time(doc, start, end) or _rejected_back_reference(doc, verb, start, end):
        return None
    cue = cue_span(verb)
    return Candidate(
        kind="indirect",
        content=_chars(doc, start, end),
        cue=(cue.start_char, cue_end.idx + len(cue_end.text)),
        cue_i=verb.i,
        root_i=None,
        speaker=noun_phrase(subj) if subj is not None else None,
        passive=subj is None,
        written=relative_subject(verb),
        frame=True,
    )


def _according(doc: Doc, token: Token) -> Candidate | None:
    """ "According to NBC, Congress is planning ..." """
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        # a misparse ("according to show insiders" read as "to show"): take the words
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
            return None
        to = doc[token.i + 1]
        j = token.i + 2
        while j < len(doc) and not doc[j].is_punct and not doc[j].is_space and j < token.i + 12:
            j += 1
        nouns = [t for t in doc[token.i + 2 : j] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not nouns:
            return None
        pobj = nouns[-1]
        speaker = doc[token.i + 2 : j]
    else:
        speaker = noun_phrase(pobj)
    head = token.head
    if head.i == token.i:
        return None
    # the claim is the rest of the sentence: "According to NBC, Congress is planning ...",
    # "... 19.9 percent, according to the Tax Foundation."
    phrase = (token.left_edge.i, max(token.right_edge.i, pobj.right_edge.i, speaker.end - 1) + 1)
    sent = token.sent
    start, end = sent.start, sent.end
    if all(t.is_punct or t.is_space for t in doc[start : phrase[0]]):
        start = phrase[1]
    elif not any(t.pos_ in ("VERB", "AUX") for t in doc[phrase[1] : end]):
        end = phrase[0]
    start, end = trim_range(doc, start, end)
    if end - start < 2:
        return None
    return Candidate(
        kind="indirect",
        content=_chars(doc, start, end),
        cue=(token.idx, to.idx + len(to.text)),
        cue_i=token.i,
        root_i=head.i,
        speaker=speaker,
    )


def _noun_frame_candidate(doc: Doc, noun: Token) -> Candidate | None:
    """A speech or stance noun with what it is about: "his criticism of the deal", "calls for
    a ceasefire". The speaker is the noun's owner, or the subject of a verb that carries it
    ("Kyiv voiced opposition to the plan"); otherwise there is none."""
    frames = lexicon.NOUN_FRAMES.get(noun.lemma_.lower())
    if not frames:
        return None
    if noun.lemma_.lower() == "comment" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("request", "seek", "ask"):
        return None  # "an email requesting comment on ...": the outlet asked, nobody said
    prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
    if prep is None or f"prep:{prep.lower_}" not in frames:
        return None
    if not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
        return None
    owner = None
    for child in noun.lefts:
        if child.dep_ == "poss" or child.dep_ == "compound" and child.ent_type_ in lexicon.SOURCE_ENTS:
            owner = child
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.NOUN_CARRIERS:
        owner = subject_of(noun.head)
    start, end = trim_range(doc, *clip_range(doc, prep.i + 1, prep.right_edge.i + 1, relative=True))
    if end <= start or _only_time(doc, start, end):
        return None  # "the attack on Tuesday": a date, not what the attack said
    if owner is not None and owner.dep_ == "compound":
        speaker = doc[owner.left_edge.i : owner.i + 1]
    else:
        speaker = noun_phrase(owner) if owner is not None else None
    return Candidate(
        kind="indirect",
        content=_chars(doc, start, end),
        cue=(noun.idx, prep.idx + len(prep.text)),
        cue_i=noun.i,
        root_i=None,
        speaker=speaker,
        passive=speaker is None,
        frame=True,
    )


def _adjective_candidate(doc: Doc, adj: Token) -> Candidate | None:
    """A stance adjective with its object: "Sanders is critical of the deal", "officials
    were worried about turnout"; the subject of the copula is the speaker."""
    frames = lexicon.ADJ_FRAMES.get(adj.lemma_.lower())
    if not frames or adj.dep_ not in ("acomp", "oprd") or adj.head.i == adj.i:
        return None
    prep = next((c for c in adj.rights if c.dep_ == "prep"), None)
    if prep is None or f"prep:{prep.lower_}" not in frames or not any(g.dep_ in ("pobj", "pcomp") for g in prep.children):
        return None
    verb = adj.head
    subj = subject_of(verb)
    if subj is None:
        return None
    start, end = trim_range(doc, *clip_range(doc, prep.i + 1, prep.right_edge.i + 1, relative=True))
    if end <= start:
        return None
    cue = cue_span(verb)
    return Candidate(
        kind="indirect",
        content=_chars(doc, start, end),
        cue=(min(cue.start_char, adj.idx), prep.idx + len(prep.text)),
        cue_i=adj.i,
        root_i=None,
        speaker=noun_phrase(subj),
        written=relative_subject(verb),
        frame=True,
    )


def _noun_candidate(doc: Doc, noun: Token) -> Candidate | None:
    """A claim noun with a that-clause and a known owner."""
    clause = None
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl", "appos") and child.i > noun.i:
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
                clause = child
                break
    if clause is None:
        return None
    owner = None
    cue_tok = noun
    for child in noun.children:
        if child.dep_ == "poss":
            owner = child
        elif child.dep_ == "compound" and child.ent_type_ in lexicon.SOURCE_ENTS and owner is None:
            owner = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "from") and owner is None:
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
    verb = noun.head
    if noun.dep_ in ("dobj",) and verb.pos_ in ("VERB",) and (
        verb.lemma_.lower() in lexicon.CARRIER_VERBS or lexicon.is_cue_verb(verb)
    ):
        subj = subject_of(verb)
        if subj is not None:
            owner, cue_tok = subj, verb
    if owner is None:
        return None
    start, end = trim_range(doc, *clause_range(clause, after=noun.i))
    if end - start < 2:
        return None
    cue = cue_span(cue_tok) if cue_tok is not noun else doc[noun.i : noun.i + 1]
    span = noun_phrase(owner) if owner is not None and owner.dep_ != "compound" else None
    if owner is not None and owner.dep_ == "compound":
        left = owner.left_edge.i
        span = doc[left : owner.i + 1]
    return Candidate(
        kind="indirect",
        content=_chars(doc, start, end),
        cue=(cue.start_char, cue.end_char),
        cue_i=cue_tok.i,
        root_i=clause.i,
        speaker=span,
    )


_EVIDENTIAL_DEPS = frozenset({"xcomp", "oprd", "acomp", "ccomp"})


def _evidential_candidate(doc: Doc, verb: Token) -> Candidate | None:
    """ "The race seemed to be his to lose", "Turnout is expected to rise": a judgement with
    no source; the whole clause is the content."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in lexicon.EVIDENTIAL_PASSIVES:
        if not passive and not (verb.tag_ == "VBN" and verb.dep_ == "acl"):
            return None
    elif lemma not in lexicon.EVIDENTIAL_VERBS:
        return None
    comp = next((c for c in verb.children if c.dep_ in _EVIDENTIAL_DEPS and c.i > verb.i), None)
    if comp is None:
        return None
    if comp.dep_ == "ccomp" and not any(c.dep_ == "mark" for c in comp.children) and lemma not in lexicon.EVIDENTIAL_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        start = verb.head.left_edge.i  # "a ruling expected to come within weeks"
    elif subj is None or subj.dep_ == "expl":
        # "there appears to be a shift", "... but appeared to drop it": the writer's own voice
        return None
    elif subj.lower_ == "it":
        start = comp.left_edge.i  # "it seems that ..."
    else:
        start = subj.left_edge.i
    end = comp.right_edge.i + 1
    start, end = clip_range(doc, start, end, relative=True)
    start, end = trim_range(doc, start, end)
    if end - start < 3:
        return None
    cue = cue_span(verb)
    return Candidate(
        kind="indirect",
        content=_chars(doc, start, end),
        cue=(cue.start_char, cue.end_char),
        cue_i=verb.i,
        root_i=None,
        passive=True,
        frame=True,
    )


def find_indirect(doc: Doc, in_quote: set[int], used: set[int]) -> list[Candidate]:
    """Indirect-speech candidates of DOC; tokens in IN_QUOTE and cues in USED are skipped."""
    out: list[Candidate] = []
    for token in doc:
        i = token.i
        if i in in_quote or i in used:
            continue
        lower = token.lower_
        if lower == "according":
            cand = _according(doc, token)
        elif token.pos_ in ("VERB", "AUX") and (
            lexicon.is_cue_verb(token)
            or token.pos_ == "VERB" and token.lemma_.lower() in lexicon.OBJECT_FRAMES
            or token.lemma_.lower() in lexicon.EVIDENTIAL_LEMMAS
        ):
            cand = _verb_candidate(doc, token)
            if cand is None and token.pos_ == "VERB":
                cand = _frame_candidate(doc, token)
            if cand is None:
                cand = _evidential_candidate(doc, token)
        elif token.pos_ == "ADJ" and token.lemma_.lower() in lexicon.ADJ_FRAMES:
            cand = _adjective_candidate(doc, token)
        elif token.pos_ == "NOUN" and (
            token.lemma_.lower() in lexicon.COMPLEMENT_NOUNS or token.lemma_.lower() in lexicon.NOUN_FRAMES
        ):
            cand = _noun_candidate(doc, token) if token.lemma_.lower() in lexicon.COMPLEMENT_NOUNS else None
            if cand is None:
                cand = _noun_frame_candidate(doc, token)
        else:
            continue
        if cand is not None:
            budget.check(doc)
            if cand.cue_i is not None and cand.cue_i in used:
                continue
            if cand.cue_i is not None:
                used.add(cand.cue_i)
            out.append(cand)
    # "sought to clarify ...", "declined to comment on ...": one attribution, the outer verb's
    cues = {c.cue_i for c in out if c.cue_i is not None}
    return [c for c in out if c.cue_i is None or not _in_chain(doc[c.cue_i], cues)]


def _in_chain(verb: Token, cues: set[int]) -> bool:
    """Whether VERB is the infinitive of another cue ("wants to see", "refused to attack")."""
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.i in cues
