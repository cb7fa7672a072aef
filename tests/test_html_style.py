"""What each node and edge carries into the page: style, size, labels, tooltips, search keys."""
import unicodedata

from html_fixtures import SENTENCE, XSS_TITLE, hostile_graph, page_data

from newsgraph.graph.export.html_view import render_html
from newsgraph.graph.export.html_style import EDGE_COLOUR, NODE_STYLE, label
from newsgraph.schema.text import name_key


def _page():
    data = page_data(render_html(hostile_graph()))
    return {n["id"]: n for n in data["nodes"]}, data["edges"], data["options"]["meta"]


def test_html_style_nodes_coloured_shaped_and_sized_by_type_and_degree():
    nodes, _, _ = _page()
    assert (nodes["t-qwen"]["color"], nodes["t-qwen"]["shape"]) == NODE_STYLE["Model"]
    assert (nodes["t-lab"]["color"], nodes["t-lab"]["shape"]) == NODE_STYLE["Organization"]
    assert nodes["t-a-zh"]["size"] > nodes["t-lab"]["size"] > nodes["t-bureau"]["size"]


def test_html_style_labels_are_names_titles_and_a_chinese_alias():
    nodes, _, _ = _page()
    assert nodes["t-qwen"]["label"] == "千問測試版"
    assert nodes["t-opentest"]["label"] == "OpenTest\n開放測試"
    assert label({"name": "Washington", "aliases": ["华盛顿", "華盛頓", "美國聯邦政府機構", "Washington"]}) == "Washington\n華盛頓"
    assert nodes["t-a-zh"]["label"] == "測試報道:中國開源AI將主導世界?"


def test_html_style_node_tooltip_has_type_aliases_and_articles():
    nodes, _, _ = _page()
    lines = nodes["t-bureau"]["title"].split("\n")
    assert lines[:3] == ["華盛頓測試局", "Organization", "Aliases: Washington Test Bureau · 华盛顿测试局 · 華盛頓測試局"]
    assert lines[3] == "Mentioned in 2 article(s):" and XSS_TITLE in lines[4] and "測試報道" in lines[5]
    assert nodes["t-bureau"]["arts"] == ["t-a-xss", "t-a-zh"]


def test_html_style_edge_tooltip_has_type_support_and_each_sentence_with_its_article():
    _, edges, _ = _page()
    edge = next(e for e in edges if (e["from"], e["to"], e["etype"]) == ("t-lab", "t-qwen", "RELEASED"))
    lines = edge["title"].split("\n")
    assert lines[:2] == ["深度測試實驗室 —RELEASED→ 千問測試版", "RELEASED · support 2"]
    assert f"“{SENTENCE}”" in lines and any(XSS_TITLE in line and "https://example.com/" in line for line in lines)
    assert (edge["color"], edge["label"], edge["arrows"]) == (EDGE_COLOUR["RELEASED"], "RELEASED", "to")


def test_html_style_mentions_hidden_by_default_others_shown():
    _, edges, meta = _page()
    assert {e["etype"] for e in edges if e["hidden"]} == {"MENTIONS"} == set(meta["hiddenEdgeTypes"])
    assert {e["etype"] for e in edges if not e["hidden"]} == {"RELEASED", "OUTPERFORMS", "CITES", "WORRIES", "PUBLISHED"}


def _fold(text: str, t2s: dict[str, str]) -> str:
    """What the page's fold() does to a query."""
    text = "".join(t2s.get(ch, ch) for ch in unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in text if ch.isalnum())


def test_html_style_search_keys_match_queries_in_either_script():
    nodes, _, meta = _page()
    assert nodes["t-qwen"]["keys"] == sorted({name_key("千問測試版"), name_key("Qwen Test")})
    for query in ("千問測試版", "千问测试版", "QWEN test", "華盛頓測試局"[:3], "华盛顿测试局"):
        folded = _fold(query, meta["t2s"])
        assert any(folded in k for n in nodes.values() for k in n["keys"]), query
    assert meta["t2s"]["問"] == "问" and "问" not in meta["t2s"]
