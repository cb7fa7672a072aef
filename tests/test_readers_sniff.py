"""The format comes from the content, never from the file extension."""
import json

import pytest

from newsgraph.loaders.readers import READERS, read_file, read_paths, register_format, sniff_format
from newsgraph.loaders.readers.sniff import sniff
from newsgraph.loaders.readers import visible_text

RSS = ("<?xml version='1.0'?>\n<!-- generated -->\n<rss version='2.0'><channel><title>W</title>"
       "<item><title>T</title><description>Huawei unveiled a chip.</description></item></channel></rss>")
ATOM = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>W</title>"
        "<entry><title>T</title><content>Zhipu released GLM.</content></entry></feed>")


@pytest.mark.parametrize("content, expected", [
    ('{"title": "x", "text": "y"}', "json"),
    ('  [{"title": "x", "text": "y"}]', "json"),
    ('{"title": "a", "text": "b"}\n{"title": "c", "text": "d"}\n', "jsonl"),
    ('{"title": "a", "text": "b"}\nnot json\n', "jsonl"),
    ('{"title": "a",\n "text": }', "json"),  # broken pretty-printed JSON is still JSON (and an error)
    ('{bad\n{"title": "a", "text": "b"}\n{"title": "c", "text": "d"}\n', "jsonl"),  # a torn first line
    ('[1]\n{"title": "a", "text": "b"}\n{"title": "c", "text": "d"}\n', "jsonl"),  # a first line that is no record
    ('"x"\n{"title": "a", "text": "b"}\n', "jsonl"),
    ('[\n {"title": "a", "text": "b"},\n {"title": "c", "text": "d"},\n {"title": "e", "text": "f"}\n', "json"),
    ('{Braces} open this title\nA body line.\nAnother body line.\n', "text"),
    ('"Quoted," he said\n{"a": 1}\nProse after the code.\nAnd more prose.\n', "text"),
    (RSS, "feed"),
    (ATOM, "feed"),
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("<div><p>para</p><p>para</p><p>para</p></div>", "html"),
    ("---\ntitle: x\n---\nbody", "markdown"),
    ("# Heading\n\nbody", "markdown"),
    ("[登录](/login) [注册](/register)\n正文内容。", "markdown"),  # starts with '[' but is not JSON
    ("Title line\nA body line with #hashtag and a [bracket] only.", "text"),
    ("---\n\nA dashed rule, then prose.", "text"),
])
def test_sniff(content, expected):
    assert sniff(content) == expected


def test_txt_that_is_markdown(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("---\ntitle: 字节跳动发布豆包新版本\nsource: 示例社\n---\n\n"
                    "字节跳动周四发布了豆包大模型的新版本，据公司介绍，其推理能力明显增强。\n", encoding="utf-8")
    [art] = read_file(path)
    assert art.title == "字节跳动发布豆包新版本"  # not "---"
    assert art.publisher == "示例社"
    assert "title:" not in visible_text(art.text)


def test_html_extension_holding_json(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(json.dumps({"title": "Disguised", "text": "Samsung launched Gauss 2."}), encoding="utf-8")
    [art] = read_file(path)
    assert (art.title, visible_text(art.text)) == ("Disguised", "Samsung launched Gauss 2.")


def test_json_extension_holding_rss(tmp_path):
    path = tmp_path / "data.json"
    path.write_text(RSS, encoding="utf-8")
    [art] = read_file(path)
    assert art.publisher == "W" and visible_text(art.text) == "Huawei unveiled a chip."


def test_md_extension_holding_plain_text(tmp_path):
    path = tmp_path / "n.md"
    path.write_text("First line title\nSecond line is *not* markdown-stripped: a*b*c.\n", encoding="utf-8")
    [art] = read_file(path)
    assert visible_text(art.text) == "Second line is *not* markdown-stripped: a*b*c."


def test_registered_format_plugs_in(tmp_path):
    from newsgraph.loaders.readers import make_article

    def reader(text, path):
        title, body = text[len("DUMMY:"):].split("|")
        return [make_article(path, title, body)]

    register_format("dummy", reader, detect=lambda text: text.startswith("DUMMY:"))
    try:
        assert sniff_format("DUMMY:t|b") == "dummy"
        path = tmp_path / "x.dat"
        path.write_text("DUMMY:Plugged|Body text here.", encoding="utf-8")
        [art] = read_file(path)
        assert (art.title, visible_text(art.text)) == ("Plugged", "Body text here.")
    finally:
        READERS.remove("dummy")
    assert sniff_format("DUMMY:t|b") == "text"


def test_a_binary_format_reads_the_files_bytes(tmp_path):
    from newsgraph.loaders.readers import make_article

    def reader(data, path):
        assert isinstance(data, bytes)
        title, body = data[4:].decode("utf-16-le").split("|")
        return [make_article(path, title, body)]

    register_format("u16", reader, detect=lambda data: data.startswith(b"U16:"), binary=True)
    try:
        path = tmp_path / "x.bin"
        path.write_bytes(b"U16:" + "題|阿里巴巴發佈了Qwen3。".encode("utf-16-le"))
        [art] = read_file(path)
        assert (art.title, art.text) == ("題", "阿里巴巴發佈了Qwen3。")
    finally:
        READERS.remove("u16")


def test_json_lines_with_a_bad_first_line_keep_every_good_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"title": "A", "text": "Alpha body."\n{"title": "B", "text": "Beta body."}\n'
                    '{"title": "C", "text": "Gamma body."}\n', encoding="utf-8")
    items = list(read_paths([path]))
    assert [i.title for i in items if not isinstance(i, Exception)] == ["B", "C"]
    [bad] = [i for i in items if isinstance(i, Exception)]
    assert str(bad).startswith(f"{path}:1: malformed JSON")
