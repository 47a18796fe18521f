"""Small dependency-parse helpers shared by the attribution modules.

``Candidate`` is the working record of one attribution before actors are resolved; the
helpers find a speaker's noun phrase, a verb's subject, a cue's words and a clause's span.
Token ranges are ``(start, end)`` token indices, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp.docindex import doc_index, per_token

__all__ = [
    "Candidate",
    "relative_subject",
    "clause_range",
    "cue_span",
    "noun_phrase",
    "subject_of",
    "trim_range",
]

# Right dependents that end a speaker's noun phrase ("officials who spoke ...").
_NP_STOP = frozenset({"relcl", "acl", "advcl", "parataxis", "ccomp", "xcomp", "dep"})
_EDGE_PUNCT = frozenset(",.;:!?—–-\"“”„«»'`()[]")
_QUOTE_MARKS = frozenset("\"“”„«»'`")
_RELATIVES = frozenset({"who", "that", "which", "whom"})
# subjects that name no one: a participle hung on their clause belongs further up
_NO_AGENTS = frozenset("much little more less nothing something everything anything all it this that there".split())
# Entity types that are no speaker ("Tuesday said", "$5 million said"); a share of people
# ("22 percent said", "one in five say") is one.
_TIME_ENTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})


@dataclass
class Candidate:
    """One attribution being built: token-level anchors and char-level spans."""

    kind: str  # direct | indirect | mixed
    content: tuple[int, int]  # char range
    cue: tuple[int, int] | None = None  # char range
    cue_i: int | None = None  # token index of the cue's head word
    root_i: int | None = None  # token index of the content's root, if parsed
    frame: bool = False  # an object-frame or evidential cue: what is nested in it is its content
    speaker: Span | None = None  # the speaker's noun phrase as written
    passive: bool = False  # "it was reported": no speaker by design
    audience: Span | None = None  # "told NBC": whom it was said to
    channel: str | None = None  # how the audience heard it: told | interview | on | quoted
    cited: Span | None = None  # "citing anonymous sources"
    floating: bool = False  # a quote with no cue of its own
    quote: object | None = None  # the Quote, for direct quotes
    continues: Candidate | None = None  # the attribution a floating quote continues
    outer: Candidate | None = None  # the report this one is nested in ("the report said X said")
    grouped: Candidate | None = None  # the attribution this quote was merged into
    via: list = field(default_factory=list)  # Actor objects, nearest first
    actor: object | None = None  # the resolved speaker Actor
    mention: Span | None = None  # the mention reported as source_mention
    written: Span | None = None  # the speaker as written when it differs ("who" in "Trump, who said")
    dropped: bool = False


def trim_range(doc: Doc, start: int, end: int, *, strip_that: bool = True) -> tuple[int, int]:
    """Token range without edge punctuation, spaces, a leading "that" or a trailing "and"."""
    while start < end and (doc[start].is_space or doc[start].text in _EDGE_PUNCT):
        start += 1
    while start < end and doc[start].dep_ == "cc":
        start += 1
    if strip_that and start < end and doc[start].lower_ == "that" and doc[start].dep_ == "mark":
        start += 1
    while start < end and (doc[start].is_space or doc[start].text in _EDGE_PUNCT and doc[start].text not in _QUOTE_MARKS):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].dep_ == "cc"):
        end -= 1
    return start, end


_CLAUSE_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_OPENING = frozenset({"“", "«", "``"})
_CLOSING = frozenset({"”", "»", "''"})
_MAX_DEPTH = 3


def _cuts(doc: Doc) -> tuple[list[int], list[int], list[list[int]]]:
    """Tables built once per Doc: the quotation depth before each token (opening marks seen
    minus closing ones, at least 0, at most ``_MAX_DEPTH``); for each token index k the first
    index >= k of a semicolon or line break; and for each depth d the first index >= k of a
    comma before a relative pronoun at quotation depth <= d (len(doc) where there is none)."""
    n = len(doc)
    depth = [0] * (n + 1)
    for k in range(n):
        text = doc[k].text
        d = depth[k] + (text in _OPENING) - (text in _CLOSING)
        depth[k + 1] = min(_MAX_DEPTH, max(0, d))
    breaks = [n] * (n + 1)
    relatives = [[n] * (n + 1) for _ in range(_MAX_DEPTH + 1)]
    for k in range(n - 1, -1, -1):
        token = doc[k]
        breaks[k] = k if token.text == ";" or token.is_space and "\n" in token.text else breaks[k + 1]
        rel = token.text == "," and k + 1 < n and doc[k + 1].lower_ in _CLAUSE_RELATIVES
        for d in range(_MAX_DEPTH + 1):
            relatives[d][k] = k if rel and depth[k + 1] <= d else relatives[d][k + 1]
    return depth, breaks, relatives


def clip_range(doc: Doc, start: int, end: int, *, relative: bool = False) -> tuple[int, int]:
    """Cut a content range at a semicolon (a new statement) and, with RELATIVE, before a
    non-restrictive relative clause (", which ...", ", who ...") outside quotation marks (a
    quoted relative clause is part of what was said)."""
    if start + 1 >= end:
        return start, end
    depth, breaks, relatives = doc_index(doc).memo("clip_range", _cuts)
    cut = breaks[start + 1]
    if relative:
        rel = relatives[depth[start + 1]][start + 1]  # no deeper in quotation marks than the range opens
        if rel + 1 < end:
            cut = min(cut, rel)
    return (start, cut) if cut < end else (start, end)


def noun_phrase(token: Token) -> Span:
    """TOKEN's noun phrase: its subtree without relative clauses and other clauses on the right."""
    doc = token.doc
    start = token.left_edge.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in _NP_STOP:
            break
        if child.dep_ == "punct":
            continue
        end = child.right_edge.i + 1
    # the left edge may reach into a clause when the parse attaches one there
    for child in token.lefts:
        if child.dep_ in _NP_STOP:
            start = child.right_edge.i + 1
    # nor does a noun phrase reach back over a closing quotation mark ('... in the U.S.”
    # Trump attacked': the speaker is Trump)
    for k in range(token.i - 1, start - 1, -1):
        if any(mark in doc[k].text for mark in ("”", "»")) or doc[k].text == '"' and k > start:
            start = k + 1
            break
    # a subject misparsed across a quotation's end ('... businesses in the U.S.” Trump also
    # attacked'): the words after the closing mark are the phrase
    for k in range(end - 1, token.i, -1):
        if any(mark in doc[k].text for mark in ("”", "»")) and k + 1 < end:
            start = k + 1
            break
    start, end = trim_range(doc, start, end, strip_that=False)
    if start >= end:
        return doc[token.i : token.i + 1]
    return doc[start:end]


