"""Models named with a parameter count: found, kept apart from their family, compared and listed."""
import pytest


def outperforms(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "OUTPERFORMS"}


@pytest.mark.parametrize("text, expected", [
    # a size is a model of its own: the comparison is between the sizes, not the families
    ("Qwen2-7B超越了Llama-3-8B-Instruct。", {("qwen2-7b", "llama-3-8b")}),
    ("Qwen2-7B beats Llama-3-8B-Instruct on MMLU.", {("qwen2-7b", "llama-3-8b")}),
    # a parameter count before a listed name does not end the list (zh-Hant, zh-Hans, en)
    ("Qwen2-7B超越了320億參數的Qwen1.5-32B和130億參數的Llama-3-8B。",
     {("qwen2-7b", "qwen1-5-32b"), ("qwen2-7b", "llama-3-8b")}),
    ("Qwen2-7B超越了320亿参数的Qwen1.5-32B和130亿参数的Llama-3-8B。",
     {("qwen2-7b", "qwen1-5-32b"), ("qwen2-7b", "llama-3-8b")}),
    ("Zeta 2 beat Llama 3 and the 8-billion-parameter Llama-3-8B on MMLU.",
     {("zeta-2", "llama-3"), ("zeta-2", "llama-3-8b")}),
    # an unknown family with a version and a size, compared with a model past its maker's possessive
    ("Tulu 3 405B also beats OpenAI's GPT-4o on math.", {("tulu-3-405b", "gpt-4o")}),
    ("Tulu 3 405B在數學上超越了OpenAI的GPT-4o。", {("tulu-3-405b", "gpt-4o")}),
    ("Tulu 3 405B在数学上超越了OpenAI的GPT-4o。", {("tulu-3-405b", "gpt-4o")}),
    # a model noun, then a naming verb: the named model is the subject of the clause after it
    ("Ai2's model, called Nova 3, also beats GPT-4o on math.", {("nova-3", "gpt-4o")}),
    ("The lab's new model, named Nova 3 70B, beats GPT-4o.", {("nova-3-70b", "gpt-4o")}),
    ("該公司的新模型名為Zeta-2，超越了GPT-4o。", {("zeta-2", "gpt-4o")}),
    ("该公司的新模型名为Zeta-2，超越了GPT-4o。", {("zeta-2", "gpt-4o")}),
])
def test_sized_models_compared(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text", [
    # negated, planned, parity, hedged: nothing, sizes or not
    "The model, called Nova 3 70B, did not beat GPT-4o.",
    "Ai2's model, called Tulu 3 405B, aims to beat GPT-4o.",
    "Tulu 3 405B is on par with OpenAI's GPT-4o.",
    "Qwen2-7B與Llama-3-8B-Instruct不相上下。",
    "Qwen2-7B与Llama-3-8B-Instruct不相上下。",
    "Qwen2-7B並未超越130億參數的Llama-3-8B。",
    "Qwen2-7B并未超越130亿参数的Llama-3-8B。",
    "Qwen2-7B comes close to the 8-billion-parameter Llama-3-8B.",
    # a size-shaped phrase with no model noun and no comparison is no model
    "Phase 3 405B trial results are out.",
])
def test_sized_models_no_comparison(facts, text):
    assert outperforms(facts, text) == set()


@pytest.mark.parametrize("text, model", [
    ("Its model, called Tulu 3 405B, is out.", "tulu-3-405b"),
    ("新模型名為Zeta 3 70B。", "zeta-3-70b"),
    ("新模型名为Zeta 3 70B。", "zeta-3-70b"),
])
def test_a_named_sized_model_is_found(facts, extractor, text, model):
    from newsgraph.loaders.extract.normalize import Normalised

    assert model in {m.entity_id for m in extractor.mentions(Normalised.of(text)) if m.type == "Model"}


