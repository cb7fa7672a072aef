"""OUTPERFORMS as news writes it: ranking verbs, "is behind", bare comparatives, less of a score, a subject's
own cost, and two scores set side by side with their test named — each with the rule that finds it, and
the cases that must find nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # ranking verbs and "behind"
    ("Grok 3 outranks GPT-4o on the leaderboard.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3 unseated GPT-4o at the top of the chart.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3 knocked GPT-4o off the top spot.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3 displaced GPT-4o as the leaderboard's leader.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3 moved up to first place, pushing GPT-4o to second.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3 replaced GPT-4o at the top of the leaderboard.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3取代GPT-4o成為榜首。", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3取代GPT-4o成为榜首。", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("GPT-4o is still behind Grok 3 in math.", {("grok-3", "gpt-4o", "outperforms.reversed")}),
    ("GPT-4o remains well behind Grok 3.", {("grok-3", "gpt-4o", "outperforms.reversed")}),
    ("Grok 3在榜單上位於GPT-4o之上。", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    ("Grok 3在榜单上位于GPT-4o之上。", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    ("GPT-4o敗於Grok 3。", {("grok-3", "gpt-4o", "outperforms.reversed")}),
    ("GPT-4o败于Grok 3。", {("grok-3", "gpt-4o", "outperforms.reversed")}),
    ("Grok 3勝於GPT-4o。", {("grok-3", "gpt-4o", "outperforms.cue")}),
    # bare comparatives closing the clause
    ("Grok 3的分數比GPT-4o高。", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    ("Grok 3的分数比GPT-4o高。", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    ("Grok 3的錯誤率比GPT-4o低。", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    # less of a score: the other wins
    ("GPT-4o的得分低於Grok 3。", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    ("GPT-4o的得分低于Grok 3。", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    ("GPT-4o's accuracy is lower than Grok 3's.", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    ("GPT-4o的價格低於Grok 3。", {("gpt-4o", "grok-3", "outperforms.comparative")}),
    # a cost named as a circumstance, not as what is compared: still a win
    ("Grok 3以更低成本超越GPT-4o。", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3在成本更低的情況下超越GPT-4o。", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3, at a fraction of the cost, beats GPT-4o.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    # participles, "versus", "runner-up", a gain in a comparison frame, scores in brackets
    ("Grok 3 took the top spot, dethroning GPT-4o.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("Grok 3 delivered superior results versus GPT-4o.", {("grok-3", "gpt-4o", "outperforms.comparative")}),
    ("In the test, GPT-4o was the runner-up behind Grok 3.", {("grok-3", "gpt-4o", "outperforms.reversed")}),
    ("相較於GPT-4o，Grok 3提升了20%。", {("grok-3", "gpt-4o", "outperforms.compared")}),
    ("相较于GPT-4o，Grok 3提升了20%。", {("grok-3", "gpt-4o", "outperforms.compared")}),
    ("Grok 3 (93.3) vs GPT-4o (83.3) on AIME.", {("grok-3", "gpt-4o", "outperforms.score")}),
    ("在AIME上，Grok 3（93.3%）對比GPT-4o（83.3%）。", {("grok-3", "gpt-4o", "outperforms.score")}),
    # a verb coordinated after an object keeps the clause's subject
    ("Grok 3 beat GPT-4o but trailed Claude 3.5 Sonnet.",
     {("grok-3", "gpt-4o", "outperforms.cue"), ("claude-3-5-sonnet", "grok-3", "outperforms.reversed")}),
    ("Grok 3擊敗GPT-4o但落後於Claude 3.5 Sonnet。",
     {("grok-3", "gpt-4o", "outperforms.cue"), ("claude-3-5-sonnet", "grok-3", "outperforms.reversed")}),
    ("Grok 3击败GPT-4o并领先Claude 3.5 Sonnet。",
     {("grok-3", "gpt-4o", "outperforms.cue"), ("grok-3", "claude-3-5-sonnet", "outperforms.cue")}),
    ("Grok 3 sits just below Claude 3.5 Sonnet on the leaderboard.", {("claude-3-5-sonnet", "grok-3", "outperforms.reversed")}),
    ("Grok 3 sits just above GPT-4o on the leaderboard.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    # 其 ("its") opening a sentence: the one model of the sentence before
    ("xAI發布了Grok 3。其數學成績超過GPT-4o。", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("xAI发布了Grok 3。其在数学测试中的表现超过GPT-4o。", {("grok-3", "gpt-4o", "outperforms.cue")}),
    # a pronoun or description after a source frame ("According to X, it…", "据X介绍，该模型…")
    ("xAI released Grok 3 on Monday. According to xAI, it outperformed GPT-4o.", {("grok-3", "gpt-4o", "outperforms.cue")}),
    ("xAI發布了Grok 3。據xAI介紹，該模型在數學測試中超越GPT-4o。", {("grok-3", "gpt-4o", "outperforms.cue")}),
    # lists on either side: an English comma before the first name, a kind noun and an exemplifier, "and others"
    ("GPT-4o, Claude 3.5 Sonnet and DeepSeek-V3 trail Grok 3.",
     {("grok-3", m, "outperforms.reversed") for m in ("gpt-4o", "claude-3-5-sonnet", "deepseek-v3")}),
    ("Models such as GPT-4o, Claude 3.5 Sonnet and DeepSeek-V3 all trail Grok 3.",
     {("grok-3", m, "outperforms.reversed") for m in ("gpt-4o", "claude-3-5-sonnet", "deepseek-v3")}),
    ("GPT-4o, Claude 3.5 Sonnet and DeepSeek-V3 beat Grok 2.",
     {(m, "grok-2", "outperforms.cue") for m in ("gpt-4o", "claude-3-5-sonnet", "deepseek-v3")}),
    ("Grok 3 outperformed GPT-4o, Claude 3.5 Sonnet, DeepSeek-V3, and others.",
     {("grok-3", m, "outperforms.cue") for m in ("gpt-4o", "claude-3-5-sonnet", "deepseek-v3")}),
    ("Grok 3超越GPT-4o，Claude 3.5 Sonnet，DeepSeek-V3等。",
     {("grok-3", m, "outperforms.cue") for m in ("gpt-4o", "claude-3-5-sonnet", "deepseek-v3")}),
    ("Grok 3 beat GPT-4o, Claude 3.5 Sonnet and DeepSeek-V3 trail Gemini 1.5 Pro.",
     {("grok-3", "gpt-4o", "outperforms.cue"), ("gemini-1-5-pro", "claude-3-5-sonnet", "outperforms.reversed"),
      ("gemini-1-5-pro", "deepseek-v3", "outperforms.reversed")}),
    # a margin after each listed name
    ("Grok 3 outscored GPT-4o by 10 points and Claude 3.5 Sonnet by 13.",
     {("grok-3", "gpt-4o", "outperforms.cue"), ("grok-3", "claude-3-5-sonnet", "outperforms.cue")}),
    ("Grok 3 beat GPT-4o by 5%, Claude 3.5 Sonnet by 8% and DeepSeek-V3 by 12%.",
     {("grok-3", m, "outperforms.cue") for m in ("gpt-4o", "claude-3-5-sonnet", "deepseek-v3")}),
    # a win with no rival after it: the one other model before
    ("在Grok 3與GPT-4o的對比中，Grok 3略勝一籌。", {("grok-3", "gpt-4o", "outperforms.implicit")}),
    ("GPT-4o得分80。Grok 3则以85分略胜一筹。", {("grok-3", "gpt-4o", "outperforms.implicit")}),
    ("GPT-4o scored 80 on AIME. Grok 3, with 85, came out ahead.", {("grok-3", "gpt-4o", "outperforms.implicit")}),
    # two scores side by side, the test named
    ("Grok 3 scored 93.3% on AIME, and GPT-4o 83.3%.", {("grok-3", "gpt-4o", "outperforms.score_table")}),
    ("在AIME測試中，Grok 3得分為93.3，GPT-4o則為83.3。", {("grok-3", "gpt-4o", "outperforms.score_table")}),
    ("Grok 3在AIME上得分93.3，GPT-4o为83.3。", {("grok-3", "gpt-4o", "outperforms.score_table")}),
    ("Grok 3 scored 89.4 on AIME. GPT-4o scored 85.5.", {("grok-3", "gpt-4o", "outperforms.score_carried")}),
    ("在AIME测试中，Grok 3得分93.3。GPT-4o得分83.3。", {("grok-3", "gpt-4o", "outperforms.score_carried")}),
])
def test_news_comparisons(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    # a subject's own cost or size compared is no win
    "GPT-4o的價格高於Grok 3。",
    "GPT-4o的价格高于Grok 3。",
    "GPT-4o的参数量超过Grok 3。",
    "GPT-4o的推理成本明顯高於Grok 3。",
    "GPT-4o's latency exceeds Grok 3's.",
    "Grok 3的價格比GPT-4o高。",
    "Grok 3比GPT-4o高端。",
    "與GPT-4o相比，Grok 3的價格提高了20%。",
    "Grok 3 (2025) vs GPT-4o (2024).",
    # 其 with two models before, or 其中/其他 (not "its"): no subject carried over
    "xAI发布了Grok 3和Grok 3 mini。其在数学测试中超过GPT-4o。",
    "xAI發布了Grok 3和Grok 3 mini。其在數學測試中超過GPT-4o。",
    "xAI released Grok 3 and Grok 3 mini. According to xAI, it outperformed GPT-4o.",
    # a win with no rival: nothing without exactly one other model, or a number in the sentence before
    "GPT-4o was released in May. Grok 3 came out ahead.",
    "GPT-4o scored 80 and Claude 3.5 Sonnet 78. Grok 3 came out ahead.",
    "GPT-4o得分80。Grok 3有望胜出。",
    "Grok 3胜出。",
    # displacing without a ranking; "behind" as the maker
    "The layoffs displaced workers at the Grok 3 and GPT-4o teams.",
    "The team behind Grok 3 also built GPT-4o.",
    "Grok 3 replaced GPT-4o as the default model in the app.",
    "Grok 3取代GPT-4o成為預設模型。",
    "Grok 3 pushed GPT-4o to the top of the download chart.",
    # hedged, planned, parity, questions
    "Grok 3 aims to outrank GPT-4o.",
    "Grok 3 may soon be ahead of GPT-4o.",
    "Is GPT-4o still behind Grok 3?",
    "GPT-4o is not behind Grok 3.",
    "Grok 3有望位於GPT-4o之上。",
    "Grok 3的得分与GPT-4o相当。",
    # two scores: no test named, a second test named, a table going on, units differ
    "Grok 3 scored 93.3%; GPT-4o scored 83.3%.",
    "Grok 3得分93.3%，GPT-4o得分83.3%。",
    "Grok 3 scored 93.3% on AIME and GPT-4o scored 83.3% on GPQA.",
    "Grok 3 scored 93.3% on AIME. GPT-4o scored 83.3% on GPQA.",
    "在AIME測試中，Grok 3得分93.3%，GPT-4o得分83.3分。",
    "Grok 3 has 3 million users on X, and GPT-4o 500 million.",
])
def test_news_comparisons_that_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


@pytest.mark.parametrize("text, expected", [
    # a model-shaped name the gazetteer lacks, compared with a model it knows
    ("InternLM3 outperforms GPT-4o on math.", {("internlm3", "gpt-4o", "outperforms.cue")}),
    ("GPT-4o trails Nova-Thinking-v1.5 on math.", {("nova-thinking-v1-5", "gpt-4o", "outperforms.reversed")}),
    ("Spark X1在數學測試中超越GPT-4o。", {("spark-x1", "gpt-4o", "outperforms.cue")}),
    ("Spark X1在数学测试中超越GPT-4o。", {("spark-x1", "gpt-4o", "outperforms.cue")}),
    ("Falcon-H1 edges out GPT-4o on math.", {("falcon-h1", "gpt-4o", "outperforms.cue")}),
    # a Chinese name with a Latin version glued to it, back to a boundary or a name already found
    ("青鸾X9在數學測試中超越GPT-4o。", {("青鸾x9", "gpt-4o", "outperforms.cue")}),
    ("全新发布的青鸾X9在数学测试中超越GPT-4o。", {("青鸾x9", "gpt-4o", "outperforms.cue")}),
    ("GPT-4o trails 青鸾X9 on math.", {("青鸾x9", "gpt-4o", "outperforms.reversed")}),
])
def test_news_comparisons_discover_the_unknown_name(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    "Windows 11 beats GPT-4o at nothing.",          # a word that names no model
    "Phase 3 trials beat GPT-4o's forecast.",
    "Zeta 2 launched on Monday; GPT-4o is older.",  # no comparison
    "Zeta 2 and GPT-4o are both popular.",
    "Zeta 2 may beat GPT-4o.",                      # named, but the claim is hedged
    "报告显示A1级别超越GPT-4o。",                      # a grade after Han text, no name
    "我們在第X1頁看到GPT-4o。",
])
def test_news_comparisons_discover_nothing_or_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


@pytest.mark.parametrize("text, expected", [
    # a score table in prose: the header names the one model whose scores the rows give; it wins each row it leads
    ("測試項 GLM-4.5得分 行業對比\nSWE-bench Verified 64.2 超GPT-4.1 (48.6)\nTerminal-Bench 37.5 領先Gemini 2.5 Pro (25.3)",
     {("glm-4-5", "gpt-4-1", "outperforms.score_header"), ("glm-4-5", "gemini-2-5-pro", "outperforms.score_header")}),
    ("测试项 GLM-4.5得分 行业对比\nSWE-bench Verified 64.2 超GPT-4.1 (48.6)\nTerminal-Bench 37.5 领先Gemini 2.5 Pro (25.3)",
     {("glm-4-5", "gpt-4-1", "outperforms.score_header"), ("glm-4-5", "gemini-2-5-pro", "outperforms.score_header")}),
    ("测试集 GLM-4.5表现 对标模型\nAIME 2024 91.0 Claude 4 Opus (75.7)\nMMLU 84.6 GPT-4.1 (85.3)",
     {("glm-4-5", "claude-opus-4", "outperforms.score_header")}),  # the lower row: no win
    ("Benchmark  Kimi K2 score  Rival\nSWE-bench Verified  65.8 vs 54.6 (GPT-4.1)\nAIME 2024  49.5 vs 37.0 (GPT-4.1)",
     {("kimi-k2", "gpt-4-1", "outperforms.score_header")}),
])
def test_score_header_rows(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    "Benchmark  Kimi K2 score  Rival\nSWE-bench Verified  50.1 vs 54.6 (GPT-4.1)",      # lower
    "測試項 GLM-4.5得分 行業對比\nSWE-bench Verified 48.6 GPT-4.1 (48.6)",               # a tie
    "测试项 GLM-4.5与Kimi K2得分 对比\nSWE-bench Verified 64.2 GPT-4.1 (48.6)",          # two header models
    "测试项 GLM-4.5得分 行业对比\nSWE-bench Verified 预计64.2 超GPT-4.1 (48.6)",         # hedged
    "测试项 GLM-4.5有望得分 行业对比\nSWE-bench Verified 64.2 GPT-4.1 (48.6)",
    "測試項 GLM-4.5得分 行業對比\nSWE-bench Verified 64.2% 超GPT-4.1 (48.6)",            # a unit on one side only
    "GLM-4.5 发布时间 对比\nSWE-bench Verified 64.2 GPT-4.1 (48.6)",                    # no score in the header
    "智谱发布了GLM-4.5。\nSWE-bench Verified 64.2 GPT-4.1 (48.6)",                      # no header
    "Benchmark  Kimi K2 score  Rival\nPrice per million tokens  12.5 vs 10.0 (GPT-4.1)",  # a cost
])
def test_score_header_rows_that_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


@pytest.mark.parametrize("text, expected", [
    # scores compared over two sentences: the one model of the first wins over each lower-scored model of the second
    ("Grok 3在GPQA上得分71.3。相比之下，GPT-4o和Claude 3.5 Sonnet分別為65.0和60.2。",
     {("grok-3", "gpt-4o", "outperforms.score_compared"), ("grok-3", "claude-3-5-sonnet", "outperforms.score_compared")}),
    ("Grok 3在GPQA上得分71.3。相比之下，GPT-4o和Claude 3.5 Sonnet分别为65.0和60.2。",
     {("grok-3", "gpt-4o", "outperforms.score_compared"), ("grok-3", "claude-3-5-sonnet", "outperforms.score_compared")}),
    ("Grok 3在GPQA测试中取得71.3分。相比之下，GPT-4o和Claude 3.5 Sonnet分别仅得65.0分和60.2分。",
     {("grok-3", "gpt-4o", "outperforms.score_compared"), ("grok-3", "claude-3-5-sonnet", "outperforms.score_compared")}),
    ("Grok 3 scored 71.3 on GPQA. For comparison, GPT-4o and Claude 3.5 Sonnet scored 65.0 and 60.2.",
     {("grok-3", "gpt-4o", "outperforms.score_compared"), ("grok-3", "claude-3-5-sonnet", "outperforms.score_compared")}),
    ("Grok 3 scored 71.3 on GPQA. By comparison, GPT-4o scored 65.0.", {("grok-3", "gpt-4o", "outperforms.score_compared")}),
    ("Grok 3 scored 71.3 on GPQA. For comparison, GPT-4o and Claude 3.5 Sonnet scored 75.0 and 60.2.",
     {("grok-3", "claude-3-5-sonnet", "outperforms.score_compared")}),  # the higher rival: no win over it
    # one score said in the sentence before, as a noun ("a score of"), the test not named again
    ("The new version of Grok 3 was the first model to achieve a score of 1,400. For comparison, OpenAI's GPT-4o and o1 only "
     "scored 1377 and 1353, respectively.",
     {("grok-3", "gpt-4o", "outperforms.score_compared"), ("grok-3", "o1", "outperforms.score_compared")}),
    ("Grok 3的得分為1400。相比之下，GPT-4o和Claude 3.5 Sonnet分別僅為1377和1353。",
     {("grok-3", "gpt-4o", "outperforms.score_compared"), ("grok-3", "claude-3-5-sonnet", "outperforms.score_compared")}),
])
def test_scores_compared_over_two_sentences(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    "Grok 3 scored 71.3 on GPQA. For comparison, GPT-4o and Claude 3.5 Sonnet scored 75.0 and 72.2.",   # lower
    "Grok 3 scored 71.3 on GPQA. For comparison, GPT-4o and Claude 3.5 Sonnet scored 65.0 and 60.2 on MMLU.",  # another test
    "Grok 3在GPQA上得分71.3。相比之下，GPT-4o在MMLU上为65.0。",
    "Grok 3 scored 71.3 on GPQA and 80 on MMLU. For comparison, GPT-4o scored 65.0.",          # two scores before
    "GPT-4o的对手Grok 3得分为1400。相比之下，o3仅为1377。",                                          # two models before
    "Grok 3 scored 71.3 on GPQA. Meanwhile, GPT-4o scored 65.0.",                               # no comparison word
    "Grok 3 and Grok 3 mini scored 71.3 and 70 on GPQA. For comparison, GPT-4o scored 65.0.",  # two models before
    "Grok 3 may score 71.3 on GPQA. For comparison, GPT-4o and Claude 3.5 Sonnet scored 65.0 and 60.2.",  # hedged
    "Grok 3在GPQA上有望得分71.3。相比之下，GPT-4o为65.0。",
    "Grok 3在GPQA上得分71.3%。相比之下，GPT-4o為65.0分。",                                          # units differ
    "Grok 3's latency on GPQA was 71.3. By comparison, GPT-4o's was 65.0.",                    # a cost
])
def test_scores_compared_over_two_sentences_that_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()
