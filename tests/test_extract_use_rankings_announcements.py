"""Two false-edge kinds of this session's new rules, in en, zh-Hans and zh-Hant, each beside the sentence that must
still find the fact:

- a place "behind only" / "trailing only" / 仅次于 a rival in a ranking of use, cost or size ("Claude ranked second in
  market share, behind only ChatGPT", "Kimi的月活排名第二，仅次于豆包") is no test lost — the measure is read between
  the loser and the cue's end, as "trails Y in downloads" is read after the winners ("ranked second on the leaderboard,
  behind only Y", "在数学测试中排名第二，仅次于Y" still are);
- 官宣 (made official) before a colon or a word of its own ("OpenAI官宣：ChatGPT周活破8亿", "DeepSeek官宣降价，…")
  announces news, no release; before a name or a title ("智谱官宣GLM-4.6开源", "官宣「Kimi K2」") and ending a
  clause after a model ("讯飞星火X9官宣，…") it still releases.
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
