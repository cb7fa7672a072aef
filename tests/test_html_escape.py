"""The page embeds hostile names and titles as data that can neither end a script nor run."""
import json
from html.parser import HTMLParser

from html_fixtures import HOSTILE_SENTENCE, XSS_NAME, XSS_TITLE, hostile_graph, page_data

from newsgraph.graph.export.html_view import render_html
from newsgraph.graph.export.html_page import script_json


def test_html_escape_no_hostile_markup_reaches_the_page_source():
    html = render_html(hostile_graph())
    for raw in ("<script>alert(", "</script><script>", "<img src=x", "<!-- comment -->", "\u2028", "\u2029"):
        assert raw not in html, raw


class _Scripts(HTMLParser):
    """Script elements as a browser's tokenizer splits them: text runs to the first ``</script``."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[dict, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.found.append((dict(attrs), ""))

    def handle_data(self, data):
        if self.found and self.lasttag == "script":
            attrs, text = self.found[-1]
            self.found[-1] = (attrs, text + data)


def test_html_escape_every_script_element_ends_where_it_should():
    parser = _Scripts()
    parser.feed(render_html(hostile_graph()))
    kinds = [attrs.get("type", "js") for attrs, _ in parser.found]
    assert kinds == ["application/json"] * 3 + ["js", "js"]  # the data, vis-network, the view
    for _, text in parser.found[:3]:
        json.loads(text)
    assert parser.found[-1][1].rstrip().endswith("})();")


def test_html_escape_data_round_trips_to_the_original_text():
    data = page_data(render_html(hostile_graph()))
    titles = {n["id"]: n["title"] for n in data["nodes"]}
    assert XSS_TITLE in titles["t-a-xss"] and XSS_NAME in titles["t-xss"]
    assert [[lb.replace("\n", " ") for lb in n["lb"]] for n in data["nodes"] if n["id"] == "t-xss"] == [[XSS_NAME] * 3]
    released = next(e for e in data["edges"] if (e["from"], e["to"]) == ("t-lab", "t-qwen"))
    assert HOSTILE_SENTENCE in released["title"] and XSS_TITLE in released["title"]
    assert data["options"]["meta"]["articles"]["t-a-xss"]["title"] == XSS_TITLE


def test_html_escape_script_json_escapes_every_breaking_character():
    text = str(script_json({"k": "</script>&<!--\u2028\u2029"}))
    assert not set("<>&\u2028\u2029") & set(text)
    assert "\\u003c/script\\u003e\\u0026\\u003c!--\\u2028\\u2029" in text


def test_html_escape_heading_is_html_escaped(monkeypatch):
    kg = hostile_graph()
    html = render_html(kg, focus=XSS_NAME, depth=1)
    assert "around &lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html


def test_html_escape_only_http_urls_become_article_links():
    articles = page_data(render_html(hostile_graph()))["options"]["meta"]["articles"]
    assert articles["t-a-xss"]["url"].startswith("https://example.com/")
    assert articles["t-a-zh"]["url"] is None  # it was javascript:alert(2)
