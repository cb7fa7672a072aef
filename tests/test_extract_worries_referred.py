"""WORRIES whose cause or worried party is referred to rather than named, in three scripts: a plural description of
models ("those models", 这两款模型) for every model of the one list the sentence before names; a description of a
policy ("the Act", 该法案, a bare 准则 whose parts follow) read as the one policy of its kind the article named; the
rulebook a relative clause describes ("the rulebook Brussels adopted"); a bare company noun after a speaker (…写道，
公司担心…) for the speaker's company; a description or pronoun as the object of a transitive cue ("worries the
company", 震惊了我们) for the one company that fits; an opposition with no object closing its sentence ("中方坚决反对。")
for the one policy named before; a participle after a comma ("…, rattling Google"); and the nouns of unease. Each
class with cases that must find nothing (several lists or policies, no company named, a hedge, a negation, a vague
move, an adjective)."""
import pytest


@pytest.mark.parametrize("text, expected", [
    ("Open models such as Qwen3 and Kimi K2 are spreading fast. The rise of those models has unsettled Washington.",
     {("qwen3", "washington", "worries.cue"), ("kimi-k2", "washington", "worries.cue")}),
    ("Qwen3和Kimi K2迅速走红。这两款模型的崛起令华府不安。",
     {("qwen3", "washington", "worries.causative"), ("kimi-k2", "washington", "worries.causative")}),
    ("Qwen3和Kimi K2迅速走紅。華府對這兩款模型感到擔憂。",
     {("qwen3", "washington", "worries.experiencer"), ("kimi-k2", "washington", "worries.experiencer")}),
    # must find nothing: two lists before, or one model only
    ("Qwen3 and Kimi K2 are popular, and so are GLM-4.5 and DeepSeek R1. Those models have unsettled Washington.", set()),
    ("Qwen3 is spreading fast. These models have unsettled Washington.", set()),
    ("Qwen3很受欢迎。这些模型令华府不安。", set()),
    ("Qwen3和Kimi K2很受歡迎，GLM-4.5和DeepSeek R1也是。這些模型令華府不安。", set()),
])
def test_worries_plural_model_description(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Act" is the law the article named, not the code of practice of the sentence before
    ("The EU passed the AI Act. The Commission later published the GPAI Code of Practice. "
     "Google said it remained concerned that the Act would slow AI.", {("eu-ai-act", "google", "worries.experiencer")}),
    ("欧盟通过了人工智能法案。欧盟委员会随后发布了通用人工智能行为准则。谷歌表示，它担心该法案会拖慢创新。",
     {("eu-ai-act", "google", "worries.experiencer")}),
    ("歐盟通過了人工智能法案。歐盟委員會隨後發布了通用人工智能行為準則。谷歌表示，它擔心該法案會拖慢創新。",
     {("eu-ai-act", "google", "worries.experiencer")}),
    # a bare policy noun whose parts follow (准则中的…) is as definite as 该准则; not the end of a longer name
    ("欧盟发布了通用人工智能行为准则。谷歌表示，公司担心准则中的披露要求会拖慢创新。",
     {("eu-gpai-code-of-practice", "google", "worries.experiencer")}),
    ("歐盟發布了通用人工智能行為準則。谷歌表示，公司擔心準則中的披露要求會拖慢創新。",
     {("eu-gpai-code-of-practice", "google", "worries.experiencer")}),
    ("欧盟发布了通用人工智能行为准则。谷歌表示，公司担心行业准则中的披露要求会拖慢创新。", set()),
    # the rulebook a relative clause describes, not the body inside the relative clause
    ("The EU passed the AI Act in 2024. The rulebook Brussels adopted has alarmed Silicon Valley.",
     {("eu-ai-act", "silicon-valley", "worries.cue")}),
    ("The provisions Brussels adopted have alarmed Silicon Valley.", set()),
])
def test_worries_policy_described(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("英伟达首席执行官张三在博客中写道，公司担心AI扩散规则会损害销售。", {("ai-diffusion-rule", "nvidia", "worries.experiencer")}),
    ("英偉達執行長張三在部落格中寫道，公司擔心AI擴散規則會損害銷售。", {("ai-diffusion-rule", "nvidia", "worries.experiencer")}),
    ("Jane Roe, Nvidia's chief executive, wrote that the company is worried the AI Diffusion Rule would hurt sales.",
     {("ai-diffusion-rule", "nvidia", "worries.experiencer")}),
    # must find nothing: two companies speak, or none is named
    ("英伟达和AMD表示，公司对AI扩散规则感到担忧。", set()),
    ("张三写道，公司担心AI扩散规则会损害销售。", set()),
])
def test_worries_speakers_company(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nvidia said the AI Diffusion Rule worries the company.", {("ai-diffusion-rule", "nvidia", "worries.cue")}),
    ("Nvidia and AMD said the AI Diffusion Rule rattled them.",
     {("ai-diffusion-rule", "nvidia", "worries.cue"), ("ai-diffusion-rule", "amd", "worries.cue")}),
    ("英伟达表示，AI扩散规则震惊了我们。", {("ai-diffusion-rule", "nvidia", "worries.cue")}),
    ("英偉達表示，AI擴散規則震驚了我們。", {("ai-diffusion-rule", "nvidia", "worries.cue")}),
    # must find nothing: no company named; people, not an organisation
    ("The AI Diffusion Rule worries the company.", set()),
    ("Nvidia said the AI Diffusion Rule worries investors.", set()),
])
def test_worries_object_described(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("美国商务部发布了AI扩散规则。中方坚决反对。", {("ai-diffusion-rule", "china", "worries.opposed")}),
    ("美國商務部發布了AI擴散規則，中方堅決反對。", {("ai-diffusion-rule", "china", "worries.opposed")}),
    ("The US issued the AI Diffusion Rule. China firmly opposed.", {("ai-diffusion-rule", "china", "worries.opposed")}),
    # must find nothing: two policies issued, a negation, a vague move, a hedge
    ("美国商务部发布了AI扩散规则和芯片出口管制。中方坚决反对。", set()),
    ("美国商务部发布了AI扩散规则。中方并不反对。", set()),
    ("美国商务部发布了AI扩散规则。中方坚决反对美方的做法。", set()),
    ("The US issued the AI Diffusion Rule. China may oppose.", set()),
])
def test_worries_opposed_with_no_object(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The AI Act took effect in August, rattling Google and Meta.",
     {("eu-ai-act", "google", "worries.cue"), ("eu-ai-act", "meta", "worries.cue")}),
    ("The European Commission has expressed unease about Grok.", {("grok", "european-commission", "worries.experiencer")}),
    ("欧盟委员会对Grok表示不安。", {("grok", "european-commission", "worries.experiencer")}),
    ("歐盟委員會對Grok表達不安。", {("grok", "european-commission", "worries.experiencer")}),
    ("Nvidia has been unnerved by DeepSeek.", {("deepseek", "nvidia", "worries.experiencer")}),
    # must find nothing: "alarming" as an adjective
    ("Grok grew at an alarming rate, the European Commission said.", set()),
])
def test_worries_participles_and_unease(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Pentagon called DeepSeek a national security threat.", {("deepseek", "pentagon", "worries.sees_as_threat")}),
    ("五角大楼称DeepSeek是国家安全威胁。", {("deepseek", "pentagon", "worries.sees_as_threat")}),
    ("五角大樓稱DeepSeek為國安威脅。", {("deepseek", "pentagon", "worries.sees_as_threat")}),
    # must find nothing: a rival is no threat; a negation; a hedge
    ("Nvidia called Huawei a formidable rival.", set()),
    ("The Pentagon has not called DeepSeek a threat.", set()),
    ("五角大楼并未称DeepSeek是威胁。", set()),
    ("The Pentagon may call DeepSeek a threat.", set()),
])
def test_worries_named_a_threat(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party dismissing or easing a worry (others') is not worried, nor is anyone by a worry called unfounded
    ("Nvidia dismissed worries about DeepSeek.", set()),
    ("Nvidia played down fears over DeepSeek.", set()),
    ("Nvidia said worries about DeepSeek were overblown.", set()),
    ("英伟达试图打消外界对DeepSeek的担忧。", set()),
    ("英偉達淡化了對DeepSeek的擔憂。", set()),
    ("英伟达表示，对DeepSeek的担忧被夸大了。", set()),
    # the party's own worry still counts, whatever follows it
    ("Nvidia is worried about DeepSeek.", {("deepseek", "nvidia", "worries.experiencer")}),
    ("Nvidia's worries about DeepSeek eased.", {("deepseek", "nvidia", "worries.experiencer")}),
    ("英偉達對DeepSeek感到擔憂。", {("deepseek", "nvidia", "worries.experiencer")}),
])
def test_worries_dismissed_are_nobodys(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
