"""OUTPERFORMS read from orders a text states: rivals listed with their scores from the highest down (each beats
the one listed right after it), a family's models in a stated order of capability ("in descending order of
performance", "按性能从高到低"), a comparison frame opened by 对比, and the head of a described name in a list of
rivals — each with the rule that finds it, and the cases that must find nothing."""
import pytest

GROK, GPT, SONNET = "grok-3", "gpt-4o", "claude-3-5-sonnet"
OPUS3, SONNET3, HAIKU3 = "claude-3-opus", "claude-3-sonnet", "claude-3-haiku"


@pytest.mark.parametrize("text, expected", [
    # rivals with their scores, highest first: a ranking among them too (adjacent places only)
    ("Grok 3 scored 1390 on the arena, edging out GPT-4o (1372) and Claude 3.5 Sonnet (1355).",
     {(GROK, GPT, "outperforms.cue"), (GROK, SONNET, "outperforms.cue"), (GPT, SONNET, "outperforms.ordered_rivals")}),
    ("Grok 3 claims the top spot at 50 points, followed by GPT-4o at 49 and Claude 3.5 Sonnet at 48.",
     {(GROK, GPT, "outperforms.ranked"), (GROK, SONNET, "outperforms.ranked"), (GPT, SONNET, "outperforms.ordered_rivals")}),
    ("Grok 3以90分登顶，其次是GPT-4o（85分）和Claude 3.5 Sonnet（80分）。",
     {(GROK, GPT, "outperforms.ranked"), (GROK, SONNET, "outperforms.ranked"), (GPT, SONNET, "outperforms.ordered_rivals")}),
    ("Grok 3以90分登頂，其次是GPT-4o 85分、Claude 3.5 Sonnet 80分。",
     {(GROK, GPT, "outperforms.ranked"), (GROK, SONNET, "outperforms.ranked"), (GPT, SONNET, "outperforms.ordered_rivals")}),
    ("Grok 3超越了GPT-4o的85.1%和Claude 3.5 Sonnet的80.2%。",
     {(GROK, GPT, "outperforms.cue"), (GROK, SONNET, "outperforms.cue"), (GPT, SONNET, "outperforms.ordered_rivals")}),
    # a loss to rivals listed highest first
    ("Grok 3 ranks third, trailing GPT-4o (1510) and Claude 3.5 Sonnet (1509).",
     {(GPT, GROK, "outperforms.reversed"), (SONNET, GROK, "outperforms.reversed"), (GPT, SONNET, "outperforms.ordered_rivals")}),
    # a reasoning model written in lower case after its version, as leaderboards list it, is a model of its own
    ("Grok 3 ranks third, trailing Claude Sonnet 4.5 thinking (1510) and GPT-4o (1509).",
     {("claude-sonnet-4-5-thinking", GROK, "outperforms.reversed"), (GPT, GROK, "outperforms.reversed"),
      ("claude-sonnet-4-5-thinking", GPT, "outperforms.ordered_rivals")}),
])
def test_rivals_listed_from_the_top_down(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text, expected", [
    # not written from the top down, a tie, a hedge: the winner's edges only, or nothing
    ("Grok 3 beat GPT-4o (77.5) and Claude 3.5 Sonnet (80.1) on MMLU.",
     {(GROK, GPT, "outperforms.cue"), (GROK, SONNET, "outperforms.cue")}),
    ("Grok 3 beat GPT-4o (80) and Claude 3.5 Sonnet (80) on MMLU.",
     {(GROK, GPT, "outperforms.cue"), (GROK, SONNET, "outperforms.cue")}),
    ("Grok 3 beat GPT-4o and Claude 3.5 Sonnet, which scored 85 and 80.",
     {(GROK, GPT, "outperforms.cue"), (GROK, SONNET, "outperforms.cue")}),
    ("Grok 3 could edge out GPT-4o (1372) and Claude 3.5 Sonnet (1355).", set()),
    ("Grok 3有望超越GPT-4o的85.1%和Claude 3.5 Sonnet的80.2%。", set()),
    # "thinking" that is no part of a name
    ("Claude Sonnet 4.5 thinking about the problem beat GPT-4o.", {("claude-sonnet-4-5", GPT, "outperforms.cue")}),
])
def test_rivals_listed_that_make_no_ranking(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


def test_a_reasoning_word_before_a_noun_names_no_model(facts):
    found = facts("The scrutiny follows the debut of DeepSeek's R1 reasoning model in January.")
    assert not any("reasoning" in target for _, _, target in found)


@pytest.mark.parametrize("text", [
    # a family's tiers, highest first, named bare after the family or in full
    "Anthropic released Claude 3 today. The family includes the Opus, Sonnet, and Haiku models in descending order of performance and cost.",
    "The launch includes Claude 3 Opus, Claude 3 Sonnet and Claude 3 Haiku, in decreasing order of capability.",
    # the least capable first
    "The family includes three models in ascending order of capability: Claude 3 Haiku, Claude 3 Sonnet, and Claude 3 Opus.",
    "The family runs from least capable to most capable: Claude 3 Haiku, Claude 3 Sonnet and Claude 3 Opus.",
    # Chinese, both scripts, the list after or before the order
    "Claude 3系列按性能从高到低依次为Claude 3 Opus、Claude 3 Sonnet和Claude 3 Haiku。",
    "Claude 3系列按能力由弱到強依次為Claude 3 Haiku、Claude 3 Sonnet和Claude 3 Opus。",
    "Claude 3 Opus、Claude 3 Sonnet和Claude 3 Haiku三款模型按性能從高到低排列。",
])
def test_models_in_a_stated_order_of_capability(ruled, text):
    assert ruled("OUTPERFORMS", text) == {(OPUS3, SONNET3, "outperforms.stated_order"),
                                          (SONNET3, HAIKU3, "outperforms.stated_order")}


@pytest.mark.parametrize("text", [
    "Anthropic launched Claude 3 Haiku, Claude 3 Sonnet and Claude 3 Opus, in ascending order of price.",
    "Claude 3 Opus and Claude 3 Haiku are listed in descending order of release date.",
    "Claude 3 Opus、Claude 3 Sonnet和Claude 3 Haiku三款模型按價格從高到低排列。",
    "Claude 3 Opus、Claude 3 Sonnet和Claude 3 Haiku三款模型按参数量从高到低排列。",
    "Anthropic released Claude 3 Opus in descending order of performance.",   # one model: no order
    "Claude 3系列按性能从高到低排列。",
    # a capability per unit of cost is value, not capability
    "Claude 3 Opus, Claude 3 Sonnet and Claude 3 Haiku, in descending order of performance per dollar.",
    "Claude 3 Haiku, Claude 3 Sonnet and Claude 3 Opus, in ascending order of performance/price.",
    "按每美元性能从高到低依次为Claude 3 Opus、Claude 3 Sonnet和Claude 3 Haiku。",
])
def test_stated_orders_that_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


@pytest.mark.parametrize("text, expected", [
    # 对比 opening a frame that closes with a kind noun, a full win after it
    ("对比GPT-4o、Claude 3.5 Sonnet等当前最优模型，Grok 3实现全面超越。",
     {(GROK, GPT, "outperforms.compared"), (GROK, SONNET, "outperforms.compared")}),
    ("對比GPT-4o、Claude 3.5 Sonnet等開源模型，Grok 3的能力也實現了全面超越。",
     {(GROK, GPT, "outperforms.compared"), (GROK, SONNET, "outperforms.compared")}),
    ("相比GPT-4o，Grok 3实现了全面超越。", {(GROK, GPT, "outperforms.compared")}),
    # a described name in a list of rivals: the described model is the rival, not the one describing it
    ("Grok 3超越了GPT-4o，以及阿里巴巴Qwen更大规模的开源推理模型QwQ。", {(GROK, GPT, "outperforms.cue"), (GROK, "qwq", "outperforms.cue")}),
    ("Grok 3超越了GPT-4o，以及Qwen更大規模的開源推理模型QwQ。", {(GROK, GPT, "outperforms.cue"), (GROK, "qwq", "outperforms.cue")}),
])
def test_comparison_frames_and_described_rivals(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    "对比测试显示，Grok 3实现了全面超越。",          # no point of comparison
    "对比GPT-4o等开源模型，Grok 3有望实现全面超越。",  # hedged
    "對比GPT-4o等開源模型，Grok 3的價格更高。",        # a cost
])
def test_comparison_frames_that_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()


