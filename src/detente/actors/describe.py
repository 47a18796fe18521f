"""Actor codes for noun phrases: "Russian Foreign Ministry spokeswoman Maria Zakharova" ->
RUS.GOV, "Western military officials" -> WST.MIL, "protesters" -> CVL.

The phrase is split into words and scanned left to right for the longest known name at each
position (people, organisations, outlets, countries, regions, seats of government, government
bodies, country adjectives, titles). Then:

1. a person, organisation or outlet at the head of the phrase (last, not followed by a title,
   not possessive, not after "of") gives the code: its own, for the date. "Former" with no
   date turns a person's code into COUNTRY.ELI.
2. otherwise the code is built: the COUNTRY from the modifiers ("Russian", "Iran's", "US",
   "Kyiv"), the SECTOR from the highest-ranked title or body ("military" beats "officials").
   Mixed countries: a region among them wins ("US and Western officials" -> WST.GOV); else the
   first, and the reason names the others. "Allies"/"partners" of Western countries -> WST.
   Organisation codes (NATO, UN) take a sector only from strong words ("NATO forces" ->
   NATO.MIL, "NATO officials" -> NATO). With no country the bare sector is returned
   ("protesters" -> CVL); generic words alone ("officials") give None.

A surname alone ("Biden", "Sullivan") counts when the base has one person with it, or the
title and country before it pick one ("Former British Prime Minister Johnson"); it does not
when another first name precedes it ("Jeh Johnson") or follows ("Martin O'Malley"), nor, on a
date, when that person holds no office then and no title or honorific introduces the name.

Everything is a dict probe per n-gram; phrases are short, so this is fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from typing import TYPE_CHECKING, Any

from .kb import Entity, parse_date
from .names import fold, plain

if TYPE_CHECKING:
    from .kb import KnowledgeBase

__all__ = ["code_from_description"]

_EDGE = "\"“”«»()[]{},;:!?"
_QUOTES = "'‘’`"
_HYPHENS = re.compile(r"[-‐‑–]")
_MAX_WORDS = 8
_ENTITY_HEAD = ("person", "organization", "outlet")
_MILITARY_RANKS = frozenset("gen lt col adm maj capt sgt brig cmdr lt-gen maj-gen".split())


@dataclass
class _Word:
    raw: str  # plain() form, case kept
    folded: str
    poss: bool = False  # ends a possessive ("Iran's")
    barrier: bool = False  # "pro-Russian": breaks n-grams, contributes nothing


@dataclass
class _Hit:
    start: int
    end: int  # exclusive, in words
    kind: str  # entity | seat | body | modifier | title | surname
    value: Any
    text: str
    poss: bool


def _words(text: str, kb: "KnowledgeBase") -> list[_Word]:
    lex = kb.titles
    out: list[_Word] = []
    for token in text.split():
        token = token.strip(_EDGE)
        poss = False
        for end in ("'s", "’s", "'S"):
            if token.endswith(end) and len(token) > 2:
                token, poss = token[: -len(end)], True
                break
        stripped = token.strip(_QUOTES)
        if stripped != token and token.endswith(tuple(_QUOTES)) and stripped.endswith(("s", "S")):
            poss = True
        token = stripped.strip(_EDGE)
        if not token:
            continue
        parts = _HYPHENS.split(token)
        if len(parts) > 1 and lex is not None:
            first, last = parts[0].casefold(), parts[-1].casefold()
            if first in lex.ignore_prefixes or last in lex.ignore_suffixes:
                out.append(_Word("", "", barrier=True))
                continue
            if last in lex.keep_suffixes:
                token = "-".join(parts[:-1])
        subs = plain(token).split()
        for k, sub in enumerate(subs):
            out.append(_Word(sub, sub.casefold(), poss=poss and k == len(subs) - 1))
    return out


def _probe(kb: "KnowledgeBase", words: list[_Word], i: int, n: int, hits: list[_Hit],
           day: Date | None) -> _Hit | None:
    prev = hits[-1] if hits else None
    span = words[i : i + n]
    if any(w.barrier for w in span) or any(w.poss for w in span[:-1]):
        return None
    raw = " ".join(w.raw for w in span)
    folded = " ".join(w.folded for w in span)
    capital = any(c.isupper() for c in raw)
    poss = span[-1].poss

    def hit(kind: str, value: Any) -> _Hit:
        return _Hit(i, i + n, kind, value, raw, poss)

    ents = kb._names.probe_key(raw, folded, capital)
    bodies = kb._bodies.probe_key(raw, folded, capital)
    after_modifier = prev is not None and prev.end == i and (
        prev.kind in ("modifier", "seat")
        or (prev.kind == "entity" and kb.entities[prev.value].kind in ("country", "group"))
    )
    if bodies and (not ents or after_modifier):
        return hit("body", kb.bodies[bodies[0]])
    if ents:
        return hit("entity", ents[0])
    seats = kb._seats.probe_key(raw, folded, capital)
    if seats:
        return hit("seat", seats[0])
    mods = kb._modifiers.probe_key(raw, folded, capital)
    if mods:
        return hit("modifier", mods[0])
    lex = kb.titles
    before = words[i - 1] if i > 0 else None
    after_honorific = bool(lex and before and before.folded in lex.honorifics)
    if lex is not None and not after_honorific:  # "Mr. King" is a name, not a title
        titles = lex.index.probe_key(raw, folded, capital)
        if titles:
            return hit("title", titles[0])
    if capital and n <= 3:
        people = _pick_person(kb, list(dict.fromkeys(kb._surnames.probe_key(raw, folded, capital))),
                              hits, day)
        at_end = i + n == len(words)
        first_name = not at_end and words[i + n].raw[:1].isupper() and not span[-1].poss
        if len(people) == 1 and not first_name and _surname_fits(
            kb, people[0], before, prev, i, day if at_end else None, after_honorific
        ):
            return hit("surname", people[0])
    return None


def _pick_person(kb: "KnowledgeBase", people: list[str], hits: list[_Hit],
                 day: Date | None) -> list[str]:
    """Narrow the people sharing a surname by the title and the country modifiers before it
    ("British Prime Minister Johnson"), then by who is in office on DAY."""
    if len(people) <= 1:
        return people
    titles = [fold(h.text) for h in hits if h.kind == "title"]
    countries = {h.value for h in hits if h.kind in ("modifier", "seat")}
    countries |= {kb.entities[h.value].code for h in hits
                  if h.kind == "entity" and kb.entities[h.value].kind in ("country", "group")}
    if titles:
        held = [p for p in people
                if any(r.title and any(t in fold(r.title) for t in titles)
                       for r in kb.entities[p].roles)]
        people = held or people
    if countries and len(people) > 1:
        same = [p for p in people if kb.entities[p].country in countries]
        people = same or people
    if day is not None and len(people) > 1:
        active = [p for p in people if _active(kb.entities[p], day)]
        people = active if len(active) == 1 else people
    return people


def _active(e: Entity, day: Date) -> bool:
    return any(r.covers(day) for r in e.roles)


def _surname_fits(kb: "KnowledgeBase", person: str, before: _Word | None, prev: _Hit | None,
                  i: int, day: Date | None, after_honorific: bool) -> bool:
    """A bare surname stands for the one person in the base with it only when no other first
    name precedes it ("Jeh Johnson" is not Boris Johnson) and, on a date, that person is in
    office, unless a title or an honorific introduces it ("Former Prime Minister Johnson").
    The office check is skipped (DAY None) for a surname used as a modifier ("Trump
    supporters")."""
    lex = kb.titles
    introduced = after_honorific or (prev is not None and prev.end == i and prev.kind == "title")
    if before is not None and not introduced and before.raw[:1].isupper():
        if not (lex and before.folded in lex.former) and not (prev and prev.end == i):
            return False
    e = kb.entities[person]
    if day is not None and e.roles and not _active(e, day) and not introduced:
        return False
    return True


def _scan(kb: "KnowledgeBase", words: list[_Word], day: Date | None) -> list[_Hit]:
    hits: list[_Hit] = []
    i = 0
    longest = max(_MAX_WORDS, kb.titles.max_words if kb.titles else 1)

    def best_from(j: int) -> _Hit | None:
        for n in range(min(longest, len(words) - j), 0, -1):
            found = _probe(kb, words, j, n, hits, day)
            if found:
                return found
        return None

    while i < len(words):
        found = best_from(i)
        if words[i].folded == "the" and i + 1 < len(words):
            # "The National Security Adviser": the match without the article may run longer
            # than one that swallows it ("The National", an outlet).
            alt = best_from(i + 1)
            if alt and (found is None or alt.end > found.end):
                found = alt
        if found:
            hits.append(found)
            i = found.end
        else:
            i += 1
    return hits


def _entity_of(kb: "KnowledgeBase", h: _Hit) -> Entity | None:
    if h.kind in ("entity", "surname"):
        return kb.entities.get(h.value)
    return None


# the last word of a name that makes it a non-governmental institution when the base does not
# know it ("People's Empowerment Foundation", "Center for Security Studies"); "Council" and
# "Committee" are left out: as often bodies of a state or a party
INSTITUTION_HEADS = frozenset(
    "foundation institute institution center centre association society federation coalition "
    "network initiative trust forum".split()
)
_NAME_JOINERS = frozenset({"for", "of", "on", "and", "&"})


def _named_institutions(kb: "KnowledgeBase", words: list[_Word], hits: list[_Hit]) -> list[_Hit]:
    """Hits with every name of an institution the base does not know ("the Daniel K. Inouye
    Asia-Pacific Center for Security Studies", "Thailand's People's Empowerment Foundation")
    as one NGO hit: the titles, bodies and regions inside it ("People", "Military", "Asia")
    say nothing of the speaker; a country inside it still gives its country ("Ukrainian
    Institute of ..."). A possessive before the name stays outside it ("Thailand's")."""
    out = hits
    for k, w in enumerate(words):
        if w.folded not in INSTITUTION_HEADS or not w.raw[:1].isupper():
            continue
        if any(h.start <= k < h.end and h.kind in ("entity", "body") for h in out):
            continue  # a name the base knows
        lo = k
        while lo > 0 and words[lo - 1].raw[:1].isupper() and not words[lo - 1].poss \
                and words[lo - 1].folded != "the":
            lo -= 1
        hi = k + 1
        while hi + 1 < len(words) and words[hi].folded in _NAME_JOINERS and words[hi + 1].raw[:1].isupper():
            hi += 2
            while hi < len(words) and words[hi].raw[:1].isupper() and not words[hi - 1].poss:
                hi += 1
        text = " ".join(x.raw for x in words[lo:hi])
        inside = [h for h in out if not (h.end <= lo or h.start >= hi)]
        if any(h.start < lo or h.end > hi for h in inside):
            continue  # a longer known name runs through it
        # a country inside the name is still its country ("Ukrainian Institute of ...");
        # titles, bodies and regions inside it are not
        dropped = [h for h in inside if not (h.kind in ("modifier", "seat") or (
            h.kind == "entity" and kb.entities[h.value].kind == "country"))]
        out = [h for h in out if h not in dropped] + [_Hit(lo, hi, "institution", text, text, words[hi - 1].poss)]
        out.sort(key=lambda h: h.start)
    return out


_EMPLOYER_PREPS = frozenset({"of", "at"})


def _employer(kb: "KnowledgeBase", words: list[_Word], hits: list[_Hit]) -> _Hit | None:
    """The organisation or outlet named after "of"/"at" (an article between allowed) once a
    title has been named before it: the body the title is held in. The last such one wins
    ("head of the Asia desk of Human Rights Watch")."""
    found = None
    titled = False
    for h in hits:
        if h.kind == "title":
            titled = True
            continue
        e = _entity_of(kb, h)
        if not titled or e is None or e.kind not in ("organization", "outlet"):
            continue
        k = h.start - 1
        if k >= 0 and words[k].folded in ("the", "a", "an"):
            k -= 1
        if k >= 0 and words[k].folded in _EMPLOYER_PREPS:
            found = h
    return found


def code_from_description(
    text: str, kb: "KnowledgeBase", date: str | None = None
) -> tuple[str, str] | None:
    """(code, why) for the actor the noun phrase TEXT describes, or None. DATE (ISO) picks
    people's roles; without it their most recent role is used. See the module docstring."""
    if not text or not text.strip():
        return None
    day = parse_date(date)
    words = _words(text, kb)
    hits = _named_institutions(kb, words, _scan(kb, words, day))
    if not hits:
        return None
    lex = kb.titles
    former_words = lex.former if lex else frozenset()
    covered = {k for h in hits for k in range(h.start, h.end)}
    former = any(w.folded in former_words for k, w in enumerate(words) if k not in covered)
    allies = bool(lex) and any(
        w.folded in lex.allies for k, w in enumerate(words) if k not in covered
    )

    # 1. a named head
    head: _Hit | None = None
    for pos, h in enumerate(hits):
        e = _entity_of(kb, h)
        if e is None or e.kind not in _ENTITY_HEAD or h.poss:
            continue
        if h.start > 0 and words[h.start - 1].folded == "of":
            continue
        if any(later.kind in ("title", "body", "seat") for later in hits[pos + 1 :]):
            continue
        head = h
    if head is not None:
        e = _entity_of(kb, head)
        code, title, reason = e.code_on(day)
        if code:
            why = f"{e.kind} {e.name!r} in the knowledge base ({reason})"
            if e.kind == "person" and former and day is None and not code.endswith(".ELI"):
                code = f"{code.split('.')[0]}.ELI"
                why += "; 'former' -> ELI"
            return code, why

    # 1b. the organisation a title is held in: "director of the Latin America bureau of
    # Reporters Without Borders", "a fellow at the Hudson Institute's Center for ...": the
    # person works for it, whatever places and units the phrase also names
    employer = _employer(kb, words, hits)
    if employer is not None:
        e = _entity_of(kb, employer)
        code, _, reason = e.code_on(day)
        if code:
            return code, f"title held in {e.kind} {e.name!r} ({reason})"

    # 2. build COUNTRY.SECTOR from the parts
    countries: list[tuple[str, str]] = []  # (code, why)
    weak_countries: list[tuple[str, str]] = []
    sectors: list[tuple[int, str, str]] = []  # (rank, sector, why)
    for h in hits:
        if h.kind == "modifier":
            countries.append((h.value, f"modifier {h.text!r} -> {h.value}"))
        elif h.kind == "seat":
            countries.append((h.value, f"seat {h.text!r} -> {h.value}"))
            sectors.append((50, "GOV", f"seat {h.text!r} -> GOV"))
        elif h.kind == "body":
            sector_rank = 50 if h.value.sector == "GOV" else 70
            sectors.append((sector_rank, h.value.sector, f"body {h.text!r} -> {h.value.sector}"))
            if h.value.country:
                weak_countries.append((h.value.country, f"body {h.text!r} -> {h.value.country}"))
        elif h.kind == "title":
            sectors.append((h.value.rank, h.value.sector, f"title {h.text!r} -> {h.value.sector}"))
        elif h.kind == "institution":
            sectors.append((70, "NGO", f"institution {h.text!r} -> NGO"))
        else:
            e = _entity_of(kb, h)
            if e is None:
                continue
            code, _, _ = e.code_on(day)
            if not code:
                continue
            country, _, sector = code.partition(".")
            countries.append((country, f"{e.kind} {e.name!r} -> {country}"))
            if e.kind == "outlet":
                sectors.append((70, "MED", f"outlet {e.name!r} -> MED"))
            elif sector and e.kind == "person":
                sectors.append((40, sector, f"person {e.name!r} -> {sector}"))
            elif sector:
                sectors.append((60, sector, f"{e.kind} {e.name!r} -> {sector}"))
    if former:
        sectors.append((100, "ELI", "'former' -> ELI"))
    # a military rank before a name ("Lt. Gen. Ahmed Chaudhry", "Col. Jane Roe") is MIL even
    # where the title lexicon reads it as an honorific
    for k, w in enumerate(words):
        if k not in covered and w.folded.rstrip(".") in _MILITARY_RANKS:
            sectors.append((75, "MIL", f"military rank {w.raw!r} -> MIL"))
            break

    distinct = list(dict.fromkeys(c for c, _ in countries))
    reasons: list[str] = []
    country: str | None = None
    if allies:
        western = lex.western if lex else frozenset()
        if distinct and all(c in western for c in distinct):
            country = "WST"
            reasons.append(f"allies of {'/'.join(distinct)} -> WST")
        else:
            return None
    elif len(distinct) == 1:
        country = distinct[0]
        reasons.extend(dict.fromkeys(w for c, w in countries))
    elif distinct:
        regions = [c for c in distinct if (kb.countries.get(c) and kb.countries[c].kind == "group")]
        country = regions[-1] if regions else distinct[0]
        others = [c for c in distinct if c != country]
        rule = "a region among mixed modifiers wins" if regions else "first of mixed modifiers"
        reasons.append(f"{'/'.join(distinct)}: {rule} -> {country} (also {', '.join(others)})")
    elif weak_countries:
        country = weak_countries[0][0]
        reasons.append(weak_countries[0][1])

    sector: str | None = None
    if sectors:
        rank, sector, why = max(enumerate(sectors), key=lambda x: (x[1][0], x[0]))[1]
        if country and country not in kb.countries and rank < 60:
            sector = None  # organisation codes: "NATO officials" -> NATO
        elif country is None and rank <= 10:
            sector = None  # "officials" alone says nothing
        else:
            reasons.append(why)
    if country is None and sector is None:
        return None
    if country is None:
        return sector, "; ".join(reasons + ["no country in the phrase"])
    code = f"{country}.{sector}" if sector else country
    return code, "; ".join(reasons)
