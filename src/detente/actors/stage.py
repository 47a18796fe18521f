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

import re
from bisect import bisect_left, bisect_right, insort
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Actor, Span as TextSpan
from ..attribution import lexicon
from ..nlp import budget
from ..nlp.extensions import doc_list, doc_text
from . import context, coref, issuers
from .kb import KnowledgeBase, Match, load_kb
from .names import fold
from .surnames import article_people
from .titles import SECTORS

__all__ = ["ActorIndex", "actor_for_span", "add_mention", "description_of", "members_of"]

# heads of noun phrases that describe a person or group without naming them
HUMAN_HEADS = frozenset(
    """official source diplomat aide person people insider officer adviser advisor
    spokesperson spokesman spokeswoman analyst expert negotiator commander minister
    ambassador envoy lawmaker legislator senator member staffer employee witness resident
    soldier investigator observer representative delegate leader figure""".split()
)
# heads of bare groups that, with no other word, speak for a government: "officials said"
GENERIC_GOV_HEADS = frozenset(
    """official source diplomat aide insider spokesperson spokesman spokeswoman authority
    negotiator envoy representative delegation""".split()
)
# unnamed groups of people that take the story's (or its most named) country when nothing
# else gives them one: "some believe", "others suggest", "analysts say"
_UNNAMED_HEADS = frozenset("some other others many several analyst expert observer critic".split())
# sectors a story's country does not fill: analysts and experts are as often foreign as not
_NOT_FROM_STORY = frozenset({"ELI"})
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
        self.roles: dict[str, str] = {}  # person id -> the titles the article or base gives them
        self.members: dict[str, list[Actor]] = {}  # "both leaders" -> the two actors it names
        self.mentions: list[tuple[int, Actor]] = []  # (start_char, actor), in text order
        self._mentioned: set[tuple[int, TextSpan]] = set()  # (id(actor), mention), for lookups
        # last code part -> (start_char, actor) of the mentions of actors coded X.SECTOR
        self._by_sector: dict[str, list[tuple[int, Actor]]] = {}
        self._ents: list[Span] | None = None  # doc.ents, built once (it scans the whole Doc)
        self._countries: dict[tuple[int, int], _SentenceCountries] = {}  # sentence -> countries named
        self._text: str | None = None
        self._ent_starts: list[int] = []
        self.people: dict[str, Span] = {}  # folded short form -> full PERSON entity
        self._acronyms: dict[str, Actor] = {}  # "NISA" -> the organisation it abbreviates
        self.context = context.Context(self)

    @property
    def text(self) -> str:
        """``doc.text``, built once (the property joins every token on each access)."""
        if self._text is None:
            self._text = doc_text(self.doc)
        return self._text

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
            elif kind in ("organization", "outlet"):
                for acronym in _acronyms(name):
                    self._acronyms.setdefault(acronym, actor)
        self.mention(actor, span)
        return actor

    def role(self, actor: Actor, text: str | None) -> None:
        """Remember a title the article (or the base) gives the person ACTOR."""
        if text:
            known = self.roles.get(actor.id, "")
            if text.lower() not in known:
                self.roles[actor.id] = f"{known} {text.lower()}".strip()

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
            k -= 1
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
        if known is None:
            known = self.named_in_full(ent) or self.abbreviated(ent)
        if known is not None:
            self.mention(known, ent)
            return known
        match = self.kb.lookup(name, self.date)
        if match is None and " " not in name:
            found = self.kb.lookup_surname(name, self.date)
            match = found[0] if found else None
        if match is not None and (match.kind in ("person", "outlet", "organization") or " " in name):
            # a name the base knows wins over spaCy's label ("La Repubblica", "Douyin" as PERSON)
            actor = self._from_match(match, ent)
            if actor.kind == "person":
                self.role(actor, match.title)
                self.role(actor, description_of(ent))
            return actor
        description = description_of(ent)
        owner = self._owner_in_description(ent)
        if owner is not None:
            # "the court's president, Judge Joan Doe": the court's code
            code, why = owner.code, f"{owner.kind} {owner.name!r} named in the description"
        else:
            # the description alone: the name's own words are no title or other person
            # ("Zia-ul Haq Haqmal" is not Zia-ul-Haq)
            described = self.kb.describe(description, self.date) if description else None
            code, why = self.complete(described, ent, description=description)
        kind = _kind_of_description(description)
        if code is None and kind == "person":
            code, why = self._person_from_story(described)
        if kind == "organization" and code and code.endswith(".MED"):
            kind = "outlet"
        actor = self.add(f"name:{name.lower()}", name, kind, code, ent, why=why)
        if kind == "person":
            self.role(actor, description)
        return actor

    def _person_from_story(self, described: tuple[str, str] | None) -> tuple[str | None, str | None]:
        """A named person the base does not know and whose description gives no country
        ("Security analyst Jane Doe", "Jane Doe led a delegation ..."): the story's country,
        when one country is clearly in play (``context.py``), with the description's sector
        if it gives one. Unlike a bare "analysts", a person the article names and quotes is
        most often from the country the story is about; the reason says "context"."""
        story = self.context.leading_country()
        if story is None:
            return None, None
        country, how = story
        sector = described[0] if described and described[0] in SECTORS else None
        if sector:
            return f"{country}.{sector}", f"{described[1]}; a named person: country {country} from {how}"
        return country, f"a named person with no description: country {country} from {how}"

    def known_person(self, ent: Span) -> bool:
        """Whether ENT's text is the full name of a person in the base."""
        name = _strip_possessive(ent.text)
        if " " not in name:
            return False
        match = self.kb.lookup(name, self.date)
        return match is not None and match.kind == "person"

    def _owner_in_description(self, ent: Span) -> Actor | None:
        """The organisation a definite possessive in ENT's description refers back to ("the
        court's president", "the ministry's spokeswoman"), when it has a code."""
        root = ent.root
        heads = [root.head] if root.dep_ == "appos" else []
        heads += [c for c in root.children if c.dep_ == "appos"] + [root]
        for head in heads:
            for token in head.subtree:
                if token.dep_ != "poss" or token.pos_ != "NOUN" or ent.start <= token.i < ent.end:
                    continue
                if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
                    continue
                phrase = token.doc[token.left_edge.i:token.i + 1]
                actor = coref.resolve_description(self, phrase, token.lemma_.lower())
                if actor is not None and actor.code and actor.kind in ("organization", "outlet", "country"):
                    return actor
        return None

    def _surname_as_organization(self, ent: Span, name: str) -> Actor | None:
        """A one-word ORG that is the surname of a person in office on the date, or one who
        speaks ("Kuleba said ..."): the person (the NER's label is wrong more often than not)."""
        if " " in name or not name[:1].isupper() or name.isupper():
            return None
        found = self.kb.lookup_surname(name, self.date)
        if not found or len(found) > 1 and not _speaking_name(ent):
            return None
        match = found[0]
        entity = self.kb.entity(match.kb_id)
        day = self.context.day()
        active = entity is not None and day is not None and any(r.covers(day) for r in entity.roles)
        if not (active or _speaking_name(ent)):
            return None
        actor = self._from_match(match, ent)
        self.role(actor, match.title)
        return actor

    def named_in_full(self, ent: Span) -> Actor | None:
        """The person a short form stands for when the article names them in full ("Guled"
        after "Mahdi Mohamed Guled"), whatever label the NER gave the short form."""
        full = self.people.get(fold(_strip_possessive(ent.text)))
        if full is None or (full.start, full.end) == (ent.start, ent.end):
            return None
        if full.start <= ent.start < full.end:
            return None
        actor = full._.actor
        if actor is None:
            actor = self.person(full)
        return actor if actor.kind == "person" else None

    def abbreviated(self, ent: Span) -> Actor | None:
        """The organisation an acronym abbreviates ("NISA" after "National Intelligence and
        Security Agency"), when the article spelled it out before."""
        text = _strip_possessive(ent.text).replace(".", "")
        if len(text) < 2 or not text.isalpha() or not text.isupper():
            return None
        return self._acronyms.get(text)

    def organization(self, ent: Span) -> Actor | None:
        name = _strip_possessive(ent.text)
        known = self.named_in_full(ent)
        if known is not None:
            self.mention(known, ent)
            return known
        match = self.kb.lookup(name, self.date)
        if match is not None:
            return self._from_match(match, ent)
        known = self.abbreviated(ent)
        if known is not None:
            self.mention(known, ent)
            return known
        person = self._surname_as_organization(ent, name)
        if person is not None:
            return person
        if _relative_who(ent) is not None:
            # "Chalida Tajaroensuk, who heads ...": "who" is said of people, not organisations
            return self.person(ent)
        if context.is_fragment(self, ent):
            return None
        described = self.kb.describe(name, self.date)
        kind = "person" if described is None and _speaking_name(ent) else "organization"
        code, why = self.complete(described, ent)
        return self.add(f"name:{name.lower()}", _strip_article(name), kind, code, ent,
                        why=why, head=ent.root.lemma_.lower())

    def place(self, ent: Span) -> Actor | None:
        place = ent._.place
        name = _strip_possessive(ent.text)
        if place is None or place.feature != "country":
            known = self.named_in_full(ent)
            if known is not None:
                self.mention(known, ent)
                return known
        if place is not None and place.feature == "country":
            match = self.kb.lookup(name, self.date)
            if match is not None:
                return self._from_match(match, ent)
            return self.add(f"country:{place.country}", place.name, "country", place.country, ent)
        if _is_agent(ent) and self.kb.seat(name):
            match = self.kb.lookup(name, self.date)
            if match is not None:
                return self._from_match(match, ent)
        return None

    def add_place(self, place, span: Span) -> Actor:
        """A place used as an event argument stands for its country's territory."""
        return self.add(f"place:{place.geonameid or place.name}", place.name, "country",
                        place.country, span, why=f"place {place.name} in {place.country}")

    def complete(self, described: tuple[str, str] | None, span: Span, *,
                 description: str | None = None, generic: bool = False) -> tuple[str | None, str | None]:
        """A described code with its country filled in: a description that gives only a
        sector ("its forces" MIL, "President Testov" GOV) takes the country of a possessive
        pronoun's antecedent, of a place in the description or an "of/from/in PLACE"
        modifier, or of the only country the sentence names; failing those, of the story when
        only one country is in play there (``context.py``; the reason says "context", a
        weaker code). Without one the code is None (a code is COUNTRY[.SECTOR])."""
        if not described:
            return None, None
        code, why = described
        if "." in code or code not in SECTORS or "no country in the phrase" not in (why or ""):
            # a full code, or the code of a named organisation ("NGO" for an international NGO)
            return code, why
        found = None
        if code == "NGO":
            # "rights groups" with no country of their own are international NGOs ("NGO"), not
            # the story country's
            found = self._country_near(span, description, sentence=False)
            if found is None:
                return "NGO", f"{why}; no country: an international NGO"
        if generic:
            # "officials" alone: the story's country first; the sentence's is as often the
            # country they talk about as their own, so only one named before them counts
            # ("In Kyiv, officials said ...")
            found = (self._country_near(span, description, sentence=False) or self.context.story_country()
                     or self._country_near(span, description, before=True))
        if found is None and not generic:
            found = self._country_near(span, description)
        if found is None and code not in _NOT_FROM_STORY:
            found = self.context.story_country()
        if found is None:
            return None, f"{why}; no country found for sector {code}"
        country, how = found
        return f"{country}.{code}", f"{why}; country {country} from {how}"

    def _country_near(self, span: Span, description: str | None = None,
                      sentence: bool = True, before: bool = False) -> tuple[str, str] | None:
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
        # a place written in the description: "Ontario's provincial leader", "a Beledweyne
        # district commissioner"
        if description is not None:
            found = self.context.place_in_description(span)
            if found is not None:
                return found
        if not sentence:
            return None
        # every country the sentence names, seats of government included ("Kyiv"), but not
        # destinations ("travelled to Moscow"): with two or more the choice is a guess, and no
        # code beats a wrong one (one table per sentence, read by bisection)
        country = self._sentence_countries(span.sent).only(span, before)
        if country is not None:
            return country, "the only country in the sentence"
        return None

    def _sentence_countries(self, sent: Span) -> "_SentenceCountries":
        """The countries SENT names (places and nationalities), as one table per sentence."""
        key = (sent.start, sent.end)
        found = self._countries.get(key)
        if found is None:
            found = self._countries[key] = _SentenceCountries(self, sent)
        return found

    def _from_match(self, match: Match, span: Span) -> Actor:
        if (match.kb_id.startswith("country:") and (match.code or "").endswith(".GOV")
                and self.kb.seat(_strip_possessive(span.text))):
            # "the White House", "the Kremlin": the government, named as the article names it
            # (not the country: "Russia" and "the Kremlin" are two actors)
            name = _strip_article(_strip_possessive(span.text))
            return self.add(f"seat:{match.code}:{fold(name)}", name, "country", match.code, span,
                            kb_id=match.kb_id, why=match.why)
        return self.add(match.kb_id, match.name, match.kind, match.code, span,
                        kb_id=match.kb_id, why=match.why)

    # -- noun phrases (other stages) ---------------------------------------------------
    def all_ents(self) -> list[Span]:
        """``doc.ents``, built once (the property rebuilds its tuple on every access)."""
        if self._ents is None:
            self._ents = list(self.doc.ents)
            self._ent_starts = [e.start for e in self._ents]
        return self._ents

    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside SPAN (``span.ents`` rescans the whole Doc on every call)."""
        self.all_ents()
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
        # the name is the head, or closes the phrase ("the Italian newspaper La Repubblica"),
        # unless the head is a name of its own ("Andrew Lebovich of the think tank Clingendael")
        rooted = any(e.start <= root.i < e.end for e in ents)
        if rooted and ents[-1].label_ == "PERSON" and ents[-1].end == span.end and ents[-1]._.actor is not None:
            at_root = next(e for e in ents if e.start <= root.i < e.end)
            if at_root.label_ == "ORG" and getattr(at_root._.actor, "kb_id", None) is None:
                # "U.N. Resident Coordinator for Myanmar Andrew Kirkwood": the title the NER
                # took for an organisation heads the phrase; the person it names speaks
                rooted = False
                ents = [e for e in ents if e is not at_root]
        for ent in sorted(ents, key=lambda e: not (e.start <= root.i < e.end)):
            heads = ent.start <= root.i < ent.end or (
                not rooted and ent.end == span.end and ent.label_ in ("PERSON", "ORG")
            )
            if heads and ent._.actor is not None:
                if span != ent:
                    self.mention(ent._.actor, span)
                return ent._.actor
            if heads and ent._.place is not None:
                return self.add_place(ent._.place, span)
        if ents and ents[0].start == span.start and ents[0].label_ == "PERSON" and ents[0]._.actor is not None \
                and ents[0].end < span.end and span.doc[ents[0].end].text == ",":
            # "Trump, the longtime owner of ... and star of ...": the name, then its apposition
            self.mention(ents[0]._.actor, span)
            return ents[0]._.actor
        full = self.people.get(fold(_strip_possessive(span.text))) if root.pos_ == "PROPN" else None
        if full is not None and not (full.start <= span.start < full.end):
            # "Bagci said": a short form the NER did not tag
            person = full._.actor or self.person(full)
            self.mention(person, span)
            return person
        if root.pos_ == "PROPN" and len(span) == 1:
            # the surname of a person already named in full under another label ("Bobi Wine"
            # as a facility, then "Wine says ...")
            person = self._surnames.get(_strip_possessive(span.text).lower())
            if person is not None and person.kind == "person":
                self.mention(person, span)
                return person
        head = _head_noun(root).lemma_.lower()
        members = coref.collective_members(self, span)
        if issuers.is_statement_head(root):
            actor = issuers.issuer_of(self, span)
            if actor is not None:
                self.mention(actor, span)
                return actor
        if span[0].lower_ in _DETERMINERS and span[0].lower_ not in ("a", "an"):
            actor = coref.resolve_description(self, span, head)
            if actor is not None:
                self.mention(actor, span)
                return actor
        text = span.text
        match = self.kb.lookup(text, self.date)
        if match is not None:
            return self._from_match(match, span)
        described = self.kb.describe(text, self.date)
        generic = described is None and head in GENERIC_GOV_HEADS
        if generic:
            # "officials", "sources": the government of the country the context fixes
            described = ("GOV", f"generic source word {head!r} -> GOV; no country in the phrase")
        code, why = self.complete(described, span, generic=generic)
        if code is None and not members and (head in HUMAN_HEADS or head in _UNNAMED_HEADS):
            # "analysts say", "some believe", "others suggest": people the story is about,
            # most likely; a guess from context, and the reason says so
            code, why = self._person_from_story(described)
        named = any(e.label_ == "PERSON" for e in ents)
        if members:
            codes = {m.code for m in members}
            if len(codes) == 1 and None not in codes:
                code, why = codes.pop(), f"both members are {members[0].code}"
            anonymous = False
        else:
            anonymous = head in HUMAN_HEADS and not named
        actor = self.add(f"group:{text.lower()}:{span.start_char if members else ''}", text, "group", code,
                         span, anonymous=anonymous, why=why, head=head)
        if members:
            self.members[actor.id] = members
        return actor


# entity labels the NER gives people's names often enough ("Bobi Wine" FAC): read as people
# only when the base knows the full name
_MISLABELLED = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "LAW"})


def _start(item: tuple[int, Actor]) -> int:
    return item[0]


def description_of(ent: Span) -> str:
    """Titles and appositives around a person's name: the words of its noun phrase before
    the name ("Russian Foreign Ministry spokeswoman") and an appositive ("the ministry's
    spokeswoman"), or the noun the name is in apposition to."""
    root = ent.root
    left = [t for t in root.subtree if t.i < ent.start]
    parts = []
    title = _title_before_preposition(ent)
    if title is not None:
        # "U.N. Resident Coordinator for Myanmar Andrew Kirkwood": parsed as the object of
        # "for", the name's title is the whole phrase before it
        parts.append(ent.doc[title.left_edge.i:ent.start].text)
    elif left and left[-1].i == ent.start - 1:
        parts.append(ent.doc[left[0].i:ent.start].text)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            parts.append(ent.doc[child.left_edge.i:child.right_edge.i + 1].text)
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        parts.append(ent.doc[head.left_edge.i:head.i + 1].text)
    verb = _relative_who(ent)
    if verb is not None and verb.lemma_.lower() in _HEADING_VERBS:
        # "X, who heads the Y Foundation": X is the head of Y
        for obj in verb.children:
            if obj.dep_ == "dobj":
                parts.append("head of " + ent.doc[obj.left_edge.i:obj.right_edge.i + 1].text)
                break
    return " ".join(parts)


_HEADING_VERBS = frozenset("head lead run direct chair found co-found cofound manage coordinate".split())


def _relative_who(ent: Span) -> Token | None:
    """The verb of a "who" relative clause on ENT ("Jane Doe, who heads ..."), or None."""
    for child in ent.root.children:
        if child.dep_ == "relcl" and child.i >= ent.end:
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in child.children):
                return child
    return None


