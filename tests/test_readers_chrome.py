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
    "* 科技",
    "**编辑推荐**",
    "[A](/a) [B](/b) [C](/c) [D](/d)",
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