@per_token  # asked for the head of every one of its coordinated verbs
def _subjects(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in deps]
    # the parser sometimes hangs the subject on an auxiliary ("Sullivan did n't want")
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i:
            found.extend(c for c in aux.children if c.dep_ in deps)
    good = [
        t for t in found
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "X") and t.lower_ != "there" and t.ent_type_ not in _TIME_ENTS
    ]
    return sorted(good, key=lambda t: abs(t.i - verb.i))


def subject_of(verb: Token, depth: int = 0, *, outside: tuple[int, int] | None = None) -> Token | None:
    """The subject of VERB; for a subjectless conjunct, participle or xcomp, its head's.

    With OUTSIDE (a char range, e.g. a quote) subjects inside that range are ignored.
    """
    subjects = _subjects(verb, ("nsubj",))
    if outside is not None:
        subjects = [t for t in subjects if not outside[0] <= t.idx < outside[1]]
    if subjects:
        subject = subjects[0]
        if subject.lower_ in _RELATIVES and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "Trump, who said ...": the antecedent speaks
        return subject
    if depth == 0:
        # a passive cue's own subject is not the speaker ("he was told", "it was reported")
        if any(c.dep_ in ("nsubjpass", "csubjpass") for c in verb.children):
            return None
    else:
        passive = _subjects(verb, ("nsubjpass",))
        if passive:
            return passive[0]
    if depth >= 4:
        return None
    if verb.dep_ == "xcomp" and verb.head is not verb:
        # object control: "pressed Stumpf to admit", "urged NATO to order": the object speaks
        for child in verb.head.children:
            if child.dep_ in ("dobj", "dative") and child.i < verb.i and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        found = subject_of(verb.head, depth + 1)
        if found is not None and found.lower_ in _NO_AGENTS and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "the Kremlin said that much remains to be done, signaling its reluctance": the
            # participle is the reporter's, not "much"'s
            clause = verb.head
            while clause.dep_ in ("conj",) and clause.head is not clause:
                clause = clause.head
            if clause.dep_ == "ccomp" and clause.head is not clause:
                outer = subject_of(clause.head, depth + 1)
                if outer is not None:
                    return outer
        return found
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        # "was quoted as saying"
        return subject_of(verb.head.head, depth + 1)
    return None


def relative_subject(verb: Token) -> Span | None:
    """The relative pronoun that is VERB's subject ("Trump, who said ..."), if any."""
    if verb.dep_ != "relcl":
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in _RELATIVES:
            return child.doc[child.i : child.i + 1]
    return None


def cue_span(verb: Token) -> Span:
    """The cue's words: the verb with adjacent auxiliaries and negation, and a particle."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in ("aux", "neg", "auxpass"):
        start -= 1
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return doc[start:end]


def clause_range(root: Token, *, before: int | None = None, after: int | None = None) -> tuple[int, int]:
    """Token range of ROOT's subtree, cut to end before token BEFORE or start after AFTER."""
    start, end = root.left_edge.i, root.right_edge.i + 1
    if before is not None:
        end = min(end, before)
    if after is not None:
        start = max(start, after + 1)
    return start, end
