"""Words that signal attribution: cue verbs, cue nouns, outlets, anonymous sources.

Plain sets of lowercase lemmas, built once at import. The lists were chosen by reading news
and checked against PolNeAR's training articles (how often a verb with a clausal complement,
outside quotation marks, is an annotated cue); no weights are learned or shipped.

- ``SPEECH_VERBS`` report what someone said or wrote; with a clause ("said that ...") or a
  quote ("..., he said"). ``COGNITION_VERBS`` report a belief ("officials believe ...") and
  count only with a clause and only outside quotation marks.
- ``COMPLEMENT_NOUNS`` take a that-clause that is someone's claim ("the report that ...",
  "the administration's stance that ...").
- ``REPORT_NOUNS``: a definite "the report", "the paper" stands for the outlet named last.
- ``MEDIA_WORDS`` / ``OUTLET_NAMES``: a fallback to tell a reporting outlet ("told NBC")
  from an audience ("told reporters") while the actor stage does not say so itself.
- ``OBJECT_FRAMES``: speech acts and stances whose content is an object, an infinitive or
  a prepositional phrase ("accused Kyiv of ...", "vowed to ...", "called for ...",
  "attacked ...", "wants to ...", "voted against ..."). PolNeAR counts stances, intentions
  and evaluations as attributions; the stance verbs were kept where, in the training
  articles, the verb with such a complement was an annotated cue about half the time or more.
- ``NOUN_FRAMES`` / ``ADJ_FRAMES``: the same for nouns ("criticism of ...", "calls for ...")
  and adjectives ("critical of ...", "worried about ...").
- ``EVIDENTIAL_VERBS`` / ``EVIDENTIAL_PASSIVES``: "seems to", "is expected to": a judgement
  with no source.
- ``LIGHT_VERBS``: "make preparations to ...": the noun is no speaker of the infinitive.
- ``ANONYMOUS_HEADS``: the head nouns of unnamed sources ("one Western official",
  "people familiar with the matter", "a spokesperson").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = [
    "ADJ_FRAMES",
    "ANONYMOUS_HEADS",
    "CARRIER_VERBS",
    "COGNITION_VERBS",
    "COMPLEMENT_NOUNS",
    "EVIDENTIAL_LEMMAS",
    "EVIDENTIAL_PASSIVES",
    "EVIDENTIAL_VERBS",
    "IDENTIFIABLE_ROLES",
    "LIGHT_VERBS",
    "MEDIA_WORDS",
    "NOT_CUES",
    "NOUN_CARRIERS",
    "NOUN_FRAMES",
    "OBJECT_FRAMES",
    "OUTLET_NAMES",
    "PRONOUNS",
    "QUOTE_ONLY_VERBS",
    "REFLEXIVES",
    "REPORT_NOUNS",
    "SOURCE_ENTS",
    "SPEECH_VERBS",
    "is_anonymous_phrase",
    "is_cue_verb",
    "is_media_phrase",
    "is_unnamed_group",
    "is_report_phrase",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_VERBS = _words(
    """
    say tell add report write state announce claim insist note argue tweet post acknowledge
    suggest warn stress reaffirm reiterate maintain explain declare assert confirm deny admit
    concede allege contend emphasize emphasise indicate mention observe recall remark repeat
    reply respond reveal testify charge joke boast caution conclude counter disclose inform
    assure remind quip exclaim lament retort complain predict promise pledge vow agree answer
    ask wonder propose recommend estimate hint affirm underline underscore comment continue
    elaborate specify clarify highlight point reason speculate proclaim scoff shout whisper
    yell grumble muse concur signal threaten demand
    urge read imply chant
    """
)
# Verbs that report a belief or a finding rather than an utterance.
COGNITION_VERBS = _words(
    """
    believe think feel fear hope expect doubt suspect assume reckon worry understand
    realize realise guess know consider conclude find learn show determine recognize
    recognise hop
    """
)  # "hop": the lemmatizer's reading of "hopes" and "hoped"
# Verbs that only take a quote or a clause when used as speech ("he continued, ...").
QUOTE_ONLY_VERBS = _words("continue begin go put read")
# Verbs whose clause is not reported speech even though the parser calls it ccomp.
NOT_CUES = _words("make ensure see let help")
# Light verbs: in "make preparations to ...", "take steps to ..." the noun is no speaker.
LIGHT_VERBS = _words("make take have give do get")

# Verbs of appearance and expectation that report a judgement nobody is named for ("the race
# seemed to be his to lose", "turnout is expected to rise"): no source, the clause is the content.
EVIDENTIAL_VERBS = _words("seem appear")
EVIDENTIAL_PASSIVES = _words("expect")
EVIDENTIAL_LEMMAS = EVIDENTIAL_VERBS | EVIDENTIAL_PASSIVES

COMPLEMENT_NOUNS = _words(
    """
    report claim statement assertion allegation belief view stance position warning promise
    pledge suggestion argument announcement insistence accusation charge complaint contention
    admission denial prediction rumor rumour speculation assessment conclusion finding
    estimate assurance threat message remark comment insistence notion idea fear hope
    concern word news reports claims
    """
)
# A verb whose object is one of COMPLEMENT_NOUNS passes its subject to the clause
# ("Biden reiterated the administration's stance that ...").
CARRIER_VERBS = _words(
    """
    reiterate repeat restate make voice express issue reaffirm maintain stress echo
    dismiss reject deny back endorse share
    """
)

REPORT_NOUNS = _words(
    """
    report article story paper newspaper outlet publication network broadcaster channel
    agency magazine daily tabloid website site piece investigation
    """
)
MEDIA_WORDS = _words(
    """
    media press newspaper paper daily outlet publication network broadcaster channel agency
    magazine tabloid website news times post journal telegraph guardian herald tribune
    gazette radio television tv
    """
)
# Outlets often named bare ("told NBC"); the actor stage's knowledge base supersedes this.
OUTLET_NAMES = _words(
    """
    nbc cbs abc cnn bbc msnbc fox reuters ap afp bloomberg axios politico tass ria interfax
    xinhua kommersant izvestia vedomosti ukrinform unian repubblica corriere spiegel
    bild monde figaro haaretz nikkei yonhap kyodo aljazeera jazeera npr pbs ft wsj
    """
)

# Nouns that name a source without naming who it is.
ANONYMOUS_HEADS = _words(
    """
    official officials source sources person people diplomat diplomats aide aides
    spokesperson spokesman spokeswoman representative representatives insider insiders
    adviser advisers advisor advisors officer officers member members staffer staffers
    lawmaker lawmakers expert experts analyst analysts observer observers employee employees
    figure figures negotiator negotiators
    """
)
# Heads of unnamed groups that speak: "rights groups say", "authorities said", "security
# forces said", "local media reports say", "some believe", "others suggest" ("Italian
# media" is a kind of outlet, not an unnamed source). Only the
# anonymity of a speaker already found is read from them (``is_unnamed_group``); they do not
# make a phrase a source.
UNNAMED_GROUP_HEADS = _words(
    """
    group groups authority authorities force forces reporter reporters journalist journalists
    correspondent correspondents report reports advocate advocates activist activists
    witness witnesses resident residents campaigner campaigners researcher researchers
    some others many several most
    """
)
# Roles one person holds: "the spokesman" is identifiable, "a spokesman" is not.
IDENTIFIABLE_ROLES = _words("spokesperson spokesman spokeswoman adviser advisor aide representative")
REFLEXIVES = _words("myself yourself himself herself itself ourselves yourselves themselves")
PRONOUNS = _words("he she they it we i you who which that this those these one someone")
# Entity labels that name a source ("Zakharova", "the Kremlin", "Moscow", "Italian media").
SOURCE_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


# Speech acts whose content is an object, an infinitive or a prepositional phrase rather
# than a clause: "accused Kyiv of shelling", "vowed to retaliate", "called for talks". The
# lines after the first block are stances, intentions and evaluations ("attacked the plan",
# "plans to run", "voted against the bill"; with a preposition only, "cast her as ...").
# lemma -> the frames it takes ("dobj", "xcomp", or "prep:<preposition>").
def _frames(text: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for line in text.strip().splitlines():
        frames, lemmas = line.strip().split(": ", 1)
        for lemma in lemmas.split():
            table.setdefault(lemma, set()).update(frames.split(","))
    return {k: frozenset(v) for k, v in table.items()}


OBJECT_FRAMES = _frames(
    """
    dobj: call accuse describe cite criticize criticise announce express praise mention blame blast
    dobj: reject question denounce propose dismiss tweet recall slam mock note tout thank list
    dobj: acknowledge repeat reference decry voice remind reiterate quote applaud stress lament
    dobj: assail credit condemn deny rebuke chide berate hail welcome endorse defend echo
    dobj: warn urge demand announce tell show issue post report promise order deem liken recount
    dobj: outline fear say declare recommend bemoan pledge
    xcomp: decline refuse vow urge call promise pledge threaten agree propose ask tell hope hop
    xcomp: report order claim offer
    xcomp,dobj: urge ask
    prep:for: call push apologize ask
    prep:about: talk speak ask complain boast warn joke
    prep:to: refer point respond
    prep:of: speak warn
    prep:against: warn
    prep:on: call
    dobj: attack oppose back support prefer like love dislike admire resist rebuff repudiate
    dobj: block veto ignore downplay underplay discredit deride revile bash lambaste
    dobj: eviscerate savage trash rip satirize rebut counter contradict refute disavow distance
    dobj: portray characterize frame label brand name nominate count consider compare contrast
    dobj: offer present unveil reveal disclose publish broadcast retweet recite invoke
    dobj: discuss explain emphasize underscore highlight detail spell sense
    dobj: seek want request press pressure persuade reassure congratulate
    dobj: predict envision signal identify confirm assert reaffirm concede remember
    dobj: brush amplify tease
    xcomp: seek want plan intend aim decide prefer look plot like love oppose
    prep:on: focus comment weigh dwell touch agree double spar reflect zero
    prep:for: vote advocate campaign press argue hope hop vouch cheer criticize criticise blame know
    prep:against: vote rail campaign caution argue
    prep:with: agree side disagree charge identify
    prep:as: describe portray cast characterize view see label brand dismiss know list regard
    prep:about: brag boast care wonder open
    prep:of: boast talk accuse assure approve
    prep:at: lash balk hint
    prep:into: rip
    prep:to: allude look
    prep:in: believe revel
    prep:by: stand
    """
)


# Nouns of speech and stance with the preposition that introduces what they are about:
# "his criticism of the deal", "calls for a ceasefire", "questions about her emails".
NOUN_FRAMES = _frames(
    """
    prep:of: criticism critique endorsement accusation defense defence rejection proponent
    prep:of: condemnation denunciation praise mention
    prep:for: call criticism plea appeal demand praise
    prep:to: opposition objection
    prep:about: question doubt statement message complaint indignation outrage warning joke
    prep:about: query remark comment talk
    prep:on: attack comment ruling criticism
    prep:against: attack insult warning
    prep:over: criticism query indignation outrage complaint
    """
)
# Adjectives of stance with the preposition of their object: "she is critical of the deal".
ADJ_FRAMES = _frames(
    """
    prep:of: critical supportive skeptical sceptical wary enamored enamoured proud dismissive
    prep:of: contemptuous fond tired sick scornful respectful protective
    prep:to: hostile open opposed sympathetic receptive committed averse
    prep:about: worried concerned optimistic pessimistic confident skeptical sceptical excited
    prep:about: nervous anxious upbeat bullish enthusiastic angry upset unhappy happy
    prep:with: unhappy happy angry frustrated satisfied dissatisfied comfortable uncomfortable
    prep:over: angry upset concerned worried
    prep:in: confident interested
    """
)
# Verbs whose subject owns a claim noun they take as object ("voiced opposition to ...").
NOUN_CARRIERS = _words("express voice make level launch renew raise issue repeat reiterate have air")


def _reflexive_object(verb: Token) -> bool:
    """ "find themselves alienated": the reflexive is the object, or the parser's subject of
    the verb's small clause."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in REFLEXIVES:
            return True
        if child.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in REFLEXIVES for g in child.children):
            return True
    return False


