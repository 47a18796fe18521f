"""The words the stances stage reads: what talks are called, and what a position on them sounds like.

Everything is a lemma (lower case) looked up on spaCy tokens; nothing here is specific to
one article. The tables, by role:

- **topic**: the thing a stance is about. Nouns (``talks``, ``negotiations``, ``diplomacy``,
  ``ceasefire``, ``truce``, ``summit``, ``peace``), the verbs ``negotiate`` and ``talk``
  ("ready to talk"), heads made topical by a modifier ("peace deal", "ceasefire proposal",
  "diplomatic solution", "negotiating table") and a few heads that are topical only with the
  right governor ("a deal", "a meeting with Putin", "sit at the table"). Every topic maps to
  the one stance topic ``negotiations`` (see ``stage.py``).
- **cues**: words on the dependency path above a topic that say where the holder stands:
  ``OPEN`` ("open to", "ready to", "would like", "push for", "accept"), ``OPPOSED``
  ("reject", "rule out", "refuse", "discourage", "walk away from"), ``PRESSURE`` (object
  control verbs: "push Ukraine to negotiate", "urge Ukraine not to negotiate") and noun
  cues with a holder of their own ("Russia's readiness for talks", "a US proposal for a
  truce"). ``WEAK`` cues (explore, consider, hope) count for less when statements merge.
- **evaluative** adjectives for "talks are possible / pointless" under a holder's verb of
  thinking or saying.
- **defer** words: "up to Ukraine", "for Kyiv to decide", "Ukraine's decision".
- **conditions**: subordinators ("if", "unless", "provided", "once", "as long as", "only
  after"), condition nouns ("conditions", "preconditions", "demands", "terms") and the verbs
  that set them ("maintained conditions", "set out terms").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = [
    "CONDITION_MARKS",
    "CONDITION_NOUNS",
    "CONDITION_SETTERS",
    "DEFER_NOUNS",
    "DEFER_VERBS",
    "EVAL_OPEN",
    "EVAL_OPPOSED",
    "HEDGES",
    "NOUN_CUES",
    "OPEN",
    "OPPOSED",
    "PRESSURE",
    "VAGUE_PAST",
    "cue_of",
    "is_topic_word",
    "topic_node",
]

OPEN, OPPOSED, PRESSURE, NEUTRAL, CONDITIONAL = "open", "opposed", "pressure", "neutral", "conditional"

# -- topic -------------------------------------------------------------------------------
TOPIC_NOUNS = frozenset(
    """talks negotiation negotiations diplomacy dialogue ceasefire cease-fire truce armistice
    summit mediation peace conversation conversations contacts discussions""".split()
)
# values "peace" is listed with when it is a general aim, not talks: "peace and stability"
PEACE_VALUES = frozenset("stability security prosperity order development justice freedom".split())
TOPIC_VERBS = frozenset({"negotiate", "talk", "mediate"})
# heads that a topic compound or a topical adjective turns into a topic ("peace deal")
TOPIC_HEADS = frozenset(
    """deal agreement accord treaty plan process initiative proposal settlement framework formula
    conference effort efforts solution track path route channel option resolution roadmap
    talk talks negotiation negotiations round table meeting summit""".split()
)
TOPIC_MODIFIERS = frozenset(
    """peace ceasefire cease-fire truce armistice diplomatic negotiated political negotiating
    negotiation talks summit""".split()
)
# heads that are topical by themselves only with an approving/rejecting governor
DEAL_HEADS = frozenset({"deal", "agreement", "accord", "settlement"})
NON_PEACE_DEALS = frozenset(
    """trade aid arms weapon weapons gas oil grain energy loan business export import
    transfer defense defence security military investment supply purchase sale""".split()
)
MEETING_HEADS = frozenset({"meeting", "round"})
MEETING_MODIFIERS = frozenset(
    """leaders leader summit follow follow-up face-to-face in-person bilateral trilateral
    direct peace new next fresh""".split()
)
TABLE_GOVERNORS = frozenset(
    """sit come return get go bring push pressure force walk leave drag stay""".split()
)

# verbs that turn a topic noun into an action of their subject: "will not hold talks"
LIGHT_VERBS = frozenset("hold have conduct start begin enter open launch attend".split())
LIGHT_VERBS_IN = frozenset("take participate engage join enter".split())

# nouns about strength or views in talks, not a position on having them: "a better position to
# negotiate", "its stance on negotiations", "leverage at the negotiating table"
BLOCK_NOUNS = frozenset(
    """position hand leverage strength footing stance approach view views attitude role
    outcome result""".split()
)

# verbs a path runs through without ending: "ready to discuss a ceasefire"
TRANSPARENT_VERBS = frozenset(
    """discuss hold have conduct start begin enter launch attend join take participate engage
    return sit come go get see continue keep make allow let help move be seem appear
    remain become happen take place""".split()
)

# -- cues ----------------------------------------------------------------------------------
OPEN_VERBS = frozenset(
    """want seek support back favor favour welcome accept propose offer pursue agree endorse
    advocate embrace explore consider prefer hope like love host resume join attend request
    demand extend sign respect engage commit prioritize prioritise restart revive relaunch
    encourage facilitate broker mediate promote prepare plan intend aim try
    reopen reach achieve secure salvage""".split()
)
# verbs that are open only through one preposition: "push for talks", "call for a truce"
OPEN_VIA_PREP = {
    "push": {"for"}, "call": {"for"}, "press": {"for"}, "ask": {"for"}, "appeal": {"for"},
    "argue": {"for"}, "lobby": {"for"}, "work": {"for", "toward", "towards"},
    "look": {"to", "forward"}, "return": {"to"}, "come": {"to"}, "go": {"to"}, "sit": {"at"},
    "head": {"to"}, "move": {"toward", "towards"}, "open": {"to"}, "get": {"to"},
    "hope": {"for"}, "wait": {"for"}, "stay": {"at"}, "remain": {"at"}, "be": {"for"},
    "vote": {"for"}, "pave": {"for"}, "plead": {"for"}, "agree": {"to"},
    "commit": {"to"}, "prepare": {"for"}, "interest": {"in"}, "dedicate": {"to"},
    # the means of ending a conflict: "settle the dispute through negotiations"
    "settle": {"through", "via", "by"}, "resolve": {"through", "via", "by"},
    "solve": {"through", "via", "by"}, "end": {"through", "via", "by"},
    "achieve": {"through", "via", "by"}, "address": {"through", "via"},
    "find": {"through", "via"},
}
OPPOSED_VERBS = frozenset(
    """reject refuse oppose discourage dismiss boycott abandon quit suspend cancel veto block
    resist sabotage torpedo scuttle derail undermine spurn rebuff decline shun snub
    denounce condemn scrap ditch freeze halt""".split()
)
# phrasal verbs: (verb, particle) -> position
PHRASAL = {
    ("rule", "out"): OPPOSED, ("walk", "away"): OPPOSED, ("pull", "out"): OPPOSED,
    ("break", "off"): OPPOSED, ("call", "off"): OPPOSED, ("back", "away"): OPPOSED,
    ("turn", "down"): OPPOSED, ("shut", "down"): OPPOSED, ("walk", "out"): OPPOSED,
    ("back", "out"): OPPOSED, ("rule", "in"): OPEN, ("sign", "up"): OPEN,
}
OPPOSED_VIA_PREP = {
    "argue": {"against"}, "warn": {"against"}, "lobby": {"against"}, "vote": {"against"},
    "campaign": {"against"}, "be": {"against"}, "speak": {"against"}, "come": {"out"},
    "oppose": {"to"},
}
# object-control verbs: the subject wants the object to take part in talks
PRESSURE_VERBS = frozenset(
    """push pressure pressurize pressurise press force urge encourage nudge ask persuade
    convince compel call invite tell bring drag coax cajole lean""".split()
)
# nouns that carry a topic to the verb above them: "exploring the idea of diplomacy"
CARRIERS = frozenset(
    """idea prospect prospects possibility option notion concept resumption start launch
    opening return round chance opportunity window path way process form kind type
    framework format proposal plan""".split()
)
OPEN_ADJS = frozenset(
    """open ready willing prepared eager keen committed interested amenable receptive
    inclined happy glad""".split()
)
OPPOSED_ADJS = frozenset(
    """unwilling reluctant opposed averse hostile unprepared closed resistant""".split()
)
# noun cues: "Russia's readiness for talks" (open) / "Kyiv's refusal to negotiate" (opposed)
NOUN_CUES = {
    **{n: OPEN for n in """readiness willingness openness support call calls push offer
        proposal proposals counterproposal counter-proposal bid appeal plea initiative desire
        commitment interest efforts favor favour
        effort request overture overtures importance need necessity hope hopes basis room grounds
        reason point""".split()},
    **{n: OPPOSED for n in "opposition refusal rejection resistance reluctance unwillingness".split()},
}
# cues that speak of the possibility, not a decision: they count for less when merging
WEAK = frozenset(
    """explore consider hope think prepare plan try aim look interest interested effort
    efforts encourage facilitate broker mediate promote possible""".split()
)
# "talks are possible" under "X thinks"; "talks are pointless, X said"
EVAL_OPEN = frozenset(
    """possible necessary needed essential inevitable desirable welcome important
    urgent useful vital""".split()
)
EVAL_OPPOSED = frozenset(
    """impossible pointless futile premature unacceptable useless meaningless
    unrealistic senseless""".split()
)
# "diplomacy is the only way (forward)", "talks are the best solution"
EVAL_WAYS = frozenset({"way", "solution", "option", "path", "answer", "route", "means", "step", "priority"})
# what makes one of EVAL_WAYS a position: "the only way", "the first crucial step"
EVAL_WAY_MODIFIERS = frozenset(
    "only best right first crucial key important necessary essential vital main top".split()
)
# "now is the time for a ceasefire": nouns whose "for TOPIC" is a call for it
TIME_NOUNS = frozenset({"time", "moment"})
# defer: "it's up to Ukraine", "for Kyiv to decide", "Ukraine's decision"
DEFER_VERBS = frozenset({"decide", "determine", "choose"})
DEFER_NOUNS = frozenset({"decision", "choice", "call"})

# -- conditions and hedges -------------------------------------------------------------------
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "once", "until", "till"})
# temporal subordinators that are conditions only after "only": "only after X", "only when X"
ONLY_MARKS = frozenset({"after", "when", "once", "if", "before"})
CONDITION_NOUNS = frozenset(
    """condition conditions precondition preconditions demand demands term terms requirement
    requirements prerequisite prerequisites""".split()
)
CONDITION_SETTERS = frozenset(
    """maintain set lay put insist reiterate repeat list outline keep impose attach present
    spell state issue stick stand have name table voice restate""".split()
)
HEDGES = frozenset({"could", "might", "may", "can", "ca"})
VAGUE_PAST = frozenset(
    """recently previously earlier formerly initially originally once already""".split()
)


def _lower_lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_topic_word(token: Token) -> bool:
    """Whether TOKEN itself names talks (a topic noun or verb, or a topical modifier)."""
    low, lemma = token.lower_, _lower_lemma(token)
    if token.pos_ in ("NOUN", "PROPN"):
        if lemma == "talk":
            return low == "talks"
        if lemma == "discussion":
            return low == "discussions"
        if lemma == "peace" and _general_peace(token):
            return False
        return lemma in TOPIC_NOUNS or low in TOPIC_NOUNS
    if token.pos_ == "VERB":
        if lemma == "meet":
            return _meet_verb(token)
        if lemma == "sit":  # "sit down with Moscow"
            return any(c.lower_ == "down" for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        return lemma in TOPIC_VERBS and (lemma != "talk" or _talk_verb(token))
    return False


def _general_peace(token: Token) -> bool:
    """"peace and stability", "security and peace": peace as a general aim, not talks."""
    partners = list(token.conjuncts)
    if token.dep_ == "conj":
        partners.append(token.head)
    return any(p.lemma_.lower() in PEACE_VALUES for p in partners)


def _meet_verb(token: Token) -> bool:
    """"ready to meet Putin", "refused to meet with Zelensky": a leaders' meeting (a partner
    named as object or after "with"); "meet demands" and "the board will meet" are not."""
    for c in token.children:
        if c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or c.lower_ in ("him", "her", "them")):
            return True
        if c.dep_ == "prep" and c.lower_ == "with":
            return True
    return False


def _talk_verb(token: Token) -> bool:
    """"talk" as a verb is about negotiations with a partner ("talk to/with") or under a cue
    ("ready to talk"); "talked about the weather" is not."""
    if any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in token.children):
        return True
    return token.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)


def topic_node(token: Token) -> Token | None:
    """The token a topic mention is governed through: the head for topical modifiers ("peace"
    in "peace talks" -> talks; "negotiating" in "negotiating table" -> table; "diplomatic" in
    "diplomatic solution" -> solution), the token itself for topic nouns and verbs; None when
    TOKEN is not a topic mention."""
    low, lemma = token.lower_, _lower_lemma(token)
    if token.dep_ in ("compound", "amod", "nmod") and (low in TOPIC_MODIFIERS or lemma in TOPIC_MODIFIERS):
        head = token.head
        if head.lower_ in TOPIC_HEADS or _lower_lemma(head) in TOPIC_HEADS:
            return head
        if low in TOPIC_NOUNS or lemma in TOPIC_NOUNS:
            return None  # "peace activists", "ceasefire violations": not a topic mention
        return None
    if is_topic_word(token):
        return token
    return None


def governed_topic(token: Token) -> bool:
    """Heads that are topical only under the right governor ("a deal", "the table", "a
    meeting with Putin"); checked by the detector once it has the governor."""
    lemma = _lower_lemma(token)
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in DEAL_HEADS:
        mods = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
        if any(c.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in token.children) and not mods & TOPIC_MODIFIERS:
            return False  # "an agreement to jointly combat insecurity": cooperation, not peace
        return not (mods & NON_PEACE_DEALS)
    if lemma in MEETING_HEADS:
        mods = {w.lower_ for c in token.children if c.i < token.i for w in c.subtree}
        partner = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)
        of_talks = any(
            c.dep_ == "prep" and c.lower_ == "of" and any(is_topic_word(g) for g in c.children)
            for c in token.children
        )
        return bool(mods & MEETING_MODIFIERS) or partner or of_talks
    if lemma == "table":
        gov = token.head.head if token.dep_ == "pobj" else None
        return gov is not None and (_lower_lemma(gov) in TABLE_GOVERNORS or _lower_lemma(gov) in PRESSURE_VERBS)
    return False


