"""A new version set against a named earlier one ("X相比Y，事实性提升34.8%", "X improves factuality by 34.8% over Y",
"比上一代Y的42分跃升了8分"); a comparison frame whose rival is qualified by another model ("与基于A开发的B相比"); serial
comparison verbs sharing their subject ("X得分87.2，超越A，仅次于B"); list lines under a head whose subject beat others;
a multiple of a rival's score ("more than doubling Y's 31.1%"); a lead with its rivals after vs/against; a clause of
result carrying the subject ("…，从而超越Y", "…，这才有了仅次于Y的表现"); three or more listed models given their
places respectively, the places joined over commas ("came second, third and fourth respectively", "分列第二、第三和第四")."""
import pytest


def outperforms(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "OUTPERFORMS"}


@pytest.mark.parametrize("text, expected", [
    # the subject opens the frame's clause ("X相比Y，…"), what the clause after says is its gain
    ("GLM-5 相比 GLM-4，事实性提升 34.8%，指令遵循提升 12.5%。", {("glm-5", "glm-4")}),
    ("GLM-5 相較 GLM-4，事實性提升 34.8%。", {("glm-5", "glm-4")}),
    ("升级后的 GLM-5 相比 GLM-4，GLM-5 的事实性提升 34.8%。", {("glm-5", "glm-4")}),
    ("GLM-5 相比 GLM-4 推理能力更强。", {("glm-5", "glm-4")}),
    ("与 GLM-4 相比，GLM-5 的得分从42分升至50分。", {("glm-5", "glm-4")}),
    # a comparative after the rival's own score
    ("GLM-5 拿到了50分，比上一代 GLM-4 的42分跃升了8个百分点。", {("glm-5", "glm-4")}),
    ("GLM-5 拿到了50分，比上一代 GLM-4 的42分躍升了8個百分點。", {("glm-5", "glm-4")}),
    ("GLM-5 比 GLM-4 跃升了8个百分点。", {("glm-5", "glm-4")}),
    # English: the measure improved named between the verb and its amount, the rival after "over" or "compared with"
    ("GLM-5 improves factuality by 34.8% over GLM-4.", {("glm-5", "glm-4")}),
    ("GLM-5 improved its score by 8 points compared with GLM-4.", {("glm-5", "glm-4")}),
    ("Compared with its predecessor GLM-4, GLM-5 improves factuality by 34.8%.", {("glm-5", "glm-4")}),
    # nothing: a rise in a cost, a hedge, a denial, or an improvement with no named rival
    ("GLM-5 比 GLM-4 的价格跃升了30%。", set()),
    ("与 GLM-4 相比，GLM-5 的成本跃升。", set()),
    ("与 GLM-4 相比，GLM-5 的价格升至每百万词元2元。", set()),
    ("GLM-5 相比 GLM-4 有望提升 30%。", set()),
    ("与 GLM-4 相比，GLM-5 没有明显优势。", set()),
    ("Compared with GLM-4, GLM-5 has not improved much.", set()),
    ("Compared with GLM-4, GLM-5 could improve factuality.", set()),
    ("GLM-5 is expected to improve factuality by 34.8% over GLM-4.", set()),
    ("GLM-5 raised prices by 20% over GLM-4.", set()),
    ("GLM-5 improves factuality by 34.8% over its predecessor.", set()),
])
def test_outperforms_new_version_over_a_named_earlier_one(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an advantage or a disadvantage said of the model after the frame
    ("与 ChatGPT 相比，Qwen3 仍然处于劣势。", {("chatgpt", "qwen3")}),
    ("與 ChatGPT 相比，Qwen3 仍處於劣勢。", {("chatgpt", "qwen3")}),
    ("与 ChatGPT 相比，Qwen3 有明显优势。", {("qwen3", "chatgpt")}),
    ("Compared with ChatGPT, Qwen3 improves on every test.", {("qwen3", "chatgpt")}),
    # a model qualifying the rival in the frame is no rival itself
    ("与基于 GPT-4 开发的 ChatGPT 相比，Qwen3 仍然处于劣势。", {("chatgpt", "qwen3")}),
    ("與基於 GPT-4 開發的 ChatGPT 相比，Qwen3 仍處於劣勢。", {("chatgpt", "qwen3")}),
    # a listed rival stays one of the list
    ("与 GPT-4 和 ChatGPT 相比，Qwen3 处于劣势。", {("gpt-4", "qwen3"), ("chatgpt", "qwen3")}),
])
def test_outperforms_compared_frame_advantage(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the object of the first verb is not the subject of the next one
    ("Qwen3在MMLU-PRO中得分87.2，超越DeepSeek-R1（84分），仅次于OpenAI o1（89.3分）。",
     {("qwen3", "deepseek-r1"), ("o1", "qwen3")}),
    ("Qwen3在MMLU-PRO中得分87.2，超越DeepSeek-R1，僅次於OpenAI o1。", {("qwen3", "deepseek-r1"), ("o1", "qwen3")}),
    ("Qwen3 beat GPT-4o (84), trailing only Claude 3 (89).", {("qwen3", "gpt-4o"), ("claude-3", "qwen3")}),
    ("Qwen3超越GPT-4o（84分）并落后于Claude 3（89.3分）。", {("qwen3", "gpt-4o"), ("claude-3", "qwen3")}),
    # no subject named: whoever beat the first rival and trails the second, the second is ahead of the first
    ("基准测试领先：在MMLU-PRO中得分87.2，超越DeepSeek-R1（84分），仅次于OpenAI o1（89.3分）。", {("o1", "deepseek-r1")}),
    ("基準測試領先：在MMLU-PRO中得分87.2，超越DeepSeek-R1，落後於Claude 3。", {("claude-3", "deepseek-r1")}),
    ("在MMLU-PRO中，DeepSeek-R1得分84，落后于Claude 3。", {("claude-3", "deepseek-r1")}),
    # the second clause names its own subject
    ("Qwen3击败了GPT-4o，GPT-4o则落后于Claude 3。", {("qwen3", "gpt-4o"), ("claude-3", "gpt-4o")}),
])
def test_outperforms_serial_verbs_share_their_subject(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list head naming its subject and the rivals it beat: the lines carry the subject
    ("基准测试显示，Qwen3在8项测试中超越Llama 3，甚至优于Mistral 7B。具体表现为：\n- MBPP测试中超过GPT-4o",
     {("qwen3", "llama-3"), ("qwen3", "mistral-7b"), ("qwen3", "gpt-4o")}),
    ("基準測試顯示，Qwen3在8項測試中超越Llama 3，甚至優於Mistral 7B。具體表現為：\n- MBPP測試中超過GPT-4o",
     {("qwen3", "llama-3"), ("qwen3", "mistral-7b"), ("qwen3", "gpt-4o")}),
    ("Benchmarks show Qwen3 beats Llama 3 on most tests. Highlights:\n- Outperforms GPT-4o on MMLU",
     {("qwen3", "llama-3"), ("qwen3", "gpt-4o")}),
    # two models side by side in the head: no one subject
    ("Qwen3 and GPT-4o were both tested. Highlights:\n- Outperforms Llama 3 on MMLU", set()),
])
def test_outperforms_list_lines_under_a_head_with_rivals(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a multiple of the rival's own score: the two numbers decide
    ("On the puzzle test, GLM-5 scored 77.1%, more than doubling GLM-4's 31.1%.", {("glm-5", "glm-4")}),
    ("GLM-5 scored 77.1%, nearly triple Claude 3's 26%.", {("glm-5", "claude-3")}),
    # no score of the subject's, or a size, or a cost
    ("GLM-5 doubled GLM-4's context window.", set()),
    ("GLM-5 costs double GLM-4's price of $2.", set()),
])
def test_outperforms_multiple_of_the_rivals_score(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lead, its rivals after vs/against
    ("Back then Grok-2 led the overall Elo table vs Mistral Large and GPT-4o.",
     {("grok-2", "mistral-large"), ("grok-2", "gpt-4o")}),
    ("Grok-2 leads on MMLU against GPT-4 Turbo.", {("grok-2", "gpt-4-turbo")}),
    # a lead in use or price, denied, hedged, passive, conditional, or its rival in another clause
    ("Grok-2 led downloads vs Claude 3.5 Sonnet last month.", set()),
    ("Grok-2 led the market in price vs Claude 3.5 Sonnet.", set()),
    ("Grok-2 never led the arena against GPT-4 Turbo.", set()),
    ("Grok-2 could have led the arena against GPT-4 Turbo.", set()),
    ("Grok-2 no longer leads the arena against GPT-4 Turbo.", set()),
    ("Grok-2 led by xAI engineers was tested against GPT-4 Turbo.", set()),
    ("Grok-2 led the arena for a week, but against GPT-4 Turbo it lost.", set()),
    ("If Grok-2 leads the arena against GPT-4 Turbo, xAI wins.", set()),
])
def test_outperforms_led_versus(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause of result carries the subject of the clause before
    ("Qwen3 实现了视觉能力提升，从而超越了 GPT-4o。", {("qwen3", "gpt-4o")}),
    ("Qwen3 實現了視覺能力提升，進而超越了 GPT-4o。", {("qwen3", "gpt-4o")}),
    ("Qwen3 实现了视觉能力提升，这才有了仅次于 Gemini 2.5 Pro 的能力表现。", {("gemini-2-5-pro", "qwen3")}),
    ("Qwen3 實現了視覺能力提升，這才有了僅次於 Gemini 2.5 Pro 的能力表現。", {("gemini-2-5-pro", "qwen3")}),
    # the clause of result names its own subject
    ("Qwen3 发布后，GPT-4o 才超越了 Llama 3。", {("gpt-4o", "llama-3")}),
])
def test_outperforms_result_clause_carries_the_subject(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # each listed model beats the one placed right below it
    ("Gemini 1.5 Pro, Mistral Large and Llama 3 came second, third and fourth respectively.",
     {("gemini-1-5-pro", "mistral-large"), ("mistral-large", "llama-3")}),
    ("Gemini 1.5 Pro, Mistral Large, and Llama 3 rank 4th, 5th and 7th respectively.",
     {("gemini-1-5-pro", "mistral-large"), ("mistral-large", "llama-3")}),
    ("Gemini 1.5 Pro、Mistral Large和Llama 3分列第二、第三和第四。", {("gemini-1-5-pro", "mistral-large"), ("mistral-large", "llama-3")}),
    ("Gemini 1.5 Pro、Mistral Large和Llama 3分別排名第四、第五和第七。", {("gemini-1-5-pro", "mistral-large"), ("mistral-large", "llama-3")}),
    # scores, not places; a place given twice; places out of order; one place for all; a hedge
    ("Gemini 1.5 Pro, Mistral Large and Llama 3 scored 80, 75 and 70 respectively on the quiz.",  # scores: the top one wins
     {("gemini-1-5-pro", "mistral-large"), ("gemini-1-5-pro", "llama-3")}),
    ("Gemini 1.5 Pro, Mistral Large and Llama 3 came second, second and third respectively.", set()),
    ("Gemini 1.5 Pro and Mistral Large came third and second respectively.", set()),
    ("Gemini 1.5 Pro、Mistral Large和Llama 3分别在数学、编程和写作上排名第一。", set()),
    ("Gemini 1.5 Pro, Mistral Large and Llama 3 could come second, third and fourth respectively.", set()),
])
def test_outperforms_respective_places_of_a_longer_list(facts, text, expected):
    assert outperforms(facts, text) == expected
