"""Stage ``detente_actors``: people, organisations, outlets, countries and groups with codes.

For every PERSON, ORG and GPE entity the stage finds the actor it names and its code:

1. the knowledge base (``kb.py``): full names and aliases, surnames after a first full
   mention, outlets, organisations, government bodies, seats of government used as agents
   ("Moscow reaffirmed" -> RUS.GOV); people's codes depend on the publication date;
2. titles and appositives in the text ("Russian Foreign Ministry spokeswoman Maria
   Zakharova", "Iran's President Hassan Rouhani") for people the base does not know.

Noun phrases that are not entities ("one Western official", "Italian media", "he", "the
paper") become actors when another stage asks: ``actor_for_span(doc, span)`` is the one entry
point, and resolves pronouns and definite descriptions through ``coref.py``.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Actor, Span as TextSpan
from ..nlp import budget
from ..nlp.extensions import doc_list
from . import coref
from .kb import KnowledgeBase, Match, load_kb
from .titles import SECTORS

__all__ = ["ActorIndex", "actor_for_span", "description_of"]

# heads of noun phrases that describe a person or group without naming them
HUMAN_HEADS = frozenset(
    """official source diplomat aide person people insider officer adviser advisor
    spokesperson spokesman spokeswoman analyst expert negotiator commander minister
    ambassador envoy lawmaker legislator senator member staffer employee witness resident
    soldier investigator observer representative delegate leader figure""".split()
)
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_PARTITIVES = frozenset({"one", "some", "several", "many", "most", "each", "both", "none", "all",
                         "two", "three", "few"})


class ActorIndex:
    """The actors of one Doc, with the lookup tables that keep mentions together."""

    def __init__(self, doc: Doc, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.kb = kb
        article = doc._.article
        self.date: str | None = article.published if article is not None else None
        self.actors: list[Actor] = doc_list(doc, "actors")
        self._by_key: dict[str, Actor] = {}
        self._surnames: dict[str, Actor] = {}
        self.heads: dict[str, str] = {}  # actor id -> head lemma of its description
        self.mentions: list[tuple[int, Actor]] = []  # (start_char, actor), in text order
        self._mentioned: set[tuple[int, TextSpan]] = set()  # (id(actor), mention), for lookups
        # last code part -> (start_char, actor) of the mentions of actors coded X.SECTOR
        self._by_sector: dict[str, list[tuple[int, Actor]]] = {}
        self._ents: list[Span] | None = None  # doc.ents, built once (it scans the whole Doc)
        self._countries: dict[tuple[int, int], frozenset[str]] = {}  # sentence -> countries named
        self._ent_starts: list[int] = []

    # -- registry ---------------------------------------------------------------------
    def add(self, key: str, name: str, kind: str, code: str | None, span: Span | Token,
            *, kb_id: str | None = None, anonymous: bool = False, why: str | None = None,
            head: str | None = None) -> Actor:
        actor = self._by_key.get(key)
        if actor is None:
            actor = Actor(
                id=f"a{len(self.actors) + 1}", name=name, kind=kind, code=code,
                anonymous=anonymous, country=code.split(".")[0] if code else None,
                kb_id=kb_id, why=why,
            )
            self.actors.append(actor)
            self._by_key[key] = actor
            if head:
                self.heads[actor.id] = head
            if kind == "person":
                self._surnames.setdefault(name.split()[-1].lower(), actor)
        self.mention(actor, span)
        return actor

    def mention(self, actor: Actor, span: Span | Token) -> None:
        if isinstance(span, Token):
            start, end, text = span.idx, span.idx + len(span.text), span.text
        else:
            start, end, text = span.start_char, span.end_char, span.text
        mention = TextSpan(start, end, text)
        key = (id(actor), mention)
        if key not in self._mentioned:
            self._mentioned.add(key)
            insort(actor.mentions, mention, key=lambda m: m.start)
            insort(self.mentions, (start, actor), key=lambda item: item[0])
            code = actor.code
            if code and "." in code:
                insort(self._by_sector.setdefault(code.rsplit(".", 1)[1], []), (start, actor), key=_start)
        if isinstance(span, Span):
            span._.actor = actor

    def before(self, char: int, within: int | None = None) -> list[Actor]:
        """Actors mentioned before CHAR, nearest first (each once); with WITHIN, only those
        with a mention in the WITHIN characters before CHAR (found by bisection)."""
        hi = bisect_left(self.mentions, char, key=_start)
        lo = 0 if within is None else bisect_left(self.mentions, char - within, key=_start)
        seen: dict[str, Actor] = {}
        for k in range(hi - 1, lo - 1, -1):
            actor = self.mentions[k][1]
            if actor.id not in seen:
                seen[actor.id] = actor
        return list(seen.values())

    def last_of_sector(self, char: int, sector: str, bare: frozenset[str] = frozenset()) -> Actor | None:
        """The actor of the last mention before CHAR whose code ends in ".SECTOR" and does
        not start with one of BARE ("Sudan's army" SDN.MIL for a later "the army"): the first
        such actor of ``before(char)``, found by bisection."""
        mentions = self._by_sector.get(sector, [])
        for k in range(bisect_left(mentions, char, key=_start) - 1, -1, -1):
            actor = mentions[k][1]
            if actor.code.split(".")[0] not in bare:
                return actor
        return None

    # -- entities ----------------------------------------------------------------------
    def person(self, ent: Span) -> Actor:
        name = _strip_possessive(ent.text)
        known = self._surnames.get(name.lower()) if " " not in name else None
        if known is None and " " in name:
            known = self._by_key.get(f"name:{name.lower()}")
        if known is not None:
            self.mention(known, ent)
            return known
        match = self.kb.lookup(name, self.date)
        if match is None and " " not in name:
            found = self.kb.lookup_surname(name, self.date)
            match = found[0] if found else None
        if match is not None and (match.kind == "person" or " " in name):
            # a full name the base knows wins over spaCy's label ("La Repubblica" as PERSON)
            return self._from_match(match, ent)
        description = description_of(ent)
        described = self.kb.describe(f"{description} {name}".strip(), self.date) if description else None
        code, why = self.complete(described, ent)
        return self.add(f"name:{name.lower()}", name, "person", code, ent, why=why)

    def organization(self, ent: Span) -> Actor:
        name = _strip_possessive(ent.text)
        match = self.kb.lookup(name, self.date)
        if match is not None:
            return self._from_match(match, ent)
        code, why = self.complete(self.kb.describe(name, self.date), ent)
        return self.add(f"name:{name.lower()}", _strip_article(name), "organization", code, ent,
                        why=why, head=ent.root.lemma_.lower())

    def place(self, ent: Span) -> Actor | None:
        place = ent._.place
        name = _strip_possessive(ent.text)
        if place is not None and place.feature == "country":
            match = self.kb.lookup(name, self.date)
            if match is not None:
                return self._from_match(match, ent)
            return self.add(f"country:{place.country}", place.name, "country", place.country, ent)
        if _is_agent(ent) and self.kb.seat(name):
            match = self.kb.lookup(name, self.date)
            if match is not None:
                return self.add(f"seat:{match.code}:{name.lower()}", name, "country", match.code,
                                ent, kb_id=match.kb_id, why=match.why)
        return None

    def add_place(self, place, span: Span) -> Actor:
        """A place used as an event argument stands for its country's territory."""
        return self.add(f"place:{place.geonameid or place.name}", place.name, "country",
                        place.country, span, why=f"place {place.name} in {place.country}")

    def complete(self, described: tuple[str, str] | None, span: Span) -> tuple[str | None, str | None]:
        """A described code with its country filled in: a description that gives only a
        sector ("its forces" MIL, "President Testov" GOV) takes the country of a possessive
        pronoun's antecedent, of an "of/from/in PLACE" modifier, or of the only country the
        sentence names. Without one the code is None (a code is COUNTRY[.SECTOR])."""
        if not described:
            return None, None
        code, why = described
        if "." in code or code not in SECTORS:
            return code, why
        found = self._country_near(span)
        if found is None:
            return None, f"{why}; no country found for sector {code}"
        country, how = found
        return f"{country}.{code}", f"{why}; country {country} from {how}"

    def _country_near(self, span: Span) -> tuple[str, str] | None:
        for token in span:
            if token.dep_ == "poss" and token.pos_ == "PRON":
                actor = coref.resolve_pronoun(self, token)
                if actor is not None and actor.country:
                    return actor.country, f"{token.text!r} = {actor.name}"
        root = span.root
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in"):
                for obj in prep.children:
                    phrase = obj.doc[obj.left_edge.i:obj.right_edge.i + 1]
                    place = next((e._.place for e in self.ents_in(phrase)
                                  if e.start <= obj.i < e.end), None)
                    if place is not None and place.country:
                        return place.country, f"'{prep.text} {place.name}'"
        # every country the sentence names, seats of government included ("Kyiv"): with two
        # or more the choice is a guess, and no code beats a wrong one
        countries = set(self._sentence_countries(span.sent))
        if len(countries) == 1:
            country = countries.pop()
            return country, "the only country in the sentence"
        return None

    def _sentence_countries(self, sent: Span) -> frozenset[str]:
        """The countries SENT names (places and nationalities), once per sentence."""
        key = (sent.start, sent.end)
        found = self._countries.get(key)
        if found is None:
            ents = self.ents_in(sent)
            found = frozenset(
                {e._.place.country for e in ents
                 if e._.place is not None and e._.place.country
                 and (e._.place.feature == "country" or self.kb.seat(e.text))}
                | {c for e in ents if e.label_ == "NORP"
                   for c in [self.kb.country_for_modifier(e.text)] if c and c in self.kb.countries}
            )
            self._countries[key] = found
        return found

    def _from_match(self, match: Match, span: Span) -> Actor:
        return self.add(match.kb_id, match.name, match.kind, match.code, span,
                        kb_id=match.kb_id, why=match.why)

    # -- noun phrases (other stages) ---------------------------------------------------
    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside SPAN (``span.ents`` rescans the whole Doc on every call)."""
        if self._ents is None:
            self._ents = list(self.doc.ents)
            self._ent_starts = [e.start for e in self._ents]
        i = bisect_left(self._ent_starts, span.start)
        out = []
        while i < len(self._ents) and self._ents[i].start < span.end:
            if self._ents[i].end <= span.end:
                out.append(self._ents[i])
            i += 1
        return out

    def for_span(self, span: Span) -> Actor:
        if len(span) == 1 and span[0].pos_ == "PRON":
            actor = coref.resolve_pronoun(self, span[0])
            if actor is not None:
                self.mention(actor, span)
                return actor
        ents = self.ents_in(span)
        # (spaCy walks from each candidate up to the sentence root for it: a one-word phrase
        # is its own root, and the walk is made once, not per entity)
        root = span[0] if len(span) == 1 else span.root
        for ent in ents:
            # the name is the head, or closes the phrase ("the Italian newspaper La Repubblica")
            heads = ent.start <= root.i < ent.end or (
                ent.end == span.end and ent.label_ in ("PERSON", "ORG")
            )
            if heads and ent._.actor is not None:
                if span != ent:
                    self.mention(ent._.actor, span)
                return ent._.actor
            if heads and ent._.place is not None:
                return self.add_place(ent._.place, span)
        head = _head_noun(root).lemma_.lower()
        if span[0].lower_ in _DETERMINERS and span[0].lower_ not in ("a", "an"):
            actor = coref.resolve_description(self, span, head)
            if actor is not None:
                self.mention(actor, span)
                return actor
        text = span.text
        match = self.kb.lookup(text, self.date)
        if match is not None:
            return self._from_match(match, span)
        code, why = self.complete(self.kb.describe(text, self.date), span)
        named = any(e.label_ == "PERSON" for e in ents)
        return self.add(f"group:{text.lower()}", text, "group", code, span,
                        anonymous=head in HUMAN_HEADS and not named, why=why, head=head)


def _start(item: tuple[int, Actor]) -> int:
    return item[0]


def description_of(ent: Span) -> str:
    """Titles and appositives around a person's name: the words of its noun phrase before
    the name ("Russian Foreign Ministry spokeswoman") and an appositive ("the ministry's
    spokeswoman"), or the noun the name is in apposition to."""
    root = ent.root
    left = [t for t in root.subtree if t.i < ent.start]
    parts = []
    if left and left[-1].i == ent.start - 1:
        parts.append(ent.doc[left[0].i:ent.start].text)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            parts.append(ent.doc[child.left_edge.i:child.right_edge.i + 1].text)
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        parts.append(ent.doc[head.left_edge.i:head.i + 1].text)
    return " ".join(parts)


def _head_noun(root: Token) -> Token:
    """The noun a partitive stands for: "one of the officials" -> officials."""
    if root.lower_ in _PARTITIVES or root.like_num:
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return root


def _is_agent(ent: Span) -> bool:
    root = ent.root
    if root.dep_ == "conj":
        root = root.head
    if root.dep_ in _AGENT_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    if text.endswith(("s'", "s’")):
        return text[:-1]
    return text


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _index(doc: Doc) -> ActorIndex:
    index = doc._.actor_index
    if index is None:
        index = ActorIndex(doc, load_kb())
        doc._.actor_index = index
    return index


def actor_for_span(doc: Doc, span: Span) -> Actor:
    """The actor the noun phrase SPAN refers to, registered in ``doc._.actors`` when new.

    Pronouns and definite descriptions ("he", "the paper") resolve to an earlier actor when a
    compatible one is mentioned before; anything else becomes a group actor whose code comes
    from its modifiers and head ("one Western official" -> WST.GOV, anonymous).
    """
    budget.check(doc)  # other stages call this for every argument: a unit of work
    return _index(doc).for_span(span)


class ActorFinder:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @budget.stage
    def __call__(self, doc: Doc) -> Doc:
        index = ActorIndex(doc, self.kb)
        doc._.actor_index = index
        for ent in doc.ents:
            budget.check(doc)
            if ent.label_ == "PERSON":
                index.person(ent)
            elif ent.label_ == "ORG":
                index.organization(ent)
            elif ent.label_ in ("GPE", "LOC"):
                index.place(ent)
        _names_as_written(doc.text, index.actors)
        return doc


def _names_as_written(text: str, actors: list[Actor]) -> None:
    """Countries are named as the article names them: a knowledge-base name the article never
    writes ("United States" for "the US") gives way to the longest mention. People, outlets
    and organisations keep their canonical name ("NBC" is NBC News)."""
    for actor in actors:
        if actor.kind == "country" and actor.kb_id and actor.mentions and actor.name not in text:
            longest = max(actor.mentions, key=lambda m: len(m.text)).text
            actor.name = _strip_possessive(longest)


@Language.factory(
    "detente_actors",
    default_config={"actor_files": []},
    requires=["doc.ents", "span._.place", "token.dep"],
    assigns=["doc._.actors", "doc._.actor_index", "span._.actor"],
)
def make_actor_finder(nlp: Language, name: str, actor_files: Sequence[str]) -> ActorFinder:
    return ActorFinder(load_kb([Path(p) for p in actor_files]))
