"""Page chrome never reaches visible_text(Article.text); the body, its links and source URLs do."""
from pathlib import Path

import pytest

from newsgraph.loaders.readers import read_file, read_string
from newsgraph.loaders.readers.chrome import is_chrome
from newsgraph.loaders.readers.inline import parse
from newsgraph.loaders.readers import visible_text

PAGE = Path(__file__).parent / "fixtures" / "readers" / "chrome_page.txt"
CHROME = ["登录", "注册", "栏目", "今日头条", "往期回顾", "首页", "手机", "游戏", "数码相机", "关注我们",
          "新版网站上线", "1288", "小明", "1024", "分享", "spacer", "来自模型广场", "评论", "佚名作者",
          "曙光", "关于我们", "联系我们", "隐私政策", "版权", "转载", "nginx", "Nginx", "Python", "ICP",
          "公安局", "举报", "report@example.org", "#", "](", "**"]


@pytest.fixture(scope="module")
def page():
    [art] = read_file(PAGE)
    return art


@pytest.mark.parametrize("fragment", CHROME)
def test_no_chrome_in_text(page, fragment):
    assert fragment not in visible_text(page.text)


def test_body_paragraph_is_intact(page):
    assert visible_text(page.text).split("\n")[0] == (
        "智谱AI周二推出了新一代开源模型GLM-4.5，公司称其在编程测试中超越了多款国外模型，与Claude Sonnet 4表现相当。"
        "据新华社报道，这款模型采用MIT许可，开发者可以免费下载和商用，这一进展引起了硅谷同行的担忧。")


def test_bare_source_url_is_kept_in_text_and_links(page):
    assert visible_text(page.text).split("\n")[-1] == "bench.example.org/report/glm_45"  # markdown escape removed
    assert page.links == ["https://bench.example.org/coding", "https://bench.example.org/report/glm_45"]


def test_title_heading_repeat_removed(page):
    assert "智谱开源新模型引发关注" not in visible_text(page.text)


def test_links_only_from_body_lines():
    text = ("# Page\n\n* [Home](https://site.example/)\n* [World](https://site.example/world)\n\n"
            "Reuters reported that [Mistral](https://mistral.example/news) raised new funding this week, "
            "according to two people familiar with the matter.\n\n[Share on X](https://x.example/share)\n")
    [art] = read_string(text, "p.md")
    assert art.links == ["https://mistral.example/news"]
    assert visible_text(art.text).startswith("Reuters reported that Mistral raised")


@pytest.mark.parametrize("line", [
    "[登录](/login) | [注册](/register)",
    "Log in | Sign up",
    "![](https://img.example/x.png)",
    "[![badge](https://img.example/b.gif)](https://b.example/)",
    "Copyright © 2025 Example Media. All rights reserved.",
    "本文為示例網獨家稿件，未經授權，不得轉載。",
    "粤ICP备12345678号",
    "本文已被查看 512 次",
    "阅读 3.2万",
    "12,345 views",
    "分享到：微信 微博",
    "Share this article",
    "Comments (12)",
    "相關閱讀",
    "知識就是力量。——佚名",
    "We shall overcome. -- Anonymous",
    "分类:",
    "標籤：",
    "Tags:",
    "Follow us on:",
    "相关阅读：",
    "* 科技",
    "**编辑推荐**",
    "[A](/a) [B](/b) [C](/c) [D](/d)",
    # a related-links label with other stories' headlines after it, in plain text (no links left to count)
    "相关阅读：云雀科技发布Orion-3 超越Nova Pro | 星河智算推出新芯片",
    "延伸閱讀：雲雀科技發表Orion-3 ‧ 星河智算推出新晶片",
    "Related: Zenith launches Orion-3, says it beats Nova Pro | Acme raises $2 billion",
    "**Read more:** Acme sues Zenith over Orion-3; Zenith denies claims",
    "See also: Why Acme bet on open weights",
])
def test_chrome_lines(line):
    assert is_chrome(parse(line))


@pytest.mark.parametrize("line", [
    "OpenAI released GPT-5 on Thursday, saying it beats earlier models on coding.",
    "據《金融時報》報道，版權糾紛正在增加。" + "法院將於下月審理此案，多家媒體集團已經提出訴訟。",
    "The New York Times sued OpenAI over copyright infringement in 2023.",
    "更多细节尚未公布。",
    "分析師表示：「這是最好的模型——至少目前如此。」他補充說明了原因。",
    "据[路透社](https://reuters.example/x)报道，英伟达推出了新芯片。",
    "价格:",
    "以下為全文：",
    "Benchmark results:",
    "在编程测试中验证:",
    "CodeBench 41.5 Orion-2 (33.0)",
    "MathSet 88.2 超过Nova Pro (80.1)",
    # a label-like word inside a sentence is no related-links label
    "Related research from Acme shows Orion-3 beats Nova Pro: a 4-point gain.",
    "相关阅读量已超过十万次，云雀科技表示：Orion-3将于下月开放。",
    "Read more widely, Acme says: Orion-3 was trained on books.",
])
def test_body_lines_are_not_chrome(line):
    assert not is_chrome(parse(line))


