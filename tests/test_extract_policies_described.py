"""Policies named by a description rather than a title: an issuer's possessed policy ("Japan's new chip curbs",
"荷兰政府的新规"), a definite description with words of topic ("the chip export curbs", "这项芯片出口
禁令"), bare 新规, and a quoted title after 名为 ("发布的一项名为“X框架”的临时规则") — each a policy node its issuer
releases and the relation rules read; nothing where no issuer is clear or several policies fit (short articles
written for these tests, three scripts)."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.loaders.extract.possessed import RULE
from newsgraph.schema import NodeType


def policies(extractor, text):
    return [(m.entity_id, m.rule) for m in extractor.mentions(Normalised.of(text)) if m.type == NodeType.POLICY]


@pytest.mark.parametrize("text, expected", [
    # an issuer as the possessor: a policy of its own, id joining the issuer's id to the kind
    ("Japan's new chip curbs took effect on Monday.", [("japan-controls", RULE)]),
    ("荷兰政府的新规周一生效。", [("netherlands-rule", RULE)]),
    ("荷蘭政府的新規週一生效。", [("netherlands-rule", RULE)]),
    ("日本最新的出口限制措施周一生效。", []),  # 日本 not followed by a possessive: nothing
    ("日本的出口限制措施周一生效。", [("japan-export-controls", RULE)]),
    ("日本的出口限制措施週一生效。", [("japan-export-controls", RULE)]),
    # the object or scope of another's act owns nothing
    ("美国对中国的芯片管制周一生效。", []),
    ("美國對中國的晶片管制週一生效。", []),
    # a country possessing a policy another issuer named before: which one is not clear, nothing
    ("商务部发布《芯片出口管理办法》。中国的规定更严格。", []),
    # a company is no issuer; a name after the description says which policy it is
    ("Acme's new rules took effect on Monday.", []),
    ("星河科技的新规周一生效。", []),
    # the one policy of that issuer named before: that policy
    ("Japan imposed export controls on Friday. Japan's new curbs hit Acme.",
     [("japan-export-controls", "generic.issuer"), ("japan-export-controls", "reference.policy")]),
])
def test_possessed_policy_descriptions(extractor, text, expected):
    found = policies(extractor, text)
    assert [f for f in found if f[1] in (RULE, "generic.issuer", "reference.policy")] == expected


@pytest.mark.parametrize("edge_type, text, expected", [
    ("RELEASED", "荷兰政府的新规令阿斯麦感到担忧。", {("netherlands", "netherlands-rule", "released.possessive")}),
    ("WORRIES", "荷兰政府的新规令阿斯麦感到担忧。", {("netherlands-rule", "asml", "worries.causative")}),
    ("WORRIES", "荷蘭政府的新規令艾司摩爾感到擔憂。", {("netherlands-rule", "asml", "worries.causative")}),
    ("WORRIES", "Japan's new chip curbs took effect. Tokyo Electron said it was worried about the curbs.",
     {("japan-controls", "tokyo-electron", "worries.experiencer")}),
    # a definite description with words of topic: the one policy of its kind named before
    ("WORRIES", "The US imposed new chip export curbs last week. Nvidia warned the chip export curbs would hurt its sales.",
     {("united-states-chip-export-curbs", "nvidia", "worries.experiencer")}),
    ("RELEASED", "美国上周实施新的芯片出口禁令。", {("united-states", "united-states-芯片出口禁令", "released.enacted")}),
    # bare 新规: the new rules named before
    ("WORRIES", "美国商务部上周公布新的芯片出口管制规定。英伟达对新规表示担忧。",
     {("us-commerce-department-芯片出口管制规定", "nvidia", "worries.experiencer")}),
    ("WORRIES", "美國商務部上週公布新的晶片出口管制規定。輝達對新規表示擔憂。",
     {("us-commerce-department-晶片出口管制规定", "nvidia", "worries.experiencer")}),
    # no policy named before: bare 新规 is nothing
    ("WORRIES", "英伟达对新规表示担忧。", set()),
    # a title in “” after 名为, before 的 and a policy noun: the policy issued
    ("RELEASED", "美国商务部发布了一项名为“先进芯片出口框架”的临时规则。",
     {("us-commerce-department", "先进芯片出口框架", "released.cue")}),
    ("RELEASED", "美國商務部發布了一項名為“先進晶片出口框架”的臨時規則。",
     {("us-commerce-department", "先进晶片出口框架", "released.cue")}),
    # 该办法 refers back; 由…公布 names the issuer after it
    ("RELEASED", "《星河服务管理办法》施行已满一年。该办法由国家网信办等七部门联合公布。",
     {("cac", "星河服务管理办法", "released.passive")}),
    ("RELEASED", "《星河服務管理辦法》施行已滿一年。該辦法由國家網信辦等七部門聯合公布。",
     {("cac", "星河服务管理办法", "released.passive")}),
    # a ban issued as a noun: the ban on the product, issued by the body
    ("RELEASED", "The Home Affairs department issued a ban on DeepSeek for its staff laptops.",
     {("australia-home-affairs", "australia-home-affairs-ban-deepseek", "released.act")}),
])
def test_described_policies_in_relations(ruled, edge_type, text, expected):
    assert ruled(edge_type, text) == expected
