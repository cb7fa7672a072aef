"""RELEASED of policies described rather than named ("签署一项AI行政命令", "issued new guidance on AI chips"): found
only where a public body issues them in its own clause, in zh-Hant, zh-Hans and en, with the rule of each fact, and
cases that must find nothing (planned, negated, a company's paper, a policy mentioned in passing, one named before)."""
import pytest

CASES = [
    # a government, a ministry, a legislature issues a policy described by its kind and topic
    ("英國政府上月發布的人工智慧白皮書主張寬鬆監管。",
     {("united-kingdom", "united-kingdom-人工智慧白皮书", "released.cue")}),
    ("英国政府上月发布的人工智能白皮书主张宽松监管。",
     {("united-kingdom", "united-kingdom-人工智能白皮书", "released.cue")}),
    ("The UK government published an AI white paper on Tuesday.",
     {("united-kingdom", "united-kingdom-ai-white-paper", "released.cue")}),
    ("美國商務部週二發布一份AI晶片出口管制指南。",
     {("us-commerce-department", "us-commerce-department-ai晶片出口管制指南", "released.cue")}),
    ("美国商务部周二发布一份AI芯片出口管制指南。",
     {("us-commerce-department", "us-commerce-department-ai芯片出口管制指南", "released.cue")}),
    ("The Commerce Department issued new guidance on AI chips on Tuesday.",
     {("us-commerce-department", "us-commerce-department-guidance-on-ai-chips", "released.cue")}),
    ("The Italian parliament has approved a new law on artificial intelligence.",
     {("italian-parliament", "italian-parliament-law-on-artificial-intelligence", "released.enacted")}),
    # a description ending in 的 after the measure word; a law put in force by its government
    ("川普政府7月公布一項雄心勃勃的AI戰略。", {("trump-administration", "trump-administration-ai战略", "released.cue")}),
    ("川普政府7月公布一项雄心勃勃的AI战略。", {("trump-administration", "trump-administration-ai战略", "released.cue")}),
    ("韓國政府週四正式實施《AI基本法》。", {("south-korea", "ai基本法", "released.enacted")}),
    ("韩国政府周四正式实施《AI基本法》。", {("south-korea", "ai基本法", "released.enacted")}),
    # export controls described, announced or introduced by an agency ("a new set of", "新一轮")
    ("The Bureau of Industry and Security introduced a new set of export control rules on Monday.",
     {("bis", "bis-export-control-rules", "released.cue")}),
    ("On Tuesday the Commerce Department unveiled a new chip export control package aimed at Beijing.",
     {("us-commerce-department", "us-commerce-department-chip-export-control-package", "released.cue")}),
    ("美國商務部週一宣布新一輪晶片出口管制措施。",
     {("us-commerce-department", "us-commerce-department-晶片出口管制措施", "released.cue")}),
    ("美国商务部周一宣布新一轮芯片出口管制措施。",
     {("us-commerce-department", "us-commerce-department-芯片出口管制措施", "released.cue")}),
    # nothing: a company announcing, a statement announced, a plan
    ("Acme announced a new set of export control rules for its staff.", set()),
    ("英偉達宣布新的出口管制措施對其影響有限。", set()),
    ("美国商务部计划宣布新一轮芯片出口管制措施。", set()),
    ("The Commerce Department plans to announce new export curbs on AI chips.", set()),
    # nothing: a bill introduced is only tabled; another party made to issue it; a policy between body and verb
    ("金管會已請銀行公會訂定AI自律規範。", set()),
    ("金管会已要求银行公会订定AI自律规范。", set()),
    ("The EU's AI Act, which introduced various rules for AI, took effect.", {("eu", "eu-ai-act", "released.possessive")}),
    ("The State Department introduced a bill on AI.", set()),
    ("The Italian parliament introduced a new framework for AI on Monday.", set()),
    # nothing: planned, negated, a company's white paper, a named policy in passing, "the ban" named before
    ("英國政府計劃發布人工智慧白皮書。", set()),
    ("英国政府预计将发布人工智能白皮书。", set()),
    ("The Commerce Department is expected to issue new guidance on AI chips.", set()),
    ("The Commerce Department has not issued new guidance on AI chips.", set()),
    ("阿里巴巴發布了一份人工智慧白皮書。", set()),
    ("OpenAI published a white paper on AI safety.", set()),
    ("The Commerce Department issued the ban.", set()),
    ("The European Commission said the rules under the AI Act apply.", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_described_policy_released(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


def test_described_policy_node_names_its_topic_first(extractor):
    """An English description "X on Y" is also known as "Y X" (the way other articles name it)."""
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="a", title="t", text="The White House signed an executive order on AI."))
    node = next(n for n in found.nodes if n.id == "white-house-executive-order-on-ai")
    assert node.name == "executive order on AI" and "AI executive order" in node.aliases


def test_bare_plural_is_no_policy(extractor):
    """"issued rules": nothing tells which rules — no policy is discovered (with an article or a topic it is)."""
    from newsgraph.loaders.extract.normalize import Normalised
    found = extractor.mentions(Normalised.of("China's Cyberspace Administration issued rules."))
    assert [m for m in found if m.rule == "discovery.policy_described"] == []
    found = extractor.mentions(Normalised.of("China's Cyberspace Administration issued rules on AI labels."))
    assert [m.surface for m in found if m.rule == "discovery.policy_described"] == ["rules on AI labels"]
