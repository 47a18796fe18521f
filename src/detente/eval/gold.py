"""Read and validate gold JSONL (``../shared/gold/FORMAT.md``) into dataclasses.

Gold stores no offsets: every ``evidence``, attribution ``content`` and stance ``conditions``
string is located with ``text.find`` (the first occurrence), and a string that is not in the
text is a ``GoldFormatError`` naming the file, line and string. Cues are not located: the
format does not require them to be verbatim.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import GoldFormatError
from detente.models import Article

__all__ = [
    "ATTRIBUTION_KINDS",
    "EVENT_TYPES",
    "MODALITIES",
    "POSITIONS",
    "GoldAttribution",
    "GoldDocument",
    "GoldEvent",
    "GoldStance",
    "parse_gold_record",
    "read_gold",
]

EVENT_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)
MODALITIES = frozenset({"asserted", "negated", "future", "hypothetical"})
ATTRIBUTION_KINDS = frozenset({"direct", "indirect", "mixed"})
POSITIONS = frozenset({"open", "conditional", "opposed", "neutral"})


@dataclass
class GoldEvent:
    type: str
    source: list[str]
    target: list[str]
    modality: str
    evidence: str
    start: int
    end: int
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    said_by: list[str] = field(default_factory=list)
    alt_types: list[str] = field(default_factory=list)
    optional: bool = False


@dataclass
class GoldAttribution:
    speaker: str
    speaker_code: str | None
    anonymous: bool
    cue: str | None
    kind: str
    content: str
    start: int
    end: int
    via: list[str] = field(default_factory=list)


@dataclass
class GoldStance:
    actor: str
    topic: str
    position: str
    evidence: str
    start: int
    end: int
    conditions: list[str] = field(default_factory=list)
    alt_positions: list[str] = field(default_factory=list)


@dataclass
class GoldDocument:
    id: str
    text: str
    meta: dict[str, Any]
    events: list[GoldEvent]
    attributions: list[GoldAttribution]
    stances: list[GoldStance]
    where: str = ""  # "path:line", for messages

    def article(self) -> Article:
        """The ``Article`` an extractor receives for this document."""
        return Article(
            text=self.text,
            id=self.id,
            title=self.meta.get("title"),
            outlet=self.meta.get("outlet"),
            author=self.meta.get("author"),
            published=self.meta.get("published"),
            source=self.where or None,
        )


class _Checker:
    """Field access for one gold record that fails with the record's location."""

    def __init__(self, where: str, text: str) -> None:
        self.where = where
        self.text = text

    def fail(self, what: str, fix: str) -> GoldFormatError:
        return GoldFormatError(f"{self.where}: {what}; {fix} (see ../shared/gold/FORMAT.md)")

    def get(self, obj: dict, key: str, kind: type | tuple, ctx: str, default: Any = ...) -> Any:
        if key not in obj or (obj[key] is None and default is not ...):
            if default is ...:
                raise self.fail(f"{ctx} has no '{key}'", f"add the required field '{key}'")
            return default
        value = obj[key]
        if not isinstance(value, kind) or (kind is list and not all(isinstance(v, str) for v in value)):
            raise self.fail(f"{ctx} '{key}' is {value!r}", f"give it as {_kind_name(kind)}")
        return value

    def choice(self, value: str, allowed: frozenset[str], ctx: str) -> str:
        if value not in allowed:
            raise self.fail(f"{ctx} {value!r} is not allowed", f"use one of {', '.join(sorted(allowed))}")
        return value

    def locate(self, s: str, ctx: str) -> tuple[int, int]:
        start = self.text.find(s) if s else -1
        if start < 0:
            raise self.fail(
                f"{ctx} {s!r} is not a substring of the text",
                "copy it verbatim from the text (check quotes, apostrophes and spaces)",
            )
        return start, start + len(s)


