"""Which clauses report events (``filters``, ``detect``, ``commitments``): relative clauses
telling when or where, agentless coercion, nominal events framed by another event, and
agentless future passives as forecasts."""

import pytest

from detente.models import Article

pytestmark = pytest.mark.slow


def _types(nlp, text):
    doc = nlp.make_doc(text)
    doc._.article = Article(text=text, published="2024-05-14")
    return [(e.type, e.mode, e.modality) for e in nlp(doc)._.events]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("The country fell into chaos in 2019, when army officers seized power and forced the president from office.",
         "ASSAULT"),
        ("It is a region where a prominent journalist was shot last year.", "ASSAULT"),
        ("Officials said large stocks of weapons were seized in the raid.", "COERCE"),
        ("Several checkpoints have been erected along the border.", "COERCE"),
        ("Following talks with the Kenyan president, the two leaders signed a trade deal.", "CONSULT"),
        ("The raid led to the arrest of five men in the Iraqi city of Mosul.", "COERCE"),
        ("The announcement followed a crackdown on opposition websites.", "COERCE"),
        ("The Nigerien government has ordered its army to seal the border with Benin.", "COERCE"),
    ],
)
def test_filters_reported_event_is_kept(nlp, text, etype):
    assert etype in [t for t, _, _ in _types(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said five others were injured in the raid.",  # the toll of an attack told elsewhere
        "The museum, which was built in 1920, is closed in winter.",  # a relative clause on a thing
    ],
)
def test_filters_background_or_toll_is_dropped(nlp, text):
    assert not [t for t, _, _ in _types(nlp, text) if t in ("ASSAULT", "COERCE")]


def test_commitments_agentless_future_passive_is_a_forecast_not_a_threat(nlp):
    types = _types(nlp, "These families are the people that will be deported next.")
    assert ("COERCE", "deport", "future") in types and not [t for t, _, _ in types if t == "THREATEN"]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Washington ramped up its trade war with Beijing on Tuesday, doubling the tariffs on Chinese steel.",
         "SANCTION"),
        ("Rebels attacked the village on Tuesday, killing five civilians.", "ASSAULT"),
    ],
)
def test_filters_participle_spelling_out_the_same_act_is_one_event(nlp, text, etype):
    assert [t for t, _, _ in _types(nlp, text)].count(etype) == 1
