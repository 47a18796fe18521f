"""Stage ``detente_places``: find toponyms with the gazetteer and resolve them.

Runs after spaCy's NER. A gazetteer name becomes (or stays) a GPE entity when

* spaCy tagged exactly that span as GPE, LOC or FAC (any gazetteer name, alternates too);
* spaCy tagged exactly that span as PERSON or ORG (the md model reads "Kherson" as a
  person) and the place is a country or a city of at least ``_OVERRIDE_POPULATION``;
* spaCy tagged nothing there, every token is a proper noun, and the place is a country,
  a region, or a city of at least the ``min_place_population`` setting.

A person is never a place: a name that is the short form of a person the article names in
full ("Zamora" after "Jose Ruben Zamora", ``actors.surnames``), or a PERSON entity that is a
person the knowledge base knows by that name or surname ("Blinken"), stays a person, and a
GPE/LOC entity that is such a short form (and not a country) becomes a PERSON.

A name inside a longer entity ("Washington" in "Washington Post") is left alone. Every
GPE/LOC entity that resolves becomes a ``Place`` in ``doc._.places`` (one per gazetteer
entry, with all its mentions) and is linked from ``Span._.place``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import settings
from ..actors.names import fold
from ..actors.surnames import article_people
from ..models import Place, Span as TextSpan
from ..nlp import budget
from ..nlp.docindex import doc_index
from ..nlp.extensions import doc_list
from .gazetteer import Candidate, Gazetteer, load_gazetteer

__all__ = ["PlaceResolver"]

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_OVERRIDABLE = {"PERSON", "ORG"}
_OVERRIDE_POPULATION = 50_000
_MAX_NAME_TOKENS = 6
_PERSON_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


class PlaceResolver:
    def __init__(self, gazetteer: Gazetteer, min_population: int) -> None:
        self.gazetteer = gazetteer
        self.min_population = min_population

    @budget.stage
    def __call__(self, doc: Doc) -> Doc:
        people = article_people(doc)
        self._people_as_people(doc, people)
        matches = list(self._matches(doc))
        mentioned = {
            cand.country
            for _, cand in matches
            if cand.feature == "country" and cand.country
        }
        ents = list(doc.ents)
        by_span = {(e.start, e.end): e for e in ents}
        overlapping = _Overlaps(ents)
        new_ents: list[Span] = []
        accepted: dict[tuple[int, int], Candidate] = {}
        for span, cand in matches:
            budget.check(doc)
            key = (span.start, span.end)
            existing = by_span.get(key)
            inside_longer = any(
                e.start <= span.start and span.end <= e.end and (e.start, e.end) != key
                for e in overlapping(span)
            )
            if inside_longer:
                continue
            if existing is not None:
                if existing.label_ in _PLACE_LABELS:
                    accepted[key] = cand
                elif existing.label_ in _OVERRIDABLE and self._strong(cand) and not (
                    cand.feature != "country" and self._is_person(existing, people)
                ):
                    new_ents.append(Span(doc, span.start, span.end, label="GPE"))
                    accepted[key] = cand
                continue
            if overlapping(span):
                continue
            if cand.alternate or not all(t.pos_ == "PROPN" for t in span):
                continue
            if cand.feature != "country" and fold(span.text) in people:
                continue
            if cand.feature != "city" or cand.population >= self.min_population:
                new_ents.append(Span(doc, span.start, span.end, label="GPE"))
                accepted[key] = cand
        if new_ents:
            replaced = {(s.start, s.end) for s in new_ents}
            kept = [e for e in ents if (e.start, e.end) not in replaced]
            doc.ents = filter_spans(new_ents + kept)
            doc_index(doc).forget_ents()
        self._attach(doc, accepted, mentioned)
        return doc

    def _is_person(self, ent: Span, people: dict) -> bool:
        """Whether ENT is a person the article names in full, or a PERSON entity the knowledge
        base knows as a person."""
        key = fold(_possessive(ent.text))
        if key in people:
            return True
        if ent.label_ != "PERSON":
            return False
        kb = _kb()
        name = _possessive(ent.text)
        if kb is None:
            return False
        match = kb.lookup(name)
        if match is not None and match.kind == "person":
            return True
        return " " not in name and bool(kb.lookup_surname(name))

    def _people_as_people(self, doc: Doc, people: dict) -> None:
        """GPE/LOC entities that are a short form of a person named in full, or a surname the
        knowledge base knows used as a speaker or owner ("Blinken said", "Rubio's visit"),
        become PERSON (countries excepted)."""
        changed = False
        ents = list(doc.ents)
        kb = None
        for k, ent in enumerate(ents):
            if ent.label_ not in ("GPE", "LOC"):
                continue
            name = _possessive(ent.text)
            if fold(name) not in people:
                if " " in name or ent.root.dep_ not in _PERSON_DEPS:
                    continue
                kb = kb or _kb()
                if kb is None or not kb.lookup_surname(name) or kb.lookup(name) is not None:
                    continue
            cand = self.gazetteer.best(name)
            if cand is not None and cand.feature == "country":
                continue
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
        if changed:
            doc.ents = ents

    def _strong(self, cand: Candidate) -> bool:
        return cand.feature != "city" or cand.population >= _OVERRIDE_POPULATION

    def _matches(self, doc: Doc):
        """Longest gazetteer names aligned to token boundaries, left to right."""
        text = doc.text
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if not token.text[:1].isupper():
                i += 1
                continue
            found = None
            for name in self.gazetteer.names_starting(_first_word(token.text)):
                end_char = token.idx + len(name)
                if text[token.idx:end_char] != name:
                    continue
                span = doc.char_span(token.idx, end_char)
                if span is None or len(span) > _MAX_NAME_TOKENS:
                    continue
                cand = self.gazetteer.best(name)
                if cand is not None:
                    found = (span, cand)
                    break
            if found:
                yield found
                i = found[0].end
            else:
                i += 1

    def _attach(self, doc: Doc, accepted: dict, mentioned: set[str]) -> None:
        places = doc_list(doc, "places")
        by_key: dict[object, Place] = {}
        for ent in doc.ents:
            if ent.label_ not in _PLACE_LABELS:
                continue
            # rank with what the article mentions (Moscow, Russia vs Moscow, Idaho)
            cand = self._lookup(ent.text, mentioned) or accepted.get((ent.start, ent.end))
            key = cand.geonameid if cand and cand.geonameid else ("unresolved", ent.text)
            place = by_key.get(key)
            if place is None:
                place = _new_place(f"p{len(places) + 1}", ent.text, cand)
                by_key[key] = place
                places.append(place)
            place.mentions.append(TextSpan(ent.start_char, ent.end_char, ent.text))
            ent._.place = place


    def _lookup(self, text: str, mentioned: set[str]) -> Candidate | None:
        cand = self.gazetteer.best(text, mentioned)
        if cand is None and text[:4].lower() == "the ":
            cand = self.gazetteer.best(text[4:], mentioned)
        return cand


def _new_place(pid: str, text: str, cand: Candidate | None) -> Place:
    if cand is None:
        return Place(id=pid, name=text[4:] if text[:4].lower() == "the " else text)
    return Place(
        id=pid,
        name=cand.name,
        country=cand.country,
        lat=cand.lat,
        lon=cand.lon,
        geonameid=cand.geonameid,
        feature=cand.feature,
        population=cand.population,
    )


def _possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _kb():
    """The built-in actor knowledge base (cached), or None where it cannot be built."""
    try:
        from ..actors.kb import load_kb

        return load_kb()
    except Exception:  # noqa: BLE001 - the gazetteer works without it
        return None


def _first_word(text: str) -> str:
    for i, ch in enumerate(text):
        if ch in " -'’.,":
            return text[:i]
    return text


class _Overlaps:
    """The entities overlapping a span, by bisection: ``doc.ents`` are sorted and disjoint,
    so their starts and their ends both ascend."""

    def __init__(self, ents: list[Span]) -> None:
        self.ents = ents
        self.starts = [e.start for e in ents]
        self.ends = [e.end for e in ents]

    def __call__(self, span: Span) -> list[Span]:
        lo = bisect_right(self.ends, span.start)  # the first entity ending after SPAN starts
        hi = bisect_left(self.starts, span.end)  # the first entity starting at or after its end
        return self.ents[lo:hi]


@Language.factory(
    "detente_places",
    default_config={"min_population": None},
    requires=["doc.ents", "token.pos"],
    assigns=["doc.ents", "doc._.places", "span._.place"],
)
def make_place_resolver(nlp: Language, name: str, min_population: int | None) -> PlaceResolver:
    return PlaceResolver(load_gazetteer(), settings.get("min_place_population", min_population))
