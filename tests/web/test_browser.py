"""The dashboard in a real Chromium: pages load without console errors, highlights equal
the contract's spans, the events filter changes the table, the stance chart draws one
series per actor, markup in articles stays text. Screenshots of each page go to the
test's temporary directory."""

from __future__ import annotations

import json
import urllib.request

import pytest

from detente.models import content_id
from detente.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def site(examples_db, live_server, tmp_path_factory):
    """A server over the bundled examples (real extraction) plus the hostile article."""
    with Store.open(examples_db) as src:
        results = list(src.iter_extracts())
    url = f"sqlite:///{tmp_path_factory.mktemp('site') / 'site.db'}"
    return {"base": live_server(url_with(url, results)), "results": results}


def url_with(url: str, results: list[dict]) -> str:
    from detente.models import content_id as cid
    from detente.store import Store, Stored

    store = Store.open(url)
    run = store.start_run(inputs=["browser-test"])
    store.write_batch(run, [Stored(cid(r["article"]["text"]), r["article"].get("url"), None, r)
                            for r in results])
    store.finish_run(run)
    store.close()
    return url


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def tab(browser):
    """Callable: tab(url) -> (page, console errors), all pages in one browser context (so
    plotly.min.js is fetched once and then cached)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield lambda url, idle=False: open_page(context, url, idle)
    context.close()


def open_page(context, url: str, idle: bool = False):
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.goto(url, wait_until="load")
    if idle:  # wait for what the page's scripts fetch after loading
        page.wait_for_load_state("networkidle")
    return page, problems


def api(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path) as r:
        return json.loads(r.read())


def test_browser_every_page_loads_without_console_errors(tab, site, shots):
    base = site["base"]
    aid = content_id(site["results"][0]["article"]["text"])
    pages = {"overview": "/", "articles": "/articles", "article": f"/articles/{aid}",
             "events": "/events", "actors": "/actors", "actor": "/actors/RUS",
             "stances": "/stances", "network": "/network", "sources": "/sources",
             "docs": "/api/docs"}
    for name, path in pages.items():
        page, problems = tab(base + path, idle=name == "docs")
        try:
            if name == "docs":
                page.wait_for_selector(".opblock", timeout=10_000)  # the endpoints drawn
            if name not in ("docs", "articles", "actors"):
                page.wait_for_selector("div.chart .main-svg, div.chart.empty, article.text",
                                       timeout=10_000)
            page.screenshot(path=str(shots / f"{name}.png"))
            assert problems == [], f"{path}: {problems}"
        finally:
            page.close()
    assert len(list(shots.glob("*.png"))) == len(pages)


def test_browser_article_highlights_equal_the_contract_spans(tab, site):
    for result in site["results"]:
        aid = content_id(result["article"]["text"])
        page, problems = tab(f"{site['base']}/articles/{aid}")
        try:
            def joined(selector: str) -> str:
                return "".join(page.eval_on_selector_all(
                    selector, "els => els.map(e => e.textContent)"))

            for ev in result["events"]:
                assert joined(f'mark[data-event="{ev["id"]}"]') == ev["evidence"]["text"]
            for q in result["attributions"]:
                sel = f'mark[data-attribution="{q["id"]}"]'
                assert joined(sel + '[data-role="content"]') == q["content"]["text"]
                if q["source_mention"]:
                    assert joined(sel + '[data-role="speaker"]') == q["source_mention"]["text"]
            text = page.eval_on_selector("article.text", "e => e.textContent")
            assert text == result["article"]["text"]
            assert problems == []
        finally:
            page.close()


def test_browser_hovering_a_highlight_shows_its_coded_fields(tab, site):
    result = next(r for r in site["results"] if r["events"] and r["attributions"])
    aid = content_id(result["article"]["text"])
    page, _ = tab(f"{site['base']}/articles/{aid}")
    try:
        ev = result["events"][0]
        page.hover(f'mark[data-event="{ev["id"]}"]')
        details = page.inner_text("#details")
        assert ev["type"] in details and ev["modality"] in details
        q = result["attributions"][0]
        page.click(f'mark[data-attribution="{q["id"]}"][data-role="content"]')
        page.hover("h1")
        details = page.inner_text("#details")
        assert ("yes" if q["anonymous"] else "no") in details and q["kind"] in details
    finally:
        page.close()


def test_browser_filtering_the_events_table_changes_its_rows(tab, site):
    page, problems = tab(f"{site['base']}/events?per_page=200")
    try:
        before = page.eval_on_selector_all("#events-table tbody tr[data-event]",
                                           "rows => rows.length")
        page.select_option("select[name=type]", "ASSAULT")
        with page.expect_navigation():
            page.click("form#filters button[type=submit]")
        types = page.eval_on_selector_all(
            "#events-table tbody tr[data-event] td:nth-child(2)",
            "cells => cells.map(c => c.textContent.trim().split(' ')[0])")
        expected = api(site["base"], "/api/v1/events?type=ASSAULT")["total"]
        assert 0 < len(types) == expected < before
        assert set(types) == {"ASSAULT"}
        assert "type=ASSAULT" in page.url and problems == []
    finally:
        page.close()


def test_browser_stance_chart_has_one_series_per_actor(tab, site):
    timeline = api(site["base"], "/api/v1/stances/timeline")["series"]
    dated = [s for s in timeline if any(p["date"] for p in s["positions"])]
    assert len(dated) >= 2
    page, problems = tab(f"{site['base']}/stances")
    try:
        page.wait_for_selector("#chart-stances .scatterlayer .trace")
        traces = page.eval_on_selector_all("#chart-stances .scatterlayer .trace",
                                           "ts => ts.length")
        legend = page.eval_on_selector_all("#chart-stances .legendtext",
                                           "ls => ls.map(l => l.textContent)")
        assert traces == len(dated)
        # one legend entry per actor and topic; talks ("negotiations") go unnamed
        expected = [s["actor_code"] + ("" if s["topic"] == "negotiations" else f" ({s['topic']})")
                    for s in dated]
        assert sorted(legend) == sorted(expected)
        assert problems == []
    finally:
        page.close()


def test_browser_markup_in_an_article_stays_text(tab, live_server, hostile_contract,
                                                 tmp_path):
    url = url_with(f"sqlite:///{tmp_path / 'hostile.db'}", [hostile_contract])
    base = live_server(url)
    aid = content_id(hostile_contract["article"]["text"])
    for path in (f"/articles/{aid}", "/articles"):
        page, problems = tab(base + path)
        try:
            assert "pwned" not in page.title() and page.title() != "1"
            assert page.eval_on_selector_all("img", "e => e.length") == 0
            injected = page.eval_on_selector_all(
                "b, i", "els => els.filter(e => ['bold', 'Outlet'].includes(e.textContent))"
                        ".length")
            assert injected == 0
            assert problems == []
        finally:
            page.close()
    page, _ = tab(f"{base}/articles/{aid}")
    try:
        assert "<script>" in page.inner_text("h1")
        assert '<img src=x onerror="document.title=1">' in page.inner_text("article.text")
    finally:
        page.close()
