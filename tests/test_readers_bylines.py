"""In-text bylines become publisher/author/published and leave the text."""
import datetime as dt

import pytest

from newsgraph.loaders.readers import read_string
from newsgraph.loaders.readers import visible_text

BODY = "英偉達週一發布了新一代人工智能晶片，據公司介紹，其訓練效能提升了兩倍以上。"


@pytest.mark.parametrize("byline, publisher, author", [
    ("【文/示例週刊 陳大文】", "示例週刊", "陳大文"),
    ("【文/李小龍】", None, "李小龍"),
    ("文｜王五 編輯｜趙六", None, "王五"),
    ("文/張三", None, "張三"),
    ("（記者 林志玲／台北報導）", None, "林志玲"),
    ("(記者 周杰)", None, "周杰"),
    ("（中央社記者王小明台北15日電）", "中央社", "王小明"),
    ("来源：示例日报", "示例日报", None),
    ("來源：示例電視台", "示例電視台", None),
    ("Source: Example Wire", "Example Wire", None),
    ("By Jane Roe, Example Post", "Example Post", "Jane Roe"),
    ("By Jane Roe and John Doe", None, "Jane Roe and John Doe"),
    ("作者：孫七", None, "孫七"),
])
def test_byline_line(byline, publisher, author):
    [art] = read_string(f"晶片新聞\n{byline}\n{BODY}\n", "b.txt")
    assert (art.publisher, art.author) == (publisher, author)
    assert visible_text(art.text) == BODY


def test_byline_prefix_of_first_paragraph():
    [art] = read_string(f"晶片新聞\n（記者 林志玲／台北報導）{BODY}\n", "b.txt")
    assert art.author == "林志玲" and visible_text(art.text) == BODY


def test_source_line_at_the_end():
    [art] = read_string(f"晶片新聞\n{BODY}\n（来源：示例新闻社）\n", "b.txt")
    assert art.publisher == "示例新闻社" and visible_text(art.text) == BODY


@pytest.mark.parametrize("dateline, day", [
    ("2025年8月15日", dt.date(2025, 8, 15)),
    ("发布时间：2025-08-15 10:30", dt.date(2025, 8, 15)),
    ("August 15, 2025", dt.date(2025, 8, 15)),
])
def test_date_line_sets_published(dateline, day):
    [art] = read_string(f"晶片新聞\n{dateline}\n{BODY}\n", "b.txt")
    assert art.published == day and visible_text(art.text) == BODY


def test_posted_byline_in_markdown_sets_author_and_date():
    text = ("# 标题\n\n[张三](/~zhangsan) (321)发表于 2025年03月02日 08时00分 星期日 [分享](//s.example/)\n\n"
            "阿里巴巴周日发布了新的开源模型，据公司介绍，该模型在多项测试中表现出色。\n")
    [art] = read_string(text, "m.md")
    assert (art.author, art.published) == ("张三", dt.date(2025, 3, 2))
    assert visible_text(art.text) == "阿里巴巴周日发布了新的开源模型，据公司介绍，该模型在多项测试中表现出色。"


def test_front_matter_beats_in_text_byline():
    text = f"---\ntitle: 晶片\nauthor: 官方作者\n---\n\n【文/示例週刊 陳大文】\n\n{BODY}\n"
    [art] = read_string(text, "m.md")
    assert (art.author, art.publisher) == ("官方作者", "示例週刊")
    assert visible_text(art.text) == BODY


def test_body_sentence_mentioning_a_source_is_not_a_byline():
    line = "據路透社報道，来源：知情人士透露，華為正在測試新晶片，預計年底量產。"
    [art] = read_string(f"題\n{line}\n", "b.txt")
    assert art.publisher is None and visible_text(art.text) == line


def test_source_line_with_a_date_gives_outlet_and_date():
    from newsgraph.loaders.readers import byline

    assert byline.match_line("来源：示例科技网　2025-01-28 08:15") == {"publisher": "示例科技网", "published": dt.date(2025, 1, 28)}


@pytest.mark.parametrize("line, publisher, author", [
    ("【示例財經報記者陳冠廷／台北報導】", "示例財經報", "陳冠廷"),
    ("示例财经记者 周子涵 北京报道", "示例财经", "周子涵"),
    ("【本報記者王小明／台北報導】", None, "王小明"),
])
def test_reporter_lines_in_brackets_or_bare(line, publisher, author):
    from newsgraph.loaders.readers import byline

    found = byline.match_line(line)
    assert found.get("publisher") == publisher and found["author"] == author


