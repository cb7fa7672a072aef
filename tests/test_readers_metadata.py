"""Dates, language detection and stable article ids."""
import datetime as dt
import time

import pytest

from newsgraph.loaders.readers import article_id, detect_language, parse_date, read_string

D = dt.date(2025, 8, 15)


@pytest.mark.parametrize("value", [
    "2025-08-15", "2025-08-15T09:30:00Z", "2025-08-15T23:30:00+08:00", "2025/8/15", "2025.08.15",
    "2025年8月15日", "2025年08月15日 17时20分", "Fri, 15 Aug 2025 10:00:00 +0000", "August 15, 2025",
    "15 Aug 2025", "Aug. 15th, 2025", dt.datetime(2025, 8, 15, 12), D, time.strptime("2025-08-15", "%Y-%m-%d"),
])
def test_parse_date(value):
    assert parse_date(value) == D


@pytest.mark.parametrize("value", [None, "", "yesterday", "2025-13-45", "8月15日"])
def test_parse_date_none(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("text, language", [
    ("中國在人工智能領域進展接踵而至，開源模型紛紛湧現。", "zh-Hant"),
    ("中国在人工智能领域进展接踵而至，开源模型纷纷涌现。", "zh-Hans"),
    ("OpenAI 發佈了 gpt-oss 模型，並表示其性能優於同等規模的競爭對手。", "zh-Hant"),
    ("OpenAI 发布了 gpt-oss 模型，并表示其性能优于同等规模的竞争对手。", "zh-Hans"),
    ("Alibaba released Qwen3, which beats gpt-oss on several benchmarks.", "en"),
    ("The 中国 market is large, analysts said on Tuesday in a long note.", "en"),
    ("12345 67890 !!!", "und"),
    ("", "und"),
])
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_article_id_is_sha1_of_the_key():
    import hashlib

    assert article_id("https://a.example/1") == "article-" + hashlib.sha1(b"https://a.example/1").hexdigest()[:12]
    assert article_id("https://a.example/1") != article_id("https://a.example/2")


def test_an_edited_article_keeps_its_id_and_changes_its_content_hash():
    from newsgraph.schema.identity import content_hash

    text = "Anthropic ships Claude\nAnthropic released Claude Opus 4 in May.\n"
    first, again, edited = (read_string(t, "a.txt")[0] for t in (text, text, text + "More.\n"))
    assert first.id == again.id == edited.id and first.key == edited.key
    assert content_hash(first) == content_hash(again) != content_hash(edited)
    assert read_string(text, "b.txt")[0].id != first.id
