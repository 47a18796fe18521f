"""The PLOVER event ontology as POLECAT uses it: 16 types, their modes, and type groups.

Types and modes follow ``../shared/plover/PLOVER_structured_codebook.csv``. AGREE, SUPPORT,
CONCEDE, COOPERATE and AID have no modes; THREATEN's bare form has none either.

Groups used by the rules:

- ``SPEECH_ACTS``: events performed by saying something (the speaker of an attribution can be
  their source, and the reporting verb's date is their date).
- ``COOPERATIVE``: material or verbal cooperation; an actor's commitment to one of these in
  the future ("will provide aid", "is ready to withdraw") is coded AGREE.
- ``HOSTILE``: conflictual actions; an actor's announced intention to carry one out ("will
  impose restrictions", "threatened to cut off electricity") is coded THREATEN.
- ``RECIPROCAL``: events where "X and Y" / "between X and Y" are all sources with no target.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

__all__ = [
    "COOPERATIVE",
    "HOSTILE",
    "MODALITIES",
    "MODES",
    "RECIPROCAL",
    "SPEECH_ACTS",
    "TYPES",
    "is_country",
    "is_mode",
    "request_mode",
    "threat_mode",
]

TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize", "restrict", "ban", "censor", "curfew", "arrest", "deport", "withhold",
        "misinformation", "cyber",
    ),
    "ASSAULT": (
        "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
        "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
        "crowd-control", "cleansing", "massacre", "unconventional",
    ),
}

MODALITIES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical")

SPEECH_ACTS = frozenset({"AGREE", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT", "CONCEDE"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    text = (resources.files("detente") / "data" / "countries.yaml").read_text(encoding="utf-8")
    return frozenset(c["code"] for c in yaml.safe_load(text).get("countries", []))


def is_country(code: str | None) -> bool:
    """Whether CODE (its country part) is a country, not an organisation or a region."""
    return bool(code) and code.split(".", 1)[0] in _country_codes()


def is_mode(event_type: str, mode: str | None) -> bool:
    """Whether MODE is a mode of EVENT_TYPE (``None`` always is)."""
    return mode is None or mode in MODES.get(event_type, ())


def request_mode(embedded_type: str | None, embedded_mode: str | None = None) -> str | None:
    """REQUEST/REJECT mode for a request or refusal of an event of EMBEDDED_TYPE."""
    if embedded_type is None:
        return None
    if embedded_type in ("CONSULT", "AGREE"):
        return "meet"
    if embedded_type in ("AID", "COOPERATE", "SUPPORT"):
        return "assist"
    if embedded_type in ("RETREAT", "CONCEDE"):
        return "yield"
    return "change"


def threat_mode(embedded_type: str | None, embedded_mode: str | None = None) -> str | None:
    """THREATEN mode for a threat to carry out an event of EMBEDDED_TYPE/EMBEDDED_MODE."""
    if embedded_type in ("ASSAULT", "MOBILIZE"):
        return "violence"
    if embedded_type == "SANCTION":
        return "expel" if embedded_mode == "expel" else "relations"
    if embedded_type == "COERCE":
        return {
            "arrest": "arrest",
            "ban": "ban",
            "censor": "rights",
            "deport": "expel",
            "seize": "territory",
        }.get(embedded_mode or "", "restrict")
    if embedded_type == "PROTEST":
        return "restrict" if embedded_mode in ("boycott", "strike", "obstruct") else None
    return None
