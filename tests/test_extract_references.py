"""The reference resolver across relation types: a pronoun points back only when exactly one
antecedent of its type is in scope (short sentences written for these tests, three scripts)."""
import pytest


def released(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "RELEASED"}


@pytest.mark.parametrize("text, expected", [
    # "it" opening a sentence: the one organisation of the sentence before
    ("Alibaba is based in Hangzhou. It released Qwen3 today.", {("alibaba", "qwen3")}),
    ("阿里巴巴總部位於杭州。它今天發布了Qwen3。", {("alibaba", "qwen3")}),
    ("阿里巴巴总部位于杭州。它今天发布了Qwen3。", {("alibaba", "qwen3")}),
    # two organisations before: nothing
    ("Alibaba and Tencent are based in China. It released Qwen3 today.", set()),
    ("阿里巴巴和騰訊都在中國。它今天發布了Qwen3。", set()),
])
def test_references_an_organisation_in_the_sentence_before(facts, text, expected):
    assert released(facts, text) == expected


def outperforms(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "OUTPERFORMS"}


@pytest.mark.parametrize("text, expected", [
    # a name never runs over a comma: the subject after "According to X," is found
    ("According to Alibaba, Qwen3 beats GPT-4o.", {("qwen3", "gpt-4o")}),
    ("據阿里巴巴，Qwen3在數學上擊敗了GPT-4o。", {("qwen3", "gpt-4o")}),
    ("据阿里巴巴，Qwen3在数学上击败了GPT-4o。", {("qwen3", "gpt-4o")}),
    # a subject written with its maker carries over an aside
    ("Alibaba's Qwen3, released on Monday, beats GPT-4o on math.", {("qwen3", "gpt-4o")}),
    ("阿里巴巴的Qwen3週一發布，在數學上擊敗了GPT-4o。", {("qwen3", "gpt-4o")}),
    ("阿里巴巴的Qwen3周一发布，在数学上击败了GPT-4o。", {("qwen3", "gpt-4o")}),
    # a company subject is no model antecedent
    ("Alibaba, released on Monday, beats GPT-4o on math.", set()),
])
def test_references_subject_after_a_source_or_a_maker(facts, text, expected):
    assert outperforms(facts, text) == expected


def model_ids(facts, text):
    return {t for k, s, t in facts(text) if k == "MENTIONS" and t != "article-test"}


@pytest.mark.parametrize("text, expected", [
    # a bare family name after exactly one version of it: that version
    ("xAI released Grok 3 on Monday. Grok beats GPT-4o on math.", {("grok-3", "gpt-4o")}),
    ("xAI週一發布了Grok 3。Grok在數學上擊敗了GPT-4o。", {("grok-3", "gpt-4o")}),
    ("xAI周一发布了Grok 3。Grok在数学上击败了GPT-4o。", {("grok-3", "gpt-4o")}),
    ("百度發布了文心一言4.0。文心一言在中文測試中超越了GPT-4。", {("ernie-bot-4-0", "gpt-4")}),
    ("百度发布了文心一言4.0。文心一言在中文测试中超越了GPT-4。", {("ernie-bot-4-0", "gpt-4")}),
    ("Google shipped Gemini 2.5 Pro. In coding, Gemini beats GPT-4o.", {("gemini-2-5-pro", "gpt-4o")}),
    # two versions of the family named: the bare name is either — it stays the family
    ("xAI released Grok 3 and Grok 4. Grok beats GPT-4o.", {("grok", "gpt-4o")}),
    ("xAI發布了Grok 3和Grok 4。Grok擊敗了GPT-4o。", {("grok", "gpt-4o")}),
    ("xAI发布了Grok 3和Grok 4。Grok击败了GPT-4o。", {("grok", "gpt-4o")}),
    # the family named first, or kept the family by the word after it: no version
    ("Grok beats GPT-4o. xAI released Grok 3 later.", {("grok", "gpt-4o")}),
    ("Meta released Llama 3.1 405B. The Llama series beats GPT-3.5.", {("llama", "gpt-3-5")}),
    ("Meta發布了Llama 3.1。Llama系列擊敗了GPT-3.5。", {("llama", "gpt-3-5")}),
    ("Meta发布了Llama 3.1。Llama系列击败了GPT-3.5。", {("llama", "gpt-3-5")}),
    # a sibling is no version of the model it extends: GPT-4.1 stays GPT-4.1 after GPT-4.1 mini
    ("OpenAI released GPT-4.1 mini. GPT-4.1 beats GPT-4o.", {("gpt-4-1", "gpt-4o")}),
])
def test_references_a_family_name_stands_for_the_one_version_named_before(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, version, family", [
    ("xAI released Grok 3. Users like Grok.", "grok-3", None),
    ("字節跳動發布了豆包1.5。豆包很受歡迎。", "doubao-1-5", None),
    ("字节跳动发布了豆包1.5。豆包很受欢迎。", "doubao-1-5", None),
    # quoted as a name, or the app / the team: the family
    ("字节跳动发布了豆包1.5。豆包团队很忙。", "doubao-1-5", "doubao"),
    ("字節跳動發布了豆包1.5。豆包團隊很忙。", "doubao-1-5", "doubao"),
    ('xAI released Grok 3. The "Grok" name stays.', "grok-3", "grok"),
    ("xAI released Grok 3. The Grok app is popular.", "grok-3", "grok"),
    ("xAI released Grok 3. Grok's users doubled.", "grok-3", "grok"),
    ("xAI released Grok 3. But the Grok surge rattled OpenAI.", "grok-3", "grok"),
    ("字節跳動發布了豆包1.5。豆包的用戶翻倍。", "doubao-1-5", "doubao"),
    ("字节跳动发布了豆包1.5。豆包的用户翻倍。", "doubao-1-5", "doubao"),
])
def test_references_a_family_node_only_where_the_family_is_meant(extractor, text, version, family):
    from newsgraph.schema import Article
    found = {n.id: n for n in extractor.extract(Article(id="article-test", title="test", text=text)).nodes}
    assert version in found and (family in found if family else not ({"grok", "doubao"} & set(found)))
    assert not ({"Grok", "豆包"} & set(found[version].aliases))  # a referring mention adds no spelling


