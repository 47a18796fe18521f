import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _events(nlp, text, published="2022-11-09"):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published=published)
    return nlp(doc)._.events


def _date(nlp, text, etype, published="2022-11-09"):
    event = next(e for e in _events(nlp, text, published) if e.type == etype)
    return (event.date.value, event.date.precision) if event.date else None


@pytest.mark.parametrize(
    "text, etype, date",
    [
        # the event's own date
        ("Russian forces shelled Kharkiv on Monday.", "ASSAULT", ("2022-11-07", "day")),
        ("Negotiations between Ukraine and Russia were held in Istanbul at the end of March.", "CONSULT",
         ("2022-03", "month")),
        ("Sullivan visited Kyiv last week.", "CONSULT", ("2022-10-31", "week")),
        # the reporting verb's date for the speech act itself ("reaffirmed on Wednesday")
        ("Moscow reaffirmed on Wednesday that it is open to negotiations.", "AGREE", ("2022-11-09", "day")),
        # ... and for an event reported as ongoing
        ("Russia announced on Tuesday that it was pulling out of Kherson.", "RETREAT", ("2022-11-08", "day")),
        # the Wednesday rule: publication date for an asserted present-tense report
        ("Russia says it is ready to negotiate with Ukraine.", "AGREE", ("2022-11-09", "day")),
        ("Turkey has agreed to a ceasefire.", "AGREE", ("2022-11-09", "day")),
        # a future event looks forward
        ("Negotiators will meet in Geneva on Friday.", "CONSULT", ("2022-11-11", "day")),
    ],
)
def test_timeplace_event_dates(nlp, text, etype, date):
    assert _date(nlp, text, etype) == date


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Russian troops withdrew from Kherson.", "RETREAT"),  # a past event with no time
        ("Zelensky said he was open to talks with Russia.", "AGREE"),  # past report, no time
        ("Russia said on Wednesday that it had withdrawn its troops from Kherson.", "RETREAT"),  # before the report
        ("The army has been shelling Kharkiv for years.", "ASSAULT"),  # a duration
    ],
)
def test_timeplace_no_date_when_the_text_gives_none(nlp, text, etype):
    assert _date(nlp, text, etype) is None


def test_timeplace_no_publication_date_no_relative_date(nlp):
    assert _date(nlp, "Russian forces shelled Kharkiv on Monday.", "ASSAULT", published=None) is None


@pytest.mark.parametrize(
    "text, etype, place",
    [
        ("Talks between Israel and Egypt were held in Cairo.", "CONSULT", "Cairo"),
        ("Boris Johnson traveled to Kyiv after the talks.", "CONSULT", "Kyiv"),
        ("Sullivan visited Kyiv last week.", "CONSULT", "Kyiv"),
        ("Russia announced that it was pulling out of the southern Ukrainian city of Kherson.", "RETREAT", "Kherson"),
        ("Police arrested dozens of protesters in Minsk.", "COERCE", "Minsk"),
    ],
)
def test_timeplace_place_the_trigger_governs(nlp, text, etype, place):
    event = next(e for e in _events(nlp, text) if e.type == etype)
    assert event.location is not None and event.location.name == place


def test_timeplace_not_every_place_in_the_sentence(nlp):
    # Poland is the source's home, Moscow the target: neither is where the protest happened
    event = next(e for e in _events(nlp, "Polish students protested against Moscow.") if e.type == "PROTEST")
    assert event.location is None


def test_timeplace_visit_target_is_the_host_country(nlp):
    event = next(e for e in _events(nlp, "Boris Johnson traveled to Kyiv.") if e.type == "CONSULT")
    assert event.mode == "visit" and [c.split(".")[0] for c in event.target_codes] == ["UKR"]
