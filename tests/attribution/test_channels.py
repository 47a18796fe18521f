"""Reporting channels: interviews, broadcasts, "quoted by", platforms and the article's own
outlet, through the real pipeline (slow)."""

from __future__ import annotations

import pytest

from detente.extract import iter_docs
from detente.models import Article

pytestmark = pytest.mark.slow


def _attributions(nlp, text: str, outlet: str | None = None):
    [(_, doc)] = iter_docs([Article(text=text, outlet=outlet, published="2024-06-02")], nlp)
    return doc._.attributions


def _by_content(found, start: str):
    return next(a for a in found if a.content.text.startswith(start))


@pytest.mark.parametrize(
    "text, via",
    [
        ("Defence Minister Ana Pereira said in an interview with Radio Free Europe that the border was "
         "closed.", ["Radio Free Europe/Radio Liberty"]),
        ("The ambassador told the BBC that the talks had stalled.", ["BBC"]),
        ("Lavrov said on Fox News that Moscow wanted a deal.", ["Fox News"]),
        ("Peskov was quoted by TASS as saying that no meeting was planned.", ["TASS"]),
        ("The senator said in an interview with podcast host Dana Whitlow that she would vote no.",
         ["Dana Whitlow"]),
    ],
)
def test_channels_chain_through_the_outlet(nlp, text, via):
    found = _attributions(nlp, text)
    assert len(found) == 1, [(a.speaker_name, a.content.text) for a in found]
    assert found[0].via_names == via


def test_channels_quoted_by_keeps_the_speaker(nlp):
    [found] = _attributions(nlp, "Peskov was quoted by TASS as saying that no meeting was planned.")
    assert found.speaker_name == "Dmitry Peskov"


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky wrote on Telegram that the strikes had hit power plants.",
        "The minister posted on X that the convoy had arrived.",
        "The governor told reporters that the roads were closed.",
    ],
)
def test_channels_platforms_and_reporters_are_no_chain(nlp, text):
    found = _attributions(nlp, text)
    assert found and all(a.via_names == [] for a in found)


def test_channels_the_articles_own_outlet_is_first_hand(nlp):
    text = "The mayor told Reuters that the water supply was safe."
    assert _attributions(nlp, text, outlet="Reuters")[0].via_names == []
    assert _attributions(nlp, text, outlet="Voice of America")[0].via_names == ["Reuters"]


def test_channels_a_service_of_the_own_outlet_is_first_hand(nlp):
    text = "The analyst told VOA Mandarin that exports would fall."
    assert _attributions(nlp, text, outlet="Voice of America")[0].via_names == []


def test_channels_broadcast_clause_gives_its_channel_to_the_speakers_run(nlp):
    text = ("Minister Jorge Almeida said the border would reopen on Friday. He said trucks were "
            "already waiting. Almeida spoke on state television. The opposition said the plan was late.")
    found = _attributions(nlp, text)
    assert _by_content(found, "the border would reopen").via_names == ["state television"]
    assert _by_content(found, "trucks were already").via_names == ["state television"]
    assert _by_content(found, "the plan was late").via_names == []


def test_channels_interview_channel_continues_to_the_next_statement(nlp):
    text = ("Former envoy Jean Dupuis told Radio France International he believed the strike was "
            "an error, but suggested senior officers knew of it.")
    found = _attributions(nlp, text)
    assert all(a.via_names == ["Radio France International"] for a in found), [
        (a.content.text, a.via_names) for a in found]


@pytest.mark.parametrize(
    "text, via",
    [
        ("Speaking on Radio Free Asia, the minister said the deal was off.", ["Radio Free Asia"]),
        ("The minister, speaking to CNN, said the deal was off.", ["CNN"]),
        ("Speaking to reporters, the minister said the deal was off.", []),
    ],
)
def test_channels_speaking_participle_names_the_channel(nlp, text, via):
    [found] = _attributions(nlp, text)
    assert found.via_names == via
