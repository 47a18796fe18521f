"""User actor files (``--actors FILE``): merged after the built-in data, overriding it, and
rejected with a KnowledgeBaseError that names the file, the entry and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.actors.kb import load_kb
from detente.errors import KnowledgeBaseError

USER_FILE = """
people:
- name: Jane Roe
  aliases: [J. Roe]
  roles:
  - {code: UKR.GOV, title: Deputy Foreign Minister, start: 2023-02-01}
- name: Boris Johnson
  roles:
  - {code: GBR.LEG, title: Member of Parliament, start: 2001-06-07}
outlets:
- {code: POL.MED, name: Notes from Poland, names: [NfP]}
organizations:
- {code: USA.NGO, name: Quincy Institute, names: [Quincy Institute for Responsible Statecraft]}
countries:
- {code: XAB, name: Absurdistan, adjectives: [Absurdistani], seats: [Absurd City]}
"""


def _write(tmp_path: Path, text: str, name: str = "actors.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_kb_user_file_adds_entries(tmp_path):
    kb = load_kb([_write(tmp_path, USER_FILE)])
    assert kb.lookup("Jane Roe", "2024-01-01").code == "UKR.GOV"
    assert kb.lookup("J. Roe", "2024-01-01").name == "Jane Roe"
    assert kb.lookup("Notes from Poland").code == "POL.MED"
    assert kb.lookup("Quincy Institute").code == "USA.NGO"
    assert kb.country_for_modifier("Absurdistani") == "XAB"
    assert kb.seat("Absurd City") == "XAB"
    assert "actors.yaml" in kb.lookup("Jane Roe").why


def test_kb_user_file_keeps_builtin_entries(tmp_path):
    kb = load_kb([_write(tmp_path, USER_FILE)])
    assert kb.lookup("Maria Zakharova").code == "RUS.GOV"
    assert kb.lookup("TASS").code == "RUS.MED"


def test_kb_user_file_overrides_builtin_person(tmp_path):
    kb = load_kb([_write(tmp_path, USER_FILE)])
    # the user entry has the same id (person:boris-johnson) and replaces the built-in one
    assert kb.lookup("Boris Johnson", "2022-11-09").code == "GBR.LEG"
    # the built-in knowledge base itself is untouched
    assert load_kb().lookup("Boris Johnson", "2022-11-09").code == "GBR.ELI"


def test_kb_user_file_names_win_clashes(tmp_path):
    text = "outlets:\n- {code: FRA.MED, name: Le Reuters, names: [Reuters]}\n"
    kb = load_kb([_write(tmp_path, text)])
    assert kb.lookup("Reuters").code == "FRA.MED"
    assert [m.code for m in kb.lookup_all("Reuters")] == ["FRA.MED", "GBR.MED"]


def test_kb_user_files_later_file_wins(tmp_path):
    first = _write(tmp_path, "outlets:\n- {code: FRA.MED, name: Daily Zed}\n", "a.yaml")
    second = _write(tmp_path, "outlets:\n- {code: DEU.MED, name: Daily Zed}\n", "b.yaml")
    assert load_kb([first, second]).lookup("Daily Zed").code == "DEU.MED"


def test_kb_user_file_empty_is_fine(tmp_path):
    kb = load_kb([_write(tmp_path, "")])
    assert kb.lookup("NATO").code == "NATO"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("people: [oops", ["not valid YAML", "line"]),
        ("- just a list\n", ["top level must be a mapping"]),
        ("persons:\n- {name: X, code: USA}\n", ["unknown section 'persons'", "people"]),
        ("people:\n  name: X\n", ["section 'people' must be a list"]),
        ("people:\n- Jane Roe\n", ["people[0]", "must be a mapping"]),
        ("people:\n- {code: USA.GOV}\n", ["people[0]", "'name' is missing"]),
        ("people:\n- {name: Jane Roe}\n", ["people[0] ('Jane Roe')", "needs a code"]),
        ("people:\n- {name: Jane Roe, code: usa.gov}\n", ["'Jane Roe'", "COUNTRY[.SECTOR]"]),
        ("people:\n- {name: Jane Roe, code: USA.SPY}\n", ["'USA.SPY'", "GOV"]),
        (
            "people:\n- name: Jane Roe\n  roles:\n  - {code: USA.GOV, start: 2023-13-01}\n",
            ["people[0] ('Jane Roe')", "role 1 start '2023-13-01'", "YYYY-MM-DD"],
        ),
        (
            "people:\n- name: Jane Roe\n  roles:\n  - {code: USA.GOV, start: 'next week'}\n",
            ["role 1 start 'next week'", "ISO date"],
        ),
        (
            "people:\n- name: Jane Roe\n  roles:\n"
            "  - {code: USA.GOV, start: 2020-01-01, end: 2019-01-01}\n",
            ["role 1 starts 2020-01-01 after it ends 2019-01-01"],
        ),
        (
            "people:\n- name: Jane Roe\n  roles:\n  - {title: Minister, start: 2020-01-01}\n",
            ["role 1 has no code"],
        ),
        (
            "people:\n- name: Jane Roe\n  roles:\n  - {code: USA.GOV, begin: 2020-01-01}\n",
            ["role 1 has unknown field 'begin'"],
        ),
        ("people:\n- {name: Jane Roe, code: USA, alias: [J]}\n", ["unknown field 'alias'"]),
        ("people:\n- {name: Jane Roe, code: USA, aliases: J}\n", ["'aliases' must be a list"]),
        (
            "people:\n- {name: Jane Roe, code: USA}\n- {name: Jane Roe, code: GBR}\n",
            ["people[1] ('Jane Roe')", "duplicate id 'person:jane-roe'"],
        ),
        ("countries:\n- {code: XAB.GOV, name: Absurdistan}\n", ["no sector", "XAB"]),
        ("countries:\n- {code: XAB, name: Absurdistan, lat: 123}\n", ["'lat'", "-90"]),
        ("bodies:\n- {names: [Politburo], sector: POL}\n", ["bodies[0]", "sector 'POL'"]),
        ("outlets:\n- {name: Daily Zed}\n", ["outlets[0] ('Daily Zed')", "needs a code"]),
    ],
)
def test_kb_user_file_malformed_raises(tmp_path, text, expected):
    path = _write(tmp_path, text)
    with pytest.raises(KnowledgeBaseError) as info:
        load_kb([path])
    message = str(info.value)
    assert str(path) in message
    for part in expected:
        assert part in message, message


def test_kb_user_file_missing_raises(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="not found"):
        load_kb([tmp_path / "nope.yaml"])


def test_kb_user_file_accepts_partial_dates(tmp_path):
    text = (
        "people:\n- name: Jane Roe\n  roles:\n"
        "  - {code: UKR.GOV, title: envoy, start: 2020, end: 2021-06}\n"
    )
    kb = load_kb([_write(tmp_path, text)])
    assert kb.lookup("Jane Roe", "2021-06-30").code == "UKR.GOV"
    assert kb.lookup("Jane Roe", "2021-07-01").code == "UKR.ELI"
    assert kb.lookup("Jane Roe", "2019-12-31").code == "UKR"