def _title_before_preposition(ent: Span) -> Token | None:
    """The capitalised title a name follows through "for"/"of" with nothing between but
    its own modifiers ("Special Envoy for Myanmar Jane Doe", where the parser makes the name
    the object of "for"), or None."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("for", "of") or prep.i >= ent.start:
        return None
    title = prep.head
    if title.i != prep.i - 1 or title.pos_ not in ("PROPN", "NOUN") or not title.text[:1].isupper():
        return None
    if any(t.i < ent.start and t.dep_ not in ("compound", "amod", "nmod") for t in root.subtree
           if t.i > prep.i):
        return None
    return title


def _head_noun(root: Token) -> Token:
    """The noun a partitive stands for: "one of the officials" -> officials."""
    if root.lower_ in _PARTITIVES or root.like_num:
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return root


_QUOTE_MARKS = "\"“”«»"
_DESTINATION_PREPS = frozenset("to into toward towards at against for via through across with between".split())


class _SentenceCountries:
    """The countries a sentence names (countries and seats of government, with whether each is
    a destination, and nationalities), in text order, with the tables that answer "the only
    country named (before a phrase, since the last quotation mark)" for any phrase by bisection:
    a sentence listing thousands of names is read once, not once per phrase."""

    def __init__(self, actors: "ActorIndex", sent: Span) -> None:
        kb = actors.kb
        self.ends: list[int] = []
        self.starts: list[int] = []
        self.countries: list[str] = []
        dest = [0]
        for e in actors.ents_in(sent):
            place = e._.place
            if place is not None and place.country and (place.feature == "country" or kb.seat(e.text)):
                country, is_dest = place.country, _destination(e)
            elif e.label_ == "NORP":
                c = kb.country_for_modifier(e.text)
                if not (c and c in kb.countries and kb.countries[c].kind == "country"):
                    continue
                country, is_dest = c, False
            else:
                continue
            self.ends.append(e.end)
            self.starts.append(e.start_char)
            self.countries.append(country)
            dest.append(dest[-1] + is_dest)
        self.dest = dest  # prefix counts of destinations
        # index of the nearest earlier entry with another country, or -1
        self.prev_other: list[int] = []
        for k, c in enumerate(self.countries):
            self.prev_other.append(-1 if k == 0 else (k - 1 if self.countries[k - 1] != c else self.prev_other[k - 1]))
        text = actors.text
        self.quotes = [i for i in range(sent.start_char, sent.end_char) if text[i] in _QUOTE_MARKS]

    def only(self, span: Span, before: bool) -> str | None:
        """The one country named in the sentence (BEFORE: ending before SPAN, with no quotation
        mark between), unless another country or a destination is named too."""
        lo, hi = 0, len(self.countries)
        if before:
            hi = bisect_right(self.ends, span.start)
            q = bisect_left(self.quotes, span.start_char) - 1
            if q >= 0:
                lo = bisect_right(self.starts, self.quotes[q])
        if hi <= lo or self.dest[hi] - self.dest[lo] > 0:
            return None
        if self.prev_other[hi - 1] >= lo:
            return None  # two countries or more: a guess
        return self.countries[hi - 1]


def _destination(ent: Span) -> bool:
    """Whether ENT is where someone goes or what they act on ("travelled to Moscow")."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in _DESTINATION_PREPS