@pytest.mark.parametrize("text, expected", [
    # a name closed by a parity word after "second only to A" is level with the subject, no winner over it
    ("Qwen2-72B得了77分，僅次於OpenAI的GPT-4o，與Claude-3.5-Sonnet並列第二。", {("gpt-4o", "qwen2-72b")}),
    ("Qwen2-72B得了77分，仅次于OpenAI的GPT-4o，与Claude-3.5-Sonnet并列第二。", {("gpt-4o", "qwen2-72b")}),
    ("Qwen2-72B仅次于GPT-4o，与Claude-3.5-Sonnet持平。", {("gpt-4o", "qwen2-72b")}),
    ("Qwen2-72B trails GPT-4o, tied with Claude 3.5 Sonnet for second.", {("gpt-4o", "qwen2-72b")}),
    # a list without a parity word stays a list
    ("Qwen2-72B仅次于GPT-4o和Claude-3.5-Sonnet。", {("gpt-4o", "qwen2-72b"), ("claude-3-5-sonnet", "qwen2-72b")}),
    # toppling a model from a ranking is a win; "could topple" is none
    ("Nova 3 toppled GPT-4o from the top of the leaderboard.", {("nova-3", "gpt-4o")}),
])
def test_ranked_asides_and_toppling(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Nova 3 could topple GPT-4o.",
    "Nova 3 aims to topple GPT-4o from the top spot.",
    "Nova 3 failed to topple GPT-4o.",
])
def test_toppling_hedged_is_nothing(facts, text):
    assert outperforms(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    # "them"/它们 as the object: the one list of rivals named in an earlier clause of the sentence
    ("Amid rivals such as Google's Gemini and Meta's Llama, Qwen3 manages to outperform them in reasoning.",
     {("qwen3", "gemini"), ("qwen3", "llama")}),
    ("在Gemini和Llama等對手主導的市場中，Qwen3在推理上超越了它們。", {("qwen3", "gemini"), ("qwen3", "llama")}),
    ("在Gemini和Llama等对手主导的市场中，Qwen3在推理上超越了它们。", {("qwen3", "gemini"), ("qwen3", "llama")}),
])
def test_a_plural_pronoun_stands_for_a_fronted_list(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Unlike Gemini and Llama, Nova 3 did not outperform them.",          # denied
    "Gemini and Llama are popular, and Nova 3 could outperform them.",   # hedged
    "Unlike GPT-4o, Nova 3 beats them.",                                 # one name is no list
    "在Gemini和Llama主導的市場中，Nova 3並未超越它們。",
    "在Gemini和Llama主导的市场中，Nova 3并未超越它们。",
    "在Gemini主导的市场中，Nova 3超越了它们。",
    "Gemini and Llama, the leaders, beat them.",                          # no winner of its own in the clause
])
def test_a_plural_pronoun_without_one_list_or_claim_is_nothing(facts, text):
    assert outperforms(facts, text) == set()


def released(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    # a release verb right before a name with a version and a parameter count: the name is a model, released
    ("Ai2 open-sourced Tulu 3 405B on Thursday.", {("allen-institute-for-ai", "tulu-3-405b")}),
    ("Ai2 launched Tulu 3 405B, a new model.", {("allen-institute-for-ai", "tulu-3-405b")}),
    ("Ai2開源了Tulu 3 405B。", {("allen-institute-for-ai", "tulu-3-405b")}),
    ("Ai2开源了Tulu 3 405B。", {("allen-institute-for-ai", "tulu-3-405b")}),
    ("Meta released Llama 3 405B.", {("meta", "llama-3-405b")}),
    # the maker's model, then a naming verb
    ("Ai2's model, called Tulu 3 405B, is open source.", {("allen-institute-for-ai", "tulu-3-405b")}),
    ("Ai2的新模型名為Tulu 3 405B。", {("allen-institute-for-ai", "tulu-3-405b")}),
    ("Ai2的新模型名为Tulu 3 405B。", {("allen-institute-for-ai", "tulu-3-405b")}),
])
def test_sized_models_released(facts, text, expected):
    assert released(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Ai2 plans to release Tulu 3 405B.",
    "Ai2 did not release Tulu 3 405B.",
    "Ai2計劃開源Tulu 3 405B。",
    "Ai2计划开源Tulu 3 405B。",
    "Ai2 released Phase 3 results.",       # no parameter count, no model noun: no model
])
def test_sized_models_not_released(facts, text):
    assert released(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a reference chained over a sentence that names no one and itself refers back ("the model", 该模型)
    ("Anthropic released Claude Sonnet 4.5. Yes, the model is faster than its predecessor. But it still trails "
     "GPT-5 Codex on coding.", {("gpt-5-codex", "claude-sonnet-4-5")}),
    ("Anthropic發布了Claude Sonnet 4.5。是的，該模型比其前身更快。然而，測試顯示，它仍遜色於GPT-5 Codex。",
     {("gpt-5-codex", "claude-sonnet-4-5")}),
    ("Anthropic发布了Claude Sonnet 4.5。是的，该模型比其前身更快。然而，测试显示，它仍逊色于GPT-5 Codex。",
     {("gpt-5-codex", "claude-sonnet-4-5")}),
    # two models before, an unrelated sentence between, or a hedge: nothing
    ("Anthropic发布了Claude Sonnet 4.5和Claude Opus 4。是的，该模型比其前身更快。然而，它仍逊色于GPT-5 Codex。", set()),
    ("Anthropic发布了Claude Sonnet 4.5。天气很好。然而，它仍逊色于GPT-5 Codex。", set()),
    ("Anthropic released Claude Sonnet 4.5. Yes, the model is faster. But it may trail GPT-5 Codex on coding.", set()),
])
def test_a_reference_chained_over_one_sentence(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tuner's all-capital name between a family's version and a size names a model of its own
    ("Gemma-3-TAIDE-12b beats Gemma-3-12b-it.", {("gemma-3-taide-12b", "gemma-3-12b")}),
    ("Gemma-3-TAIDE-12b超越了Gemma-3-12b-it。", {("gemma-3-taide-12b", "gemma-3-12b")}),
    ("Gemma-3-TAIDE-12b並未超越Gemma-3-12b-it。", set()),
    ("Gemma-3-TAIDE-12b与Gemma-3-12b-it不相上下。", set()),
])
def test_a_tuned_variant_named_between_version_and_size(facts, text, expected):
    assert outperforms(facts, text) == expected
