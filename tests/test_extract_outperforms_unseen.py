"""OUTPERFORMS (and RELEASED) construction classes that block facts on unseen news, each in zh-Hant, zh-Hans and
en, with the rule that finds each fact, and cases of each class that must find nothing (hedged, negated, parity,
planned, ambiguous)."""
import pytest

# (text, the facts with the rule that finds each)
CASES = [
    # a possessor's descriptor before a listed name: the list runs past "Mistral's open-source"
    ("Phi-3 beats OpenAI's free GPT-3.5 and Mistral's open-source Mixtral 8x7B.",
     {("phi-3", "gpt-3-5", "outperforms.cue"), ("phi-3", "mixtral-8x7b", "outperforms.cue")}),
    ("Qwen3超越了OpenAI的GPT-4o和谷歌的開源Gemma 3。", {("qwen3", "gpt-4o", "outperforms.cue"), ("qwen3", "gemma-3", "outperforms.cue")}),
    ("Qwen3超越了OpenAI的GPT-4o和谷歌的开源Gemma 3。", {("qwen3", "gpt-4o", "outperforms.cue"), ("qwen3", "gemma-3", "outperforms.cue")}),
    # "这个模型" for the one model of the sentence before
    ("阿里巴巴發布了Qwen3。這個模型超越了GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    ("阿里巴巴发布了Qwen3。这个模型超越了GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    # parity escalated to a win at once is a win
    ("Qwen3在多項基準上媲美甚至超越GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    ("Qwen3在多项基准上媲美甚至超越GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    ("Qwen3 matches or even beats GPT-4o.", {("qwen3", "gpt-4o", "outperforms.cue")}),
    # a clause opening with a quantified test noun, a manner frame or a test's score carries the subject over
    ("Qwen3發布後，多項基準媲美甚至超越GPT-4o和Gemini 2.5 Pro。",
     {("qwen3", "gpt-4o", "outperforms.cue"), ("qwen3", "gemini-2-5-pro", "outperforms.cue")}),
    ("阿里巴巴开源了Qwen3。这个模型总参数397B，以不到40%的参数量超越了Qwen2.5。", {("qwen3", "qwen2-5", "outperforms.cue")}),
    ("阿里巴巴開源了Qwen3。這個模型總參數397B，以不到40%的參數量超越了Qwen2.5。", {("qwen3", "qwen2-5", "outperforms.cue")}),
    ("Qwen3表现亮眼，GPQA拿下88.4分超越GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    # win verbs: 赶超, 超车, 高出
    ("Qwen3趕超GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    ("Qwen3超车GPT-4o。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    ("Qwen3的得分高出GPT-4o五个百分点。", {("qwen3", "gpt-4o", "outperforms.cue")}),
    ("Zeta-9 leads GPT-4o on math.", {("zeta-9", "gpt-4o", "outperforms.direct")}),
    # a maker's other model gives a short name its context; a scope closes the first comparison
    ("Qwen3 beats GPT-4o and even o1 on math.", {("qwen3", "gpt-4o", "outperforms.cue"), ("qwen3", "o1", "outperforms.cue")}),
    ("Qwen3 beat GPT-4o on math but lagged Claude 3.5 Sonnet on coding.",
     {("qwen3", "gpt-4o", "outperforms.cue"), ("claude-3-5-sonnet", "qwen3", "outperforms.reversed")}),
    ("DeepSeek-R1 performs on par with Claude 3.5 Sonnet and better than GPT-4o.",
     {("deepseek-r1", "gpt-4o", "outperforms.comparative")}),
    # a clause with no subject after "<maker> released <model>" is about that model
    ("月之暗面發布Kimi K2，在多項測試中超越GPT-4.1與DeepSeek-V3。",
     {("kimi-k2", "gpt-4-1", "outperforms.cue"), ("kimi-k2", "deepseek-v3", "outperforms.cue")}),
    ("月之暗面15日发布了最新模型Kimi K2，并在多项测试中超越GPT-4.1。", {("kimi-k2", "gpt-4-1", "outperforms.cue")}),
    ("The 27 billion parameter Gemma 2 model defeated Llama 3 with 70 billion parameters, and surpassed GPT-4o and other models.",
     {("gemma-2", "llama-3", "outperforms.cue"), ("gemma-2", "gpt-4o", "outperforms.cue")}),
    # names the gazetteer lacks: listed next to a model, after an article, numbered before 版/模型
    ("Qwen3 beats GPT-4o, Zenith 2.5 and Orion-3.",
     {("qwen3", "gpt-4o", "outperforms.cue"), ("qwen3", "zenith-2-5", "outperforms.cue"), ("qwen3", "orion-3", "outperforms.cue")}),
    ("GPT-4o trails Zenith 2.5 Pro and Orion 3.",
     {("zenith-2-5-pro", "gpt-4o", "outperforms.reversed"), ("orion-3", "gpt-4o", "outperforms.reversed")}),
    ("The Zenith 2.5 model outperformed GPT-4o.", {("zenith-2-5", "gpt-4o", "outperforms.cue")}),
    ("星辰2.5版超越了GPT-4o。", {("星辰2-5", "gpt-4o", "outperforms.cue")}),
    ("星辰2.5模型超越了GPT-4o。", {("星辰2-5", "gpt-4o", "outperforms.cue")}),
    ("Qwen3超越GPT-5 High和Gemini 2.5 Pro。", {("qwen3", "gpt-5-high", "outperforms.cue"), ("qwen3", "gemini-2-5-pro", "outperforms.cue")}),
    ("o3-mini high beats DeepSeek-R1.", {("o3-mini-high", "deepseek-r1", "outperforms.cue")}),
    ("Qwen3的性能已達到當時最先進的美國模型GPT-5 Codex high的90%。", {("gpt-5-codex-high", "qwen3", "outperforms.fraction")}),
    # a family's other name with the version names the known model; two models with nothing between are one name
    ("豆包Seed 1.6超越DeepSeek-R1。", {("doubao-1-6", "deepseek-r1", "outperforms.cue")}),
    # names listed with their scores in order are rows of a score table
    ("Qwen3 scored 88.1 on MMLU, while GPT-4o and Gemini 2.5 Pro scored 85.3 and 86.0 respectively.",
     {("qwen3", "gpt-4o", "outperforms.score_table"), ("qwen3", "gemini-2-5-pro", "outperforms.score_table")}),
    ("Qwen3在MMLU上得分88.1，GPT-4o和Gemini 2.5 Pro分別為85.3和86.0。",
     {("qwen3", "gpt-4o", "outperforms.score_table"), ("qwen3", "gemini-2-5-pro", "outperforms.score_table")}),
    ("Qwen3在MMLU上得分88.1，GPT-4o和Gemini 2.5 Pro分别为85.3和86.0。",
     {("qwen3", "gpt-4o", "outperforms.score_table"), ("qwen3", "gemini-2-5-pro", "outperforms.score_table")}),
    # a gain with its scope before the rival; "superior performance to"
    ("GPT-4o demonstrated a slight advantage in accuracy over Nova Pro.", {("gpt-4o", "nova-pro", "outperforms.gain")}),
    ("Claude 3 is the first model with superior performance to GPT-4.", {("claude-3", "gpt-4", "outperforms.comparative")}),
    # after a colon, the first row of a score table may be bare too
    ("MMLU scores: Qwen3 88.1, GPT-4o 85.3, Gemini 2.5 Pro 86.0.",
     {("qwen3", "gpt-4o", "outperforms.score_table"), ("qwen3", "gemini-2-5-pro", "outperforms.score_table")}),
    ("MMLU得分：Qwen3 88.1，GPT-4o 85.3，Gemini 2.5 Pro 86.0。",
     {("qwen3", "gpt-4o", "outperforms.score_table"), ("qwen3", "gemini-2-5-pro", "outperforms.score_table")}),
    ("MMLU測試得分：Qwen3 88.1，GPT-4o 85.3，Gemini 2.5 Pro 86.0。",
     {("qwen3", "gpt-4o", "outperforms.score_table"), ("qwen3", "gemini-2-5-pro", "outperforms.score_table")}),
    # "rival" right after a win is a noun, no parity
    ("Qwen3 outperformed rival GPT-4o.", {("qwen3", "gpt-4o", "outperforms.cue")}),
    # a share under 100% of a rival's reached is the rival's win
    ("中國領先模型Qwen3的性能已達到美國模型GPT-4o的90%。", {("gpt-4o", "qwen3", "outperforms.fraction")}),
    ("Qwen3的性能已达到GPT-4o的90%。", {("gpt-4o", "qwen3", "outperforms.fraction")}),
    ("Qwen3 achieves 90% of GPT-4o's performance.", {("gpt-4o", "qwen3", "outperforms.fraction")}),
    # --- must find nothing ---
    ("Qwen3的價格僅為GPT-4o的10%。", set()),            # a share of a cost
    ("Qwen3的性能达到GPT-4o的水平。", set()),            # parity
    ("Qwen3的性能有望达到GPT-4o的90%。", set()),         # hedged
    ("Qwen3 could reach 90% of GPT-4o's performance.", set()),
    ("GPT-5 Codex is high on the list, above Qwen3.", set()),
    ("Qwen3 rivals GPT-4o.", set()),
    ("Models: Qwen3 2024, GPT-4o 2023, Gemini 2.5 Pro 2025.", set()),   # years, no scores
    ("Qwen3 has no advantage in coding over GPT-4o.", set()),
    ("Qwen3 does not have a lead over GPT-4o.", set()),
    ("Qwen3 matches GPT-4o.", set()),
    ("Qwen3媲美GPT-4o。", set()),
    ("Qwen3有望趕超GPT-4o。", set()),
    ("Qwen3将赶超GPT-4o。", set()),
    ("Qwen3的价格高出GPT-4o五成。", set()),                 # more of a cost is no win
    ("Qwen3 could beat GPT-4o and even o1.", set()),
    ("阿里巴巴发布了Qwen3和Qwen2.5。这个模型超越了GPT-4o。", set()),  # two candidates
    ("月之暗面发布Kimi K2和K1.5，在多项测试中超越GPT-4.1。", set()),   # two released: no one antecedent
    ("月之暗面称Kimi K2，在多项测试中超越GPT-4.1。", set()),           # no release
    ("Qwen3在多项基准上有望媲美甚至超越GPT-4o。", set()),
    ("第2版超越了GPT-4o。", set()),                            # an edition, no name
    ("Qwen3 scored 88.1 on MMLU, while GPT-4o and Gemini 2.5 Pro launched in 2024 and 2025.", set()),
    ("Qwen3得分88.1，GPT-4o和Gemini 2.5 Pro分别有3个和5个版本。", set()),  # counts, no scores
]


@pytest.mark.parametrize("text, expected", CASES)
def test_outperforms_unseen_classes(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


# RELEASED: a maker's series is no release; a maker's model (or family written alone) still is
RELEASES = [
    ("OpenAI的GPT系列持續迭代。", set()),
    ("OpenAI的GPT系列持续迭代。", set()),
    ("Anthropic's Claude series keeps improving.", set()),
    ("谷歌的Gemma模型很受欢迎。", {("google", "gemma", "released.possessive")}),
    ("OpenAI's GPT-5 is popular.", {("openai", "gpt-5", "released.possessive")}),
]


@pytest.mark.parametrize("text, expected", RELEASES)
def test_released_series_is_no_release(ruled, text, expected):
    assert ruled("RELEASED", text) == expected
