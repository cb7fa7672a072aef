"""RELEASED of a policy named with its issuer's name at its head ("欧盟AI法案", "歐盟《AI 法案》", "EU AI Act": one
mention holds both, released.issuer_in_name) and of a policy its issuer drafted ("欧盟所拟定的《…》", "歐盟針對…所擬定的
《…》", released.possessive) and of a model's "Lightning" tier, in zh-Hant, zh-Hans and en; and English negations written with a typographic
apostrophe ("doesn’t beat") negate as the straight one does. Nothing for a law only referred to, a policy named
without its issuer, or a negated win."""
import pytest

ISSUER_IN_NAME = [
    ("歐盟《AI 法案》採取分級監管。", {("eu", "eu-ai-act", "released.issuer_in_name")}),
    ("欧盟AI法案于八月生效。", {("eu", "eu-ai-act", "released.issuer_in_name")}),
    ("The EU AI Act takes effect in August.", {("eu", "eu-ai-act", "released.issuer_in_name")}),
    # nothing: a law only referred to, or named without its issuer
    ("根据欧盟AI法案，企业须披露训练数据。", set()),
    ("根據歐盟AI法案，企業須揭露訓練資料。", set()),
    ("The AI Act takes effect in August.", set()),
    # the place heading the title is its scope where another body before it in the clause made it
    ("行政院推動的「臺灣AI行動計畫2.0」進展順利。", {("executive-yuan", "taiwan-ai-action-plan", "released.possessive")}),
    ("行政院推动的“台湾AI行动计划2.0”进展顺利。", {("executive-yuan", "taiwan-ai-action-plan", "released.possessive")}),
]

DRAFTED = [
    ("Acme宣布將簽署歐盟所擬定的《模型透明準則》。", {("eu", "模型透明准则", "released.possessive")}),
    ("Acme宣布将签署欧盟针对通用模型所拟定的《模型透明准则》。", {("eu", "模型透明准则", "released.possessive")}),
    ("欧盟起草的《模型透明准则》下月公布。", {("eu", "模型透明准则", "released.possessive")}),
    # nothing: the drafter is not named before the title
    ("Acme宣布将签署所拟定的《模型透明准则》。", set()),
]

LIGHTNING = [
    # "Lightning" after a model's name is a tier of its line: a model of its own
    ("MiniMax shipped M2.5 and M2.5 Lightning this week.",
     {("minimax", "m2-5", "released.cue"), ("minimax", "m2-5-lightning", "released.cue")}),
    ("MiniMax发布了MiniMax M2.5 Lightning。", {("minimax", "minimax-m2-5-lightning", "released.cue")}),
    ("MiniMax發布了MiniMax M2.5 Lightning。", {("minimax", "minimax-m2-5-lightning", "released.cue")}),
    # nothing: the word alone, in lower case
    ("Lightning struck the MiniMax office.", set()),
    ("MiniMax M2.5 runs at lightning speed.", set()),
]

NEGATED = [
    ("Nova-2 doesn’t beat GPT-5 in the aggregate.", set()),
    ("Nova-2 isn’t better than GPT-5.", set()),
    ("Nova-2 beats GPT-5 in the aggregate.", {("nova-2", "gpt-5", "outperforms.cue")}),
]


@pytest.mark.parametrize("text,expected", ISSUER_IN_NAME)
def test_issuer_at_the_head_of_a_policys_name(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text,expected", DRAFTED)
def test_policy_drafted_by_its_issuer(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text,expected", LIGHTNING)
def test_lightning_tier_is_a_model(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text,expected", NEGATED)
def test_typographic_apostrophe_negates(ruled, text, expected):
    assert ruled("OUTPERFORMS", text) == expected
