"""Extraction at size: a long article on one line finds what its sentences find alone; the fast text paths
equal their definitions. (Speed and memory are measured in benchmarks/bench_extract.py, not here.)"""
import pytest

from newsgraph.loaders.extract.mentions import _squeeze
from newsgraph.schema import Article
from newsgraph.schema import text as T

SENTENCES = [
    "Alibaba released Qwen3 on Tuesday.",
    "阿里巴巴發佈了Qwen3。",
    "Qwen3 beats gpt-oss on math, according to Reuters.",
    "據路透社報道，DeepSeek令英偉達擔憂。",
    "gpt-oss落后于Qwen3。",
    "OpenAI said the model is cheap.",
    "Nvidia is worried about DeepSeek.",
    "Prices fell in Hong Kong.",
]


def _semantic(extraction):
    return {(e.type.value, e.source, e.target): e for e in extraction.edges if e.type.value not in ("MENTIONS", "PUBLISHED")}


def test_scale_a_long_single_line_article_finds_what_each_sentence_finds(extractor):
    alone = {}
    for sentence in SENTENCES:
        for key in _semantic(extractor.extract(Article(id="a", title="t", text=sentence))):
            alone[key] = alone.get(key, 0) + 1
    repeats = 500
    text = " ".join(SENTENCES * repeats)
    assert "\n" not in text and len(text) > 100_000
    found = extractor.extract(Article(id="a", title="t", text=text))
    edges = _semantic(found)
    assert set(edges) == set(alone)
    for key, edge in edges.items():
        assert len(edge.evidence) == repeats * alone[key], key   # every repetition is evidence
        for ev in edge.evidence:
            assert ev.sentence == text[ev.start:ev.end] and ev.sentence in SENTENCES
    mentions = [e for e in found.edges if e.type.value == "MENTIONS"]
    # a MENTIONS edge keeps its first mention's evidence and counts the others
    assert all(len(e.evidence) == 1 for e in mentions)
    assert sum(e.mentions for e in mentions) >= repeats * len(SENTENCES)


def _chars(lo, hi):
    return "".join(chr(c) for c in range(lo, hi) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("lo, hi", [(0, 0x4000), (0x4000, 0xA000), (0xA000, 0x10000), (0x10000, 0x11000), (0x1F000, 0x20000)])
def test_scale_the_fast_text_paths_equal_their_definitions(lo, hi):
    chars = _chars(lo, hi)
    assert chars.translate(T._FOLD_TABLE) == "".join(T._fold_char(ch) for ch in chars)
    assert chars.translate(T._SIMPLIFIED_TABLE) == "".join(T._one_to_one(ch) for ch in chars)
    kept = [i for i, ch in enumerate(chars) if T.is_key_char(ch)]
    assert T._NOT_KEY.sub("", chars) == "".join(chars[i] for i in kept)
    squeezed, where = _squeeze(chars)
    assert squeezed == "".join(chars[i] for i in kept) and list(where) == kept


def test_scale_squeeze_of_a_huge_text_keeps_the_same_positions():
    text = T.fold("阿里巴巴發佈了 Qwen3，gpt-oss 落後。Photo: AP\n" * 8000)  # > 2**18 characters: an array
    squeezed, where = _squeeze(text)
    kept = [i for i, ch in enumerate(text) if T.is_key_char(ch)]
    assert len(text) > 1 << 18 and squeezed == "".join(text[i] for i in kept) and list(where) == kept


def test_scale_fold_keeps_offsets_when_phrases_change_length():
    text = "乾隆年間，華盛頓擔憂ＧＰＴ-OSS。" * 3
    folded = T.fold(text)
    assert len(folded) == len(text) and "华盛顿担忧gpt-oss" in folded


def test_scale_a_page_without_full_stops_is_cut_into_bounded_sentences(extractor):
    text = "，".join(["阿里巴巴發佈了Qwen3", "Qwen3擊敗了gpt-oss", "價格下降了不少"] * 400)
    found = extractor.extract(Article(id="a", title="t", text=text))
    evidence = [ev for e in found.edges for ev in e.evidence]
    assert evidence and all(ev.end - ev.start <= 2000 and ev.sentence == text[ev.start:ev.end] for ev in evidence)
    assert {(e.type.value, e.source, e.target) for e in found.edges} >= {
        ("RELEASED", "alibaba", "qwen3"), ("OUTPERFORMS", "qwen3", "gpt-oss")}
