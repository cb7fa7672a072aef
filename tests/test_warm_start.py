"""The rule extractor read back from its warm-start file extracts exactly what a newly made one does;
the file is keyed by code, data and options, written atomically, and ignored when damaged."""
from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from newsgraph.graph import warm_start
from newsgraph.loaders.extract import get_extractor
from newsgraph.loaders.extract.rules import RuleExtractor
from newsgraph.schema import Article

ARTICLES = [  # short articles written for this test, one per script, and one that must find nothing
    Article(id="t1", title="新模型", text="阿里巴巴發佈了Qwen3。Qwen3在編程測試中擊敗了GPT-4o。", language="zh-Hant"),
    Article(id="t2", title="新模型", text="月之暗面发布了Kimi K2，并称其在多项测试中超过DeepSeek-V3。", language="zh-Hans"),
    Article(id="t3", title="A release", text="OpenAI released GPT-5 on Thursday. It beat Claude 4 on coding tests.",
            language="en"),
    Article(id="t4", title="Weather", text="It rained all day and nobody released anything.", language="en"),
]


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(warm_start.ENV, raising=False)
    return tmp_path / "warm"


def _whole(path) -> bool:
    data = path.read_bytes()
    return len(data) > 32 and hashlib.sha256(data[32:]).digest() == data[:32]


def _facts(engine) -> list[str]:
    return [engine.extract(a).model_dump_json() for a in ARTICLES]


@pytest.fixture(scope="module")
def fresh() -> list[str]:
    """What a newly made rule extractor finds in ARTICLES."""
    return _facts(get_extractor("rules"))


def test_read_back_extracts_the_same(cache, fresh):
    first = warm_start.extractor("rules", {})  # made, and written
    assert len(list(cache.glob("rules-*.pickle"))) == 1
    again = warm_start.extractor("rules", {})  # read back
    assert isinstance(again, RuleExtractor) and again is not first
    assert _facts(again) == fresh == _facts(first)
    assert any('"RELEASED"' in f for f in fresh) and '"RELEASED"' not in fresh[3]


def test_damaged_file_is_made_again(cache, fresh):
    warm_start.extractor("rules", {})
    (path,) = cache.glob("rules-*.pickle")
    whole = path.read_bytes()
    for damaged in (whole[:len(whole) // 2], whole[:-1] + bytes([whole[-1] ^ 1])):  # truncated, one bit flipped
        path.write_bytes(damaged)
        engine = warm_start.extractor("rules", {})
        assert isinstance(engine, RuleExtractor)
        assert _whole(path)  # made again and written whole
    assert _facts(engine) == fresh


def test_options_and_files_have_their_own_file(cache, tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text("- id: acme-lab\n  type: Organization\n  aliases: [Acme Lab]\n", encoding="utf-8")
    warm_start.extractor("rules", {})
    with_file = warm_start.extractor("rules", {"gazetteer_files": [str(extra)]})
    assert "acme-lab" in with_file.gazetteer.entries
    assert len(list(cache.glob("rules-*.pickle"))) == 2
    extra.write_text("- id: other-lab\n  type: Organization\n  aliases: [Other Lab]\n", encoding="utf-8")
    changed = warm_start.extractor("rules", {"gazetteer_files": [str(extra)]})  # new content: a new key
    assert "other-lab" in changed.gazetteer.entries and "acme-lab" not in changed.gazetteer.entries
    assert len(list(cache.glob("rules-*.pickle"))) == 3


def test_switched_off(cache, monkeypatch):
    monkeypatch.setenv(warm_start.ENV, "0")
    assert isinstance(warm_start.extractor("rules", {}), RuleExtractor)
    assert not cache.exists()


def test_unwritable_cache_only_costs_time(tmp_path, monkeypatch, fresh):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(blocker))  # a file where the folder should be
    assert _facts(warm_start.extractor("rules", {})) == fresh


def test_racing_processes_leave_one_whole_file(cache):
    """Two processes making the file at once: both get an extractor, the file left is whole, no temporary remains."""
    code = ("from newsgraph.graph import warm_start; "
            "e = warm_start.extractor('rules', {}); print(type(e).__name__)")
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    assert [p.communicate(timeout=120)[0].strip() for p in procs] == ["RuleExtractor"] * 2
    assert [p.name.startswith("rules-") for p in cache.iterdir()] == [True]
    (path,) = cache.iterdir()
    assert _whole(path)


def test_old_versions_are_pruned(cache):
    cache.mkdir(parents=True)
    for i in range(warm_start.KEEP + 3):
        (cache / f"rules-old{i}.pickle").write_bytes(b"x")
    warm_start.extractor("rules", {})
    assert len(list(cache.glob("*.pickle"))) == warm_start.KEEP
