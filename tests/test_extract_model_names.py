"""Model names as news writes them: a family, a version, a size and variant words in any order, joined or spaced
(variants.extend_models, names.model_variant_words); a family's short Chinese name with its version glued to it
(names.zh_family_tails); a lower-case new name next to a model noun (variants.discover_models)."""
import pytest

from newsgraph.loaders.extract import RuleExtractor
from newsgraph.loaders.extract.gazetteer import Entry, Gazetteer
from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import Article, NodeType


@pytest.fixture(scope="module")
def aurora():
    """The bundled gazetteer and an invented maker with a model family whose Chinese name ends with 大模型."""
    invented = [
        Entry(id="acme-labs", type=NodeType.ORGANIZATION, name="Acme Labs", aliases=("Acme Labs", "艾克米"),
              kind="company", canonical=("Acme Labs", "艾克米")),
        Entry(id="aurora", type=NodeType.MODEL, name="Aurora", aliases=("Aurora", "极光大模型", "極光大模型"),
              kind="family", developer="acme-labs", canonical=("Aurora", "极光大模型", "極光大模型")),
    ]
    return RuleExtractor(gazetteer=Gazetteer([*Gazetteer.default().entries.values(), *invented]))


def models(extractor, text):
    return [(m.surface, m.entity_id) for m in extractor.mentions(Normalised.of(text)) if m.type == NodeType.MODEL]


