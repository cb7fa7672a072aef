"""The readers' fast paths give what the plain formulas they replace give (text read, byte for byte)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.loaders.readers import article, chrome, dates, inline
from newsgraph.schema.text import converter

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None)
# what news lines are made of: both Chinese scripts, Latin words, digits (full-width too), dates, markup
PIECES = ["發佈", "发布", "模型", "臺灣", "台湾", "開源", "开源", "。", "，", " ", "  ", "\t", "\u3000", "OpenAI", "released",
          "Mar", "march", "Sunday", "2025", "１２", "年", "8月", "15日", "2025-08-15", "Aug 15, 2025", "é", "ß",
          "[link](https://x.example/a)", "![img](a.png)", "[ref][1]", "<https://y.example>", "**", "__", "`",
          "www.example.com", "HTTP://Z.EXAMPLE", "\\*", "©", "轉載", "-", ":", "——", "星期三", "\u0130", "\u212a"]
LINES = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def _changes(config: str, chars: str) -> int:  # schema.text.script_changes as it was
    converted = converter(config).convert(chars)
    if len(converted) != len(chars):
        return len(set(chars) - set(converted))
    return sum(a != b for a, b in zip(chars, converted))


def _language(text: str) -> str:  # article.detect_language as it was
    cjk = "".join(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", text))
    latin = len(re.findall(r"[A-Za-z\u00c0-\u024f]", text))
    if not cjk and not latin:
        return "und"
    if len(cjk) * 3 >= latin or len(cjk) >= 200:
        t2s, s2t = _changes("t2s", cjk), _changes("s2t", cjk)
        if t2s >= max(1, 0.02 * len(cjk)) and t2s > s2t:
            return "zh-Hant"
        return "zh-Hans"
    return "en" if latin >= 2 else "und"


def _weight(text: str) -> int:  # chrome.weight as it was
    cjk = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
    return len(cjk.findall(text)) + 2 * len(re.findall(r"[A-Za-z0-9][\w'’-]*", cjk.sub(" ", text)))


def _full_dates(text: str) -> list:  # dates._full_dates without its digit check
    found = []
    for regex, order in dates._PATTERNS:
        for match in regex.finditer(text):
            if day := dates._build(match, order):
                found.append((match.start(), day))
    return sorted(found)


def _parse(raw: str, markdown: bool) -> inline.Line:  # inline.parse with every pattern run on every line
    line = inline.Line(raw=raw)
    text = raw.strip()
    if not text:
        line.kind = "blank"
        return line
    if markdown:
        if m := inline._HEADING.match(text):
            line.kind, text = "heading", m.group(1)
        elif m := inline._LIST.match(text):
            line.kind, text = "list", text[m.end():]
        text = inline._QUOTE.sub("", text)
        line.images = len(inline._IMAGE.findall(text))
        text = inline._IMAGE.sub("", text)

        def link(label: str, target: str) -> str:
            label = inline._EMPHASIS.sub("", label)
            line.link_chars += len(re.sub(r"\s", "", label))
            if url := inline.absolute(inline._ESCAPE.sub(r"\1", target)):
                line.links.append(url)
            return label

        text = inline._LINK.sub(lambda m: link(m.group(1), m.group(2)), text)
        text = inline._REF_LINK.sub(lambda m: m.group(1), text)
        text = inline._AUTOLINK.sub(lambda m: link(m.group(1), m.group(1)), text)
        text = re.sub(r"[ \t]{2,}", " ", inline._ESCAPE.sub(r"\1", inline._EMPHASIS.sub("", text)))
    text = text.strip()
    line.text = text
    if inline._BARE_URL.match(text):
        line.kind = "url" if line.kind != "heading" else line.kind
        line.links.append(inline.absolute(text) or "https://" + text)
    for url in inline._URL_IN_TEXT.findall(text):
        line.links.append(inline.absolute(url.rstrip(".,;:!?")) or url)
    line.links = list(dict.fromkeys(line.links))
    return line


@SETTINGS
@given(LINES)
def test_language_as_before(text):
    assert article.detect_language(text) == _language(text)


@SETTINGS
@given(LINES)
def test_weight_as_before(text):
    assert chrome.weight(text) == _weight(text)


@SETTINGS
@given(LINES)
def test_dates_as_before(text):
    assert dates._full_dates(text) == _full_dates(text)


@SETTINGS
@given(LINES, st.booleans())
def test_inline_parse_as_before(raw, markdown):
    fast, plain = inline.parse(raw, markdown), _parse(raw, markdown)
    assert fast == plain
    assert (fast.size, fast.link_density) == (plain.size, plain.link_density)


def test_language_table():
    """Each script, and the cases that must be none (no letters) or English despite a CJK word."""
    cases = [("臺灣的開發者發佈了新模型，並說明了訓練資料。", "zh-Hant"),
             ("台湾的开发者发布了新模型，并说明了训练数据。", "zh-Hans"),
             ("The lab released a new model on Monday.", "en"),
             ("2025-08-15 12:00 — 。，", "und"),
             ("An English sentence that mentions 模型 once among many other words here.", "en")]
    assert [article.detect_language(text) for text, _ in cases] == [want for _, want in cases]


def test_size_follows_the_text():
    """``Line.size`` is remembered, but a changed text (a byline prefix cut off) is measured again."""
    line = inline.parse("【文/記者 王小明】 正文 在這裡", markdown=False)
    assert line.size == len("【文/記者王小明】正文在這裡")
    line.text = "正文 在這裡"
    assert line.size == 5
    assert inline.parse("   ", markdown=False).size == 0


@SETTINGS
@given(st.text(max_size=60), st.data())
def test_differing_positions(a, data):
    """The lane count equals the plain count, surrogates and astral characters included."""
    from newsgraph.schema.text import _differing

    b = "".join(data.draw(st.sampled_from([ch, "x", "發", "\U0001f600", "\ud800"])) for ch in a)
    assert _differing(a, b) == sum(x != y for x, y in zip(a, b))
