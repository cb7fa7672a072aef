"""Fuzzing the readers (issue 9): random bytes, random markup, random front matter, random JSON
nesting. Every file is reported (an ``InputError`` naming it) or read (``Article``s), never another
exception; whatever is read can be extracted and written as JSON and GraphML. Bounded example
counts keep this fast; a failure prints the smallest input hypothesis found."""
from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from newsgraph.loaders.readers import read_items
from newsgraph.schema import Article, InputError

FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SLOWER = settings(max_examples=20, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_DIR = Path(tempfile.mkdtemp(prefix="newsgraph-fuzz-"))
atexit.register(shutil.rmtree, _DIR, True)

WORDS = ["OpenAI", "released", "GPT-5", "阿里巴巴", "發佈", "Qwen3", "击败", "gpt-oss", "據路透社", "according to Reuters",
         ".", "。", ",", "\n", " ", "---", "# ", "**", "[", "](", ")", "<", ">", "&amp;", "&#0;", "\x1b[31m", "\x0b",
         "\x00", "\ufeff", "\u2028", "\ud7ff", "\U0001F600", "\\", '"', "'", ":", "{", "}", "title:", "*a", "&a "]
TEXT = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=40).map("".join)


def check(data: bytes, name: str = "input") -> list:
    """Read ``data`` as a file; assert the outcome is Articles and InputErrors only."""
    path = _DIR / name
    path.write_bytes(data)
    try:
        found = read_items(path)
    except InputError as exc:
        assert exc.path.startswith(str(path))
        return [exc]
    assert all(isinstance(item, (Article, InputError)) for item in found), found
    for item in found:
        if isinstance(item, Article):
            (item.title + item.text).encode("utf-8")  # writable as UTF-8: no lone surrogates
            assert item.title == item.title.strip() and "\x1b" not in item.title and "\x00" not in item.title
    return found


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_are_read_or_reported(data):
    check(data, "bytes.bin")


@FAST
@given(st.binary(max_size=300), st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"", b"<?xml version='1.0'?>",
                                                  b"---\n", b"{", b"[", b"<html>"]))
def test_random_bytes_behind_a_recognisable_start(data, start):
    check(start + data, "start.txt")


TAGS = ["html", "head", "body", "article", "main", "div", "p", "span", "a", "script", "style", "title", "meta", "h1",
        "br", "table", "tr", "td", "nav", "footer", "rss", "channel", "item", "feed", "entry", "description", "content",
        "svg", "math", "template", "!--", "![CDATA[", "?xml", "!DOCTYPE"]


@st.composite
def markup(draw):
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.sampled_from(["open", "close", "text", "attr", "entity"]))
        if kind == "open":
            parts.append(f"<{tag}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "attr":
            parts.append(f'<{tag} {draw(st.sampled_from(["class", "href", "content", "property", "name"]))}='
                         f'"{draw(TEXT)}">')
        elif kind == "entity":
            parts.append(draw(st.sampled_from(["&amp;", "&lt;", "&#x1b;", "&#0;", "&bogus;", "&#x110000;", "&#xD800;"])))
        else:
            parts.append(draw(TEXT))
    return "".join(parts)


@FAST
@given(markup())
def test_random_markup_is_read_or_reported(text):
    check(text.encode("utf-8", "surrogatepass"), "page.html")


@FAST
@given(markup())
def test_random_feed_markup_is_read_or_reported(text):
    check(('<?xml version="1.0"?><rss version="2.0"><channel>' + text).encode("utf-8", "surrogatepass"), "feed.xml")


YAML_VALUES = st.sampled_from(["", "~", "null", "yes", "2025-08-01", "2025-13-45", "12", "1e400", ".nan", "[a, b]",
                               "[[a], {b: c}]", "{name: Reuters}", "{nested: {deep: 1}}", "&x v", "*x", "!!binary aGk=",
                               "!!python/object:os.system x", "|\n  block\n  text", '"esc\\x1b\\u0000"', "'q''uote'",
                               "[" * 30 + "]" * 30, "- a\n- b"]) | TEXT
YAML_KEYS = st.sampled_from(["title", "headline", "url", "link", "publisher", "source", "site", "date", "published",
                             "author", "authors", "tags", "? complex", "title: title", "<<"])


@FAST
@given(st.lists(st.tuples(YAML_KEYS, YAML_VALUES), max_size=8), TEXT, st.sampled_from(["---", "...", ""]))
def test_random_front_matter_is_read_or_reported(fields, body, end):
    front = "\n".join(f"{k}: {v}" for k, v in fields)
    check(f"---\n{front}\n{end}\n{body}\nOpenAI released GPT-5 today.\n".encode("utf-8", "surrogatepass"), "a.md")


JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | TEXT
JSON_VALUES = st.recursive(JSON_LEAVES, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.sampled_from(["title", "text", "content", "source", "author", "date",
                                                               "articles", "items", "name", "x"]), inner, max_size=5),
                           max_leaves=30)


@FAST
@given(JSON_VALUES)
def test_random_json_values_are_read_or_reported(value):
    check(json.dumps(value).encode("utf-8", "surrogatepass"), "r.json")


@FAST
@given(st.lists(JSON_VALUES, min_size=1, max_size=5))
def test_random_json_lines_are_read_or_reported(values):
    check("\n".join(json.dumps(v) for v in values).encode("utf-8", "surrogatepass"), "r.jsonl")


@FAST
@given(st.integers(0, 20_000), st.sampled_from(["[", '{"a":', '{"text":']), st.booleans())
def test_random_json_nesting_depth(depth, opener, closed):
    closer = {"[": "]", '{"a":': "}", '{"text":': "}"}[opener]
    inner = opener * depth + "1" + (closer * depth if closed else "")
    found = check(json.dumps({"title": "deep", "text": "OpenAI released GPT-5."})[:-1].encode()
                  + b', "extra": ' + inner.encode() + b"}\n" + json.dumps({"title": "ok", "text": "Meta released Llama 4."}).encode(),
                  "deep.jsonl")
    assert any(isinstance(i, Article) for i in found)  # the good line survives its neighbour


@pytest.fixture(scope="module")
def engine():
    from newsgraph.loaders.extract import get_extractor

    return get_extractor("rules")


@SLOWER
@given(TEXT, TEXT)
def test_whatever_is_read_can_be_extracted_and_written(engine, title, body):
    from newsgraph.graph import KnowledgeGraph
    from newsgraph.graph.export.graphml import to_graphml
    from newsgraph.graph.export.jsonio import from_dict, to_dict, to_json

    found = check(f"{title}\n{body}\nOpenAI released GPT-5.\n".encode("utf-8", "surrogatepass"), "e2e.txt")
    kg = KnowledgeGraph()
    for item in found:
        if isinstance(item, Article):
            kg.add_extraction(engine.extract(item))
    to_json(kg).encode("utf-8")
    etree.fromstring(to_graphml(kg))  # a strict XML parser
    assert to_dict(from_dict(json.loads(to_json(kg)))) == to_dict(kg)
