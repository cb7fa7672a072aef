"""WORRIES over an enforcement sweep, in three scripts: small companies the gazetteer lacks named as what a
public body sues, charges or fines (one name right after the act, or a counted kind of party opening a list:
"sued three companies — A, B and C"), charges and fines told as something given ("hit X with a fine"), a probe
or a notice over a list whose members carry their other name in brackets ("亚马逊(Amazon)"), a bare 法案 or
"the tiered restrictions" standing for the one policy named before, and a place before a company's product in
a removal demand. Each class with cases that must find nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # one unknown company right after a public body's act
    ("The FTC sued Quillbot9, which called its app an AI attorney.", {("quillbot9", "ftc", "worries.probe")}),
    ("The SEC charged Vantorix with making misleading statements about AI.",
     {("vantorix", "sec", "worries.probe")}),
    ("The Dutch data protection watchdog has fined Brightlens AI 20 million euros.",
     {("brightlens-ai", "dutch-dpa", "worries.probe")}),
    ("美国联邦贸易委员会起诉了Quillbot9，指其虚假宣传。", {("quillbot9", "ftc", "worries.probe")}),
    ("美國聯邦貿易委員會起訴了Quillbot9，指其虛假宣傳。", {("quillbot9", "ftc", "worries.probe")}),
    # a counted kind of party opens a list: every member
    ("The FTC also sued three ecommerce companies — Storeloop, Passive Harbor Builders, and ZQ Machine — which "
     "promised buyers quick profits.",
     {("storeloop", "ftc", "worries.probe"), ("passive-harbor-builders", "ftc", "worries.probe"),
      ("zq-machine", "ftc", "worries.probe")}),
    ("The SEC charged two advisers, Vantorix and Orbel Predictions, with making false statements.",
     {("vantorix", "sec", "worries.probe"), ("orbel-predictions", "sec", "worries.probe")}),
    # must find nothing: no public body acts; two capitalised words that may be a person; a clause of another
    # subject; the act hedged; a price charged
    ("Quillbot9 sued Vantorix over its marketing.", set()),
    ("The SEC charged Jane Roe with fraud.", set()),
    ("Jane Roe, a former adviser, ran the fund. The SEC charged Roe with fraud.", set()),  # her surname alone
    ("Jane Roe, 45, ran the fund until the SEC charged Roe with fraud.", set()),
    ("The FTC said Storeloop sued Vantorix.", set()),
    ("The FTC may sue Quillbot9.", set()),
    ("The company charged users $20 for access.", set()),
    ("美国联邦贸易委员会表示，Quillbot9起诉了Vantorix。", set()),
])
def test_worries_enforcement_sweeps(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fine or charges given
    ("The Dutch data protection watchdog has issued face-search startup Lumigrid AI with a fine of 12 million "
     "euros.", {("lumigrid-ai", "dutch-dpa", "worries.probe")}),
    ("The EU hit Meta with a record fine.", {("meta", "eu", "worries.probe")}),
    # must find nothing: something else given
    ("Acme issued its staff with new laptops.", set()),
    ("The EU hit Meta with a question at the hearing.", set()),
])
def test_worries_fines_given(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a probe or a notice over a list with names in brackets, 等 closing it
    ("美国联邦贸易委员会(FTC)开始调查Alphabet、亚马逊(Amazon)等大型科技公司对AI初创公司的投资。",
     {("alphabet", "ftc", "worries.probe"), ("amazon", "ftc", "worries.probe")}),
    ("美國聯邦貿易委員會(FTC)開始調查Alphabet、亞馬遜(Amazon)等大型科技公司對AI新創公司的投資。",
     {("alphabet", "ftc", "worries.probe"), ("amazon", "ftc", "worries.probe")}),
    ("FTC已经向Alphabet、微软(Microsoft)、OpenAI等公司发出通知，要求各公司说明合作细节。",
     {("alphabet", "ftc", "worries.probe"), ("microsoft", "ftc", "worries.probe"),
      ("openai", "ftc", "worries.probe")}),
    ("FTC已經給予Alphabet、微軟(Microsoft)、OpenAI等公司發出通知,要求各公司說明合作細節。",
     {("alphabet", "ftc", "worries.probe"), ("microsoft", "ftc", "worries.probe"),
      ("openai", "ftc", "worries.probe")}),
    # must find nothing: a notice with no demand; a company's notice to another; a probe not yet begun
    ("FTC向Alphabet、微软等公司发出通知，邀请其参加会议。", set()),
    ("微软向OpenAI发出通知，要求其参加发布会。", set()),
    ("美国联邦贸易委员会可能开始调查Alphabet、亚马逊等公司。", set()),
])
def test_worries_lists_with_bracketed_names(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare 法案 or a described restriction stands for the one policy named before
    ("欧盟通过了《人工智能法案》。之后包括法国、德国在内的一些国家对法案文本表达异议。",
     {("eu-ai-act", "france", "worries.opposed"), ("eu-ai-act", "germany", "worries.opposed")}),
    ("歐盟通過了《人工智能法案》。之後包括法國、德國在內的一些國家對法案文本表達異議。",
     {("eu-ai-act", "france", "worries.opposed"), ("eu-ai-act", "germany", "worries.opposed")}),
    ("The AI Diffusion Rule sorts countries into tiers. The rule was due in May. Chipmakers, including Nvidia "
     "and AMD, voiced strong opposition to the tiered restrictions.",
     {("ai-diffusion-rule", "nvidia", "worries.opposed"), ("ai-diffusion-rule", "amd", "worries.opposed")}),
    # must find nothing: welcomed, not opposed; no policy named before
    ("欧盟通过了《人工智能法案》。法国和德国对法案表示欢迎。", set()),
    ("法国和德国对法案文本表达异议。", set()),
    ("Chipmakers, including Nvidia and AMD, voiced strong opposition to the tiered restrictions.", set()),
])
def test_worries_bare_policy_opposed(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a removal demand: the place before the company's product only says where it is from
    ("法国数据保护机构要求苹果和谷歌下架中国初创公司的“深度求索”应用。", {("deepseek", "cnil", "worries.urged")}),
    ("法國資料保護機構要求蘋果和谷歌下架中國初創公司的「深度求索」應用。", {("deepseek", "cnil", "worries.urged")}),
    # a body named by its place and its office (names.data_protection_descriptors)
    ("德国数据保护专员要求苹果和谷歌下架中国初创公司的“深度求索”应用。", {("deepseek", "bfdi", "worries.urged")}),
    # must find nothing: a request to list, not remove
    ("法国数据保护机构要求苹果上架中国初创公司的“深度求索”应用。", set()),
    ("亚特兰蒂斯数据保护专员要求苹果和谷歌下架中国初创公司的“深度求索”应用。", set()),  # a body the gazetteer lacks: no party
])
def test_worries_removal_of_a_placed_product(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a probe in the passive with an adverb before "been"; a lawsuit won, told in a headline; a further probe
    ("DeepSeek had previously been investigated by the AGCM over its privacy notice.",
     {("deepseek", "agcm", "worries.scrutiny")}),
    ("GEMA wins against OpenAI in lyrics copyright lawsuit", {("openai", "gema", "worries.probe")}),
    ("国家市场监督管理总局决定对英伟达实施进一步调查。", {("nvidia", "samr", "worries.probe")}),
    ("國家市場監督管理總局決定對英偉達實施進一步調查。", {("nvidia", "samr", "worries.probe")}),
    # must find nothing: a game won; a further training; the passive of something else
    ("Acme won against Zenith in the final round of the tournament.", set()),
    ("公司对新员工实施进一步培训。", set()),
    ("DeepSeek had previously been praised by the AGCM for its openness.", set()),
])
def test_worries_passives_and_lawsuits_won(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body described after it is named ("the agency", "the feds"); an action taken against a company
    ("The FTC announced five actions. The agency also sued Quillbot9 over fake reviews.",
     {("quillbot9", "ftc", "worries.probe")}),
    ("The FTC sued Quillbot9 for $88,000. The feds also took action against Rytrix, an AI writing assistant.",
     {("quillbot9", "ftc", "worries.probe"), ("rytrix", "ftc", "worries.probe")}),
    ("The SEC took enforcement action against Vantorix, a robo-adviser, for misleading clients.",
     {("vantorix", "sec", "worries.probe")}),
    ("美国联邦贸易委员会宣布了五项行动。该委员会还起诉了Quillbot9，指其虚假宣传。", {("quillbot9", "ftc", "worries.probe")}),
    ("美國聯邦貿易委員會宣布了五項行動。委員會還起訴了Quillbot9，指其虛假宣傳。", {("quillbot9", "ftc", "worries.probe")}),
    # must find nothing: no body named before the description; a company's own action; an action against a trend
    ("The agency sued Quillbot9 over fake reviews.", set()),
    ("委员会还起诉了Quillbot9，指其虚假宣传。", set()),
    ("Microsoft took action against Perplexity.", set()),
    ("The FTC said OpenAI took action against the trend by releasing a model.", set()),
])
def test_worries_described_body_acts(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the passive participle with no auxiliary (a headline): the one acted on worries the agent after "by"
    ("Meta sued by the FTC over Instagram deal", {("meta", "ftc", "worries.scrutiny")}),
    ("Perplexity fined $5 million by the Garante over data use", {("perplexity", "garante", "worries.scrutiny")}),
    # must find nothing: the agent never the one sued; prices charged; a complaint, no party
    ("The prices charged by Nvidia worry buyers.", set()),
    ("The complaint, investigated by the FTC in 2023, was dropped.", set()),
])
def test_worries_headline_passives(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # many acts and many bodies in one text: each act's own body, whatever the number (once a pass over all bodies
    # for each act, and over all mentions for each name found: minutes on a page of them)
    (" ".join(["The FTC sued Quillbot9."] * 3000), {("quillbot9", "ftc")}),
    ("The FTC said. " + " ".join(["The agency sued Vantorix."] * 3000), {("vantorix", "ftc")}),
    # a body far before the act is not its subject
    ("The FTC" + " x" * 200 + " sued Vantorix.", set()),
])
def test_worries_enforcement_at_length(facts, text, expected):
    assert {(s, t) for k, s, t in facts(text) if k == "WORRIES"} == expected


def test_enforced_overlap_equals_a_pass_over_all_mentions():
    from newsgraph.loaders.extract.enforced import _overlaps, _reach
    from newsgraph.loaders.extract.mentions import Mention
    from newsgraph.schema import NodeType
    taken = [Mention(s, e, "x", "x", NodeType.ORGANIZATION, 1.0, "t") for s, e in [(0, 10), (2, 4), (20, 25), (30, 31)]]
    starts, reach = _reach(taken)
    for lo in range(0, 35):
        for hi in range(lo + 1, 36):
            m = Mention(lo, hi, "y", "y", NodeType.ORGANIZATION, 1.0, "t")
            assert _overlaps(m, starts, reach) == any(t.start < hi and lo < t.end for t in taken), (lo, hi)
