"""The attribution stage on hand-written sentences, through the real pipeline."""

from __future__ import annotations

import pytest

from detente.extract import parse
from detente.models import Article
from detente.output.contract import check_spans, to_contract

pytestmark = pytest.mark.slow


def _attributions(nlp, text: str):
    return parse(text, nlp=nlp)._.attributions


def _one(nlp, text: str):
    found = _attributions(nlp, text)
    assert len(found) == 1, [(a.cue.text if a.cue else None, a.content.text) for a in found]
    return found[0]


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ('"We will not retreat," Zelensky said.', "Zelensky", "said", "We will not retreat"),
        ("“We will not retreat,” said Foreign Minister Dmytro Kuleba.", "Foreign Minister Dmytro Kuleba", "said",
         "We will not retreat"),
        ("Zelensky said: “We will not retreat.”", "Zelensky", "said", "We will not retreat."),
        ('Zelensky told reporters: "We will not retreat."', "Zelensky", "told", "We will not retreat."),
        ("“We will not retreat.” — Volodymyr Zelensky", "Volodymyr Zelensky", "—", "We will not retreat."),
        ('"The talks failed. Nobody wants them now," the diplomat said.', "the diplomat", "said",
         "The talks failed. Nobody wants them now"),
    ],
)
def test_stage_direct_quote_layouts(nlp, text, speaker, cue, content):
    found = _one(nlp, text)
    assert found.kind == "direct"
    assert found.source_mention.text == speaker
    assert found.cue.text == cue
    assert found.content.text == content


def test_stage_split_quote_is_one_attribution(nlp):
    found = _one(nlp, "“We are ready,” Peskov said, “but only on our terms.”")
    assert found.content.text.startswith("We are ready") and found.content.text.endswith("our terms.")


def test_stage_multi_paragraph_quote_after_colon(nlp):
    text = 'The minister said:\n\n"The first paragraph of the statement.\n\n"The second paragraph of the statement."'
    found = _one(nlp, text)
    assert found.kind == "direct"
    assert found.source_mention.text == "The minister"
    assert found.content.text.startswith("The first paragraph") and found.content.text.endswith("statement.")


def test_stage_floating_quote_takes_previous_speaker(nlp):
    first, second = _attributions(
        nlp, '"We are ready," Peskov said. "The ball is in Kyiv\'s court." The talks stalled in March.'
    )
    assert second.kind == "direct" and second.content.text == "The ball is in Kyiv's court."
    assert second.speaker == first.speaker and second.source_mention.text == "Peskov"
    assert second.cue is None


def test_stage_quotes_closing_a_paragraph_are_one_attribution(nlp):
    found = _one(nlp, '"We are ready," Peskov said. "The ball is in Kyiv\'s court."\n\nThe talks stalled.')
    assert found.kind == "direct" and found.source_mention.text == "Peskov" and found.cue.text == "said"
    assert found.content.text.startswith("We are ready") and found.content.text.endswith("Kyiv's court.")


def test_stage_quotes_of_two_paragraphs_stay_apart(nlp):
    found = _attributions(nlp, '"We are ready," Peskov said.\n\n"The ball is in Kyiv\'s court."')
    assert [a.content.text for a in found] == ["We are ready", "The ball is in Kyiv's court."]


@pytest.mark.parametrize("text", ['He said " and then. “Nothing', "“”", '"', "Officials said “", "” said he ”"])
def test_stage_unbalanced_marks_do_not_crash(nlp, text):
    _attributions(nlp, text)


@pytest.mark.parametrize(
    "text, anonymous",
    [
        ("The talks have stalled, according to two people familiar with the matter.", True),
        ("Kyiv will keep fighting, officials said.", True),
        ("Kyiv will keep fighting, one Western official said.", True),
        ("Kyiv will keep fighting, Kremlin spokesman Dmitry Peskov said.", False),
        ("Kyiv will keep fighting, Zelensky said.", False),
    ],
)
def test_stage_anonymous_sources(nlp, text, anonymous):
    assert _one(nlp, text).anonymous is anonymous


def test_stage_pronoun_source_mention_stays_pronoun(nlp):
    found = _attributions(nlp, 'Biden spoke on Monday. "Nothing about Ukraine without Ukraine," he told reporters.')
    assert [a.source_mention.text for a in found] == ["he"]
    assert found[0].via_names == []  # reporters are an audience, not an outlet


def test_stage_ids_in_text_order_and_spans_match_text(nlp):
    text = (
        "Zelensky said that Ukraine would not cede territory. “We are ready,” Peskov said.\n\n"
        "According to the Kremlin, the talks have stalled."
    )
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text)
    result = to_contract(nlp(doc))
    assert [a["id"] for a in result["attributions"]] == ["q1", "q2", "q3"]
    starts = [a["content"]["start"] for a in result["attributions"]]
    assert starts == sorted(starts)
    assert check_spans(result) == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("Trump Could Address Clean Energy, Lindsey Graham Says.\n\nBody text here.", ["Lindsey Graham"]),
        ("Lindsey Graham Says Trump Could Address Clean Energy.\n\nBody text here.", ["Lindsey Graham"]),
        ("Report: Some Officials Think Winter Will Provide Chance for Diplomacy\n\nBody text here.", []),
    ],
)
def test_stage_title_case_headlines(nlp, text, speakers):
    assert [a.source_mention.text for a in _attributions(nlp, text)] == speakers


def test_stage_transcript_labels(nlp):
    text = (
        'Partial transcript:\n\n"WALLACE: Let us start with the news.\n\n'
        '"PENCE: Gennifer Flowers will not attend the debate.\n\nAuthor: Dave DeCamp'
    )
    found = _attributions(nlp, text)
    assert [(a.source_mention.text, a.content.text) for a in found] == [
        ("WALLACE", "Let us start with the news."),
        ("PENCE", "Gennifer Flowers will not attend the debate."),
    ]


def test_stage_quote_closed_by_a_full_stop_takes_no_cue_after_it(nlp):
    found = _attributions(nlp, 'Peskov said the talks stalled. "We are ready." The fighting goes on in the east.')
    assert [a.cue.text if a.cue else None for a in found] == ["said", None]
    assert found[1].source_mention.text == "Peskov"


def test_stage_markup_between_quotes_does_not_crash(nlp):
    text = '<tweet author="senator" timestamp="1448038800" tweet_id="667777348029292544">I did not propose a registry, a reporter did.</tweet>'
    _attributions(nlp, text)
