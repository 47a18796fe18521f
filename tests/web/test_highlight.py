"""highlight: every coded span a <mark> carrying its ids, nested properly when spans
overlap, the text escaped."""

from __future__ import annotations

from html.parser import HTMLParser

from detente.web.highlight import Mark, highlight, render


class Marks(HTMLParser):
    """Collects, per (attribute, id), the text inside marks carrying it; checks nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict[str, str]] = []
        self.text: dict[tuple[str, str], str] = {}
        self.plain = ""
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        assert tag == "mark"
        self.stack.append(dict(attrs))

    def handle_endtag(self, tag):
        assert tag == "mark" and self.stack, "a close without an open"
        self.stack.pop()

    def handle_data(self, data):
        self.plain += data
        for attrs in self.stack:
            for key, value in attrs.items():
                if key.startswith("data-") and key != "data-role":
                    role = attrs.get("data-role", "")
                    k = (key + (":" + role if role else ""), value)
                    self.text[k] = self.text.get(k, "") + data


def parse(html: str) -> Marks:
    p = Marks()
    p.feed(str(html))
    p.close()
    assert p.stack == [], "unclosed marks"
    return p


def span(text: str, phrase: str) -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def test_highlight_crossing_spans_are_split_and_still_equal_their_text():
    text = "aaa bbb ccc ddd"
    marks = [Mark(0, 7, {"data-event": "e1"}), Mark(4, 11, {"data-event": "e2"}),
             Mark(8, 15, {"data-event": "e3"}), Mark(4, 7, {"data-actor": "a1"})]
    html = render(text, marks)
    p = parse(html)
    assert p.plain == text
    assert p.text[("data-event", "e1")] == "aaa bbb"
    assert p.text[("data-event", "e2")] == "bbb ccc"
    assert p.text[("data-event", "e3")] == "ccc ddd"
    assert p.text[("data-actor", "a1")] == "bbb"
    assert 'class="cont"' in html  # e2 was cut at e1's end and continued


def test_highlight_identical_spans_nest_and_contract_spans_match(query_contracts):
    result = query_contracts[1]  # events inside quotes, actors inside events
    p = parse(highlight(result))
    assert p.plain == result["article"]["text"]
    for ev in result["events"]:
        assert p.text[("data-event", ev["id"])] == ev["evidence"]["text"]
        assert p.text[("data-trigger", ev["id"])] == ev["trigger"]["text"]
    for q in result["attributions"]:
        assert p.text[("data-attribution:content", q["id"])] == q["content"]["text"]
        assert p.text[("data-attribution:speaker", q["id"])] == q["source_mention"]["text"]
        assert p.text[("data-attribution:cue", q["id"])] == q["cue"]["text"]
    for a in result["actors"]:
        assert p.text[("data-actor", a["id"])] == "".join(m["text"] for m in a["mentions"])
    for s in result["stances"]:
        assert p.text[("data-stance", s["id"])] == s["evidence"]["text"]


def test_highlight_escapes_markup_in_the_text_and_keeps_offsets():
    text = 'He said "<script>alert(1)</script>" & left <b>.'
    result = {"article": {"text": text}, "actors": [], "places": [], "stances": [],
              "attributions": [], "events": [{
                  "id": "e1", "modality": "negated", "evidence": span(text, "<script>alert(1)"),
                  "trigger": span(text, "left")}]}
    html = str(highlight(result))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    p = parse(html)
    assert p.plain == text and p.text[("data-event", "e1")] == "<script>alert(1)"
    assert 'class="ev ev-negated"' in html


def test_highlight_focus_marks_and_anchors_the_first_piece(query_contracts):
    result = query_contracts[0]
    html = str(highlight(result, focus="e1"))
    assert html.count('id="mark-e1"') == 1
    assert 'class="ev ev-asserted focus" id="mark-e1" data-event="e1"' in html


def test_highlight_ignores_spans_outside_the_text():
    result = {"article": {"text": "short"}, "events": [
        {"id": "e1", "evidence": {"start": 2, "end": 99, "text": "x"}},
        {"id": "e2", "evidence": {"start": "0", "end": 2, "text": "sh"}},
        {"id": "e3", "evidence": None}]}
    assert str(highlight(result)) == "short"
