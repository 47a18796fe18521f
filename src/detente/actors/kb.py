"""The actor knowledge base: countries, regions, organisations, outlets and people with dated
roles, loaded from ``data/*.yaml`` and from user files in the same format (``--actors FILE``).

    kb = load_kb()
    kb.lookup("Boris Johnson", "2022-11-09")     # Match(code='GBR.ELI', kind='person', ...)
    kb.lookup("La Repubblica")                   # Match(code='ITA.MED', kind='outlet', ...)
    kb.country_for_modifier("Russian")           # 'RUS'
    kb.seat("Kyiv")                              # 'UKR'

Everything is indexed once at load time; a look-up is a few dict probes. The formats are
documented in ``data/README.md``. Malformed files raise ``KnowledgeBaseError`` naming the
file, the entry and the fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..errors import KnowledgeBaseError
from .names import NameIndex, fold, slug, strip_possessive
from .titles import SECTORS, Title, TitleLexicon, load_titles

__all__ = [
    "BUILTIN_FILES",
    "Body",
    "Country",
    "Entity",
    "KnowledgeBase",
    "Match",
    "Role",
    "is_valid_code",
    "load_kb",
    "parse_date",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
BUILTIN_FILES = tuple(
    DATA_DIR / name
    for name in ("countries.yaml", "organizations.yaml", "outlets.yaml", "people.yaml")
)
SECTIONS = ("countries", "regions", "organizations", "bodies", "outlets", "people")
KINDS = ("person", "organization", "country", "group", "outlet")

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,6}(?:\.(?:" + "|".join(SECTORS) + r"))?$")
_ANSWERS = 50_000  # look-up answers remembered per knowledge base
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xiv"}
_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "el",
              "bin", "ibn", "ben", "dos", "das", "del", "della", "ter", "zu"}


def is_valid_code(code: Any) -> bool:
    """True for a well-formed actor code: COUNTRY[.SECTOR] (RUS, RUS.GOV, NATO, EU.LEG)."""
    return isinstance(code, str) and bool(_CODE.match(code))


def parse_date(value: Any, *, end: bool = False) -> date | None:
    """An ISO date, or its partial forms YYYY and YYYY-MM (first day, or last with END=True).

    Accepts ``datetime.date`` and ISO timestamps (the date part is used). None stays None;
    anything else raises ValueError.
    """
    if value is None:
        return None
    if isinstance(value, date):
        return value
    m = _DATE.match(str(value).strip())
    if not m:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(m[1]), m[2], m[3]
    if month is None:
        return date(year, 12, 31) if end else date(year, 1, 1)
    if day is None:
        mm = int(month)
        if not end:
            return date(year, mm, 1)
        nxt = date(year + (mm == 12), mm % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(year, int(month), int(day))


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Role:
    code: str
    title: str | None
    start: date | None
    end: date | None  # None: still held

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entity:
    """One actor of the knowledge base (a person, organisation, outlet, country or region)."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    code: str | None = None  # fallback code (see code_on)
    roles: tuple[Role, ...] = ()
    surnames: tuple[str, ...] = ()
    note: str | None = None
    source: str = ""

    @property
    def country(self) -> str | None:
        code = self.code or (self.roles[0].code if self.roles else None)
        return code.split(".")[0] if code else None

    def code_on(self, day: date | None) -> tuple[str | None, str | None, str]:
        """(code, role title, reason) for DAY. See data/README.md for the rules."""
        if not self.roles:
            return self.code, None, "fixed code"
        if day is None:
            role = max(self.roles, key=lambda r: r.start or date.min)
            return role.code, role.title, "no date given: most recent role"
        for role in self.roles:
            if role.covers(day):
                return role.code, role.title, f"{role.title or 'role'} on {day.isoformat()}"
        ended = [r for r in self.roles if r.end is not None and r.end < day]
        if ended and self.kind == "person":
            last = max(ended, key=lambda r: r.end)
            country = last.code.split(".")[0]
            return (
                f"{country}.ELI",
                f"former {last.title}" if last.title else "former official",
                f"no role on {day.isoformat()}; {last.title or 'last role'} ended "
                f"{last.end.isoformat()}",
            )
        if self.code:
            return self.code, None, f"no role on {day.isoformat()}: fallback code"
        first = min(self.roles, key=lambda r: r.start or date.min)
        return first.code.split(".")[0], None, f"before the first role on {day.isoformat()}"


