"""Quote runs, statements and role descriptions as speakers, and headlines (slow: real model)."""

from __future__ import annotations

import pytest

from detente.extract import iter_docs
from detente.models import Article

pytestmark = pytest.mark.slow


def _attributions(nlp, text: str, title: str | None = None):
    [(_, doc)] = iter_docs([Article(text=text, title=title, published="2024-06-02")], nlp)
    return doc._.attributions


def _speaker_of(found, start: str) -> str | None:
    return next(a.speaker_name for a in found if a.content.text.startswith(start))


def test_runs_pronoun_continues_the_speaker_not_the_person_named_last(nlp):
    text = 'Kuleba said he met Lavrov in Antalya. He said: "We did not agree on anything."'
    found = _attributions(nlp, text)
    assert _speaker_of(found, "We did not agree") == "Dmytro Kuleba"


def test_runs_another_person_named_between_breaks_the_run(nlp):
    text = ('"We must act now," said Dutch Defence Minister Ruben Brekelmans. The same warning came '
            'from Ursula von der Leyen in Brussels. "Europe cannot wait," she said.')
    found = _attributions(nlp, text)
    assert _speaker_of(found, "Europe cannot wait") == "Ursula von der Leyen"


def test_runs_statement_speaks_for_the_issuer_named_before(nlp):
    text = ("The talks ended without a deal, according to the White House. A statement said "
            "both sides would meet again.")
    found = _attributions(nlp, text)
    a = next(a for a in found if a.content.text.startswith("both sides"))
    assert a.speaker_code == "USA.GOV"


def test_runs_role_description_resolves_to_the_person(nlp):
    text = ("Ukrainian President Volodymyr Zelensky visited the front on Monday. Shelling continued "
            "overnight. The President said the army would hold the line.")
    found = _attributions(nlp, text)
    a = next(a for a in found if a.content.text.startswith("the army"))
    assert (a.speaker_name, a.speaker_code) == ("Volodymyr Zelensky", "UKR.GOV")


@pytest.mark.parametrize(
    "title",
    [
        "Ceasefire Talks Between Moscow and Kyiv Deadlock",
        "US Diplomat Discusses Truce With Turkish FM",
        "UN Court Opens Maritime Hearing",
    ],
)
def test_headlines_without_a_cue_and_speaker_are_no_attribution(nlp, title):
    text = f"{title}\n\nThe meeting in Geneva ended on Friday without a statement."
    found = _attributions(nlp, text, title=title)
    assert not any(a.content.start < len(title) for a in found), [(a.speaker_name, a.content.text) for a in found]


@pytest.mark.parametrize(
    "title, speaker",
    [
        ("Kremlin says talks with Kyiv have stalled", "Kremlin"),
        ("Zelensky: Russia is not ready for peace", "Volodymyr Zelensky"),
    ],
)
def test_headlines_with_a_cue_and_a_real_speaker_are_attributions(nlp, title, speaker):
    text = f"{title}\n\nOfficials gave no details on Friday."
    found = _attributions(nlp, text, title=title)
    heads = [a for a in found if a.content.start < len(title)]
    assert [a.speaker_name for a in heads] == [speaker]


def test_headlines_stance_verb_of_a_country_is_news_not_a_quote(nlp):
    title = "Turkey criticizes Israel over its response to protests"
    found = _attributions(nlp, f"{title}\n\nThe foreign ministry issued no statement.", title=title)
    assert not any(a.content.start < len(title) for a in found)


@pytest.mark.parametrize(
    "text, content",
    [
        ("KYIV, Ukraine (AP) — Ukrainian forces shot down 20 drones overnight, the air force said.",
         "Ukrainian forces shot down 20 drones overnight"),
        ("UNITED NATIONS — The council will vote on Friday, diplomats said.", "The council will vote on Friday"),
    ],
)
def test_headlines_datelines_are_no_part_of_the_content(nlp, text, content):
    [found] = _attributions(nlp, text)
    assert found.content.text == content