def is_cue_verb(token: Token, *, cognition: bool = True) -> bool:
    """Whether TOKEN is a verb that can introduce reported speech (or belief)."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    lemma = token.lemma_.lower()
    if lemma in NOT_CUES:
        return False
    if lemma in COGNITION_VERBS and _reflexive_object(token):
        return False  # "finding themselves more and more alienated"
    return lemma in SPEECH_VERBS or (cognition and lemma in COGNITION_VERBS)


def is_anonymous_phrase(span: Span) -> bool:
    """An unnamed source: its head is a source noun and it names no person.

    "one Western official", "people familiar with the matter", "a spokesperson", "the
    officials" are; "Kremlin spokesman Dmitry Peskov", "he", "the ministry", "the Pentagon
    spokesman" (one identifiable person) are not.
    """
    head = span.root
    if head.pos_ == "PRON" or head.pos_ == "PROPN" or head.lower_ in PRONOUNS:
        return False
    lemma = head.lemma_.lower()
    if lemma not in ANONYMOUS_HEADS and head.lower_ not in ANONYMOUS_HEADS:
        return False
    if any(t.ent_type_ == "PERSON" for t in span):
        return False
    plural = head.tag_ in ("NNS", "NNPS") or head.lower_ != lemma
    if not plural and lemma in IDENTIFIABLE_ROLES:
        return not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in head.children
        )
    return True


def is_unnamed_group(span: Span) -> bool:
    """A speaker that is a group nobody names: its head is an ``UNNAMED_GROUP_HEADS`` word
    and it holds no name of a person, organisation or outlet ("rights groups", "Security
    forces in Somalia", "Local media reports", "others"); "the group" (a definite reference
    back to a named one) is not."""
    head = span.root
    if head.lemma_.lower() not in UNNAMED_GROUP_HEADS and head.lower_ not in UNNAMED_GROUP_HEADS:
        return False
    if any(t.ent_type_ in ("PERSON", "ORG") for t in span):
        return False
    if head.tag_ not in ("NNS", "NNPS") and head.pos_ != "PRON" and head.lower_ not in ("some", "others", "many", "several", "most"):
        return False  # "the group", "a reporter": one identifiable group or person
    return True


def is_media_phrase(span: Span) -> bool:
    """A reporting outlet by its words alone ("NBC", "The Italian newspaper La Repubblica")."""
    for token in span:
        low = token.lower_
        if low in OUTLET_NAMES:
            return True
    head = span.root
    if head.lower_ in MEDIA_WORDS and (head.i == span.end - 1 or head.ent_type_ == "ORG"):
        return True
    if head.ent_type_ == "ORG" and any(t.lower_ in MEDIA_WORDS for t in span if t.ent_type_ == "ORG"):
        return True
    return any(t.lower_ in MEDIA_WORDS and t.i < head.i and t.dep_ in ("compound", "amod", "appos") for t in span) or (
        head.lower_ in ("media", "press") and head.pos_ in ("NOUN", "PROPN")
    )


def is_report_phrase(span: Span) -> bool:
    """A definite description of a report or an outlet with no name: "the report", "the paper"."""
    head = span.root
    if head.lemma_.lower() not in REPORT_NOUNS or head.ent_type_:
        return False
    first = span[0].lower_
    return first in ("the", "that", "this") and not any(t.ent_type_ for t in span)
