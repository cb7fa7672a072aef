"""Two false-edge kinds of this session's new rules, in en, zh-Hans and zh-Hant, each beside the sentence that must
still find the fact:

- a place "behind only" / "trailing only" / 仅次于 a rival in a ranking of use, cost or size ("Claude ranked second in
  market share, behind only ChatGPT", "Kimi的月活排名第二，仅次于豆包") is no test lost — the measure is read between
  the loser and the cue's end, as "trails Y in downloads" is read after the winners ("ranked second on the leaderboard,
  behind only Y", "在数学测试中排名第二，仅次于Y" still are);
- 官宣 (made official) before a colon or a word of its own ("OpenAI官宣：ChatGPT周活破8亿", "DeepSeek官宣降价，…")
  announces news, no release; before a name or a title ("智谱官宣GLM-4.6开源", "官宣「Kimi K2」") and ending a
  clause after a model ("讯飞星火X9官宣，…") it still releases;
- an update named by a dated point version of its own ("rolled out the Gemini 2.5 Pro 06-05 update", "发布Qwen3-2507
  更新") is that new model released; "rolled out a Gemini update", "发布豆包大模型系列更新" release no line by the cue;
- a clause that only says the model is on par with A ("…得分88，接近A，远超B", "…，与A持平，并超过B", "…, close to A,
  and well ahead of B") names no subject: the sentence's subject wins over B, not A (A, the parity's rival, wins
  nothing).
"""
import pytest


@pytest.mark.parametrize("text,expected", [
    # a place in a ranking of use: nothing
    ("Claude ranked second in market share, behind only ChatGPT.", set()),
    ("Gemini ranked second in downloads last month, trailing only ChatGPT.", set()),
    ("Claude ranked second in enterprise adoption, behind only ChatGPT.", set()),
    ("Kimi的月活排名第二，仅次于豆包。", set()),
    ("Kimi的月活排名第二，僅次於豆包。", set()),
    ("Kimi在下载量上排名第二，仅次于豆包。", set()),
    ("Kimi在下載量上排名第二，僅次於豆包。", set()),
    ("豆包以35%的用户占比领先于文心一言。", set()),
    ("豆包以35%的用戶佔比領先於文心一言。", set()),
    # a place in a ranking of a test: the rival wins
    ("Claude Opus 4 ranks second on the leaderboard, behind only Gemini 2.5 Pro.", {("gemini-2-5-pro", "claude-opus-4")}),
    ("On LMArena, Claude Opus 4 is second, behind only Gemini 2.5 Pro.", {("gemini-2-5-pro", "claude-opus-4")}),
    ("Claude Opus 4, popular among developers, trails GPT-5 in coding.", {("gpt-5", "claude-opus-4")}),
    ("Kimi K2在数学测试中排名第二，仅次于GPT-5。", {("gpt-5", "kimi-k2")}),
    ("Kimi K2在數學測試中排名第二，僅次於GPT-5。", {("gpt-5", "kimi-k2")}),
])
def test_a_place_in_a_ranking_of_use_is_no_loss(facts, text, expected):
    assert {(s, t) for rel, s, t in facts(text) if rel == "OUTPERFORMS"} == expected


@pytest.mark.parametrize("text,expected", [
    # news made official: nothing released
    ("OpenAI官宣：ChatGPT周活跃用户突破8亿。", set()),
    ("OpenAI官宣：ChatGPT週活躍用戶突破8億。", set()),
    ("DeepSeek官宣降价，DeepSeek-V3的API价格下调50%。", set()),
    ("DeepSeek官宣降價，DeepSeek-V3的API價格下調50%。", set()),
    ("月之暗面官宣：Kimi K2用户数突破千万。", set()),
    ("月之暗面官宣與清華大學合作，Kimi K2將用於科研。", set()),
    # a name or a title made official: released
    ("智谱官宣GLM-4.6正式开源。", {("zhipu-ai", "glm-4-6")}),
    ("智譜官宣GLM-4.6正式開源。", {("zhipu-ai", "glm-4-6")}),
    ("月之暗面官宣「Kimi K2」正式上线。", {("moonshot-ai", "kimi-k2")}),
])
def test_news_made_official_is_no_release(facts, text, expected):
    assert {(s, t) for rel, s, t in facts(text) if rel == "RELEASED"} == expected


@pytest.mark.parametrize("text,expected", [
    # a dated point version named before "update": the new model is released
    ("Google rolled out the Gemini 2.5 Pro 06-05 update to all users.", {("google", "Gemini 2.5 Pro 06-05", "released.cue")}),
    ("谷歌向所有用户推出Gemini 2.5 Pro 06-05更新。", {("google", "Gemini 2.5 Pro 06-05", "released.cue")}),
    ("谷歌向所有用戶推出Gemini 2.5 Pro 06-05更新。", {("google", "Gemini 2.5 Pro 06-05", "released.cue")}),
    # an update of a line or a model: no release by the cue
    ("Google rolled out a Gemini update to all users.", set()),
    ("Google rolled out a Gemini upgrade for its users.", set()),
    ("发布豆包大模型系列更新。", set()),
    ("發佈豆包大模型系列更新。", set()),
])
def test_a_dated_update_is_a_new_model(extractor, text, expected):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    names = {n.id: n.name for n in found.nodes}
    got = {(e.source, names.get(e.target, e.target), ev.rule) for e in found.edges if e.type.value == "RELEASED"
           for ev in e.evidence if ev.rule == "released.cue"}
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("Kimi K2在MMLU上的得分为88，接近GPT-5，远超Claude 4。", {("kimi-k2", "claude-4")}),
    ("Kimi K2在MMLU上的得分為88，接近GPT-5，遠超Claude 4。", {("kimi-k2", "claude-4")}),
    ("Kimi K2在MMLU上得分88，逼近GPT-5，超过Claude 4。", {("kimi-k2", "claude-4")}),
    ("Kimi K2在MMLU上得分88，與GPT-5相當，超過Claude 4。", {("kimi-k2", "claude-4")}),
    ("Kimi K2在MMLU上得分88，与GPT-5持平，并超过Claude 4。", {("kimi-k2", "claude-4")}),
    ("Kimi K2 scored 88 on MMLU, close to GPT-5, and well ahead of Claude 4.", {("kimi-k2", "claude-4")}),
    ("Kimi K2 scored 88 on MMLU, on par with GPT-5, beating Claude 4.", {("kimi-k2", "claude-4")}),
    # the parity alone: nothing
    ("Kimi K2在MMLU上得分88，接近GPT-5。", set()),
    ("Kimi K2 scored 88 on MMLU, on par with GPT-5.", set()),
])
def test_a_parity_clause_carries_the_subject_over(facts, text, expected):
    assert {(s, t) for rel, s, t in facts(text) if rel == "OUTPERFORMS"} == expected
