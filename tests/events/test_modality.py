import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2022-11-09")
    return nlp(doc)._.events


def _modality(nlp, text, etype):
    found = [e for e in _events(nlp, text) if e.type == etype]
    assert found, f"no {etype} in {text!r}"
    return found[0].modality


@pytest.mark.parametrize(
    "text, etype, modality",
    [
        ("Russia attacked the convoy.", "ASSAULT", "asserted"),
        ("Russia did not attack the convoy.", "ASSAULT", "negated"),
        ("Russia never attacked the convoy.", "ASSAULT", "negated"),
        ("Russia won't attack the convoy, US officials said.", "ASSAULT", "negated"),
        ("Russia denied that its forces attacked the convoy.", "ASSAULT", "negated"),
        ("Russia failed to capture Kyiv.", "ASSAULT", "negated"),
        ("Russia will attack Kyiv, US officials said.", "ASSAULT", "future"),
        ("Congress is planning to pass an aid package for Ukraine.", "AID", "future"),
        ("Congress plans to pass an aid package for Ukraine.", "AID", "future"),
        ("Congress intends to pass an aid package for Ukraine.", "AID", "future"),
        ("Congress is preparing to pass an aid package for Ukraine.", "AID", "future"),
        ("Congress is set to pass an aid package for Ukraine.", "AID", "future"),
        ("Congress is expected to pass an aid package for Ukraine.", "AID", "future"),
        ("Russia could attack Kyiv.", "ASSAULT", "hypothetical"),
        ("Russia might attack Kyiv.", "ASSAULT", "hypothetical"),
        ("Russia may attack Kyiv.", "ASSAULT", "hypothetical"),
        ("Russia would attack Kyiv.", "ASSAULT", "hypothetical"),
        ("Russia is considering talks with Ukraine.", "CONSULT", "hypothetical"),
        ("The US is exploring talks with Iran.", "CONSULT", "hypothetical"),
        ("US and NATO could push for negotiations if Ukraine retakes Kherson.", "REQUEST", "hypothetical"),
        ("NATO may not attack Russia.", "ASSAULT", "hypothetical"),
    ],
)
def test_modality_cues(nlp, text, etype, modality):
    assert _modality(nlp, text, etype) == modality


@pytest.mark.parametrize(
    "text",
    [
        "Russia could attack Kyiv.",
        "If Russia attacks Kyiv, NATO could respond.",
        "Officials believe Russia might attack Kyiv next month, the report said.",
        "Russia may launch an offensive in the spring.",
    ],
)
def test_modality_hypothetical_is_never_asserted(nlp, text):
    assert all(e.modality != "asserted" for e in _events(nlp, text) if e.type == "ASSAULT")


def test_modality_scope_stops_at_the_reporting_verb(nlp):
    # the reporting verb's negation is not the event's: the report is not a denial
    assert _modality(nlp, "Officials did not say that Russia attacked the convoy.", "ASSAULT") == "asserted"
    # "would" in reported speech is a backshifted "will"
    assert _modality(nlp, "Iraq said it would allow inspectors into the country.", "AGREE") == "asserted"


def test_modality_negation_does_not_cross_but(nlp):
    text = "Sullivan did not pressure Ukraine but said Kyiv should change its stance."
    events = _events(nlp, text)
    assert [e.modality for e in events if e.type == "REQUEST"] == ["negated", "asserted"]


def test_modality_conditional_event_links_to_its_condition(nlp):
    events = _events(nlp, "US and NATO could push for negotiations if Ukraine retakes Kherson.")
    request = next(e for e in events if e.type == "REQUEST")
    condition = next(e for e in events if e.id == request.condition)
    assert condition.type == "ASSAULT" and condition.modality == "hypothetical"
    assert "retakes" in condition.trigger.text


def test_modality_if_clause_events_only_as_conditions(nlp):
    # the if-clause event is kept only when it conditions a coded event
    events = _events(nlp, "If Ukraine retakes Kherson, the war could end.")
    assert events == []


@pytest.mark.parametrize(
    "text, etype, modality",
    [
        ("The US will send more weapons to Ukraine, the Pentagon said.", "AGREE", "asserted"),
        ("Greece plans to impose restrictions on migrants.", "THREATEN", "asserted"),
        ("Syria says it will not accept any more refugees.", "REJECT", "asserted"),
        # not having agreed is no refusal
        ("Israel has not agreed to withdraw its troops from the corridor.", "AGREE", "negated"),
        # a scheduled meeting keeps its type
        ("Russian and Ukrainian negotiators will meet in Geneva next Tuesday.", "CONSULT", "future"),
        # a prediction by another country's officials keeps its type
        ("Russia will attack Kyiv, US officials said.", "ASSAULT", "future"),
    ],
)
def test_modality_announced_intentions(nlp, text, etype, modality):
    events = _events(nlp, text)
    assert [(e.type, e.modality) for e in events] == [(etype, modality)]