@pytest.mark.parametrize("line, publisher, author, day", [
    # "<outlet> 作者 | <name> 编辑 | <name> <date>": the outlet leads the credits
    ("示例科技 作者 | 张三 编辑 | 李四 2025-03-22", "示例科技", "张三", dt.date(2025, 3, 22)),
    ("示例科技 · 编译 | 王五 · 编辑 | Panken · 2024-11-11", "示例科技", "王五", dt.date(2024, 11, 11)),
    ("示例週刊 記者｜陳大文 編輯｜林小美", "示例週刊", "陳大文", None),
    ("示例週刊 作者｜陳大文", "示例週刊", "陳大文", None),
    # 出品/来源/來源 name the outlet
    ("出品 | 示例科技 · 作者 | 梁六", "示例科技", "梁六", None),
    ("出品｜示例週刊 · 作者｜陳大文", "示例週刊", "陳大文", None),
    ("來源｜示例電視台 記者｜林志明", "示例電視台", "林志明", None),
    ("Example Daily Author: Jane Roe | Editor: John Doe", None, None, None),   # an outlet of two words: not led
    ("ExampleDaily Author: Jane Roe | Editor: John Doe", "ExampleDaily", "Jane Roe", None),
    ("Source: Example Wire | Author: Jane Roe", "Example Wire", "Jane Roe", None),
])
def test_credits_line_names_the_outlet(line, publisher, author, day):
    from newsgraph.loaders.readers import byline

    found = byline.match_line(line) or {}
    assert (found.get("publisher"), found.get("author"), found.get("published")) == (publisher, author, day)


@pytest.mark.parametrize("line", [
    "图片 来源 | 示例官网",                      # a picture credit
    "圖片 來源｜示例官網",
    "数据 来源：公司财报",
    "编辑推荐 | 本周十大模型",                  # a section label
    "示例科技 作者 | 张三认为，这一模型的推理能力仍有不足。",   # prose after the label
    "據示例週刊報導 作者｜陳大文表示，該模型仍在測試。",
    "Photo Source: Example Labs",
    "The author: Jane Roe, who covers chips, says the rules will change.",
])
def test_lines_that_are_not_credits(line):
    from newsgraph.loaders.readers import byline

    found = byline.match_line(line)
    assert not (found or {}).get("publisher"), found


@pytest.mark.parametrize("lang, credits, body, outlet", [
    ("zh-Hans", "新华社 作者 | 张三 编辑 | 李四 2025-03-22",
     "新华社3月22日报道，星河科技发布了新模型Orion-3，据公司介绍，其推理速度提升了一倍。", "xinhua"),
    ("zh-Hant", "新華社 記者｜陳大文 編輯｜林小美",
     "新華社3月22日報導，星河科技發布了新模型Orion-3，據公司介紹，其推理速度提升了一倍。", "xinhua"),
    ("en", "Xinhua Author: Jane Roe | Editor: John Doe",
     "Xinhua reported on Saturday that Star River released a new model, Orion-3, which doubles its speed.", "xinhua"),
])
def test_credits_line_sets_publisher_and_no_self_citation(extractor, lang, credits, body, outlet):
    """The outlet of the credits line is the article's publisher: its own dateline is no CITES."""
    [art] = read_string(f"Orion-3\n{credits}\n\n{body}\n", "c.txt")
    assert art.publisher in ("新华社", "新華社", "Xinhua") and credits not in visible_text(art.text)
    facts = extractor.extract(art)  # the session's extractor
    assert not [e for e in facts.edges if e.type.value == "CITES" and e.target == outlet], lang


@pytest.mark.parametrize("lang, masthead, body, outlet, publisher", [
    ("zh-Hans", "新华网 · 科技 · 2025-03-22",
     "新华网报道，星河科技发布了新模型Orion-3，据公司介绍，其推理速度提升了一倍。", "xinhua", "新华网"),
    ("zh-Hant", "路透 (reuters.com) · 科技 · 2025/03/22 08:15",
     "路透報導，星河科技發布了新模型Orion-3，據公司介紹，其推理速度提升了一倍。", "reuters", "路透"),
    ("en", "Reuters · Technology · March 2025",
     "Reuters reported on Saturday that Star River released a new model, Orion-3, which doubles its speed.", "reuters",
     "Reuters"),
])
def test_masthead_line_sets_publisher_and_no_self_citation(extractor, lang, masthead, body, outlet, publisher):
    """"<outlet> · <section> · <date>" under the title names the publisher (the line stays in the text): its
    own name in the body is no CITES."""
    [art] = read_string(f"Orion-3\n{masthead}\n\n{body}\n", "m.txt")
    assert art.publisher == publisher and masthead in visible_text(art.text)
    facts = extractor.extract(art)  # the session's extractor
    assert not [e for e in facts.edges if e.type.value == "CITES" and e.target == outlet], lang


@pytest.mark.parametrize("line", [
    "2025-04-27 北京 · 本文字数:5284 字",          # a date first: no outlet
    "Gemini 3 · Claude 4 · GPT-5",                  # a list, no date
    "星河科技表示，新模型将于 · 2025年 · 上线",      # prose
    "Star River said on Monday · 2025 · that it would ship Orion-3 to every customer of its cloud platform soon",  # long parts
])
def test_lines_that_are_not_mastheads(line):
    from newsgraph.loaders.readers import byline

    assert byline.masthead(line) is None
