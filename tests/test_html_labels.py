"""Labels in 繁體, 简体 and English, and which script a page opens in."""
import pytest

from newsgraph.graph.export.html_labels import majority_script, script_labels, wrap

CASES = [  # (name, aliases, kind) -> [hant, hans, en]
    (("Alibaba Cloud", ["Alibaba Cloud", "阿里云", "阿里雲"], None), ["阿里雲", "阿里云", "Alibaba Cloud"]),
    (("深度求索", ["DeepSeek", "深度求索"], None), ["深度求索", "深度求索", "DeepSeek"]),
    (("華盛頓", ["華盛頓", "Washington"], None), ["華盛頓", "华盛顿", "Washington"]),
    (("财新", ["财新", "Caixin"], None), ["財新", "财新", "Caixin"]),
    (("Joe Biden", ["Joe Biden", "拜登"], None), ["拜登", "拜登", "Joe Biden"]),
    (("國家網信辦", ["國家網信辦"], None), ["國家網信辦", "国家网信办", "國家網信辦"]),  # no Latin name: stays
    # nothing to convert: the same label in every script
    (("Anthropic", ["Anthropic"], None), ["Anthropic"] * 3),
    (("GPT-4o", ["GPT-4o", "gpt 4o"], None), ["GPT-4o"] * 3),
    (("a1", [], "article"), ["a1"] * 3),
]


@pytest.mark.parametrize("node,expected", CASES)
def test_html_labels_every_script(node, expected):
    name, aliases, kind = node
    assert script_labels({"name": name, "aliases": aliases, "kind": kind}) == expected


def test_html_labels_article_titles_convert_and_wrap():
    hant, hans, en = script_labels({"name": "x", "kind": "article", "title": "美國商務部發佈新規　限制對華出口人工智能晶片與相關技術的範圍擴大至雲端服務與模型權重及其他相關領域"})
    assert hant.startswith("美國商務部發佈新規") and hans.startswith("美国商务部发布新规") and en == hant
    assert all(len(label.split("\n")) <= 3 for label in (hant, hans)) and hant.endswith("…")


def test_html_labels_wrap_keeps_short_names_and_breaks_long_ones_at_spaces():
    assert wrap("Qwen3") == "Qwen3"
    assert wrap("Center for AI Standards and Innovation") == "Center for AI Standards\nand Innovation"
    assert "\n" not in wrap("人工智能擴散規則")


@pytest.mark.parametrize("languages,names,expected", [
    (["zh-Hant", "zh-Hant", "zh-Hans", "en"], [], "hant"),
    (["zh-Hans", "en", "zh-Hans"], [], "hans"),
    (["en", "en", "zh-Hant"], [], "en"),
    (["en", "zh-Hant"], [], "hant"),  # a tie goes to the first of hant, hans, en
    (["und", None], ["阿里巴巴", "华盛顿"], "hans"),  # no article language: the names decide
    ([], ["Qwen", "OpenAI"], "en"),
])
def test_html_labels_majority_script(languages, names, expected):
    assert majority_script(languages, names) == expected
