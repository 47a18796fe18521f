import pytest

from detente.actors.stage import actor_for_span, description_of
from detente.extract import parse

pytestmark = pytest.mark.slow


def _doc(nlp, text, published="2022-11-09"):
    return parse(text, published, nlp)


def _actor(doc, name):
    return next(a for a in doc._.actors if a.name == name)


def test_stage_dated_role_picks_code_by_publication_date(nlp):
    text = "Prime Minister Boris Johnson visited Kyiv."
    assert _actor(_doc(nlp, text, "2022-04-09"), "Boris Johnson").code == "GBR.GOV"
    assert _actor(_doc(nlp, text, "2022-11-09"), "Boris Johnson").code == "GBR.ELI"


def test_stage_surname_joins_the_first_full_mention(nlp):
    doc = _doc(nlp, "Volodymyr Zelensky spoke on Monday. Later, Zelensky met aides.")
    zelensky = _actor(doc, "Volodymyr Zelensky")
    assert zelensky.code == "UKR.GOV"
    assert [m.text for m in zelensky.mentions] == ["Volodymyr Zelensky", "Zelensky"]


def test_stage_title_codes_person_missing_from_the_base(nlp):
    doc = _doc(nlp, "Ukrainian Foreign Minister Iryna Testenko arrived in Warsaw.")
    assert _actor(doc, "Iryna Testenko").code == "UKR.GOV"


def test_stage_seat_of_government_as_agent_is_the_government(nlp):
    doc = _doc(nlp, "Moscow reaffirmed that it is open to negotiations.")
    moscow = _actor(doc, "Moscow")
    assert moscow.code == "RUS.GOV"


def test_stage_seat_as_destination_is_not_the_government(nlp):
    doc = _doc(nlp, "The envoy travelled to Moscow on Tuesday.")
    assert all(a.code != "RUS.GOV" for a in doc._.actors)


def test_stage_outlet_alias_gets_canonical_name_and_code(nlp):
    doc = _doc(nlp, "Officials told NBC that the talks had stalled.")
    nbc = _actor(doc, "NBC News")
    assert (nbc.kind, nbc.code) == ("outlet", "USA.MED")


def test_stage_name_never_written_gives_way_to_mention(nlp):
    doc = _doc(nlp, "The US said it would send more aid.")
    assert any(a.name == "US" and a.code == "USA" for a in doc._.actors)


def test_stage_group_description_is_anonymous_with_code(nlp):
    doc = _doc(nlp, "Western military officials said the offensive had stalled.")
    span = doc[0:3]
    actor = actor_for_span(doc, span)
    assert (actor.code, actor.anonymous, actor.kind) == ("WST.MIL", True, "group")


def test_stage_named_phrase_resolves_to_the_person(nlp):
    doc = _doc(nlp, "Russian Foreign Ministry spokeswoman Maria Zakharova said talks were possible.")
    actor = actor_for_span(doc, doc[0:6])
    assert actor.name == "Maria Zakharova" and actor.code == "RUS.GOV"


def test_stage_description_of_collects_titles_and_appositives(nlp):
    doc = _doc(nlp, "Kateryna Testova, the Ukrainian deputy foreign minister, said so.")
    ent = next(e for e in doc.ents if e.label_ == "PERSON")
    assert "deputy foreign minister" in description_of(ent)


def test_stage_partitive_group_is_anonymous(nlp):
    doc = _doc(nlp, "One of the officials said the deal was close.")
    actor = actor_for_span(doc, doc[0:4])
    assert actor.anonymous is True and actor.kind == "group"


def test_stage_sector_only_title_takes_the_only_country_in_the_sentence(nlp):
    doc = _doc(nlp, "President Testo Mbeka of Uganda said the border would reopen.")
    assert _actor(doc, "Testo Mbeka").code == "UGA.GOV"


def test_stage_sector_only_title_with_two_countries_gets_no_code(nlp):
    doc = _doc(nlp, "Foreign Minister Iryna Testenko said Kyiv would never trade land with Russia.")
    assert _actor(doc, "Iryna Testenko").code is None


def test_stage_sector_only_title_takes_country_of_its_of_phrase(nlp):
    doc = _doc(nlp, "King Testo of the United Kingdom met Russian and French envoys.")
    king = next(a for a in doc._.actors if "Testo" in a.name)
    assert king.code == "GBR.GOV"
