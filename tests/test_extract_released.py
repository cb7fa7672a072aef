import pytest

A = "article-test"


@pytest.mark.parametrize("text, expected", [
    ("阿里巴巴昨日發佈了新一代模型Qwen3。", ("alibaba", "qwen3")),
    ("阿里巴巴昨日发布了新一代模型Qwen3。", ("alibaba", "qwen3")),
    ("Alibaba released Qwen3 on Tuesday.", ("alibaba", "qwen3")),
    ("OpenAI 開源了 gpt-oss。", ("openai", "gpt-oss")),
    ("Google unveiled Gemma 3 at its developer conference.", ("google", "gemma-3")),
    ("月之暗面推出Kimi K2。", ("moonshot-ai", "kimi-k2")),
    ("谷歌的Gemma模型很受歡迎。", ("google", "gemma")),
    ("Meta's Llama is widely used.", ("meta", "llama")),
    ("ChatGPT的開發者OpenAI再度成為焦點。", ("openai", "chatgpt")),
    ("Claude, developed by Anthropic, is popular with programmers.", ("anthropic", "claude")),
    ("特朗普政府發佈的AI行動計劃引發討論。", ("trump-administration", "us-ai-action-plan")),
    ("DeepSeek及其R1推理模型備受關注。", ("deepseek", "deepseek-r1")),
])
def test_released_found_in_three_languages(facts, text, expected):
    assert ("RELEASED", *expected) in facts(text)


@pytest.mark.parametrize("text", [
    "阿里巴巴並未發佈Qwen4。",
    "OpenAI did not release gpt-oss last year.",
    "華僑銀行使用了Qwen3。",
    "OCBC uses Qwen3 for coding help.",
])
def test_released_not_found_without_a_release(facts, text):
    assert not {f for f in facts(text) if f[0] == "RELEASED"}


def test_released_bare_juxtaposition_needs_the_known_developer(facts):
    assert ("RELEASED", "alibaba", "qwen") in facts("阿里巴巴Qwen模型緊隨其後。")
    assert not {f for f in facts("微軟Qwen模型很快。") if f[0] == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    ("Analysts compared OpenAI and its gpt-oss with rivals.", {("openai", "gpt-oss")}),
    ("深度求索在報告中詳細介紹了DeepSeek V3的訓練成本。", {("deepseek", "deepseek-v3")}),
    ("OCBC uses Qwen3 and Gemma for internal tools.", set()),
])
def test_released_a_model_with_its_known_maker_in_one_sentence(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "RELEASED"} == expected


def test_released_qwen4_is_a_new_version_not_a_typo_of_qwen2(extractor):
    from newsgraph.loaders.extract.normalize import Normalised

    mentions = extractor.mentions(Normalised.of("阿里巴巴預告了Qwen4。"))
    assert [(m.surface, m.family) for m in mentions if m.type.value == "Model"] == [("Qwen4", "qwen")]
