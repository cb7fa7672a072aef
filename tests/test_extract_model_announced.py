"""New models and companies in the slots that announce them (variants.discover_models, discovery.discover_names):
a model-shaped name in apposition to a model noun, written with a Chinese name and a hyphened version, or the object
of a verb of release whose subject is an organisation; a company with a suffix or descriptor opening a release."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


def models(extractor, text):
    return sorted({m.surface for m in extractor.mentions(Normalised.of(text)) if m.type == "Model"})


def orgs(extractor, text):
    return sorted({m.surface for m in extractor.mentions(Normalised.of(text)) if m.type == "Organization"})


@pytest.mark.parametrize("text, expected", [
    # apposition: the name, then a model noun described
    ("OpenAI released Nimbra-1, a new language model, on Monday.", ["Nimbra-1"]),
    ("Quorra 2, the company's latest reasoning model, tops the chart.", ["Quorra 2"]),
    ("Anthropic introduced Velox-4, its fastest model yet.", ["Velox-4"]),
    ("Meta unveiled Tessel 3B, an open-weight model for phones.", ["Tessel 3B"]),
    # the object of a verb of release whose subject is an organisation (a hyphened version or a size)
    ("OpenAI released Orbis-7 on Monday.", ["Orbis-7"]),
    ("Acme Labs launched Corvid-2 this week.", ["Corvid-2"]),
    ("Google has open-sourced Pallas-9B for researchers.", ["Pallas-9B"]),
    # a name with no version, described as a model right after a verb of release
    ("Acme Labs released Verse, a new language model, on Monday.", ["Verse"]),
    ("Verse, a new language model, is out.", []),
    ("Apple released Vision, a new headset.", []),
    # products of a hyphened shape, named as what they are
    ("Huawei launched Mate-70 phones.", []),
    ("Nvidia released DLSS-4 for gamers.", []),
    ("Google launched Android-16 for phones.", []),
    ("Huawei released HarmonyOS-5 on Friday.", []),
    ("Sony launched PS-5 Pro in Tokyo.", []),
    ("小米今天发布了澎湃-OS2系统。", []),
    ("腾讯今天推出了新游戏王者-2。", []),
    ("Apple launched its new Vision-2 headset.", []),
    # Chinese names with a hyphened version, next to a model noun, in both scripts
    ("阿里巴巴今天发布了大模型衡宇-3B。", ["衡宇-3B"]),
    ("阿里巴巴发布雲豹-2模型，称其性能超越GPT-4o。", ["GPT-4o", "雲豹-2"]),
    ("百度推出新模型鸣鹤-V2。", ["鸣鹤-V2"]),
    ("騰訊發表了推理模型青鸞-5。", ["青鸞-5"]),
    ("星河-7是一款开源大语言模型。", ["星河-7"]),
    ("字节跳动发布了凌波-4（多模态大模型）。", ["凌波-4"]),
    ("The company quietly released Lumo-4 last week.", ["Lumo-4"]),
    ("该公司近日推出了Velox-3。", ["Velox-3"]),
    ("該公司推出了鳴鶴-2，主打程式碼生成。", ["鳴鶴-2"]),
    ("The committee released Form-7 and the company later shipped Mate-70 phones.", []),
    # the object of a Chinese verb of release after an organisation
    ("阿里巴巴今天发布了衡宇-3B，性能大幅提升。", ["衡宇-3B"]),
    ("月之暗面推出了Zentra-2。", ["Zentra-2"]),
    # the model noun, a comma, the name; an owner, a plain name, the noun; a Latin name in marks before 模型
    ("The company released its first model, Nimbra-1, last spring.", ["Nimbra-1"]),
    ("Its newest chatbot, Quill-3, answers in French.", ["Quill-3"]),
    ("Acme trained its Verse chatbot on books.", ["Verse"]),
    ("Lumora's Sable model writes code.", ["Sable"]),
    ("主要产品「視界Vision」模型被用于零售业。", ["視界Vision"]),
    ("该公司的“Lumo X”大模型已上线。", ["Lumo X"]),
    ("該公司推出「星圖Atlas」語言模型。", ["星圖Atlas"]),
    # nothing: an ordinary word, a tier, a nationality, scare quotes, an acronym
    ("Google improved its Transformer model; the transformer is old.", []),
    ("Acme updated its Pro model.", []),
    ("Acme's Chinese model is fast.", []),
    ("这是“黑箱”模型。", []),
    ("他们使用「AI」模型。", []),
    # nothing: products that are no models, a subject with no release, documents, years, chips
    ("Apple released the iPhone 17 on Friday.", []),
    ("Microsoft released Windows 12 to testers.", []),
    ("Nvidia launched H20 chips for China.", []),
    ("Nvidia launched the Blackwell B200 on Monday.", []),
    ("Nimbra-1 launched on Monday.", []),
    ("The agency released Form-10 in 2025.", []),
    ("Acme Labs released Version 2 of its guidance, a new language model policy.", []),
    ("OpenAI released Covid-19 data on Monday.", []),
    ("Samsung unveiled Galaxy-S26, a new phone.", []),
    ("国务院发布了《十四五-2规划》。", []),
    ("华为发布了麒麟-9芯片。", []),
    ("小米发布了新手机星耀-15。", []),
])
def test_models_in_the_slots_that_announce_them(extractor, text, expected):
    assert models(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("衡宇科技今天发布了大模型Qwen9。", ["衡宇科技"]),
    ("凌云智能近日推出新模型Orbis-7。", ["凌云智能"]),
    ("初创公司星澜发布了Zentra-2模型。", ["星澜"]),
    ("雲帆科技今日發布大模型Velox-3。", ["雲帆科技"]),
    ("Veltra AI released Orbis-7 on Monday.", ["Veltra AI"]),
    ("雲豹智能去年推出的「雲豹-2」模型主要提供给银行。", ["雲豹智能"]),
    ("他已加入北京创业公司星澜智能，出任首席科学家。", ["北京", "星澜智能"]),
    ("廣達收購AI新創視界智能全部股權。", ["視界智能"]),
    ("凌雲科技今（5）日宣布推出Velox-3。", ["凌雲科技"]),
    # nothing: a trade after a start-up noun that is no name
    ("这家新创科技公司发布了产品。", []),
    ("初创企业智能化转型加快。", []),
    # nothing: a generic subject, a trade that is no name, a release of no model
    ("人工智能科技发布了新的规划。", []),
    ("这家科技公司发布了新模型Orbis-7。", []),
    ("Generative AI released new fears on Monday.", []),
])
def test_companies_that_release(extractor, text, expected):
    assert orgs(extractor, text) == expected


@pytest.mark.parametrize("text, edge", [
    ("OpenAI released Nimbra-1, a new language model, on Monday.", ("RELEASED", "openai", "nimbra-1")),
    ("The startup Acme Labs released Nimbra-1 on Monday.", ("RELEASED", "acme-labs", "nimbra-1")),
    ("阿里巴巴今天发布了大模型衡宇-3B。", ("RELEASED", "alibaba", "衡宇-3b")),
    ("衡宇科技今天发布了大模型Lumo-2。", ("RELEASED", "衡宇科技", "lumo-2")),
    ("雲帆科技今日發布大模型Velox-3。", ("RELEASED", "雲帆科技", "velox-3")),
])
def test_announced_releases(facts, text, edge):
    assert edge in facts(text)


@pytest.mark.parametrize("text, edge", [
    # "the company" after a sentence naming two organisations once each: the one the sentence opened with
    ("Zeta Labs raised money from Sequoia Capital. The company released Orbis-7.", ("RELEASED", "zeta-labs", "orbis-7")),
    ("Zeta Labs said it raised money from Sequoia Capital. The company released Orbis-7.",
     ("RELEASED", "zeta-labs", "orbis-7")),
])
def test_the_company_is_the_subject_on_a_tie(facts, text, edge):
    assert edge in facts(text)
    assert ("RELEASED", "sequoia-capital", edge[2]) not in facts(text)
