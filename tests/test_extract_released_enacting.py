"""RELEASED of policies by the acts that enact them, in three scripts: a sitting of a public body passing a policy by
a bare vote ("行政院会今天通过「X」"), a third reading alone ("立法院会23日三读《X法》"), a described policy whose
description ends in 的 ("公布限制对华出口无人机的新规则") — and nothing for a plan, a draft under discussion, a
proposal, a will-pass, a mention, or a company's own rules."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a sitting of a public body votes as a legislature does (the policy titles are invented)
    ("行政院會今天通過「公務機關使用無人機參考指引」，開放各機關使用。",
     {("executive-yuan", "公务机关使用无人机参考指引", "released.enacted")}),
    ("行政院会今天通过「公务机关使用无人机参考指引」，开放各机关使用。",
     {("executive-yuan", "公务机关使用无人机参考指引", "released.enacted")}),
    ("行政院會10日通過《無人機產業發展條例》。", {("executive-yuan", "无人机产业发展条例", "released.enacted")}),
    # the third reading alone passes the law
    ("立法院會23日三讀《無人機管理基本法》，條文明定自公布日施行。",
     {("legislative-yuan", "无人机管理基本法", "released.enacted")}),
    ("立法院会23日三读《无人机管理基本法》，条文明定自公布日施行。",
     {("legislative-yuan", "无人机管理基本法", "released.enacted")}),
    # a description ending in 的 qualifies the policy; the descriptor (with 新) is its name
    ("美国拜登政府周二公布限制对中国出口无人机的新规则，扩大了范围。",
     {("biden-administration", "biden-administration-新规则", "released.cue")}),
    ("美國拜登政府週二公布限制對中國出口無人機的新規則，擴大了範圍。",
     {("biden-administration", "biden-administration-新规则", "released.cue")}),
    ("英国政府发布了规范无人机使用的指南。", {("united-kingdom", "united-kingdom-指南", "released.cue")}),
])
def test_released_by_enacting_acts(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text", [
    "行政院会通过《无人机产业发展条例》来规范业者。",          # 会 without a time: "will", or "by means of"
    "行政院計畫下月通過《無人機產業發展條例》。",              # a plan
    "立法院預計下週三讀《無人機管理基本法》。",                # expected, not passed
    "立法院预计下周三读《无人机管理基本法》。",
    "国家网信办拟发布限制无人机出口的新规则。",                # proposed
    "某某科技公司公布了限制员工使用无人机的新规则。",          # a company's own rules
    "根据美国拜登政府限制出口的新规则，厂商须申报。",          # a mention
    "The Commerce Department is expected to publish new rules on drone exports.",
    "Under the Drone Safety Act, operators must register.",
    "Acme Robotics published new guidelines for its employees.",
])
def test_released_nothing_for_plans_mentions_and_companies(ruled, text):
    assert ruled("RELEASED", text) == set()


@pytest.mark.parametrize("text, alias", [
    ("The European Commission published new guidelines explaining what drone makers must do.",
     "European Commission guidelines"),
    ("欧盟委员会发布了一份无人机指南。", "欧盟委员会无人机指南"),
])
def test_described_policy_named_with_its_issuer(extractor, text, alias):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    assert any(alias in (n.aliases or []) for n in found.nodes if n.type.value == "Policy")
