"""The dashboard pages over the query store plus an article full of markup (no model,
no browser): each page renders, filters change what it shows, and every page shows
article text as text."""

from __future__ import annotations

import re

import pytest

from detente.models import content_id

PAGES = ["/", "/articles", "/events", "/actors", "/actors/RUS", "/actors/UKR.GOV",
         "/stances", "/network", "/sources", "/events?type=ASSAULT", "/network?type=SANCTION",
         "/articles?q=Kharkiv", "/stances?actor=UKR"]


@pytest.fixture
def client(web_store, api_client):
    return api_client(web_store)


@pytest.fixture
def hostile_id(hostile_contract) -> str:
    return content_id(hostile_contract["article"]["text"])


@pytest.mark.parametrize("path", PAGES + ["/articles/{hostile}"])
def test_views_pages_render_and_escape_article_text(client, hostile_id, path):
    r = client.get(path.format(hostile=hostile_id))
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    html = r.text
    # the only script elements are ours: external files and JSON data
    for tag in re.findall(r"<script[^>]*>", html):
        assert re.fullmatch(r'<script (src="/static/[\w./-]+"|type="application/json" '
                            r'id="[\w-]+")>', tag), tag
    assert "<img" not in html and "<b>bold" not in html and "<i>Outlet" not in html


def test_views_hostile_article_shows_markup_as_text(client, hostile_id, hostile_contract):
    html = client.get(f"/articles/{hostile_id}").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html \
        or "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    # the contract JSON for the page's script cannot close its <script> element
    data = re.search(r'<script type="application/json" id="extract">(.*?)</script>', html,
                     re.S).group(1)
    assert "<" not in data and "\\u003cscript\\u003e" in data
    listing = client.get("/articles").text
    assert "&lt;script&gt;" in listing
    assert hostile_contract["article"]["title"] not in listing


def test_views_events_filter_changes_rows(client):
    def rows(query: str) -> list[str]:
        html = client.get("/events" + query).text
        return re.findall(r'<tr data-article="\w+" data-event="(e\d+)">', html)

    everything, assaults = rows(""), rows("?type=ASSAULT")
    assert len(everything) == 14 and len(assaults) == 3
    negated = rows("?modality=negated")
    assert negated == ["e1"]
    assert rows("?actor=EU&role=source") == ["e1", "e2"]


def test_views_events_download_links_carry_the_filter(client):
    html = client.get("/events?type=ASSAULT&actor=RUS&modality=asserted").text
    link = re.search(r'id="download-csv" href="([^"]+)"|href="([^"]+)" id="download-csv"',
                     html)
    href = (link.group(1) or link.group(2)).replace("&amp;", "&")
    assert href.startswith("/api/v1/events?") and "format=csv" in href
    assert "type=ASSAULT" in href and "actor=RUS" in href and "modality=asserted" in href
    csv = client.get(href).text.splitlines()
    assert len(csv) == 1 + 3 and all(",ASSAULT," in line for line in csv[1:])


def test_views_event_links_point_at_the_highlighted_evidence(client):
    html = client.get("/events?type=SANCTION").text
    links = re.findall(r'href="(/articles/\w+\?focus=e\d#mark-e\d)"', html)
    assert len(links) == 2
    page = client.get(links[0].split("#")[0]).text
    assert re.search(r'<mark class="ev ev-asserted focus" id="mark-e\d" data-event="e\d">',
                     page)


def test_views_unknown_article_and_actor_are_404_pages(client):
    for path in ("/articles/0123456789abcdef", "/articles/nope", "/actors/ZZZ.NONE"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "Error 404" in r.text


def test_views_charts_get_their_figures(client):
    html = client.get("/stances").text
    figure = re.search(r'<script type="application/json" id="figure-stances">(.*?)</script>',
                       html, re.S).group(1)
    import json

    data = json.loads(figure)["data"]
    assert sorted(t["name"] for t in data) == ["RUS.GOV", "UKR.GOV"]
    ukr = next(t for t in data if t["name"] == "UKR.GOV")
    assert ukr["customdata"][0].startswith("/articles/") and "focus=s" in ukr["customdata"][0]