@pytest.mark.parametrize("text, expected", [
    # a version's name the family name is written into: one model, the version
    ("Doubao-Seed-1.6 beats GPT-4o.", {"doubao-1-6"}),
    ("o4-mini-high beats GPT-4o.", {"o4-mini-high"}),
    ("Grok 4 Heavy beats GPT-4o.", {"grok-4-heavy"}),
    ("gpt-5-codex beats GPT-4o.", {"gpt-5-codex"}),
    ("阿里巴巴發布了通義千問Qwen3-Max。", {"qwen3-max"}),
    ("阿里巴巴发布了通义千问Qwen3-Max。", {"qwen3-max"}),
    ("阿里巴巴发布了通义千问 Qwen2.5。", {"qwen2-5"}),
    # a lower-case word is no part of a name; another family's model is no member
    ("Grok 4 fast beats GPT-4o.", {"grok-4-fast"}),
    ("通义千问 GPT-4o", {"qwen"}),
])
def test_references_a_version_named_whole(extractor, text, expected):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    assert {n.id for n in found.nodes if n.type.value == "Model"} - {"gpt-4o"} == expected


@pytest.mark.parametrize("text, expected", [
    # "the model" / 该模型 stands for the one model in scope; with two in scope, nothing
    ("OpenAI released GPT-4.1. The model beats GPT-4o.", {("gpt-4-1", "gpt-4o")}),
    ("OpenAI released GPT-4.1 and GPT-4.1 mini. The model beats GPT-4o.", set()),
    ("OpenAI發布了GPT-4.1和GPT-4.1 mini。該模型超越了GPT-4o。", set()),
    ("OpenAI发布了GPT-4.1和GPT-4.1 mini。该模型超越了GPT-4o。", set()),
    # after a company subject, "the model" is the one model named, "it" stays nothing
    ("xAI發布Grok 3，並稱該模型超越了GPT-4o。", {("grok-3", "gpt-4o")}),
    ("xAI发布Grok 3，并称该模型超越了GPT-4o。", {("grok-3", "gpt-4o")}),
    ("xAI released Grok 3, claiming the model beats GPT-4o.", {("grok-3", "gpt-4o")}),
    ("xAI released Grok 3, claiming it beats GPT-4o.", set()),
    ("xAI发布Grok 3和Grok 3 mini，并称该模型超越了GPT-4o。", set()),
    # "and that it…" is no relative clause: not the nearest name
    ("Meta said Llama 4 Maverick beats GPT-4o, and that it tops Gemini 2.0 Flash.", {("llama-4-maverick", "gpt-4o")}),
    ("Google unveiled Gemini 2.5 Pro, which it said tops GPT-4o.", {("gemini-2-5-pro", "gpt-4o")}),
])
def test_references_descriptions_and_relatives(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a maker said before a family: the version is the known one
    ("Google Gemini 3 Pro beats GPT-4o.", {"gemini-3-pro"}),
    # 分别 after a version is "respectively", not a score's unit (both scripts)
    ("Claude 4.1分別得到60分。", {"claude-4-1"}),
    ("Claude 4.1分别得到60分。", {"claude-4-1"}),
    # three digits after a name are a snapshot (002), a context (256k) or active parameters, never a speed
    ("Gemini 1.5 Pro 002 beats GPT-4o.", {"gemini-1-5-pro-002"}),
    # one size named is the model; two sizes named are two models (a tune is no size)
    ("Meta released Llama 3.1 405B.", {"llama-3-1"}),
    ("OpenAI發布了gpt-oss-120b和gpt-oss-20b。", {"gpt-oss-120b", "gpt-oss-20b"}),
    ("OpenAI发布了gpt-oss-120b和gpt-oss-20b。", {"gpt-oss-120b", "gpt-oss-20b"}),
    ("OpenAI released gpt-oss-120b and gpt-oss-20b.", {"gpt-oss-120b", "gpt-oss-20b"}),
    ("Llama-3.1-405B-Instruct and Llama 3.1 405B are one model.", {"llama-3-1"}),
    # a generation or a preview is no member of it: its own model
    ("OpenAI o1-preview beats GPT-4o.", {"o1-preview"}),
    ("Gemini 2.0 beats GPT-4o.", {"gemini-2-0"}),
    ("Gemini 2.0 Flash beats GPT-4o.", {"gemini-2-0-flash"}),
    ("谷歌推出Gemini 3，超越GPT-4o。", {"gemini-3"}),
    ("Doubao-pro-256k beats GPT-4o.", {"doubao-pro-256k"}),
    ("Gemini 2.5 Pro 265 tokens/s.", {"gemini-2-5-pro"}),
    ("速度方面，Gemini 2.5 Pro 265與Llama 4 Maverick 125。", {"gemini-2-5-pro", "llama-4-maverick"}),
    ("速度方面，Gemini 2.5 Pro 265与Llama 4 Maverick 125。", {"gemini-2-5-pro", "llama-4-maverick"}),
])
def test_references_version_shapes(extractor, text, expected):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    assert {n.id for n in found.nodes if n.type.value == "Model"} - {"gpt-4o"} == expected