def facts(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {(e.type.value, e.source, e.target) for e in found.edges if e.type.value in ("RELEASED", "OUTPERFORMS")}


@pytest.mark.parametrize("text, expected", [
    # a variant word after a size: its own model, not the family and size
    ("Yi-34B-Chat beats GPT-4o on math.", [("Yi-34B-Chat", "yi-34b-chat"), ("GPT-4o", "gpt-4o")]),
    ("Yi-34B-Chat在數學測試中超越GPT-4o。", [("Yi-34B-Chat", "yi-34b-chat"), ("GPT-4o", "gpt-4o")]),
    ("Yi-34B-Chat在数学测试中超越GPT-4o。", [("Yi-34B-Chat", "yi-34b-chat"), ("GPT-4o", "gpt-4o")]),
    # in any order, spaced: the tune before the size
    ("Qwen3 Chat 70B trails GPT-4o.", [("Qwen3 Chat 70B", "qwen3-chat-70b"), ("GPT-4o", "gpt-4o")]),
    ("Qwen2.5-Math-72B beats GPT-4o.", [("Qwen2.5-Math-72B", "qwen2-5-math-72b"), ("GPT-4o", "gpt-4o")]),
    ("qwen3-8b-chat beats GPT-4o.", [("qwen3-8b-chat", "qwen3-8b-chat"), ("GPT-4o", "gpt-4o")]),
    # any case after a hyphen; as written when spaced ("Gemini chat" below is the app)
    ("Qwen3-8B-reasoning beats GPT-4o.", [("Qwen3-8B-reasoning", "qwen3-8b-reasoning"), ("GPT-4o", "gpt-4o")]),
    ("Zeta-4-mini-thinking在测试中超越GPT-4o。", [("Zeta-4-mini-thinking", "zeta-4-mini-thinking"), ("GPT-4o", "gpt-4o")]),
    # a tier of speed or size, spaced; a long context only joined ("Orion Long context" is the feature)
    ("Orion宣布两款主力模型ERNIE Speed、ERNIE Tiny免费，Qwen-Long降价。",
     [("ERNIE Speed", "ernie-speed"), ("ERNIE Tiny", "ernie-tiny"), ("Qwen-Long", "qwen-long")]),
    ("Gemini Long context is fast.", [("Gemini", "gemini")]),
    # a Chinese tier word after the name, in either script
    ("Qwen3数学版在测试中超越GPT-4o。", [("Qwen3数学版", "qwen3数学版"), ("GPT-4o", "gpt-4o")]),
    ("Qwen3深度推理版在測試中超越GPT-4o。", [("Qwen3深度推理版", "qwen3深度推理版"), ("GPT-4o", "gpt-4o")]),
    # a tune in lower case after a size
    ("Zeta 2 7B beats Qwen3 8B chat on math.", [("Zeta 2 7B", "zeta-2-7b"), ("Qwen3 8B chat", "qwen3-8b-chat")]),
    # a reasoning effort capitalised after a hyphen
    ("Zeta-2在測試中超越GPT-5.1-High。", [("Zeta-2", "zeta-2"), ("GPT-5.1-High", "gpt-5-1-high")]),
    # a discovered name grows over its size and variant words too
    ("Orion-2-DPO-70B beats GPT-4o.", [("Orion-2-DPO-70B", "orion-2-dpo-70b"), ("GPT-4o", "gpt-4o")]),
    ("Zeta 2 Chat 70B beats GPT-4o.", [("Zeta 2 Chat 70B", "zeta-2-chat-70b"), ("GPT-4o", "gpt-4o")]),
    ("The Zeta-34B model beats GPT-4o.", [("Zeta-34B", "zeta-34b"), ("GPT-4o", "gpt-4o")]),
    ("模型Zeta 8x7B超越了GPT-4o。", [("Zeta 8x7B", "zeta-8x7b"), ("GPT-4o", "gpt-4o")]),
    # a size makes a model-shaped name a model with no other cue
    ("Acme released Zeta-34B on Monday.", [("Zeta-34B", "zeta-34b")]),
    ("艾克米週一發布Orion 2 8x7B。", [("Orion 2 8x7B", "orion-2-8x7b")]),
    # but not over a score after it
    ("Zeta 2 78 beats GPT-4o.", [("Zeta 2", "zeta-2"), ("GPT-4o", "gpt-4o")]),
    # a lower-case new name next to a model noun
    ("Acme released its math model z3-math today.", [("z3-math", "z3-math")]),
    ("艾克米发布数学模型 z3-math。", [("z3-math", "z3-math")]),
    ("艾克米發布數學模型 z3-math。", [("z3-math", "z3-math")]),
    # nothing: chips, plain numbers, dates, products that are no models, lower-case codes with no model noun
    ("Nvidia shipped H20 and A100 chips to Acme in 2024.", []),
    ("英伟达向中国出口H20芯片，A100也受限。", []),
    ("輝達H20晶片於2024年11月出貨。", []),
    ("The model has 70B parameters and scored 85.2 on the test.", []),
    ("Windows 11 and iPhone 15 Pro sales rose 15% in Q3 2024.", []),
    ("Gemini chat users rose.", [("Gemini", "gemini")]),
    # a sum in a currency, a number format of weights: no model, even next to a model noun or a known model
    ("The regulator fined the chatbot's maker EUR 5 million; Acme raised USD 1.5B, beating GPT-4o.", [("GPT-4o", "gpt-4o")]),
    ("该模型采用原生INT4量化，FP8训练，超越GPT-4o。", [("GPT-4o", "gpt-4o")]),
    ("該模型採用原生INT4量化，FP8訓練，超越GPT-4o。", [("GPT-4o", "gpt-4o")]),
    ("The z3-math release shipped on 2024-05-13.", []),
    ("The chat model v1-beta is live.", []),
])
def test_model_names_in_three_scripts(extractor, text, expected):
    assert models(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a family's short Chinese name ("极光" of 极光大模型) with its version glued to it: the family's version,
    # named from the family's English name, in either script and in English
    ("艾克米发布极光V3.0，超越GPT-4o。", [("极光V3.0", "aurora-v3-0"), ("GPT-4o", "gpt-4o")]),
    ("艾克米發布極光V3.0，超越GPT-4o。", [("極光V3.0", "aurora-v3-0"), ("GPT-4o", "gpt-4o")]),
    ("Acme Labs released Aurora V3.0, which beats GPT-4o.", [("Aurora V3.0", "aurora-v3-0"), ("GPT-4o", "gpt-4o")]),
    ("艾克米推出极光X1推理版。", [("极光X1推理版", "aurora-x1推理版")]),
    # the short name alone is a word; a date or a plan after it is no version
    ("今晚可以看到极光，艾克米的极光大模型也更新了。", [("极光大模型", "aurora")]),
    ("极光3月出现在北方。", []),
    ("他们的极光V3计划很好。", []),
])
def test_a_family_short_chinese_name_with_its_version(aurora, text, expected):
    assert models(aurora, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("艾克米在3月发布极光V3.0，超越GPT-4o。", {("RELEASED", "acme-labs", "aurora-v3-0"),
                                              ("OUTPERFORMS", "aurora-v3-0", "gpt-4o")}),
    ("Acme Labs released Aurora-34B-Chat.", {("RELEASED", "acme-labs", "aurora-34b-chat")}),
    ("艾克米發布數學模型 z3-math，在測試中超過GPT-4o。", {("OUTPERFORMS", "z3-math", "gpt-4o")}),
    # "全球领先的 X": an attribute, no win over X
    ("z3-math 的数学能力可对标全球领先的 GPT-4o。", set()),
])
def test_facts_of_the_names(aurora, text, expected):
    assert facts(aurora, text) >= expected and not {f for f in facts(aurora, text) if f[0] == "OUTPERFORMS"} - {
        f for f in expected if f[0] == "OUTPERFORMS"}
