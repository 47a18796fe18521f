"""nlp/budget.py: an article over its time budget is stopped alone, with a clear error."""

from __future__ import annotations

import time

import pytest

from detente.errors import BudgetExceeded, InputTooLarge
from detente.extract import iter_extract
from detente.models import Article
from detente.nlp import budget
from detente.output.contract import to_contract


def test_budget_stops_the_doc_and_later_stages_skip_it(synthetic, stages):
    doc = synthetic.units(3)
    budget.set_budget(doc, 1e-9)  # over before the first stage has done anything
    for stage in stages.order:
        doc = stage(doc)
    assert isinstance(budget.stopped(doc), BudgetExceeded)
    assert not doc._.actors and not doc._.events  # nothing ran past the check
    with pytest.raises(BudgetExceeded) as info:
        to_contract(doc)
    err = info.value
    assert isinstance(err, InputTooLarge)  # an API answers it as too large (413)
    assert "article_time_budget" in err.message and "DETENTE_ARTICLE_TIME_BUDGET" in err.message
    assert "\n" not in str(err)


def test_no_limit_and_a_generous_budget_leave_the_doc_alone(synthetic, stages):
    for seconds in (0, 3600):
        doc = synthetic.units(3)
        budget.set_budget(doc, seconds)
        for stage in stages.order:
            doc = stage(doc)
        assert budget.stopped(doc) is None
        assert to_contract(doc)["events"]


def test_check_raises_once_the_deadline_has_passed(synthetic, stages):
    doc = synthetic.units(1)
    budget.set_budget(doc, 0.05)
    doc = stages.places(doc)  # starts the clock
    budget.check(doc)  # well within
    time.sleep(0.1)
    with pytest.raises(BudgetExceeded):
        budget.check(doc)


@pytest.mark.slow
def test_extraction_over_budget_fails_alone_and_the_batch_goes_on(nlp, monkeypatch):
    from detente.events import stage as events_stage

    real = events_stage.find_events

    def slow_on_one(doc, lexicon):  # one article's events take longer than its budget
        if "Kherson" in doc.text:
            time.sleep(1.5)
        return real(doc, lexicon)

    monkeypatch.setattr(events_stage, "find_events", slow_on_one)
    articles = [Article(text=t, source=f"in{n}.txt") for n, t in enumerate([
        "Russia said on Monday it was ready for talks with Ukraine.",
        "Russian forces shelled Kherson on Tuesday, Ukrainian officials said.",
        "Turkey offered to host talks between Moscow and Kyiv.",
    ])]
    errors = []
    results = list(iter_extract(articles, nlp, batch_size=8, budget=1.0, on_error=errors.append))
    assert [r["article"]["text"] for r in results] == [articles[0].text, articles[2].text]
    assert [e.source for e in errors] == ["in1.txt"]
    assert errors[0].seconds >= 1.0 and errors[0].budget == 1.0
    with pytest.raises(BudgetExceeded):  # without on_error the error is raised
        list(iter_extract(articles[1:2], nlp, budget=1.0))
