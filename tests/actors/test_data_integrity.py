"""The built-in data files are well-formed and consistent."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
import yaml

from detente.actors.kb import BUILTIN_FILES, is_valid_code
from detente.actors.names import fold
from detente.actors.titles import SECTORS, TITLES_FILE

DATA = Path(BUILTIN_FILES[0]).parent
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _raw(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def _all_codes(kb):
    for e in kb.entities.values():
        if e.code:
            yield e, e.code
        for role in e.roles:
            yield e, role.code


def test_data_every_code_well_formed(kb):
    bad = [(e.id, code) for e, code in _all_codes(kb) if not is_valid_code(code)]
    assert bad == []


def test_data_every_code_country_part_known(kb):
    known = set(kb.countries) | {"NGO", "IMG"}
    known |= {e.code.split(".")[0] for e in kb.organizations() if e.code}
    unknown = sorted({(e.id, code) for e, code in _all_codes(kb) if code.split(".")[0] not in known})
    assert unknown == []


def test_data_every_body_sector_valid(kb):
    assert kb.bodies
    for body in kb.bodies.values():
        assert body.sector in SECTORS, body
        assert body.country is None or body.country in kb.countries, body


def test_data_role_dates_iso_and_ordered():
    problems = []
    for section, name in (("people", "people.yaml"), ("organizations", "organizations.yaml")):
        for entry in _raw(name)[section]:
            for role in entry.get("roles") or []:
                for key in ("start", "end"):
                    value = role.get(key)
                    if value is None:
                        continue
                    text = value.isoformat() if isinstance(value, date) else str(value)
                    if not ISO.match(text):
                        problems.append((entry["name"], key, text))
    assert problems == []


def test_data_role_start_before_end(kb):
    bad = [
        (e.name, r.title)
        for e in kb.entities.values()
        for r in e.roles
        if r.start and r.end and r.start > r.end
    ]
    assert bad == []


def test_data_every_person_has_code_or_roles(kb):
    people = kb.people()
    assert len(people) >= 300
    assert [p.name for p in people if not p.code and not p.roles] == []


def test_data_no_shared_person_names_without_note(kb):
    owners: dict[str, set[str]] = defaultdict(set)
    for p in kb.people():
        for name in (p.name, *p.aliases):
            owners[fold(name)].add(p.id)
    clashes = {n: ids for n, ids in owners.items() if len(ids) > 1}
    unexplained = {
        n: ids for n, ids in clashes.items() if not any(kb.entities[i].note for i in ids)
    }
    assert unexplained == {}


def test_data_shared_surnames_have_note(kb):
    owners: dict[str, set[str]] = defaultdict(set)
    for p in kb.people():
        for surname in p.surnames:
            owners[fold(surname)].add(p.id)
    unexplained = {
        s: sorted(ids)
        for s, ids in owners.items()
        if len(ids) > 1 and not any(kb.entities[i].note for i in ids)
    }
    assert unexplained == {}


def test_data_no_name_clashes_between_entries(kb):
    # a name that two entries answer to must be explained by a note on one of them
    unexplained = {
        name: ids
        for name, ids in kb.collisions().items()
        if not any(kb.entities[i].note for i in ids)
    }
    assert unexplained == {}


def test_data_every_country_complete():
    rows = _raw("countries.yaml")["countries"]
    assert len(rows) >= 240
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    for r in rows:
        assert re.fullmatch(r"[A-Z]{3}", r["code"]), r
        assert r.get("name"), r
        assert r.get("adjectives"), r["code"]
        assert re.fullmatch(r"[A-Z]{2}", r.get("iso2") or ""), r["code"]
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180, r["code"]


MAJOR = (
    "ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF "  # G20
    "UKR IRN ISR SYR IRQ LBN JOR EGY QAT ARE YEM PSE "  # Middle East
    "AUT BEL BGR HRV CYP CZE DNK EST FIN GRC HUN IRL LVA LTU LUX MLT NLD POL PRT ROU SVK "
    "SVN ESP SWE NOR CHE ISL SRB BIH ALB MKD MNE MDA BLR GEO ARM AZE"  # Europe
).split()


@pytest.mark.parametrize("code", MAJOR)
def test_data_major_country_has_demonyms_and_seats(kb, code):
    country = kb.country(code)
    assert country is not None
    assert country.adjectives and country.demonyms and country.seats, code
    assert country.capital


def test_data_regions_present(kb):
    assert kb.country("WST").kind == "group"
    assert kb.country("EUR").kind == "group"
    assert "Western" in kb.country("WST").adjectives


def test_data_adjectives_unique_across_countries():
    owners: dict[str, set[str]] = defaultdict(set)
    data = _raw("countries.yaml")
    for row in data["countries"] + data["regions"]:
        for adjective in row.get("adjectives", []):
            owners[fold(adjective)].add(row["code"])
    assert {a: c for a, c in owners.items() if len(c) > 1} == {}


def test_data_seats_unique_across_countries():
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _raw("countries.yaml")["countries"]:
        for seat in row.get("seats", []):
            owners[fold(seat)].add(row["code"])
    assert {s: c for s, c in owners.items() if len(c) > 1} == {}


def test_data_outlets_are_med(kb):
    outlets = kb.outlets()
    assert len(outlets) >= 150
    assert [o.name for o in outlets if not o.code.endswith(".MED")] == []


def test_data_counts(kb):
    assert len(kb.organizations()) >= 100
    assert len(kb.bodies) >= 50


def test_data_titles_file_well_formed():
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for entry in data["titles"]:
        assert entry["sector"] in SECTORS
        for word in entry["words"]:
            assert fold(word) not in seen, word
            seen[fold(word)] = entry["sector"]
    assert {"former", "ex"} <= set(data["former"])


def test_data_bodies_and_titles_agree(kb):
    # a word listed both as a body and as a title gets the same sector
    data = yaml.safe_load(TITLES_FILE.read_text(encoding="utf-8"))
    title_sector = {fold(w): t["sector"] for t in data["titles"] for w in t["words"]}
    clashes = [
        (name, body.sector, title_sector[fold(name)])
        for body in kb.bodies.values()
        for name in body.names
        if fold(name) in title_sector and title_sector[fold(name)] != body.sector
    ]
    assert clashes == []


def test_data_readme_documents_every_file():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for path in (*BUILTIN_FILES, TITLES_FILE):
        assert Path(path).name in readme
    assert "--actors" in readme
