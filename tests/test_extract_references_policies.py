"""A policy referred back to by a description ("the bill", 该法案, 相关规则): it stands for the one policy of its kind
named before it in the article, and the relation rules read it as that policy; none or two, or a word that is no policy
noun ("the plan"), and it stands for nothing (short articles written for these tests, three scripts)."""
import re

import pytest

from newsgraph.loaders.extract.lexicon import Lexicon
from newsgraph.loaders.extract.mentions import Mention
from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.loaders.extract.references import RULE, refer_policies
from newsgraph.schema import NodeType


def edges(facts, text, kind):
    return {(s, t) for k, s, t in facts(text) if k == kind}


@pytest.mark.parametrize("text, expected", [
    # a governor signing the bill, a parliament adopting the law: the one law named before
    ("State senators introduced the Companion Chatbot Safety Act in January. California Governor Gavin Newsom signed "
     "the bill on Monday.", {("california", "companion-chatbot-safety-act")}),
    ("加州参议员今年一月提出《陪伴聊天机器人安全法案》。加州州长纽森周一签署了这项法案。",
     {("california", "陪伴聊天机器人安全法案")}),
    ("加州參議員今年一月提出《陪伴聊天機器人安全法案》。加州州長紐森週一簽署了該法案。",
     {("california", "陪伴聊天机器人安全法案")}),
    ("The European Commission proposed the Digital Fairness Act. The European Parliament adopted the law on Tuesday.",
     {("european-parliament", "digital-fairness-act")}),
    ("欧盟委员会提出《数字公平法案》。欧洲议会周二通过了该法案。", {("european-parliament", "数字公平法案")}),
    ("歐盟委員會提出《數字公平法案》。歐洲議會週二通過了該法案。", {("european-parliament", "数字公平法案")}),
    # two laws named before: "the bill" is either, so nothing
    ("Senators introduced the Digital Fairness Act. They also introduced the Data Union Act. The European Parliament "
     "adopted the bill on Tuesday.", set()),
    ("议员提出《数字公平法案》。议员还提出《数据联盟法案》。欧洲议会周二通过了该法案。", set()),
    ("議員提出《數字公平法案》。議員還提出《數據聯盟法案》。歐洲議會週二通過了該法案。", set()),
    # no law named before: nothing
    ("The European Parliament adopted the bill on Tuesday.", set()),
    ("欧洲议会周二通过了该法案。", set()),
    # a plan is no policy noun here
    ("Senators introduced the Digital Fairness Act. The European Parliament adopted the plan on Tuesday.", set()),
    ("議員提出《數字公平法案》。歐洲議會週二通過了該計劃。", set()),
])
def test_policy_description_released(facts, text, expected):
    assert {e for e in edges(facts, text, "RELEASED") if e[0] in ("california", "european-parliament")} == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry opposing "the relevant rules", "the new rules": the one rule named before
    ("The Commerce Department issued the Chip Security Rule on Monday. China's Ministry of Commerce said it firmly "
     "opposed the new rules.", {("chip-security-rule", "china-commerce-ministry")}),
    ("美国商务部发布《芯片安全规则》。中国商务部表示坚决反对相关规则。", {("芯片安全规则", "china-commerce-ministry")}),
    ("美國商務部發布《晶片安全規則》。中國商務部表示堅決反對相關規則。", {("晶片安全规则", "china-commerce-ministry")}),
    # a rule of another kind (a list) named too: "the rules" are still the one rule
    ("美国商务部发布《芯片安全规则》，并更新实体清单。中国商务部表示坚决反对相关规则。", {("芯片安全规则", "china-commerce-ministry")}),
    # two rules named before: nothing
    ("美国商务部发布《芯片安全规则》和《算力出口规则》。中国商务部表示坚决反对相关规则。", set()),
    ("美國商務部發布《晶片安全規則》。美國商務部還發布《算力出口規則》。中國商務部表示堅決反對相關規則。", set()),
    # no rule named before: nothing
    ("中国商务部表示坚决反对相关规则。", set()),
    ("China's Ministry of Commerce said it firmly opposed the new rules.", set()),
])
def test_policy_description_worries(facts, text, expected):
    assert edges(facts, text, "WORRIES") == expected


def _policies(text, named):
    norm = Normalised.of(text)
    mentions = sorted((Mention(at.start(), at.end(), n, i, NodeType.POLICY) for n, i in named
                       for at in re.finditer(re.escape(n), text)), key=lambda m: m.start)
    return [(m.surface, m.entity_id) for m in refer_policies(norm, mentions, Lexicon.default()) if m.rule == RULE]


@pytest.mark.parametrize("text, named, expected", [
    ("议会通过了人工智能基本法。该法案将于明年生效。", [("人工智能基本法", "ai-law")], [("该法案", "ai-law")]),
    ("議會通過了人工智能基本法。該法案將於明年生效。", [("人工智能基本法", "ai-law")], [("該法案", "ai-law")]),
    ("Parliament passed the Robotics Act. The bill takes effect next year.", [("Robotics Act", "robotics-act")],
     [("The bill", "robotics-act")]),
    # a description of another kind: "the ban" is no law
    ("Parliament passed the Robotics Act. The ban takes effect next year.", [("Robotics Act", "robotics-act")], []),
    # a name right after the description says which: no reference
    ("Parliament passed the Robotics Act. The bill, Robotics Act, takes effect.", [("Robotics Act", "robotics-act")], []),
    # "the act of": no policy
    ("Parliament passed the Robotics Act. The act of voting took hours.", [("Robotics Act", "robotics-act")], []),
    # two laws before: nothing
    ("议会通过了机器人法和数据法。该法案将于明年生效。", [("机器人法", "robot-law"), ("数据法", "data-law")], []),
])
def test_policy_description_resolved(text, named, expected):
    assert _policies(text, named) == expected


@pytest.mark.parametrize("text, policy, description", [
    ("欧盟委员会提出《数字公平法案》。欧洲议会周二通过了该法案。", "数字公平法案", "该法案"),
    ("歐盟委員會提出《數字公平法案》。歐洲議會週二通過了這項法案。", "数字公平法案", "這項法案"),
    ("The European Commission proposed the Digital Fairness Act. The European Parliament adopted the law on Tuesday.",
     "digital-fairness-act", "the law"),
])
def test_policy_description_is_no_name_of_the_policy(extractor, text, policy, description):
    from newsgraph.schema import Article
    nodes = {n.id: n for n in extractor.extract(Article(id="article-test", title="test", text=text)).nodes}
    assert description not in nodes[policy].aliases and nodes[policy].name != description
