"""WORRIES in policy disputes, in three scripts: a bill or rule opposed in the passive ("was opposed by"), lobbying
with an adverb of degree ("lobbied hard against"), and a government's objection to "it" / 此 when the sentence
before names several policies — the one just issued is what is opposed; each with cases that must find nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a policy opposed in the passive: the parties after "by" are worried (zh: 遭到A反对, already in worry.scrutiny)
    ("The GAIN AI Act was opposed by Nvidia.", {("gain-ai-act", "nvidia", "worries.scrutiny")}),
    ("The GAIN AI Act has been fiercely opposed by Nvidia and Microsoft.",
     {("gain-ai-act", "nvidia", "worries.scrutiny"), ("gain-ai-act", "microsoft", "worries.scrutiny")}),
    ("The AI Act has been opposed by Google.", {("eu-ai-act", "google", "worries.scrutiny")}),
    ("《人工智能法案》遭到谷歌反对。", {("eu-ai-act", "google", "worries.scrutiny")}),
    ("《人工智能法案》遭到谷歌反對。", {("eu-ai-act", "google", "worries.scrutiny")}),
    # must find nothing: negated, hedged, backed, criticized (a criticism received states no worry), "opposed to"
    ("The GAIN AI Act is not opposed by Nvidia.", set()),
    ("The GAIN AI Act could be opposed by Nvidia.", set()),
    ("The GAIN AI Act was backed by Nvidia.", set()),
    ("The GAIN AI Act was criticized by Nvidia.", set()),
    ("Nvidia is opposed to delays.", set()),
])
def test_worries_opposed_passive(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # lobbying against a bill, an adverb of degree between the verb and "against"
    ("California passed SB 53. OpenAI and Meta lobbied hard against the bill.",
     {("california-sb-53", "openai", "worries.opposed"), ("california-sb-53", "meta", "worries.opposed")}),
    ("California passed SB 53. OpenAI lobbied heavily against SB 53.", {("california-sb-53", "openai", "worries.opposed")}),
    ("加州通过了SB 53。OpenAI和Meta曾大力游说反对该法案。",
     {("california-sb-53", "openai", "worries.opposed"), ("california-sb-53", "meta", "worries.opposed")}),
    ("加州通過了SB 53。OpenAI和Meta曾大力遊說反對該法案。",
     {("california-sb-53", "openai", "worries.opposed"), ("california-sb-53", "meta", "worries.opposed")}),
    # must find nothing: lobbying for the bill, a hedge
    ("California passed SB 53. OpenAI lobbied hard for the bill.", set()),
    ("California passed SB 53. OpenAI may lobby hard against the bill.", set()),
])
def test_worries_lobbied_against(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the sentence before names two policies: the one right after the verb of issuing is what "it" / 此 stands for
    ("美国商务部发布出口新规，对实体清单企业的子公司实施管制。中国商务部对此表示反对。",
     {("us-commerce-department-出口新规", "china-commerce-ministry", "worries.opposed")}),
    ("美國商務部發布出口新規，對實體清單企業的子公司實施管制。中國商務部對此表示反對。",
     {("us-commerce-department-出口新规", "china-commerce-ministry", "worries.opposed")}),
    ("The Commerce Department issued new export rules that extend the Entity List to subsidiaries. "
     "China's Ministry of Commerce firmly opposed it.",
     {("us-commerce-department-export-rules", "china-commerce-ministry", "worries.opposed")}),
    # must find nothing: two policies named and neither issued in the sentence, or both issued
    ("《人工智能法案》与《数字市场法》均适用于这些企业。中国商务部对此表示反对。", set()),
    ("《人工智能法案》與《數字市場法》均適用於這些企業。中國商務部對此表示反對。", set()),
    ("The AI Act and the Digital Markets Act both apply to these firms. China's Ministry of Commerce firmly opposed it.", set()),
    ("The EU issued the AI Act and then issued the Digital Markets Act. China's Ministry of Commerce firmly opposed it.", set()),
])
def test_worries_issued_policy_opposed(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # "worried (that) X would…" with "that" dropped: a modal or a threat after the subject X
    ("Nvidia is worried the GAIN AI Act would disrupt the market.", {("gain-ai-act", "nvidia", "worries.experiencer")}),
    ("Nvidia is concerned the GAIN AI Act could hurt sales.", {("gain-ai-act", "nvidia", "worries.experiencer")}),
    ("Amazon backs the GAIN AI Act. Nvidia is worried the bill would disrupt the market.",
     {("gain-ai-act", "nvidia", "worries.experiencer")}),
    ("英伟达担心《人工智能法案》会扰乱市场。", {("eu-ai-act", "nvidia", "worries.experiencer")}),
    ("英偉達擔心《人工智能法案》會擾亂市場。", {("eu-ai-act", "nvidia", "worries.experiencer")}),
    # must find nothing: negated; no modal or threat after the subject ("concerned the" as "was about")
    ("Nvidia is not worried the GAIN AI Act would disrupt the market.", set()),
    ("The hearing concerned the GAIN AI Act.", set()),
    ("Nvidia was concerned the GAIN AI Act.", set()),
])
def test_worries_that_dropped(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a government's measure left unnamed: the government is no cause (the measure is, and it has no node)
    ("歐盟表示，對中國的限制措施感到擔憂。", set()),
    ("欧盟表示，对中国的限制措施感到担忧。", set()),
    # ... unless its issuer possesses it: then it is a policy of that issuer (possessed), and the cause
    ("The EU said it was concerned about China's new export curbs.",
     {("china-export-controls", "eu", "worries.experiencer")}),
    # an act of the government, or the government itself, still is
    ("The EU is concerned about China's move.", {("china", "eu", "worries.experiencer")}),
    ("欧盟对中国表示担忧。", {("china", "eu", "worries.experiencer")}),
    ("歐盟對中國表示擔憂。", {("china", "eu", "worries.experiencer")}),
])
def test_worries_unnamed_measure_of_government(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a government countering a policy: the policy worries it
    ("The Commerce Department issued the AI Diffusion Rule. China's commerce ministry vowed to take countermeasures "
     "against the rule.", {("ai-diffusion-rule", "china-commerce-ministry", "worries.opposed")}),
    ("China's Ministry of Commerce retaliated against the AI Diffusion Rule.",
     {("ai-diffusion-rule", "china-commerce-ministry", "worries.opposed")}),
    ("美国商务部发布了《人工智能扩散规则》。中国商务部表示将对该规则采取反制措施。",
     {("ai-diffusion-rule", "china-commerce-ministry", "worries.opposed")}),
    ("美國商務部發布了《人工智能擴散規則》。中國商務部表示將對該規則採取反制措施。",
     {("ai-diffusion-rule", "china-commerce-ministry", "worries.opposed")}),
    ("中国商务部对《人工智能扩散规则》予以反制。", {("ai-diffusion-rule", "china-commerce-ministry", "worries.opposed")}),
    # must find nothing: a company countered (no policy), a hedge, a countermeasure as a noun
    ("China's Ministry of Commerce retaliated against Micron.", set()),
    ("China's Ministry of Commerce could retaliate against the AI Diffusion Rule.", set()),
    ("中国商务部可能对《人工智能扩散规则》采取反制措施。", set()),
    ("中國商務部可能對《人工智能擴散規則》採取反制措施。", set()),
    ("中国商务部的反制措施针对《人工智能扩散规则》。", set()),
])
def test_worries_countermeasures(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a harm claimed in a participle clause after the party's own clause
    ("Newsom vetoed SB 1047 in 2024. OpenAI pushed back, arguing the bill would stifle innovation.",
     {("california-sb-1047", "openai", "worries.harms")}),
    ("Newsom vetoed SB 1047 in 2024. Google pushed back, saying SB 1047 would hurt startups.",
     {("california-sb-1047", "google", "worries.harms")}),
    # must find nothing: no harm, a harm negated
    ("OpenAI released GPT-5, saying it would help developers.", set()),
    ("Newsom vetoed SB 1047. Google pushed back, saying it would not harm startups.", set()),
])
def test_worries_harm_participle(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
