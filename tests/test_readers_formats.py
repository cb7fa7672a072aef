"""Each supported format gives the right Article fields."""
import datetime as dt
import json
from pathlib import Path

import pytest

from newsgraph.loaders.readers import html as html_reader
from newsgraph.loaders.readers import read_file, read_items
from newsgraph.schema.errors import InputError
from newsgraph.loaders.readers import visible_text

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_plain_text_zh_hant(tmp_path):
    path = write(tmp_path, "story.txt",
                 "\n\n台積電擴大先進封裝產能\n台積電週三表示，將擴大先進封裝產能以滿足人工智能晶片需求。\n"
                 "分析師認為，此舉有助於緩解供應緊張。\n")
    [art] = read_file(path)
    assert art.title == "台積電擴大先進封裝產能"
    assert visible_text(art.text) == ("台積電週三表示，將擴大先進封裝產能以滿足人工智能晶片需求。\n"
                        "分析師認為，此舉有助於緩解供應緊張。")
    assert art.language == "zh-Hant"
    assert art.path == str(path)
    assert art.id.startswith("article-") and len(art.id) == len("article-") + 12


def test_markdown_front_matter_zh_hans_with_chrome():
    [art] = read_file(FIXTURES / "chrome_page.txt")
    assert art.title == "智谱开源新模型引发关注"
    assert art.url == "https://news.example.org/story/1001"
    assert art.publisher == "示例资讯站"  # slogan after the dash dropped
    assert art.published == dt.date(2025, 7, 30)  # front matter wins over the byline date
    assert art.author == "小明"
    assert art.language == "zh-Hans"
    assert visible_text(art.text).startswith("智谱AI周二推出了新一代开源模型GLM-4.5")


def test_markdown_without_front_matter_takes_first_heading(tmp_path):
    path = write(tmp_path, "note.md", "Intro line that is not a heading\n\n## Cohere ships Command A\n\n"
                 "Cohere released Command A, which it says beats larger rivals on agent tasks.\n")
    [art] = read_file(path)
    assert art.title == "Cohere ships Command A"
    assert "Cohere released Command A" in visible_text(art.text)
    assert "##" not in visible_text(art.text)


@pytest.mark.parametrize("engine", ["default", "lxml-fallback"])
def test_html_page_main_text_only(engine, monkeypatch):
    if engine == "lxml-fallback":
        monkeypatch.setattr(html_reader, "_trafilatura", lambda text: None)
    [art] = read_file(FIXTURES / "page.html")
    assert art.title == "Nvidia unveils a slimmer data-centre chip"
    assert art.url == "https://sample.example.net/tech/nvidia-chip"
    assert art.published == dt.date(2025, 2, 3)
    assert art.publisher == "Sample Daily"
    assert visible_text(art.text).startswith("Nvidia introduced a cut-down accelerator")
    assert "permitted threshold." in visible_text(art.text)
    for chrome in ("Front page", "Markets", "Log in", "Share on", "Related stories", "Quantum",
                   "PenguinFan42", "Reader comments", "All rights reserved", "Privacy"):
        assert chrome not in visible_text(art.text), chrome


def test_json_list_and_field_aliases(tmp_path):
    records = [
        {"title": "A", "content": "Anthropic released Claude 3.7 Sonnet on Monday.", "link": "https://x.example/a",
         "published_at": "2025-02-24T18:00:00Z", "outlet": "Wire One"},
        {"headline": "B", "body": "<p>Google launched Gemini 2.5.</p><p>It leads the arena.</p>",
         "url": "https://x.example/b", "date": "2025年3月25日", "source": {"name": "Wire Two"}},
    ]
    path = write(tmp_path, "batch.json", json.dumps(records))
    a, b = read_file(path)
    assert (a.title, a.url, a.published, a.publisher) == ("A", "https://x.example/a", dt.date(2025, 2, 24), "Wire One")
    assert (b.title, b.published, b.publisher) == ("B", dt.date(2025, 3, 25), "Wire Two")
    assert visible_text(b.text) == "Google launched Gemini 2.5.\nIt leads the arena."  # HTML body → text


@pytest.mark.parametrize("wrapper", ["articles", "items"])
def test_json_object_with_article_list(tmp_path, wrapper):
    data = {wrapper: [{"title": "T", "text": "xAI released Grok 3 in February."}], "count": 1}
    [art] = read_file(write(tmp_path, "wrapped.json", json.dumps(data)))
    assert visible_text(art.text) == "xAI released Grok 3 in February."


def test_json_single_object(tmp_path):
    [art] = read_file(write(tmp_path, "one.json", json.dumps({"title": "Solo", "text": "Baidu launched Ernie 4.5."})))
    assert art.title == "Solo"


def test_jsonl_records(tmp_path):
    lines = [{"title": "第一条", "text": "腾讯发布了混元新模型。", "source": "示例社"},
             {"title": "Second", "text": "Amazon launched Nova models.", "date": "2024-12-03"}]
    path = write(tmp_path, "feed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n")
    first, second = read_file(path)
    assert (first.title, first.publisher, first.language) == ("第一条", "示例社", "zh-Hans")
    assert (second.published, second.language) == (dt.date(2024, 12, 3), "en")


def test_rss_feed():
    first, second = read_file(FIXTURES / "feed_rss.xml")
    assert first.title == "Startup open-sources a small coding model"
    assert first.url == "https://wire.example.com/items/1"
    assert first.published == dt.date(2025, 3, 3)
    assert first.publisher == "Sample Wire"
    assert visible_text(first.text) == "A Berlin startup open-sourced a compact coding model on Monday.\nIts founders said it beats larger rivals on short tasks."
    assert second.published == dt.date(2025, 3, 4)  # the feed's own time zone, not UTC
    assert second.language == "zh-Hans"


def test_atom_feed():
    [entry] = read_file(FIXTURES / "feed_atom.xml")
    assert entry.title == "台灣團隊推出繁體中文語言模型"
    assert entry.url == "https://atom.example.tw/posts/1"
    assert entry.published == dt.date(2025, 6, 9)
    assert entry.publisher == "範例科技台"
    assert entry.author == "張小華"
    assert entry.language == "zh-Hant"
    assert "<p>" not in visible_text(entry.text) and visible_text(entry.text).startswith("一個台灣研究團隊")


def test_feed_item_without_text_is_an_error_but_others_are_read(tmp_path):
    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>"
           "<item><title>empty</title><link>https://f.example/1</link></item>"
           "<item><title>full</title><description>Meta released Llama 3.3.</description></item>"
           "</channel></rss>")
    items = read_items(write(tmp_path, "f.xml", rss))
    assert isinstance(items[0], InputError) and items[0].path.endswith("f.xml[item 1]")
    assert items[1].title == "full"
