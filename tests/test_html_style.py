"""What each node and edge carries into the page: style, size, labels, tooltips, search keys."""
import unicodedata

from html_fixtures import SENTENCE, XSS_TITLE, hostile_graph, page_data

from newsgraph.graph.export.html_style import EDGE_COLOUR, NODE_STYLE, label_px
from newsgraph.graph.export.html_view import render_html
from newsgraph.schema.text import name_key


def _page(**options):
    data = page_data(render_html(hostile_graph(), **options))
    return {n["id"]: n for n in data["nodes"]}, data["edges"], data["options"]["meta"]


def test_html_style_nodes_shaped_by_type_coloured_by_the_scheme_asked_for():
    nodes, _, meta = _page(color_by="type")
    assert (nodes["t-qwen"]["color"], nodes["t-qwen"]["shape"]) == NODE_STYLE["Model"]
    assert (nodes["t-lab"]["color"], nodes["t-lab"]["shape"]) == NODE_STYLE["Organization"]
    assert meta["colorBy"] == "type"
    nodes, _, meta = _page(color_by="community")
    by_community = {r["id"]: r["colour"] for r in meta["communities"]}
    assert nodes["t-qwen"]["shape"] == NODE_STYLE["Model"][1] and meta["colorBy"] == "community"
    assert nodes["t-qwen"]["color"] == by_community[nodes["t-qwen"]["cm"]]
    assert nodes["t-plan"]["cm"] == -1 or nodes["t-plan"]["color"] == by_community[nodes["t-plan"]["cm"]]


def test_html_style_sized_and_ranked_by_support_in_the_facts_shown():
    nodes, _, _ = _page()
    # t-lab: RELEASED support 2 + 1; t-bureau: one WORRIES; t-daily: only article edges (hidden at first)
    assert nodes["t-lab"]["size"] > nodes["t-bureau"]["size"] > nodes["t-daily"]["size"]
    assert nodes["t-lab"]["lp"] == label_px(3, 3) == 20 and nodes["t-daily"]["lp"] == 12
    assert nodes["t-lab"]["rk"] == 0 and nodes["t-qwen"]["rk"] == 1
    assert max(n["rk"] for n in nodes.values() if not n.get("art")) < min(n["rk"] for n in nodes.values() if n.get("art"))


def test_html_style_labels_in_three_scripts():
    nodes, _, meta = _page()
    assert nodes["t-qwen"]["lb"] == ["千問測試版", "千问测试版", "Qwen Test"]
    assert nodes["t-opentest"]["lb"] == ["開放測試", "开放测试", "OpenTest"]
    assert nodes["t-bureau"]["lb"] == ["華盛頓測試局", "华盛顿测试局", "Washington Test Bureau"]
    assert [lb.replace("\n", "") for lb in nodes["t-a-zh"]["lb"][:2]] == ["測試報道:中國開源AI將主導世界?", "测试报道:中国开源AI将主导世界?"]
    assert meta["scripts"] == ["hant", "hans", "en"] and meta["script"] == "hant"  # auto: names in Traditional
    assert _page(label_script="en")[2]["script"] == "en"


def test_html_style_node_tooltip_has_type_aliases_and_articles():
    nodes, _, _ = _page()
    lines = nodes["t-bureau"]["title"].split("\n")
    assert lines[:3] == ["華盛頓測試局", "Organization", "Aliases: Washington Test Bureau · 华盛顿测试局 · 華盛頓測試局"]
    assert lines[3] == "Mentioned in 2 article(s):" and XSS_TITLE in lines[4] and "測試報道" in lines[5]
    assert nodes["t-bureau"]["arts"] == ["t-a-xss", "t-a-zh"] and nodes["t-a-zh"]["art"] == 1


def test_html_style_edge_tooltip_has_type_support_and_each_sentence_with_its_article():
    _, edges, _ = _page()
    edge = next(e for e in edges if (e["from"], e["to"], e["etype"]) == ("t-lab", "t-qwen", "RELEASED"))
    lines = edge["title"].split("\n")
    assert lines[:2] == ["深度測試實驗室 —RELEASED→ 千問測試版", "RELEASED · support 2"]
    assert f"“{SENTENCE}”" in lines and any(XSS_TITLE in line and "https://example.com/" in line for line in lines)
    assert (edge["color"], edge["sp"]) == (EDGE_COLOUR["RELEASED"], 2)
    assert "label" not in edge  # the page draws edge labels itself, on hover or zoomed in


def test_html_style_mentions_hidden_by_default():
    _, _, meta = _page()
    assert meta["hiddenEdgeTypes"] == ["MENTIONS"]


def _fold(text: str, t2s: dict[str, str]) -> str:
    """What the page's fold() does to a query."""
    text = "".join(t2s.get(ch, ch) for ch in unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in text if ch.isalnum() or ch == "+")


def test_html_style_search_keys_match_queries_in_either_script():
    nodes, _, meta = _page()
    assert nodes["t-qwen"]["keys"] == sorted({name_key("千問測試版"), name_key("Qwen Test")})
    for query in ("千問測試版", "千问测试版", "QWEN test", "華盛頓測試局"[:3], "华盛顿测试局"):
        folded = _fold(query, meta["t2s"])
        assert any(folded in k for n in nodes.values() for k in n["keys"]), query
    assert meta["t2s"]["問"] == "问" and "问" not in meta["t2s"]


def test_html_style_unknown_scheme_or_script_is_a_library_error_naming_the_choices():
    import pytest

    from newsgraph.schema import NewsgraphError

    with pytest.raises(NewsgraphError, match="choose from community, type"):
        render_html(hostile_graph(), color_by="size")
    with pytest.raises(NewsgraphError, match="choose from auto, hant, hans, en"):
        render_html(hostile_graph(), label_script="latin")