@pytest.mark.parametrize("text, expected", [
    # a capability with no owner right before a win: the one model of the sentence before (a zh clause drops its subject)
    ("xAI发布了Grok 3。性能超过GPT-4o。", {(GROK, GPT, "outperforms.cue")}),
    ("xAI發布了Grok 3。在權威測評中，性能超過GPT-4o。", {(GROK, GPT, "outperforms.cue")}),
    # a list of topics sharing the capability noun, after the subject and a frame
    ("xAI发布了Grok 3。该模型在推理模式下，数学、代码和通用能力大幅超越了GPT-4o。", {(GROK, GPT, "outperforms.cue")}),
    ("xAI發布了Grok 3。該模型在推理模式下，數學、代碼和通用能力大幅超越了GPT-4o。", {(GROK, GPT, "outperforms.cue")}),
    # a concession after the clause keeps its subject
    ("Grok 3取得了73.1%的成绩，尽管略低于GPT-4o的76.2%。", {(GPT, GROK, "outperforms.comparative")}),
    ("Grok 3取得了73.1%的成績，雖然略低於GPT-4o的76.2%。", {(GPT, GROK, "outperforms.comparative")}),
])
def test_subjects_a_clause_leaves_unsaid(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected


@pytest.mark.parametrize("text", [
    "xAI发布了Grok 3和Grok 3 mini。性能超过GPT-4o。",   # two models before: no one owner
    "xAI发布了Grok 3。性能有望超过GPT-4o。",            # hedged
    "性能超过GPT-4o。",                                # no model before
    "尽管GPT-4o更强，Grok 3仍然很受欢迎。",             # the concession names its own subject, no win of Grok 3
])
def test_subjects_left_unsaid_that_claim_nothing(ruled, text):
    assert ruled("OUTPERFORMS", text) == set()
