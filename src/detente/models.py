"""The records that flow between stages.

``Article`` comes out of the readers; the pipeline stages fill ``Doc._`` attributes
(see ``nlp/extensions.py``) with the other records; ``output/contract.py`` turns them into
the JSON of ``../shared/contract/extract-json.md``. All offsets are character offsets
into ``Article.text`` (end exclusive).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "Attribution",
    "DateValue",
    "Event",
    "Place",
    "Quantity",
    "Span",
    "Stance",
    "content_id",
]


def content_id(text: str) -> str:
    """Stable article id: the first 16 hex digits of the SHA-256 of its text (UTF-8; a lone
    surrogate, which a JSON body can carry, is hashed as its code point, never an error)."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


@dataclass
class Article:
    text: str
    id: str = ""
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    source: str | None = None  # where it was read from (path, path:line, URL, "-")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)
        if not self.url:
            self.url = None  # an empty URL is no URL (the store keeps URLs unique)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published,
            "url": self.url,
            "text": self.text,
        }


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # person | organization | country | group | outlet
    code: str | None = None  # COUNTRY[.SECTOR]
    anonymous: bool = False
    mentions: list[Span] = field(default_factory=list)
    country: str | None = None  # ISO alpha-3 or region/organisation code
    kb_id: str | None = None  # knowledge-base key when resolved there
    why: str | None = None  # how the code was found (kb, title, modifier, ...)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "kind": self.kind,
            "anonymous": self.anonymous,
            "country": self.country,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Place:
    id: str
    name: str
    country: str | None = None  # ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # country | city | region
    population: int | None = None
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "feature": self.feature,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    def location(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }


@dataclass
class Attribution:
    id: str
    speaker: str | None  # actor id
    speaker_name: str | None
    speaker_code: str | None
    anonymous: bool
    source_mention: Span | None
    cue: Span | None
    kind: str  # direct | indirect | mixed
    content: Span
    via: list[str] = field(default_factory=list)
    via_names: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "speaker_code": self.speaker_code,
            "anonymous": self.anonymous,
            "source_mention": self.source_mention.to_dict() if self.source_mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "kind": self.kind,
            "content": self.content.to_dict(),
            "via": list(self.via),
            "via_names": list(self.via_names),
        }


@dataclass(frozen=True)
class DateValue:
    value: str  # ISO, to the precision given: 2022-11-09, 2022-11, 2022
    precision: str  # day | week | month | season | year
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "text": self.text}


@dataclass(frozen=True)
class Quantity:
    value: float | int | None
    unit: str
    text: str
    low: float | int | None = None
    high: float | int | None = None
    currency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": self.value, "unit": self.unit, "text": self.text}
        if self.low is not None or self.high is not None:
            d["low"], d["high"] = self.low, self.high
        if self.currency:
            d["currency"] = self.currency
        return d


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    source_codes: list[str]
    target_codes: list[str]
    modality: str
    trigger: Span
    evidence: Span
    condition: str | None = None
    attribution: str | None = None
    date: DateValue | None = None
    location: Place | None = None
    quantities: list[Quantity] = field(default_factory=list)
    confidence: float = 0.5
    cameo: str | None = None
    context: list[str] = field(default_factory=list)  # fields taken from the story around the event

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": list(self.source),
            "target": list(self.target),
            "source_codes": list(self.source_codes),
            "target_codes": list(self.target_codes),
            "modality": self.modality,
            "condition": self.condition,
            "attribution": self.attribution,
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.location() if self.location else None,
            "quantities": [q.to_dict() for q in self.quantities],
            "trigger": self.trigger.to_dict(),
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
            "cameo": self.cameo,
            "context": list(self.context),
        }


@dataclass
class Stance:
    id: str
    actor: str
    actor_code: str | None
    topic: str
    position: str  # open | conditional | opposed | neutral
    evidence: Span
    conditions: list[Span] = field(default_factory=list)
    attribution: str | None = None
    date: DateValue | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actor": self.actor,
            "actor_code": self.actor_code,
            "topic": self.topic,
            "position": self.position,
            "conditions": [c.to_dict() for c in self.conditions],
            "evidence": self.evidence.to_dict(),
            "attribution": self.attribution,
            "date": self.date.to_dict() if self.date else None,
        }