def _kind_name(kind: type | tuple) -> str:
    if kind == (list,):
        return "a list"
    names = {str: "a string", list: "a list of strings", bool: "true or false", dict: "an object"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _event(c: _Checker, obj: dict, ctx: str) -> GoldEvent:
    etype = c.choice(c.get(obj, "type", str, ctx), EVENT_TYPES, f"{ctx} type")
    alt = [c.choice(t, EVENT_TYPES, f"{ctx} alt_type") for t in c.get(obj, "alt_types", list, ctx, [])]
    evidence = c.get(obj, "evidence", str, ctx)
    start, end = c.locate(evidence, f"{ctx} evidence")
    return GoldEvent(
        type=etype,
        source=c.get(obj, "source", list, ctx),
        target=c.get(obj, "target", list, ctx),
        modality=c.choice(c.get(obj, "modality", str, ctx), MODALITIES, f"{ctx} modality"),
        evidence=evidence,
        start=start,
        end=end,
        mode=c.get(obj, "mode", str, ctx, None),
        date=c.get(obj, "date", str, ctx, None),
        location=c.get(obj, "location", str, ctx, None),
        said_by=c.get(obj, "said_by", list, ctx, []),
        alt_types=alt,
        optional=c.get(obj, "optional", bool, ctx, False),
    )


def _attribution(c: _Checker, obj: dict, ctx: str) -> GoldAttribution:
    content = c.get(obj, "content", str, ctx)
    start, end = c.locate(content, f"{ctx} content")
    return GoldAttribution(
        speaker=c.get(obj, "speaker", str, ctx),
        speaker_code=c.get(obj, "speaker_code", str, ctx, None),
        anonymous=c.get(obj, "anonymous", bool, ctx),
        cue=c.get(obj, "cue", str, ctx, None),
        kind=c.choice(c.get(obj, "kind", str, ctx), ATTRIBUTION_KINDS, f"{ctx} kind"),
        content=content,
        start=start,
        end=end,
        via=c.get(obj, "via", list, ctx, []),
    )


def _stance(c: _Checker, obj: dict, ctx: str) -> GoldStance:
    evidence = c.get(obj, "evidence", str, ctx)
    start, end = c.locate(evidence, f"{ctx} evidence")
    conditions = c.get(obj, "conditions", list, ctx, [])
    for cond in conditions:
        c.locate(cond, f"{ctx} condition")
    alt = [c.choice(p, POSITIONS, f"{ctx} alt_position") for p in c.get(obj, "alt_positions", list, ctx, [])]
    return GoldStance(
        actor=c.get(obj, "actor", str, ctx),
        topic=c.get(obj, "topic", str, ctx),
        position=c.choice(c.get(obj, "position", str, ctx), POSITIONS, f"{ctx} position"),
        evidence=evidence,
        start=start,
        end=end,
        conditions=conditions,
        alt_positions=alt,
    )


def parse_gold_record(obj: Any, *, where: str = "<gold>") -> GoldDocument:
    """Validate one gold record (a parsed JSON object) and locate its strings.

    Args:
        obj: the record, as ``json.loads`` returns it.
        where: its location for messages, e.g. ``"gold.jsonl:3"``.
    Raises:
        GoldFormatError: a field is missing or has a bad value, or a string is not in the text.
    """
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: a gold record must be a JSON object, got {type(obj).__name__}")
    c = _Checker(where, "")
    c.text = c.get(obj, "text", str, "the record")
    if not c.text.strip():
        raise c.fail("the record has an empty 'text'", "give the full article text")
    doc_id = c.get(obj, "id", str, "the record")
    lists = {key: c.get(obj, key, (list,), "the record") for key in ("events", "attributions", "stances")}
    for key, items in lists.items():
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise c.fail(f"{key[:-1]} {i} is not an object", "give each entry as a JSON object")
    return GoldDocument(
        id=doc_id,
        text=c.text,
        meta=c.get(obj, "meta", dict, "the record", {}),
        events=[_event(c, o, f"event {i}") for i, o in enumerate(lists["events"], 1)],
        attributions=[_attribution(c, o, f"attribution {i}") for i, o in enumerate(lists["attributions"], 1)],
        stances=[_stance(c, o, f"stance {i}") for i, o in enumerate(lists["stances"], 1)],
        where=where,
    )


def read_gold(path: str | Path) -> list[GoldDocument]:
    """Read a gold JSONL file: one validated ``GoldDocument`` per non-blank line.

    Raises:
        EvalError: the file cannot be read.
        GoldFormatError: a line is not valid JSON or breaks the format; ids repeat.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read the gold file ({exc}); give a UTF-8 JSONL file") from exc
    docs: list[GoldDocument] = []
    seen: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: not valid JSON ({exc.msg}); write one JSON object per line") from exc
        doc = parse_gold_record(obj, where=where)
        if doc.id in seen:
            raise GoldFormatError(f"{where}: id {doc.id!r} repeats {seen[doc.id]}; give every article its own id")
        seen[doc.id] = where
        docs.append(doc)
    if not docs:
        raise GoldFormatError(f"{path}: no gold records; write one annotated article per line")
    return docs
