"""Codes for noun phrases (``code_from_description``)."""

from __future__ import annotations

import pytest

from detente.actors.describe import code_from_description


@pytest.mark.parametrize(
    "text, date, code",
    [
        # the seed article's speakers and actors (see ../shared/gold/seed.jsonl)
        ("Russian Foreign Ministry spokeswoman Maria Zakharova", "2022-11-09", "RUS.GOV"),
        ("Former British Prime Minister Boris Johnson", "2022-11-09", "GBR.ELI"),
        ("Former British Prime Minister Boris Johnson", None, "GBR.ELI"),
        ("National Security Advisor Jake Sullivan", "2022-11-09", "USA.GOV"),
        ("President Biden", "2022-11-09", "USA.GOV"),
        ("Zelensky", "2022-11-09", "UKR.GOV"),
        ("the government of Volodymyr Zelensky", "2022-11-09", "UKR.GOV"),
        ("Vladimir Putin's government", "2022-11-09", "RUS.GOV"),
        ("Ukrainian officials", None, "UKR.GOV"),
        ("A Ukrainian official", None, "UKR.GOV"),
        ("Western military officials", None, "WST.MIL"),
        ("one Western official", None, "WST.GOV"),
        ("US and Western officials", None, "WST.GOV"),
        ("Some US and Western officials", None, "WST.GOV"),
        ("Russian forces", None, "RUS.MIL"),
        ("The Italian newspaper La Repubblica", None, "ITA.MED"),
        ("Italian media", None, "ITA.MED"),
        ("NBC News", None, "USA.MED"),
        ("Moscow", None, "RUS.GOV"),
        ("Congress", None, "USA.LEG"),
        ("The US and its allies", None, "WST"),
        # others
        ("Iran's President Hassan Rouhani", None, "IRN.GOV"),
        ("Iran's President Hassan Rouhani", "2019-05-01", "IRN.GOV"),
        ("protesters", None, "CVL"),
        ("Ukrainian civilians", None, "UKR.CVL"),
        ("Kyiv residents", None, "UKR.CVL"),
        ("pro-Russian separatists", None, "REB"),
        ("Russian-backed separatists", None, "REB"),
        ("Russian-installed officials", None, "RUS.GOV"),
        ("the Pentagon", None, "USA.MIL"),
        ("Pentagon officials", None, "USA.MIL"),
        ("the Russian Defence Ministry", None, "RUS.MIL"),
        ("Defence Ministry spokesman Igor Konashenkov", None, "RUS.MIL"),
        ("Russia's Foreign Ministry", None, "RUS.GOV"),
        ("the Russian Security Council", None, "RUS.GOV"),
        ("the Kremlin", None, "RUS.GOV"),
        ("White House officials", None, "USA.GOV"),
        ("State Department spokesperson Ned Price", "2022-06-01", "USA.GOV"),
        ("Biden administration officials", None, "USA.GOV"),
        ("NATO officials", None, "NATO"),
        ("NATO forces", None, "NATO.MIL"),
        ("UN peacekeepers", None, "UN.MIL"),
        ("EU lawmakers", None, "EU.LEG"),
        ("European Commission spokesperson", None, "EU.GOV"),
        ("Hamas fighters", None, "PSE.REB"),
        ("Ukrainian opposition lawmakers", None, "UKR.OPP"),
        ("Russian journalists", None, "RUS.MED"),
        ("NBC News reporter", None, "USA.MED"),
        ("Russian businessmen", None, "RUS.BUS"),
        ("Israeli troops", None, "ISR.MIL"),
        ("the Israeli military", None, "ISR.MIL"),
        ("Chinese Foreign Ministry spokesman Zhao Lijian", "2021-06-01", "CHN.GOV"),
        ("Turkish President Recep Tayyip Erdogan", "2022-11-09", "TUR.GOV"),
        ("German Chancellor Olaf Scholz", "2022-11-09", "DEU.GOV"),
        ("former Ukrainian lawmakers", None, "UKR.ELI"),
        ("ex-president Petro Poroshenko", None, "UKR.ELI"),
        ("Russians", None, "RUS"),
        ("Russia", None, "RUS"),
        ("Western powers", None, "WST"),
        ("Ukraine's military", None, "UKR.MIL"),
        ("The National Security Adviser", None, "GOV"),
        ("the paper", None, "MED"),  # sector only: the caller knows which paper
    ],
)
def test_describe_codes(kb, text, date, code):
    result = code_from_description(text, kb, date)
    assert result is not None, text
    assert result[0] == code, result


@pytest.mark.parametrize(
    "text",
    ["", "   ", "officials", "the report", "sources", "Ukraine's allies", "allies"],
)
def test_describe_none(kb, text):
    assert code_from_description(text, kb) is None


def test_describe_gives_reasons(kb):
    code, why = code_from_description("Western military officials", kb)
    assert code == "WST.MIL"
    assert "Western" in why and "military officials" in why
    code, why = code_from_description("US and Western officials", kb)
    assert "also USA" in why


def test_describe_dated_person_overrides_former(kb):
    # Medvedev was a former president in 2023 but held office (Security Council) then
    code, _ = code_from_description("Former Russian President Dmitry Medvedev", kb, "2023-01-01")
    assert code == "RUS.GOV"


def test_describe_mixed_countries_without_region_takes_first(kb):
    code, why = code_from_description("US and British officials", kb)
    assert code == "USA.GOV"
    assert "GBR" in why


def test_describe_method_shortcut(kb):
    assert kb.describe("Italian media") == code_from_description("Italian media", kb)


@pytest.mark.parametrize(
    "text, date, code",
    [
        ("Former Prime Minister Johnson", "2022-11-09", "GBR.ELI"),  # the title picks Boris
        ("Speaker Johnson", "2024-11-09", "USA.LEG"),  # ... and here Mike
        ("British Prime Minister Johnson", "2021-11-09", "GBR.GOV"),
        ("Mr. Obama", "2016-01-01", "USA.GOV"),  # honorifics introduce a surname
        ("Dr. Tedros", "2021-01-01", "WHO"),
        ("Trump supporters", "2024-01-01", "USA.CVL"),
        ("White House press secretary Josh Earnest", "2016-01-01", "USA.GOV"),
        ("Bill Clinton", "2016-01-01", "USA.ELI"),  # a former president, not Hillary
    ],
)
def test_describe_surnames_and_titles(kb, text, date, code):
    result = code_from_description(text, kb, date)
    assert result is not None and result[0] == code, result


@pytest.mark.parametrize(
    "text, date",
    [
        ("Homeland Security Secretary Jeh Johnson", "2016-09-30"),  # another first name
        ("Chelsea Clinton", "2016-01-01"),  # a Clinton the base does not know
        ("Governor Roy Cooper", "2016-01-01"),
        ("Sullivan", "2016-01-01"),  # the only Sullivan in the base was out of office
        ("Mr. King", None),  # a surname after an honorific, not the title 'king'
    ],
)
def test_describe_surname_not_taken_for_someone_else(kb, text, date):
    result = code_from_description(text, kb, date)
    assert result is None or result[0] in ("GOV",), result


def test_describe_surname_followed_by_a_name_is_a_first_name(kb):
    result = code_from_description("former Maryland Gov. Martin O'Malley", kb, "2015-11-17")
    assert result is None or not result[0].startswith("IRL"), result
