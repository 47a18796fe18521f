"""Coreference inside an article: pronouns and definite descriptions -> earlier actors.

Rules, nearest compatible antecedent first (no model, no second pass):

* he, him, his, she, her -> the nearest person;
* it, its -> the nearest country (or seat of government), else organisation, else outlet;
* they, them, their -> the nearest group, else organisation, else country;
* "the paper", "the newspaper", "the report", "the broadcaster", ... -> the nearest outlet;
* "the official(s)", "the source(s)", "the diplomat" -> the nearest group with that head;
* role descriptions: "the President", "the Head of State", "the minister", "the Israeli
  leader", "the adviser" -> the nearest person the article (or the knowledge base, for the
  date) gave a title of that family (``ROLE_FAMILIES``: a head of state is a president, king
  or emir; a leader also a prime minister or chancellor); a country word in the description
  must agree with the person's country ("the Russian president");
* "the ministry", "the spokeswoman", ... -> the nearest actor whose name or description holds
  that word;
* collectives: "both leaders", "the two countries", "both sides" -> the two actors of that
  kind named last (``collective_members``): people for leaders, countries (or the people
  speaking for them) for countries, sides and governments.

Antecedents are looked for within ``_MAX_DISTANCE`` characters before the mention; people
named by their role within ``_ROLE_DISTANCE`` (an article names its president once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..models import Actor

if TYPE_CHECKING:
    from .stage import ActorIndex

__all__ = ["resolve_description", "resolve_pronoun"]

_MAX_DISTANCE = 1500
_ROLE_DISTANCE = 6000

# A role description -> the title words of the people it can refer to (longest key first).
ROLE_FAMILIES: dict[str, tuple[str, ...]] = {
    "head of state": ("president", "king", "queen", "emir", "monarch", "sultan", "head of state"),
    "head of government": ("prime minister", "premier", "chancellor", "head of government"),
    "prime minister": ("prime minister", "premier"),
    "foreign minister": ("foreign minister", "foreign secretary", "secretary of state",
                         "minister of foreign affairs"),
    "defense minister": ("defense minister", "defence minister", "secretary of defense",
                         "defence secretary", "defense secretary", "minister of defence",
                         "minister of defense"),
    "defence minister": ("defense minister", "defence minister", "secretary of defense",
                         "defence secretary", "defense secretary", "minister of defence",
                         "minister of defense"),
    "secretary of state": ("secretary of state",),
    "secretary-general": ("secretary-general", "secretary general"),
    "secretary general": ("secretary-general", "secretary general"),
    "vice president": ("vice president",),
    "president": ("president",),
    "premier": ("prime minister", "premier"),
    "chancellor": ("chancellor",),
    "leader": ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
               "leader", "head of state", "head of government", "monarch", "sultan"),
    "minister": ("minister", "secretary"),
    "secretary": ("secretary",),
    "adviser": ("adviser", "advisor"),
    "advisor": ("adviser", "advisor"),
    "aide": ("aide", "adviser", "advisor"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson", "press secretary"),
    "spokeswoman": ("spokesman", "spokeswoman", "spokesperson", "press secretary"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson", "press secretary"),
    "envoy": ("envoy", "ambassador", "representative"),
    "ambassador": ("ambassador", "envoy"),
    "governor": ("governor",),
    "mayor": ("mayor",),
    "commander": ("commander", "general", "chief of staff"),
    "general": ("general", "commander"),
    "judge": ("judge", "justice"),
    "prosecutor": ("prosecutor", "attorney general"),
    "lawyer": ("lawyer", "attorney", "counsel", "legal team"),
    "chief": ("chief", "head", "director", "secretary", "minister", "commissioner"),
    "director": ("director", "chief", "head"),
    "king": ("king",),
    "emir": ("emir",),
}
_ROLE_KEYS = sorted(ROLE_FAMILIES, key=len, reverse=True)
_ROLE_SKIP = frozenset("the this that former current new top chief then late".split())

_PRONOUN_KINDS = {
    **dict.fromkeys(("he", "him", "his", "himself", "she", "her", "hers", "herself"), ("person",)),
    **dict.fromkeys(("it", "its", "itself"), ("country", "organization", "outlet")),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"),
                    ("group", "organization", "country")),
}

OUTLET_NOUNS = frozenset(
    """paper newspaper daily weekly report outlet broadcaster network channel agency
    magazine publication site station""".split()
)
# heads of a definite description that refers back to a named organisation of any kind
ORGANIZATION_NOUNS = frozenset("group organization organisation movement militia alliance".split())
GROUP_NOUNS = frozenset(
    """official source diplomat person people aide insider officer""".split()
)


def resolve_pronoun(index: "ActorIndex", token: Token) -> Actor | None:
    kinds = _PRONOUN_KINDS.get(token.lower_)
    if kinds is None:
        return None
    candidates = _candidates(index, token.idx)
    # kinds in order of preference: "they" is people before it is a country
    for kind in kinds:
        for actor in candidates:
            if actor.kind == kind:
                return actor
    return None


def role_of(span: Span) -> str | None:
    """The role family a definite description names ("the Head of State" -> head of state,
    "the Israeli leader" -> leader), or None."""
    words = [t.lower_ for t in span if not t.is_punct]
    text = " ".join(words)
    for key in _ROLE_KEYS:
        if text == key or text.endswith(" " + key):
            return key
    return None


def _has_role(index: "ActorIndex", actor: Actor, role: str) -> bool:
    titles = index.roles.get(actor.id, "")
    if not titles:
        return False
    padded = f" {titles.replace('-', ' ')} "
    return any(f" {word.replace('-', ' ')}" in padded for word in ROLE_FAMILIES[role])


def resolve_role(index: "ActorIndex", span: Span) -> Actor | None:
    """The person a role description SPAN refers to (see the module docstring)."""
    role = role_of(span)
    if role is None:
        return None
    countries = set()
    fields: list[str] = []  # "the Commerce chief": the office the role is in
    former = False
    role_words = set(role.split())
    for token in span:
        if token.lower_ in ("former", "ex"):
            former = True
        elif token.lower_ not in _ROLE_SKIP and token.pos_ in ("ADJ", "PROPN", "NOUN") and token.i < span.root.i \
                and token.lower_ not in role_words:
            code = index.kb.country_for_modifier(token.text)
            if code:
                countries.add(code)
            elif token.is_alpha:
                fields.append(token.lower_)
    for actor in index.before(span.start_char, within=_ROLE_DISTANCE):
        if actor.kind != "person" or not _has_role(index, actor, role):
            continue
        if countries and actor.country not in countries:
            continue
        if fields and not all(f in index.roles.get(actor.id, "") for f in fields):
            continue
        if former and not (actor.code or "").endswith(".ELI") and "former" not in index.roles.get(actor.id, ""):
            continue
        return actor
    return None


def resolve_description(index: "ActorIndex", span: Span, head: str) -> Actor | None:
    person = resolve_role(index, span)
    if person is not None:
        return person
    if head in OUTLET_NOUNS:
        for actor in _candidates(index, span.start_char):
            if actor.kind == "outlet":
                return actor
        return None
    candidates = _candidates(index, span.start_char)
    for actor in candidates:
        if head in GROUP_NOUNS:
            if actor.kind == "group" and index.heads.get(actor.id) == head:
                return actor
            continue
        words = {w.lower().rstrip("s") for w in actor.name.split()}
        described = (actor.why or "").lower()
        if head.rstrip("s") in words or f"'{head}" in described or f" {head}" in described:
            return actor
    if head in ORGANIZATION_NOUNS and span.root.tag_ == "NN":
        # "the group said": the organisation named last ("the militant group al-Shabab")
        return next((a for a in candidates if a.kind == "organization" and a.code), None)
    return None


# head of a collective -> the actor kinds its members are
COLLECTIVE_HEADS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("leader", "president", "minister", "counterpart", "diplomat", "envoy"), ("person",)),
    **dict.fromkeys(("country", "nation", "state", "government", "capital", "side", "party", "neighbour",
                     "neighbor"), ("country", "person", "organization")),
    **dict.fromkeys(("force", "army", "military"), ("group", "country", "organization")),
}


def collective_members(index: "ActorIndex", span: Span) -> list[Actor]:
    """The two actors "both X" / "the two X" (X a collective head) refers to, or []."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2:
        return []
    first = words[0].lower_
    if not (first == "both" or first == "the" and words[1].lower_ == "two"):
        return []
    head = span.root.lemma_.lower()
    kinds = COLLECTIVE_HEADS.get(head)
    if kinds is None or span.root.tag_ not in ("NNS", "NNPS"):
        return []
    members: list[Actor] = []
    for actor in index.before(span.start_char, within=_MAX_DISTANCE):
        if actor.kind not in kinds or actor.anonymous or not actor.code:
            continue
        if actor.kind == "group" and head not in ("force", "army", "military"):
            continue
        if any(m.country == actor.country for m in members):
            continue
        members.append(actor)
        if len(members) == 2:
            return list(reversed(members))
    return []


def _candidates(index: "ActorIndex", char: int) -> list[Actor]:
    """Actors mentioned in the ``_MAX_DISTANCE`` characters before CHAR, nearest first."""
    return index.before(char, within=_MAX_DISTANCE)
