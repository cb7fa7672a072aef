"""RELEASED of models on unseen news: construction classes that blocked it, each in zh-Hant, zh-Hans and en, with the
rule that finds each fact, and cases that must find nothing (planned, another maker's model, a grant, a licence)."""
import pytest

CASES = [
    # a stock ticker after the maker names an exchange, no party ("(GOOGL-US)": not the United States)
    ("谷歌 (GOOGL-US) 正式發布最新一代推理模型 Gemini 3.0 Pro。", {("google", "gemini-3-pro", "released.cue")}),
    ("谷歌 (GOOGL-US) 正式发布最新一代推理模型 Gemini 3.0 Pro。", {("google", "gemini-3-pro", "released.cue")}),
    ("Google (GOOGL-US) released Gemini 3 Pro on Tuesday.", {("google", "gemini-3-pro", "released.cue")}),
    # a maker, an adjective and a model noun, no 的: the maker's model
    ("谷歌最新模型Gemma 3主打開源。", {("google", "gemma-3", "released.possessive")}),
    ("谷歌最新模型Gemma 3主打开源。", {("google", "gemma-3", "released.possessive")}),
    ("Google's newest model Gemma 3 is open.", {("google", "gemma-3", "released.possessive")}),
    # a time with 于, a possessive verb, a kind of model and a dash before the name
    ("阿里巴巴於7月22日上線的全新推理模型——Qwen3名列第三。", {("alibaba", "qwen3", "released.cue")}),
    ("阿里巴巴于7月22日上线的全新推理模型——Qwen3名列第三。", {("alibaba", "qwen3", "released.cue")}),
    # 釋出 (Taiwan's "release"); a licence before it is no maker
    ("月之暗面釋出了Kimi K2。", {("moonshot-ai", "kimi-k2", "released.cue")}),
    ("深度求索以MIT授權釋出DeepSeek-R1。", {("deepseek", "deepseek-r1", "released.cue")}),
    ("深度求索以MIT授权释出DeepSeek-R1。", {("deepseek", "deepseek-r1", "released.cue")}),
    # a company described, not named, as the subject: the organisation the article names most
    ("月之暗面很強。這家總部位於北京的公司發布了Kimi K2。", {("moonshot-ai", "kimi-k2", "released.cue")}),
    ("月之暗面很强。这家总部位于北京的公司发布了Kimi K2。", {("moonshot-ai", "kimi-k2", "released.cue")}),
    ("Mistral is growing fast. The Paris-based startup released Mistral Large 2 on Monday.",
     {("mistral-ai", "mistral-large-2", "released.cue")}),
    # a maker's model given its name after a naming word
    ("Mistral的新模型名為Mistral Large 2。", {("mistral-ai", "mistral-large-2", "released.possessive")}),
    ("Mistral的新模型名为Mistral Large 2。", {("mistral-ai", "mistral-large-2", "released.possessive")}),
    ("Mistral's new model, dubbed Mistral Large 2, is fast.", {("mistral-ai", "mistral-large-2", "released.possessive")}),
    # nothing: planned, another maker's model, a country granting a licence
    ("月之暗面很強。這家公司計劃發布Kimi K2。", set()),
    ("月之暗面很强。该公司将于下月发布Kimi K2。", set()),
    ("Mistral is growing fast. The company will release Mistral Large 2 on Monday.", set()),
    ("OpenAI is growing fast. The company released Claude 3.5 Sonnet on Monday.", set()),
    ("美國授權輝達出口H20晶片。", set()),
    ("美国授权英伟达出口H20芯片。", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_released_unseen_classes(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


def test_ticker_names_no_party(extractor):
    """"(NASDAQ: GOOGL)": the exchange in a ticker is no organisation of the article."""
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="a", title="t", text="Google (NASDAQ: GOOGL) released Gemini 3 Pro on Tuesday."))
    assert {n.id for n in found.nodes} & {"nasdaq", "united-states"} == set()
    assert "google" in {n.id for n in found.nodes}


# a headline the body does not repeat states a release by its verb; not by a possessive, not as a question or a plan
HEADLINES = [
    ("Mistral unveils Mistral Large 2", {("mistral-ai", "mistral-large-2", "released.cue")}),
    ("谷歌發布開源模型Gemma 3", {("google", "gemma-3", "released.cue")}),
    ("谷歌发布开源模型Gemma 3", {("google", "gemma-3", "released.cue")}),
    ("Anthropic's Claude 3 Opus beats OpenAI's GPT-4", set()),
    ("Will Mistral unveil Mistral Large 2?", set()),
    ("谷歌將發布Gemma 3", set()),
    ("谷歌将发布Gemma 3", set()),
]


@pytest.mark.parametrize("title,expected", HEADLINES)
def test_released_in_headline(extractor, title, expected):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="a", title=title, text="The body says nothing of it. 正文不提此事。"))
    assert {(e.source, e.target, e.evidence[0].rule) for e in found.edges if e.type.value == "RELEASED"} == expected