@pytest.mark.parametrize("text, expected", [
    # "the company" after two companies named as often and listed together as one subject: no one company
    ("Alibaba and Tencent met regulators. The company released Qwen3.", set()),
    ("阿里巴巴和腾讯会见了监管机构。该公司发布了Qwen3。", set()),
    ("阿里巴巴和騰訊會見了監管機構。該公司發布了Qwen3。", set()),
    ("Alibaba, Tencent and Baidu met regulators. The company then released Qwen3.", set()),
    # one company, or one that opened the sentence alone as its subject: that company
    ("Alibaba met regulators. The company released Qwen3.", {("alibaba", "qwen3")}),
    ("阿里巴巴会见了监管机构。该公司发布了Qwen3。", {("alibaba", "qwen3")}),
    ("阿里巴巴會見了監管機構。該公司發布了Qwen3。", {("alibaba", "qwen3")}),
    ("Alibaba raised money from Tencent. The company released Qwen3.", {("alibaba", "qwen3")}),
    # a company named more often than the others: that company
    ("Alibaba and Tencent met regulators. Alibaba later spoke to reporters. The company released Qwen3.",
     {("alibaba", "qwen3")}),
])
def test_references_the_company_after_several_companies(facts, text, expected):
    assert released(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a singular pronoun or description after two released models: nothing; a plural one: each model
    ("Meta released Llama 4 Scout and Llama 4 Maverick. It beats GPT-4o on coding.", set()),
    ("Meta released Llama 4 Scout and Llama 4 Maverick. The model beats GPT-4o on coding.", set()),
    ("阿里巴巴发布了Qwen3和Qwen3-Coder。它在编程测试中超越了GPT-4o。", set()),
    ("阿里巴巴發布了Qwen3和Qwen3-Coder。這款模型在程式測試中超越了GPT-4o。", set()),
    ("Meta released Llama 4 Scout and Llama 4 Maverick. They beat GPT-4o on coding.",
     {("llama-4-scout", "gpt-4o"), ("llama-4-maverick", "gpt-4o")}),
    ("阿里巴巴发布了Qwen3和Qwen3-Coder。它们在编程测试中超越了GPT-4o。", {("qwen3", "gpt-4o"), ("qwen3-coder", "gpt-4o")}),
    ("阿里巴巴發布了Qwen3和Qwen3-Coder。它們在程式測試中超越了GPT-4o。", {("qwen3", "gpt-4o"), ("qwen3-coder", "gpt-4o")}),
    # one model: "it" stands for it
    ("Meta released Llama 4 Scout. It beats GPT-4o on coding.", {("llama-4-scout", "gpt-4o")}),
])
def test_references_number_of_released_models(facts, text, expected):
    assert outperforms(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # two models listed as one subject, each after its maker's possessive: "it" / "the model" is neither
    ("Meta's Llama 4 Scout and Google's Gemini 2.5 Pro were tested. It beats GPT-4o on coding.", set()),
    ("Meta's Llama 4 Scout and Google's Gemini 2.5 Pro were tested. The model beats GPT-4o on coding.", set()),
    ("Meta的Llama 4 Scout和谷歌的Gemini 2.5 Pro都接受了测试。该模型在编程测试中超越了GPT-4o。", set()),
    ("Meta的Llama 4 Scout和谷歌的Gemini 2.5 Pro都接受了測試。它在程式測試中超越了GPT-4o。", set()),
    # the first model alone the subject, the second its object: "it" is the subject
    ("Meta's Llama 4 Scout beats Google's Gemini 2.5 Pro on math. It also beats GPT-4o on coding.",
     {("llama-4-scout", "gemini-2-5-pro"), ("llama-4-scout", "gpt-4o")}),
])
def test_references_possessed_models_listed_as_one_subject(facts, text, expected):
    assert outperforms(facts, text) == expected