def _is_agent(ent: Span) -> bool:
    root = ent.root
    if root.dep_ == "conj":
        root = root.head
    if root.dep_ in _AGENT_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


# heads of a description that make the "person" the NER saw a thing ("the Chinese social media
# platform Douyin", "the state news agency Anadolu")
_THING_HEADS = frozenset(
    """platform app network website site agency newspaper paper daily company firm group party
    channel station magazine outlet service broadcaster organization organisation institute
    council movement foundation bank ship vessel""".split()
)


_HEAD_ENDS = frozenset("of at for in from with on who which that , ;".split())


def _kind_of_description(description: str | None) -> str:
    """ "person", or "organization" when the description's head (its last word before a
    preposition: "founder of the ... movement" is a founder) is a thing."""
    words = []
    for word in (description or "").replace(",", " , ").split():
        if word.lower() in _HEAD_ENDS:
            break
        words.append(word)
    head = words[-1].lower().strip(",") if words else ""
    return "organization" if head in _THING_HEADS else "person"


def _speaking_name(ent: Span) -> bool:
    """An unknown one-word name, not an acronym, that says something ("Wine says he ..."):
    the NER's ORG label is more likely wrong than the organisation is real."""
    words = [t for t in ent if not t.is_punct]
    if len(words) != 1 or words[0].text.isupper() or not words[0].text[:1].isupper():
        return False
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon.SPEECH_VERBS


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    if text.endswith(("s'", "s’")):
        return text[:-1]
    return text


