"""UTF-8, UTF-8 with BOM, GB18030 and Big5 input all decode to the same text."""
import codecs

import pytest

from newsgraph.loaders.readers import read_file
from newsgraph.loaders.readers.decode import decode
from newsgraph.loaders.readers import visible_text

HANS = "月之暗面发布新模型\n月之暗面周五发布了新的长文本模型，据公司介绍，其上下文窗口达到二百万字。\n"
HANT = "聯發科推出新晶片\n聯發科週四推出新一代旗艦晶片，據公司介紹，其人工智能運算效能提升一倍。\n"


@pytest.mark.parametrize("encoding, text, language", [
    ("utf-8", HANS, "zh-Hans"),
    ("utf-8-sig", HANT, "zh-Hant"),
    ("gb18030", HANS, "zh-Hans"),
    ("gbk", HANS, "zh-Hans"),
    ("big5", HANT, "zh-Hant"),
])
def test_encodings_decode_to_the_same_article(tmp_path, encoding, text, language):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [art] = read_file(path)
    title, body = text.strip().split("\n")
    assert art.title == title  # no BOM, no mojibake
    assert visible_text(art.text) == body
    assert art.language == language


@pytest.mark.parametrize("short", ["華為發佈昇騰芯片", "研發"])
def test_short_big5_is_not_mistaken_for_another_encoding(short):
    assert decode(short.encode("big5"), "x.txt") == short


def test_bom_is_stripped_and_crlf_normalised():
    raw = codecs.BOM_UTF8 + "Title\r\nBody line one.\r\nBody line two.\rEnd.".encode("utf-8")
    assert decode(raw, "x.txt") == "Title\nBody line one.\nBody line two.\nEnd."


def test_utf16_with_bom_is_decoded():
    assert decode("標題\n內容".encode("utf-16"), "x.txt") == "標題\n內容"