def test_short_lede_between_body_paragraphs_is_kept():
    text = ("# Short lede test\n\n[Home](/) [News](/news) [Sport](/sport)\n\n"
            "Meta shipped Llama 3.3.\n\n"
            "The model, released on Friday, matches the much larger Llama 3.1 405B on several "
            "benchmarks while costing far less to serve, the company said.\n\n"
            "© 2024 Example. All rights reserved.\n")
    [art] = read_string(text, "p.md")
    assert visible_text(art.text) == ("Meta shipped Llama 3.3.\n\nThe model, released on Friday, matches the much larger "
                        "Llama 3.1 405B on several benchmarks while costing far less to serve, the company said.")


def test_plain_text_reprint_notice_removed_but_text_verbatim():
    text = "標題\n第一段，　保留全形空格與  兩個空格。\n本文系示例網獨家稿件，未經授權，不得轉載。\n"
    [art] = read_string(text, "t.txt")
    assert visible_text(art.text) == "第一段，　保留全形空格與  兩個空格。"


@pytest.mark.parametrize("lang, text, table", [
    ("zh-Hans", "星河科技发布了新模型Orion-3，公司称其在多项测试中领先同类开源模型，价格也更低。",
     ["在编程测试中验证:", "测试项 Orion-3得分 对比", "CodeBench 41.5 超过Nova Pro (33.0)",
      "AgentBench 37.5 领先Vega 2 (25.3)"]),
    ("zh-Hant", "星河科技發布了新模型Orion-3，公司稱其在多項測試中領先同類開源模型，價格也更低。",
     ["在程式測試中驗證：", "測試項 Orion-3得分 對比", "CodeBench 41.5 超過Nova Pro (33.0)",
      "AgentBench 37.5 領先Vega 2 (25.3)"]),
    ("en", "Star River released Orion-3 on Monday, saying it leads open models of its size on several tests.",
     ["Coding results:", "Test Orion-3 Rival", "CodeBench 41.5 Nova Pro (33.0)", "AgentBench 37.5 Vega 2 (25.3)"]),
])
def test_score_table_closing_an_article_is_kept(lang, text, table):
    """A score table in prose lines at the very end (after a label line) is body, not chrome."""
    page = "# Orion-3\n\n" + text + "\n\n" + "\n".join(table) + "\n"
    [art] = read_string(page, "p.txt")
    kept = visible_text(art.text)
    for line in table:
        assert line in kept, (lang, line)


def test_score_table_after_a_footer_is_still_dropped_with_the_footer():
    """The label fix does not keep real furniture: a footer and a share label after the body go."""
    page = ("# Orion-3\n\nStar River released Orion-3 on Monday, saying it leads open models of its size on "
            "several tests.\n\nShare this:\n\nTags:\n\n© 2025 Example Media. All rights reserved.\n")
    [art] = read_string(page, "p.txt")
    kept = visible_text(art.text)
    assert "Share" not in kept and "Tags" not in kept and "Example Media" not in kept


@pytest.mark.parametrize("lead, caption, related", [
    ("<p>Zenith on Tuesday released Orion-3, which it says beats Nova Pro on math tests.</p>",
     "Acme's Nova Pro launch event in March. (Photo: Example Wire)",
     "<p>Related: Acme launches Nova Max | Zenith raises $1 billion</p>"),
    ("<p>云雀科技周二发布Orion-3，称其在数学测试中超越Nova Pro。</p>",
     "图为星河智算此前发布Nova Pro时的现场。（资料图）",
     "<p>相关阅读：星河智算发布Nova Max｜云雀科技完成融资</p>"),
    ("<p>雲雀科技周二發布Orion-3，稱其在數學測試中超越Nova Pro。</p>",
     "圖為星河智算此前發布Nova Pro時的情況。（資料圖片）",
     "<p>相關新聞：星河智算發布Nova Max｜雲雀科技完成融資</p>"),
])
def test_a_short_page_with_a_figure_keeps_its_lines(lead, caption, related):
    """A short page with a <figure>: its headline, caption, paragraphs and related-links line stay apart (not run
    into one line), so the related-links line is dropped as chrome and no sentence joins the caption to the news."""
    html = (f"<html><head><title>Orion-3</title></head><body><article><h1>Orion-3 released</h1>{lead}"
            f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
            f"<p>The weights are on Example Hub.</p>{related}</article></body></html>")
    [art] = read_string(html, "p.html")
    lines = visible_text(art.text).split("\n")
    assert lead[3:-4] in lines
    assert not any("Nova Max" in line for line in lines)