def _particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod", "prep") and c.i > token.i}


def cue_of(token: Token, via: Token | None, through_prep: bool = False) -> str | None:
    """The cue TOKEN is, reached from the topic through VIA (its child on the path, e.g. the
    preposition "for" in "push for talks"), or None.

    Returns OPEN, OPPOSED or PRESSURE for verbs and adjectives; noun cues are read separately
    (``NOUN_CUES``) because they carry a holder of their own.
    """
    lemma = _lower_lemma(token)
    via_low = via.lower_ if via is not None and via.dep_ == "prep" else None
    if token.tag_ == "VBN" and token.dep_ in ("acomp", "ROOT", "conj", "ccomp") and (
        token.lower_ in OPEN_ADJS or token.lower_ in OPPOSED_ADJS
    ):  # "is prepared to talk", "are opposed to talks", "is committed to peace"
        return OPEN if token.lower_ in OPEN_ADJS else OPPOSED
    if token.pos_ in ("VERB", "AUX"):
        parts = _particles(token)
        for (verb, prt), pos in PHRASAL.items():
            if lemma == verb and prt in parts:
                return pos
        if via_low is not None:
            if via_low in OPPOSED_VIA_PREP.get(lemma, ()):
                return OPPOSED
            if via_low in OPEN_VIA_PREP.get(lemma, ()):
                return OPEN
        if lemma in PRESSURE_VERBS and via is not None and _pressure_shape(token, via):
            return PRESSURE
        if via is not None and via.dep_ in _OBJECT_DEPS and _carries(via, through_prep):
            if lemma in OPPOSED_VERBS:
                return OPPOSED
            if lemma in OPEN_VERBS:
                return OPEN
        return None
    if token.pos_ == "ADJ" or token.tag_ in ("JJ", "JJR"):
        if lemma in OPEN_ADJS or token.lower_ in OPEN_ADJS:
            return OPEN
        if lemma in OPPOSED_ADJS or token.lower_ in OPPOSED_ADJS:
            return OPPOSED
    if token.pos_ == "ADP" and token.lower_ == "against" and token.head.lemma_ == "be":
        return OPPOSED
    return None


