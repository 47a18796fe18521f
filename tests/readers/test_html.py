"""html: main text and metadata via trafilatura."""

from __future__ import annotations

import pytest

from detente.errors import MalformedHTML
from detente.readers import read_articles

PAGE = """<!doctype html><html><head><title>Talks resume in Geneva | World Wire</title>
<meta property="og:title" content="Talks resume in Geneva">
<meta property="og:site_name" content="World Wire">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2022-11-09T10:00:00Z">
<link rel="canonical" href="https://example.org/talks">
</head><body><nav>Home | World | Sport | Subscribe now</nav><article>
<h1>Talks resume in Geneva</h1>
<p>Russian and Ukrainian negotiators met in Geneva on Wednesday for the first time in
months, officials said.</p>
<p>The talks focused on a prisoner exchange and on grain exports through the Black Sea.</p>
</article><footer>Copyright 2022 World Wire</footer></body></html>"""


def test_html_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_articles([str(path)])
    assert "prisoner exchange" in article.text
    assert "Subscribe now" not in article.text and "Copyright" not in article.text
    assert article.title == "Talks resume in Geneva"
    assert article.outlet == "World Wire"
    assert article.author == "Jane Roe"
    assert article.published == "2022-11-09"
    assert article.url == "https://example.org/talks"
    assert article.source == str(path)


def test_html_sniffed_without_extension(tmp_path):
    path = tmp_path / "page"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.outlet == "World Wire"


def test_html_no_text_is_malformed(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><script>1</script></body></html>")
    with pytest.raises(MalformedHTML) as info:
        list(read_articles([str(path)]))
    assert info.value.source == str(path)
    assert ".txt" in info.value.message
