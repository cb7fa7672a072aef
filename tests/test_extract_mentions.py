import pytest

from newsgraph.loaders.extract.normalize import Normalised, fold


def ids(extractor, text):
    return [m.entity_id for m in extractor.mentions(Normalised.of(text))]


@pytest.mark.parametrize("spellings, entity", [
    (["深度求索", "DeepSeek", "deepseek"], "deepseek"),
    (["通義千問", "通义千问", "千问", "千問", "Qwen", "QWEN"], "qwen"),
    (["千问3", "千問3", "Qwen3", "Qwen 3", "Qwen-3"], "qwen3"),
    (["gpt-oss", "GPT-OSS", "gpt oss"], "gpt-oss"),
    (["華盛頓", "华盛顿", "Washington"], "washington"),
    (["矽谷", "硅谷", "Silicon Valley"], "silicon-valley"),
])
def test_mentions_one_entity_in_any_script_case_or_spacing(extractor, spellings, entity):
    for spelling in spellings:
        assert ids(extractor, f"有消息稱 {spelling} 今天很忙。") == [entity], spelling


def test_mentions_prefer_the_longest_name(extractor):
    assert ids(extractor, "特朗普政府發佈了計劃。") == ["trump-administration"]


def test_mentions_short_latin_names_are_case_sensitive(extractor):
    assert ids(extractor, "The US has rules.") == ["united-states"]
    assert ids(extractor, "They told us about it.") == []


def test_mentions_short_model_alias_needs_its_maker_in_context(extractor):
    assert "deepseek-r1" in ids(extractor, "DeepSeek發佈了R1。")
    assert "deepseek-r1" not in ids(extractor, "這款R1吸塵器很便宜。")


@pytest.mark.parametrize("text", ["華盛頓擔憂臺灣的晶片", "ＧＰＴ－ＯＳＳ", "Straße und İstanbul", "乾隆皇帝的乾坤"])
def test_fold_keeps_every_offset(text):
    assert len(fold(text)) == len(text)


def test_fold_maps_traditional_to_simplified():
    assert Normalised.of("華盛頓").folded == "华盛顿"


@pytest.mark.parametrize("text, entity", [
    ("Kimi 今天發佈新版。k1.5 在數學上領先。", "kimi-k1-5"),
    ("Kimi 今天发布新版。k1.5 在数学上领先。", "kimi-k1-5"),
    ("Kimi shipped an update. The k1.5 model leads in maths.", "kimi-k1-5"),
    ("Kimi shipped an update. The K2 model leads in maths.", "kimi-k2"),
])
def test_mentions_a_short_version_in_any_case_after_its_family(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text", ["The k2 bus line is late.", "k1.5 是一個參數。", "In 2023 the m2 chip shipped."])
def test_mentions_no_short_version_without_its_family(extractor, text):
    assert not [i for i in ids(extractor, text) if i.startswith(("kimi", "minimax"))]


@pytest.mark.parametrize("text, entity", [
    ("Mistral Large 2 beats Mistral Large.", "mistral-large-2"),
    ("Codestral Mamba writes code fast.", "codestral-mamba"),
    ("Meta's Code Llama is open.", "code-llama"),
    ("DeepSeek-R1-0528 scored 68.", "deepseek-r1-0528"),
    ("雲雀Skylark2 排名第一。", "skylark-2"),
    ("云雀Skylark2 排名第一。", "skylark-2"),
    ("商湯日日新5.0表現出色。", "sensechat-v5"),
    ("商汤日日新5.0表现出色。", "sensechat-v5"),
    ("Mistral Small 3.1 runs on one GPU.", "mistral-small-3-1"),
])
def test_mentions_model_versions_of_many_labs(extractor, text, entity):
    assert entity in ids(extractor, text)