_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "nsubjpass", "attr", "oprd"})


def _carries(via: Token, through_prep: bool = False) -> bool:
    """Whether a verb's object VIA is (about) the topic itself: the topic ("rejected talks"), a
    clause ("agreed to negotiate"), a carrier noun ("exploring the idea of diplomacy"), or any
    noun the topic hangs on by a preposition (THROUGH_PREP: "rejected a counterproposal for a
    ceasefire"); "signed a decree ruling out talks" is not."""
    if via.pos_ in ("VERB", "AUX", "ADJ") or through_prep:
        return True
    lemma = _lower_lemma(via)
    if lemma in CARRIERS or lemma in NOUN_CUES or via.lower_ in NOUN_CUES:
        return True
    return topic_node(via) is not None or governed_topic(via) or any(
        c.dep_ in ("compound", "amod") and topic_node(c) is not None for c in via.children
    )


def _pressure_shape(verb: Token, via: Token) -> bool:
    """"push Ukraine to negotiate" / "push Ukraine to the negotiating table" / "urged Kyiv to
    talk": an object and the topic in a complement or a "to/into/towards" phrase."""
    has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )  # "called on China to engage in discussions"
    if not has_object:
        return False
    if via.dep_ in ("xcomp", "ccomp"):
        return True
    return via.dep_ == "prep" and via.lower_ in ("to", "into", "toward", "towards", "for")
