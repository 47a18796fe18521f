"""feed: RSS and Atom files."""

from __future__ import annotations

import pytest

from detente.errors import MalformedFeed
from detente.readers import read_articles
from detente.readers.feed import html_to_text

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>World Wire</title><link>https://example.org/</link><description>News</description>
<item><title>Talks resume</title><link>https://example.org/1</link>
<pubDate>Wed, 09 Nov 2022 10:00:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>
<description>&lt;p&gt;Negotiators &lt;b&gt;met&lt;/b&gt; in Geneva.&lt;/p&gt;&lt;p&gt;They agreed.&lt;/p&gt;</description></item>
<item><title>Ceasefire holds</title><link>https://example.org/2</link>
<pubDate>Thu, 10 Nov 2022 23:30:00 -0500</pubDate>
<description>The ceasefire held overnight.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id>
<updated>2022-11-10T00:00:00Z</updated>
<entry><title>First</title><id>urn:1</id><link href="https://example.org/a1"/>
<published>2022-11-09T08:00:00Z</published><updated>2022-11-09T08:00:00Z</updated>
<author><name>Ann Atom</name></author>
<content type="html">&lt;p&gt;Full content one.&lt;/p&gt;</content>
<summary>Summary one.</summary></entry>
<entry><title>Second</title><id>urn:2</id><link href="https://example.org/a2"/>
<updated>2022-11-10T09:00:00Z</updated><summary>Summary two.</summary></entry>
</feed>"""


def test_feed_rss_two_entries(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = read_articles([str(path)])
    assert first.text == "Negotiators met in Geneva.\n\nThey agreed."
    assert (first.title, first.url, first.published, first.author, first.outlet) == (
        "Talks resume", "https://example.org/1", "2022-11-09", "Jane Roe", "World Wire")
    assert first.source == f"{path}#entry-1"
    assert second.text == "The ceasefire held overnight."
    assert second.published == "2022-11-10"  # the date as written, not UTC (11-11)
    assert second.source == f"{path}#entry-2"


def test_feed_atom_two_entries(tmp_path):
    path = tmp_path / "news.atom"
    path.write_text(ATOM, encoding="utf-8")
    first, second = read_articles([str(path)])
    assert first.text == "Full content one."  # content beats summary
    assert (first.title, first.url, first.author, first.outlet, first.published) == (
        "First", "https://example.org/a1", "Ann Atom", "Atom Wire", "2022-11-09")
    assert second.text == "Summary two."
    assert second.published == "2022-11-10"


def test_feed_sniffed_without_extension(tmp_path):
    path = tmp_path / "feed.data"
    path.write_text(RSS, encoding="utf-8")
    assert len(list(read_articles([str(path)]))) == 2


@pytest.mark.parametrize("content", [
    "<rss><channel><item><title>x",  # truncated
    "<?xml version='1.0'?><note>hi</note>",  # XML, not a feed
    "just words in a file called .xml",
])
def test_feed_malformed(tmp_path, content):
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MalformedFeed) as info:
        list(read_articles([str(path)]))
    assert info.value.source == str(path)
    assert "RSS" in info.value.message


def test_feed_entry_without_text_reported(tmp_path):
    path = tmp_path / "titles.rss"
    path.write_text(RSS.replace("<description>The ceasefire held overnight.</description>", ""))
    errors = []
    articles = list(read_articles([str(path)], on_error=errors.append))
    assert [a.title for a in articles] == ["Talks resume"]
    assert [e.source for e in errors] == [f"{path}#entry-2"]


def test_feed_html_to_text_blocks_and_scripts():
    assert html_to_text("<div>A <i>b</i></div><script>x()</script><p>C&amp;D</p>") == "A b\n\nC&D"


def test_feed_that_breaks_feedparser_is_malformed_in_one_line(tmp_path):
    # found by tests/fuzz: an out-of-range character reference made feedparser raise ValueError
    path = tmp_path / "bad.xml"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><item><title>&#x110000;"
                    "</title><description>Talks resumed.</description></item></channel></rss>",
                    encoding="utf-8")
    errors = []
    assert list(read_articles([str(path)], on_error=errors.append)) == []
    (err,) = errors
    assert isinstance(err, MalformedFeed) and "\n" not in str(err)
    assert "not a well-formed RSS/Atom feed" in err.message