_ACRONYM_SKIP = frozenset("of and the for in on to at &".split())


def _acronyms(name: str) -> list[str]:
    """The acronyms a multi-word NAME is abbreviated to: "National Intelligence and Security
    Agency" -> NISA (and NIASA, with the small words)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 2:
        return []
    short = "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP).upper()
    every = "".join(w[0] for w in words).upper()
    return [a for a in dict.fromkeys((short, every)) if len(a) >= 2]


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


def members_of(doc: Doc, actor: Actor) -> list[Actor]:
    """The actors a collective ("both leaders", "the two countries") stands for; empty for any
    other actor."""
    index = doc._.actor_index
    return list(index.members.get(actor.id, [])) if index is not None else []


def add_mention(doc: Doc, actor: Actor, span: Span) -> None:
    """Record SPAN as a mention of ACTOR (another stage resolved it: a pronoun that continues
    a quote run), so later coreference sees it."""
    _index(doc).mention(actor, span)


class ActorFinder:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @budget.stage
    def __call__(self, doc: Doc) -> Doc:
        index = ActorIndex(doc, self.kb)
        doc._.actor_index = index
        index.people = article_people(doc)
        for ent in doc.ents:
            budget.check(doc)
            if ent.label_ == "PERSON":
                if not any(t.text[:1].isupper() for t in ent):
                    continue  # "bush", "sir": a person's name is capitalised
                index.person(ent)
            elif ent.label_ == "ORG":
                index.organization(ent)
            elif ent.label_ in ("GPE", "LOC"):
                index.place(ent)
            elif ent.label_ in _MISLABELLED and index.known_person(ent):
                index.person(ent)  # "Bobi Wine" as a facility: the base knows the person
        _short_forms_outside_entities(doc, index)
        _names_as_written(index.text, index.actors)
        return doc


def _short_forms_outside_entities(doc: Doc, index: ActorIndex) -> None:
    """A person's short form the NER left untagged ("Trump also renewed ...") is still a
    mention of that person: coreference must see it. The forms are found with one regular
    expression over the text (no walk over the tokens in Python)."""
    if not index.people:
        return
    forms = {}
    for full in index.people.values():
        last = _strip_possessive(full.text).split()[-1]
        if last[:1].isupper() and full._.actor is not None:
            forms.setdefault(last, full)
    if not forms:
        return
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
    for match in pattern.finditer(index.text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        full = forms[match.group()]
        if token.ent_type_ or token.pos_ != "PROPN" or full.start <= token.i < full.end:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and not doc[token.i + 1].ent_type_:
            continue  # part of a longer untagged name
        index.mention(full._.actor, token)


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