@dataclass(frozen=True)
class Country:
    """A country (kind 'country') or a region used as an actor (kind 'group': WST, EUR)."""

    code: str
    name: str
    kind: str = "country"
    iso2: str | None = None
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    seats: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    continent: str | None = None
    territory_of: str | None = None
    ambiguous_names: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Body:
    """A government body from the pattern table: 'Foreign Ministry' -> GOV, 'Pentagon' -> USA MIL."""

    id: str
    names: tuple[str, ...]
    sector: str
    country: str | None = None
    note: str | None = None

    @property
    def code(self) -> str | None:
        return f"{self.country}.{self.sector}" if self.country else None


@dataclass(frozen=True)
class Match:
    """The answer of a look-up."""

    name: str  # canonical name
    kind: str  # person | organization | country | group | outlet
    code: str | None  # actor code for the date asked
    country: str | None  # COUNTRY part of the code
    kb_id: str
    why: str
    title: str | None = None  # the role held on the date (people, dated organisations)
    matched: str = ""  # the text that was looked up


# --------------------------------------------------------------------------- reading


@lru_cache(maxsize=1)
def _loader() -> type:
    """A SafeLoader that keeps dates as text, so a bad date is reported by us, not by PyYAML."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when libyaml is there

    class Loader(base):  # type: ignore[misc,valid-type]
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return Loader


def _read_yaml(path: Path) -> dict:
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeBaseError(f"{path}: actor file not found; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read the actor file ({exc})") from None
    try:
        data = yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeBaseError(
            f"{path}: not valid YAML{where} ({problem}); fix the syntax"
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KnowledgeBaseError(
            f"{path}: the top level must be a mapping with sections "
            f"({', '.join(SECTIONS)}); see data/README.md"
        )
    unknown = [k for k in data if k not in SECTIONS]
    if unknown:
        raise KnowledgeBaseError(
            f"{path}: unknown section {unknown[0]!r}; valid sections are {', '.join(SECTIONS)}"
        )
    for key, value in data.items():
        if value is not None and not isinstance(value, list):
            raise KnowledgeBaseError(f"{path}: section '{key}' must be a list of entries")
    return data


@lru_cache(maxsize=8)
def _read_builtin(path: Path) -> dict:
    return _read_yaml(path)


class _Entry:
    """Validation helpers for one entry of one section of one file."""

    def __init__(self, path: Path, section: str, index: int, raw: Any) -> None:
        self.path, self.section, self.index = path, section, index
        if not isinstance(raw, dict):
            self.raw: dict = {}
            self.fail(f"must be a mapping (key: value), not {type(raw).__name__}")
        self.raw = raw

    @property
    def label(self) -> str:
        name = self.raw.get("name") if isinstance(self.raw, dict) else None
        names = self.raw.get("names") if isinstance(self.raw, dict) else None
        shown = name or (names[0] if isinstance(names, list) and names else None)
        return f"{self.section}[{self.index}]" + (f" ({shown!r})" if shown else "")

    def fail(self, problem: str) -> None:
        raise KnowledgeBaseError(f"{self.path}: {self.label}: {problem}")

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.raw.get(key)
        if value is None:
            if required:
                self.fail(f"'{key}' is missing; add {key}: ...")
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key != "name":
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"'{key}' must be a non-empty text, not {value!r}")
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"'{key}' must be a list of names, e.g. {key}: [Name One, Name Two]")
        return tuple(v.strip() for v in value)

    def number(self, key: str, low: float, high: float) -> float | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
            self.fail(f"'{key}' must be a number between {low} and {high}, not {value!r}")
        return float(value)

    def code(self, key: str = "code", required: bool = False, value: Any = None) -> str | None:
        code = self.raw.get(key) if value is None else value
        if code is None:
            if required:
                self.fail(f"'{key}' is missing; add a code such as RUS.GOV")
            return None
        if not is_valid_code(code):
            self.fail(
                f"code {code!r} is not COUNTRY[.SECTOR] (e.g. RUS, RUS.GOV, NATO); "
                f"COUNTRY is 2-7 capitals, SECTOR one of {', '.join(SECTORS)}"
            )
        return code

    def date(self, value: Any, what: str, end: bool) -> date | None:
        if value is None:
            return None
        if isinstance(value, date):
            return value
        if isinstance(value, int):
            value = str(value)
        try:
            if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                raise ValueError
            return parse_date(value, end=end)
        except ValueError:
            self.fail(f"{what} {value!r} is not an ISO date; write YYYY-MM-DD (or YYYY-MM, YYYY)")
        return None  # unreachable

    def roles(self) -> tuple[Role, ...]:
        value = self.raw.get("roles")
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail("'roles' must be a list of {code, title, start, end}")
        roles = []
        for j, r in enumerate(value, 1):
            if not isinstance(r, dict):
                self.fail(f"role {j} must be a mapping {{code, title, start, end}}")
            unknown = set(r) - {"code", "title", "start", "end", "note"}
            if unknown:
                self.fail(f"role {j} has unknown field {sorted(unknown)[0]!r}; "
                          "use code, title, start, end")
            code = self.code(value=r.get("code")) if r.get("code") is not None else None
            if code is None:
                self.fail(f"role {j} has no code; add code: COUNTRY.SECTOR")
            start = self.date(r.get("start"), f"role {j} start", end=False)
            stop = self.date(r.get("end"), f"role {j} end", end=True)
            if start and stop and start > stop:
                self.fail(f"role {j} starts {start} after it ends {stop}; swap or fix the dates")
            title = r.get("title")
            if title is not None and not isinstance(title, str):
                self.fail(f"role {j} title must be text")
            roles.append(Role(code, title, start, stop))
        return tuple(roles)

    def check_fields(self, allowed: Iterable[str]) -> None:
        unknown = sorted(set(self.raw) - set(allowed))
        if unknown:
            self.fail(f"unknown field {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}")


def _derive_surnames(name: str) -> tuple[str, ...]:
    words = name.replace(",", " ").split()
    while words and fold(words[-1]).replace(" ", "") in _SUFFIXES:
        words.pop()
    if len(words) < 2:
        return ()
    for i in range(1, len(words)):
        w = fold(words[i])
        head = w.split(" ")[0]
        if head in _PARTICLES or w.startswith(("al ", "el ")):
            out = [" ".join(words[i:])]
            rest = words[i:]
            if rest[0].lower().startswith(("al-", "el-")) and len(rest) == 1:
                out.append(rest[0][3:])
            return tuple(out)
    return (words[-1],)


# --------------------------------------------------------------------------- the base


@dataclass(repr=False, eq=False)
class KnowledgeBase:
    """Countries, regions, organisations, outlets and people, indexed by every name."""

    entities: dict[str, Entity] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    titles: TitleLexicon | None = None
    files: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self._names: NameIndex[str] = NameIndex()
        self._surnames: NameIndex[str] = NameIndex()
        self._seats: NameIndex[str] = NameIndex()
        self._modifiers: NameIndex[str] = NameIndex()
        self._bodies: NameIndex[str] = NameIndex()
        self._user: set[str] = set()

    def __repr__(self) -> str:
        kinds = {k: 0 for k in KINDS}
        for e in self.entities.values():
            kinds[e.kind] += 1
        counts = ", ".join(f"{k}={n}" for k, n in kinds.items())
        return f"KnowledgeBase({counts}, bodies={len(self.bodies)}, files={len(self.files)})"

    # ----------------------------------------------------------------- building

    def _index(self) -> None:
        order = {"person": 0, "organization": 1, "outlet": 2, "country": 3, "group": 4}
        builtin = [e for e in self.entities.values() if e.id not in self._user]
        user = [e for e in self.entities.values() if e.id in self._user]
        for group, front in ((sorted(builtin, key=lambda e: order[e.kind]), False), (user, True)):
            for e in group:
                for name in (e.name, *e.aliases):
                    # an outlet's name is a proper name: "foreign policy" is no magazine
                    self._names.add(name, e.id, front=front, proper=e.kind == "outlet")
                if e.kind == "person":
                    for s in e.surnames:
                        self._surnames.add(s, e.id, front=front)
                if e.kind == "organization":
                    for name in (e.name, *e.aliases):
                        if e.country:
                            self._modifiers.add(name, e.country, front=front)
        for c in self.countries.values():
            front = f"country:{c.code}" in self._user or f"region:{c.code}" in self._user
            for word in (*c.adjectives, c.name, *c.names):
                self._modifiers.add(word, c.code, front=front)
            for seat in c.seats:
                self._seats.add(seat, c.code, front=front)
        for b in self.bodies.values():
            for name in b.names:
                self._bodies.add(name, b.id, front=b.id in self._user)

    def _org_seats(self, entity: Entity, seats: tuple[str, ...], front: bool) -> None:
        for seat in seats:
            if entity.country:
                self._seats.add(seat, entity.country, front=front)

    # ----------------------------------------------------------------- look-ups

    def entity(self, kb_id: str) -> Entity | None:
        return self.entities.get(kb_id)

    def country(self, code: str) -> Country | None:
        """The country or region with CODE (RUS, WST), or None."""
        return self.countries.get(code)

    def code_for(self, kb_id: str, date: str | None = None) -> str | None:
        """The code of entity KB_ID on DATE (see Entity.code_on)."""
        e = self.entities.get(kb_id)
        return e.code_on(parse_date(date))[0] if e else None

    def _match(self, e: Entity, day: date | None, matched: str, why: str) -> Match:
        code, title, reason = e.code_on(day)
        return Match(
            name=e.name,
            kind=e.kind,
            code=code,
            country=code.split(".")[0] if code else None,
            kb_id=e.id,
            why=f"{why}; {reason}",
            title=title,
            matched=matched,
        )

    def lookup_all(self, name: str, date: str | None = None) -> list[Match]:
        """Every entry NAME can mean on DATE, best first (see ``lookup``)."""
        # the same names come back thousands of times in one article ("Ukraine, Ukraine, ..."):
        # answers are remembered (a bounded table; the base does not change once loaded)
        if not hasattr(self, "_answers"):
            self._answers: dict[tuple[str, str | None], list[Match]] = {}
        key = (name, date)
        found = self._answers.get(key)
        if found is None:
            found = self._lookup_all(name, date)
            if len(self._answers) >= _ANSWERS:
                self._answers.clear()
            self._answers[key] = found
        return list(found)

    def _lookup_all(self, name: str, date: str | None) -> list[Match]:
        day = parse_date(date)
        found: list[Match] = []
        for candidate in dict.fromkeys((name, strip_possessive(name))):
            if not candidate:
                continue
            for kb_id in self._names.get_all(candidate):
                e = self.entities[kb_id]
                what = "name" if fold(e.name) == fold(candidate) else "alias"
                found.append(self._match(e, day, name, f"{what} of {e.name} in {self._src(e)}"))
            if found:
                return found
            seat = self._seats.get(candidate)
            if seat:
                c = self.countries.get(seat)
                org = None if c else self._org_by_country(seat)
                if c:
                    code = f"{c.code}.GOV" if c.kind == "country" else c.code
                    found.append(Match(c.name, c.kind, code, c.code, f"country:{c.code}",
                                       f"{candidate!r} is a seat of government of {c.name}",
                                       matched=name))
                elif org:
                    found.append(self._match(org, day, name, f"{candidate!r} is the seat of {org.name}"))
                return found
            for body_id in self._bodies.get_all(candidate):
                b = self.bodies[body_id]
                if b.country:
                    found.append(Match(b.names[0], "organization", b.code, b.country, b.id,
                                       f"government body {b.names[0]!r} of {b.country} ({b.sector})",
                                       matched=name))
                    return found
        return found

    def lookup(self, name: str, date: str | None = None) -> Match | None:
        """The entry NAME (full name or alias; case, diacritics and a leading 'the' ignored)
        stands for, with its code on DATE (ISO; None: the most recent role). Seats of
        government ('Moscow', 'the Kremlin') give COUNTRY.GOV, government bodies with a fixed
        country ('the Pentagon', 'Congress') their code. Surnames alone are not matched here:
        see ``lookup_surname``. A DATE that is not ISO raises ValueError."""
        found = self.lookup_all(name, date)
        return found[0] if found else None

    def lookup_surname(self, surname: str, date: str | None = None) -> list[Match]:
        """The people SURNAME ('Zelensky', 'Sullivan', 'Kim') may mean; those holding a role on
        DATE first."""
        day = parse_date(date)
        ids = self._surnames.get_all(surname)
        if not ids:
            stripped = strip_possessive(surname)
            ids = self._surnames.get_all(stripped) if stripped else []
        matches = [self._match(self.entities[i], day, surname, f"surname of {self.entities[i].name}")
                   for i in ids]
        if day is not None:
            active = {i for i in ids if any(r.covers(day) for r in self.entities[i].roles)}
            matches.sort(key=lambda m: m.kb_id not in active)
        return matches

    def country_for_modifier(self, word: str) -> str | None:
        """The country, region or organisation code a modifier stands for: 'Russian' -> RUS,
        'Western' -> WST, 'US' -> USA, "Iran's" -> IRN, 'NATO' -> NATO, 'Kremlin' -> RUS."""
        for candidate in (word, strip_possessive(word)):
            if not candidate:
                continue
            code = self._modifiers.get(candidate) or self._seats.get(candidate)
            if code:
                return code
        return None

    def seat(self, name: str) -> str | None:
        """The country (or organisation) whose government NAME stands for: 'Moscow' -> RUS,
        'the White House' -> USA, 'Kyiv'/'Kiev' -> UKR, 'Brussels' -> EU."""
        return self._seats.get(name) or (
            self._seats.get(strip_possessive(name)) if strip_possessive(name) else None
        )

    def body(self, name: str) -> Body | None:
        """The government body NAME names ('Foreign Ministry', 'the Pentagon'), or None."""
        found = self._bodies.get_all(name)
        return self.bodies[found[0]] if found else None

    def title(self, phrase: str) -> Title | None:
        """The title PHRASE names ('Foreign Minister' -> GOV, 'troops' -> MIL), or None."""
        return self.titles.get(phrase) if self.titles else None

    def collisions(self) -> dict[str, list[str]]:
        """Names (folded) that more than one entry answers to, with the entry ids."""
        out: dict[str, list[str]] = {}
        for table in (self._names._exact, self._names._folded):
            for key, items in table.items():
                ids = list(dict.fromkeys(i if isinstance(i, str) else i[0] for i in items))
                if len(ids) > 1:
                    out[key] = ids
        return out

    def _org_by_country(self, code: str) -> Entity | None:
        if not hasattr(self, "_orgs_by_code"):
            self._orgs_by_code: dict[str, Entity] = {}
            for e in self.entities.values():
                if e.kind == "organization" and e.code:
                    self._orgs_by_code.setdefault(e.code, e)
        return self._orgs_by_code.get(code)

    def _src(self, e: Entity) -> str:
        return Path(e.source).name if e.source else "the knowledge base"

    # convenience views ------------------------------------------------------------

    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person"]

    def organizations(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "organization"]

    def outlets(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "outlet"]

    # noun phrases -------------------------------------------------------------------

    def describe(self, text: str, date: str | None = None) -> tuple[str, str] | None:
        """Shortcut for ``describe.code_from_description(text, self, date)``."""
        from .describe import code_from_description

        return code_from_description(text, self, date)


# --------------------------------------------------------------------------- loading


class _Builder:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.countries: dict[str, Country] = {}
        self.bodies: dict[str, Body] = {}
        self.user: set[str] = set()
        self.org_seats: list[tuple[str, tuple[str, ...]]] = []

    def put(self, key: str, value: Any, table: dict, entry: _Entry, seen: set[str],
            user: bool) -> None:
        if key in seen:
            entry.fail(f"duplicate id {key!r} in this file; give one of them another id")
        seen.add(key)
        table[key] = value
        if user:
            self.user.add(key)

    def load(self, path: Path, data: dict, user: bool) -> None:
        seen: set[str] = set()
        for i, raw in enumerate(data.get("countries") or []):
            self._country(_Entry(path, "countries", i, raw), "country", seen, user)
        for i, raw in enumerate(data.get("regions") or []):
            self._country(_Entry(path, "regions", i, raw), "group", seen, user)
        for i, raw in enumerate(data.get("organizations") or []):
            self._entity(_Entry(path, "organizations", i, raw), "organization", seen, user)
        for i, raw in enumerate(data.get("outlets") or []):
            self._entity(_Entry(path, "outlets", i, raw), "outlet", seen, user)
        for i, raw in enumerate(data.get("people") or []):
            self._entity(_Entry(path, "people", i, raw), "person", seen, user)
        for i, raw in enumerate(data.get("bodies") or []):
            self._body(_Entry(path, "bodies", i, raw), seen, user)

    def _country(self, entry: _Entry, kind: str, seen: set[str], user: bool) -> None:
        entry.check_fields({"code", "iso2", "name", "names", "adjectives", "demonyms", "capital",
                            "seats", "lat", "lon", "continent", "territory_of",
                            "ambiguous_names", "note", "kind"})
        code = entry.code(required=True)
        if "." in code:
            entry.fail(f"a country or region code has no sector; write {code.split('.')[0]}")
        name = entry.text("name", required=True)
        country = Country(
            code=code,
            name=name,
            kind=kind,
            iso2=entry.text("iso2"),
            names=entry.texts("names"),
            adjectives=entry.texts("adjectives"),
            demonyms=entry.texts("demonyms"),
            capital=entry.text("capital"),
            seats=entry.texts("seats"),
            lat=entry.number("lat", -90, 90),
            lon=entry.number("lon", -180, 180),
            continent=entry.text("continent"),
            territory_of=entry.text("territory_of"),
            ambiguous_names=entry.texts("ambiguous_names"),
            note=entry.text("note"),
        )
        prefix = "country" if kind == "country" else "region"
        key = f"{prefix}:{code}"
        self.put(code, country, self.countries, entry, seen, user)
        aliases = tuple(n for n in (*country.names, *country.demonyms) if n != name)
        self.entities[key] = Entity(key, kind, name, aliases, code, (), (), country.note,
                                    str(entry.path))
        if user:
            self.user.add(key)

    def _entity(self, entry: _Entry, kind: str, seen: set[str], user: bool) -> None:
        common = {"id", "name", "code", "roles", "note"}
        if kind == "person":
            entry.check_fields(common | {"aliases", "surnames"})
            aliases = entry.texts("aliases")
        else:
            entry.check_fields(common | {"names", "aliases", "type", "parent", "seats", "country"})
            aliases = entry.texts("names") + entry.texts("aliases")
        name = entry.text("name", required=True)
        code = entry.code()
        roles = entry.roles()
        if code is None and not roles:
            entry.fail("needs a code (e.g. code: USA.MED) or dated roles")
        if kind != "person" and entry.raw.get("parent") is not None:
            entry.code(value=entry.raw["parent"])
        prefix = {"person": "person", "organization": "org", "outlet": "outlet"}[kind]
        key = entry.text("id") or f"{prefix}:{slug(name)}"
        if "surnames" in entry.raw:
            surnames = entry.texts("surnames")
        else:
            surnames = _derive_surnames(name) if kind == "person" else ()
        aliases = tuple(dict.fromkeys(a for a in aliases if fold(a) != fold(name)))
        e = Entity(key, kind, name, aliases, code, roles, surnames, entry.text("note"),
                   str(entry.path))
        self.put(key, e, self.entities, entry, seen, user)
        seats = entry.texts("seats") if kind == "organization" else ()
        if seats:
            self.org_seats.append((key, seats))

    def _body(self, entry: _Entry, seen: set[str], user: bool) -> None:
        entry.check_fields({"id", "names", "sector", "country", "note"})
        names = entry.texts("names")
        if not names:
            entry.fail("'names' is missing or empty; list the body's names")
        sector = entry.raw.get("sector")
        if sector not in SECTORS:
            entry.fail(f"sector {sector!r} is not one of {', '.join(SECTORS)}")
        country = entry.text("country")
        if country is not None and not is_valid_code(country):
            entry.fail(f"country {country!r} is not a country code such as USA")
        key = entry.text("id") or f"body:{slug(names[0])}"
        self.put(key, Body(key, names, sector, country, entry.text("note")), self.bodies,
                 entry, seen, user)

    def build(self, titles: TitleLexicon, files: tuple[str, ...]) -> KnowledgeBase:
        kb = KnowledgeBase(dict(self.entities), dict(self.countries), dict(self.bodies),
                           titles, files)
        kb._user = set(self.user)
        kb._index()
        for key, seats in self.org_seats:
            e = kb.entities.get(key)
            if e is not None:
                kb._org_seats(e, seats, front=key in kb._user)
        return kb


def _build(extra: tuple[Path, ...], titles_path: Path | None) -> KnowledgeBase:
    builder = _Builder()
    for path in BUILTIN_FILES:
        builder.load(path, _read_builtin(path), user=False)
    for path in extra:
        builder.load(path, _read_yaml(path), user=True)
    titles = load_titles() if titles_path is None else load_titles(titles_path)
    files = tuple(str(p) for p in (*BUILTIN_FILES, *extra))
    return builder.build(titles, files)


@lru_cache(maxsize=1)
def _builtin_kb() -> KnowledgeBase:
    return _build((), None)


def load_kb(extra_files: Iterable[Path | str] = ()) -> KnowledgeBase:
    """The knowledge base: the built-in data files, then EXTRA_FILES (user actor files in the
    same format; their entries replace built-in ones with the same id and win name clashes).

    The built-in base is built once and cached. Raises KnowledgeBaseError for a malformed file.
    """
    extra = tuple(Path(p) for p in extra_files)
    if not extra:
        return _builtin_kb()
    return _build(extra, None)
