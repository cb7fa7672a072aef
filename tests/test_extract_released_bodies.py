"""Policies issued by lists of public bodies, by bodies the gazetteer spells in another way, and model names that
are versions of their own (invented policies and companies; real public bodies)."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


def released(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "RELEASED"}


def issuers(facts, text):
    return {s for s, _ in released(facts, text)}


@pytest.mark.parametrize("text, expected", [
    # a short ministry name the gazetteer lacks, between list marks, in a list of known bodies: an issuer too
    ("日前，国家发展改革委联合科技部、教育部、国家网信办印发《星河数据标注管理办法》。",
     {"cac", "ndrc", "教育部", "china-science-ministry"}),
    ("日前，國家發展改革委聯合科技部、教育部、國家網信辦印發《星河數據標註管理辦法》。",
     {"cac", "ndrc", "教育部", "china-science-ministry"}),
    # "A、B、C等七部门联合发布": the unknown member no longer breaks the list, so its first member issues too
    ("国家网信办、教育部、科技部等七部门联合发布《星河内容标识办法》。", {"cac", "教育部", "china-science-ministry"}),
    ("國家網信辦、教育部、科技部等七部門聯合發佈《星河內容標識辦法》。", {"cac", "教育部", "china-science-ministry"}),
])
def test_released_unknown_ministry_listed_with_known_bodies(facts, text, expected):
    assert issuers(facts, text) == expected


@pytest.mark.parametrize("text", [
    "华为、腾讯、星河部都发布了新模型。",     # companies, no known public bodies: an unknown "…部" stays unknown
    "星河科技、教育部和月光公司发布了新模型。",
    "日前，国家发展改革委、各部、科技部印发《星河数据标注管理办法》。",  # 各部: a description, no name
])
def test_released_unknown_ministry_needs_known_public_bodies(extractor, text):
    surfaces = {m.surface for m in extractor.mentions(Normalised.of(text)) if m.rule == "discovery.body_listed"}
    assert not surfaces


def test_released_unknown_ministry_is_a_public_body(extractor):
    found = [m for m in extractor.mentions(Normalised.of("国家发展改革委联合科技部、教育部、国家网信办印发《星河办法》。"))
             if m.surface == "教育部"]
    assert found and found[0].type.value == "Organization" and found[0].kind == "agency"


@pytest.mark.parametrize("text, expected", [
    # the Taiwanese spelling of MIIT (信息 as 資訊) names the same ministry
    ("工業和資訊化部昨日公佈《星河算力管理辦法》。", {("miit", "星河算力管理办法")}),
    ("工业和信息化部昨日公布《星河算力管理办法》。", {("miit", "星河算力管理办法")}),
    # "国民议会" is a common rendering of Korea's National Assembly: the legislature passes the act, not the country
    ("韩国国民议会昨日通过了《星河人工智能基本法》。", {("korea-national-assembly", "星河人工智能基本法")}),
    ("韓國國民議會昨日通過了《星河人工智慧基本法》。", {("korea-national-assembly", "星河人工智慧基本法")}),
    ("South Korea's National Assembly passed the Zeta Data Trust Act on Thursday.",
     {("korea-national-assembly", "zeta-data-trust-act")}),
    # Hong Kong media's "trade restriction list" is the Entity List
    ("美國商務部週五公布把20間實體列入貿易限制清單。", {("us-commerce-department", "entity-list")}),
    ("美国商务部周五宣布把20家实体列入贸易黑名单。", {("us-commerce-department", "entity-list")}),
    ("The Commerce Department added 20 companies to the Entity List on Friday.", {("us-commerce-department", "entity-list")}),
])
def test_released_bodies_by_their_other_spellings(facts, text, expected):
    assert released(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("DeepSeek发布了实验性模型DeepSeek V3.2-Exp。", {("deepseek", "deepseek-v3-2-exp")}),
    ("DeepSeek發佈了實驗性模型DeepSeek-V3.2-Exp。", {("deepseek", "deepseek-v3-2-exp")}),
    ("DeepSeek released DeepSeek-V3.2 on Monday.", {("deepseek", "deepseek-v3-2")}),
])
def test_released_an_experimental_version_is_a_model_of_its_own(facts, text, expected):
    assert released(facts, text) == expected


@pytest.mark.parametrize("text, surface", [
    ("Startup Veltrix Labs released a coding assistant on Monday.", "Veltrix Labs"),
    ("Chipmaker Orvane Semiconductor said sales rose.", "Orvane Semiconductor"),
    ("The Zeta Writers Guild sued Nova on Monday.", "Zeta Writers Guild"),
    ("台灣創業聯盟(Startup Coalition)的理事長表示不滿。", "Startup Coalition"),  # the word alone before the suffix: the name's own
    ("The Startup Coalition said rules were vague.", "Startup Coalition"),
])
def test_discovery_a_kind_of_company_opening_a_sentence_is_no_part_of_its_name(extractor, text, surface):
    orgs = [m.surface for m in extractor.mentions(Normalised.of(text)) if m.type.value == "Organization"]
    assert surface in orgs and not any(o.endswith(surface) and o != surface for o in orgs)


@pytest.mark.parametrize("text, expected", [
    # a policy a verb of undoing takes is withdrawn by the body announcing it, not issued
    ("The Commerce Department announced last week it plans to rescind the Zeta Chip Rule.", set()),
    ("The White House announced it would repeal the Zeta Chip Rule.", set()),
    ("美国商务部宣布撤销《星河芯片出口规则》。", set()),
    ("美國商務部宣佈廢除《星河晶片出口規則》。", set()),
    # issued: still found
    ("The Commerce Department announced the Zeta Chip Rule in January.", {("us-commerce-department", "zeta-chip-rule")}),
    ("美国商务部宣布发布《星河芯片出口规则》。", {("us-commerce-department", "星河芯片出口规则")}),
])
def test_released_a_policy_undone_is_not_issued(facts, text, expected):
    assert released(facts, text) == expected


@pytest.mark.parametrize("title, expected", [
    # a headline: the maker, its model, a word making it a series, then the verb of release
    ("百度文心4.5系列正式開源", {("baidu", "ernie-4-5")}),
    ("Baidu's ERNIE 4.5 series is now available", {("baidu", "ernie-4-5")}),
    ("阿里Qwen3系列模型发布", {("alibaba", "qwen3")}),
    # a past release read as background: none
    ("自Qwen3系列发布以来，千问用户增长", set()),
])
def test_released_a_series_in_a_headline(facts, title, expected):
    found = {(s, t) for k, s, t in facts("正文没有提到任何公司。", title=title) if k == "RELEASED"}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # a name with no version, described by its owner's pronoun and a model noun: a model, released by the subject
    ("Meta introduced Zeta Flare, its first flagship model built by its new research lab, last week.",
     {("meta", "zeta-flare")}),
    ("Google unveiled Orion Lumen, its most capable model yet.", {("google", "orion-lumen")}),
    # no model noun ending the description, or the name is the clause's subject: no model
    ("Meta launched Vibes, its new AI video feed.", set()),
    ("Google hired Jane Roe, its first AI model researcher.", set()),
    ("Orion Lumen, its maker said, is ready.", set()),
])
def test_released_a_model_named_by_an_apposition(facts, text, expected):
    assert released(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Meta launched Vibes, its new AI video feed.",
    "Google hired Jane Roe, its first AI model researcher.",
    "谷歌推出了新模型，它的首个模型。",
    "谷歌推出了新模型，它的首個模型。",
])
def test_discovery_an_apposition_without_a_model_noun_names_no_model(extractor, text):
    assert not [m for m in extractor.mentions(Normalised.of(text)) if m.type.value == "Model"]


@pytest.mark.parametrize("text, expected", [
    # a country issuing export controls of its own: not the US's controls the generic word names in the gazetteer,
    # but that country's (generic_policies: the issuer's id and the kind)
    ("The Netherlands on Friday announced new export controls on advanced chipmaking equipment.",
     {("netherlands", "netherlands-export-controls")}),
    ("Japan imposed export controls on 23 types of chipmaking equipment.", {("japan", "japan-export-controls")}),
    ("日本政府公布了对23种半导体设备的出口管制。", {("japan", "japan-export-controls")}),
    ("日本政府公佈了對23種半導體設備的出口管制。", {("japan", "japan-export-controls")}),
    # the US's own: still found
    ("The United States announced new export controls on AI chips.", {("united-states", "us-export-controls")}),
    ("The White House announced new export controls on AI chips.", {("white-house", "us-export-controls")}),
])
def test_released_another_countrys_controls_are_not_the_us_controls(facts, text, expected):
    assert released(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # names added to a list in the passive: the keeper after 被, or after "by" right after the list, issues it
    ("星河科技公司被美国商务部列入实体清单。", {("us-commerce-department", "entity-list")}),
    ("星河科技公司被美國商務部列入實體清單。", {("us-commerce-department", "entity-list")}),
    ("Zeta Robotics was added to the Entity List by the Commerce Department in May.",
     {("us-commerce-department", "entity-list")}),
    # the progressive of the active
    ("The Commerce Department said on Monday it was adding Zeta Robotics to the Entity List.",
     {("us-commerce-department", "entity-list")}),
    # no keeper named, or no list: nothing
    ("星河科技公司被列入实体清单。", set()),
    ("Zeta Robotics was added to the Entity List.", set()),
    ("星河科技公司被美国商务部调查。", set()),
])
def test_released_a_list_in_the_passive(facts, text, expected):
    assert released(facts, text) == expected
