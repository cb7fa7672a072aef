"""A gain over a rival in a participle clause, with the measure named between; a score named with no score verb."""
import pytest


def outperforms(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "OUTPERFORMS"}


@pytest.mark.parametrize("text, expected", [
    # a participle clause opening with its gain carries the subject of the clause before
    ("Qwen3 scored 80% on the math set, marking a 10% improvement over GPT-4o.", {("qwen3", "gpt-4o")}),
    ("In our tests, Qwen3 performs well, showing substantial improvements over GPT-4o.", {("qwen3", "gpt-4o")}),
    ("Qwen3 was trained with more data, leading to significant improvements in performance over Llama 4.",
     {("qwen3", "llama-4")}),
    ("Kimi K2 handles long inputs, delivering large gains in accuracy over Claude.", {("kimi-k2", "claude")}),
    # the released model, not its maker, is the subject carried
    ("Alibaba released Qwen3, showing clear gains over GPT-4o.", {("qwen3", "gpt-4o")}),
    # the same shapes in Chinese are comparatives
    ("Qwen3表现出色，相比GPT-4o有显著提升。", {("qwen3", "gpt-4o")}),
    ("Qwen3表現出色，相比GPT-4o有顯著提升。", {("qwen3", "gpt-4o")}),
    # no gain claimed, or a gain in price
    ("Qwen3 failed the test, showing no improvement over GPT-4o.", set()),
    ("Qwen3 did not show an improvement over GPT-4o.", set()),
    ("Qwen3 is pricier, with a 20% price increase over GPT-4o.", set()),
    ("Researchers tested GPT-4o, showing improvements over earlier systems.", set()),
])
def test_outperforms_gain_in_a_participle_clause(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a score of N" gives the subject's score with no score verb; the rival's lower score follows with "only"
    ("On the bar exam, the Qwen3 model beat most law students with a score of 81%, while GPT-4o managed only 49%.",
     {("qwen3", "gpt-4o")}),
    ("Qwen3 reached a score of 81%, while Llama 4 managed only 49%.", {("qwen3", "llama-4")}),
    ("Qwen3 posted an accuracy of 81.5%, while Claude got only 70.2%.", {("qwen3", "claude")}),
    ("在法律考试中，Qwen3的准确率达到了81%，而GPT-4o仅为49%。", {("qwen3", "gpt-4o")}),
    ("在法律考試中，Qwen3的準確率達到了81%，而GPT-4o僅為49%。", {("qwen3", "gpt-4o")}),
    # a higher "only" score, or two models with a score before it: nothing from the score
    ("Qwen3 reached a score of 40%, while GPT-4o managed only 49%.", set()),
    ("Qwen3 had a score of 81% and Claude a score of 75%, while GPT-4o managed only 49%.", set()),
    ("Qwen3 has a price of 5 dollars, while GPT-4o costs only 3 dollars.", set()),
])
def test_outperforms_score_named_without_a_verb(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence cut off at a semicolon, with no subject of its own, carries the subject of the one before
    ("在测试中，Qwen3的错误率较GPT-4o降低30%；在推理模式下，错误率较Llama 4大减60%。",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-4")}),
    ("在測試中，Qwen3的錯誤率較GPT-4o降低30%；在推理模式下，錯誤率較Llama 4大減60%。",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-4")}),
    ("在測試中，Qwen3出錯的可能性較GPT-4o降低30%；在推理模式下，出現重大失誤的機會率較Llama 4大減60%。",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-4")}),
    ("Qwen3 beats GPT-4o on math; on coding, trails Claude.", {("qwen3", "gpt-4o"), ("claude", "qwen3")}),
    # the model before was an object, or one of a list; or the sentence names its own subject
    ("阿里巴巴发布了Qwen3；在推理模式下，错误率较Llama 4大减60%。", set()),
    ("Qwen3和GPT-4o已经达到了同级最佳；在多项测试中击败了Llama 4。", set()),
    ("Qwen3 beats GPT-4o on math; on coding, Claude trails Llama 4.", {("qwen3", "gpt-4o"), ("llama-4", "claude")}),
    # a full stop ends the carry
    ("在測試中，Qwen3的錯誤率較GPT-4o降低30%。在推理模式下，錯誤率較Llama 4大減60%。", {("qwen3", "gpt-4o")}),
])
def test_outperforms_subject_over_a_semicolon(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # rivals set out after a colon, one clause each: every model opening a clause is a loser
    ("Qwen3的能力仍大幅领先于竞品：GPT-4o的错误率为3.1%，Llama 4则达5.5%。",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-4")}),
    ("Qwen3的能力仍大幅領先於競品：GPT-4o的錯誤率為3.1%，Llama 4則達5.5%。",
     {("qwen3", "gpt-4o"), ("qwen3", "llama-4")}),
    ("Qwen3 beats its rivals: GPT-4o and Llama 4.", {("qwen3", "gpt-4o"), ("qwen3", "llama-4")}),
    # the rows end at a clause opening with no model; a comma sets off no rows
    ("Qwen3领先于竞品：GPT-4o的得分为80，在另一项测试中Llama 4为75。", {("qwen3", "gpt-4o")}),
    ("Qwen3超越了前代模型，GPT-4o则落后于Llama 4。", {("llama-4", "gpt-4o")}),
    # "rivals" as a verb is parity
    ("Qwen3 rivals GPT-4o on math.", set()),
])
def test_outperforms_rivals_set_out_after_a_colon(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # list lines opening with their verb carry the one model of the line opening the list with a colon
    ("Qwen3 is a small model that:\n- Outperforms Llama 4 on all benchmarks\n- Outperforms GPT-4o on many benchmarks",
     {("qwen3", "llama-4"), ("qwen3", "gpt-4o")}),
    ("Qwen3的主要特点：\n1. 在数学测试中超越Llama 4\n2. 在代码能力上领先GPT-4o",
     {("qwen3", "llama-4"), ("qwen3", "gpt-4o")}),
    ("Qwen3的主要特點：\n\n1. 在數學測試中超越Llama 4\n2. 在代碼能力上領先GPT-4o",
     {("qwen3", "llama-4"), ("qwen3", "gpt-4o")}),
    # two models in the head, no colon, or a subject of the line's own: nothing carried
    ("Qwen3 and Claude are out. Highlights:\n- Outperforms Llama 4 on all benchmarks", set()),
    ("Qwen3 is a small model.\n- Outperforms Llama 4 on all benchmarks", set()),
    ("Qwen3 is a small model that:\n- In our tests, Claude outperforms Llama 4", {("claude", "llama-4")}),
])
def test_outperforms_list_lines_carry_the_head(facts, text, expected):
    assert outperforms(facts, text) == expected
