"""Organisations the gazetteer lacks, found by a descriptor before or after the name and typed by it
("research firm X" an analyst, "think tank X" a research body, "privacy watchdog X" an agency)."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import Article

A = "article-test"


def found(extractor, text):
    return {(m.surface, m.kind, m.rule) for m in extractor.mentions(Normalised.of(text))
            if m.rule.startswith("discovery.")}


@pytest.mark.parametrize("text, surface, kind", [
    ("Chipmaker Zentrix said demand was strong.", "Zentrix", "company"),
    ("The chip designer Vellora unveiled an accelerator.", "Vellora", "company"),
    ("Cloud provider Stratus signed a deal.", "Stratus", "company"),
    ("Research firm Tidewater estimates the market at $10 billion.", "Tidewater", "analyst"),
    ("Market research firm Tidewater Partners expects a rebound.", "Tidewater Partners", "analyst"),
    ("Consultancy Brightline expects spending to double.", "Brightline", "analyst"),
    ("Tidewater, a market research firm, estimates the market at $10 billion.", "Tidewater", "analyst"),
    ("The think tank Rhinewald published a paper.", "Rhinewald", "research"),
    ("Rhinewald, a nonprofit research group, found that models still hallucinate.", "Rhinewald", "research"),
    ("The competition regulator Konkurrensverket opened a probe.", "Konkurrensverket", "agency"),
    ("市调机构Tidewater数据显示，出货量增长。", "Tidewater", "analyst"),
    ("市調機構Tidewater預估，出貨量成長。", "Tidewater", "analyst"),
    ("研究公司「潮汐洞察」發布報告稱，市場擴大。", "潮汐洞察", "analyst"),
    ("智库Rhinewald发布报告指出，风险上升。", "Rhinewald", "research"),
    ("反垄断机构Konkurrensverket宣布展开调查。", "Konkurrensverket", "agency"),
])
def test_discovery_typed_by_descriptor(extractor, text, surface, kind):
    assert (surface, kind) in {(s, k) for s, k, _ in found(extractor, text)}


@pytest.mark.parametrize("text", [
    "The developer Jane Roe said the tool was useful.",      # a person after a trade noun
    "The regulator said it would review the deal.",          # a description alone
    "A research firm said prices would fall.",
    "Consultancy Monday was quiet.",                          # a weekday is no name
    "监管机构表示将加强审查。",
    "研究機構指出，需求強勁。",
    "智库认为风险上升。",
])
def test_discovery_no_described_name_for_these(extractor, text):
    assert not {f for f in found(extractor, text) if f[2] == "discovery.org_described"}


@pytest.mark.parametrize("text, cited", [
    ("Research firm Tidewater expects shipments to rise.", "tidewater"),
    ("市调机构Tidewater数据显示，出货量增长。", "tidewater"),
    ("Rhinewald, a nonprofit research group, found that models still hallucinate.", "rhinewald"),
])
def test_cites_a_described_analyst_or_research_body(facts, text, cited):
    assert ("CITES", A, cited) in facts(text)


def test_cites_no_citation_of_a_described_company(facts):
    assert not {f for f in facts("Chipmaker Zentrix expects demand to rise.") if f[0] == "CITES"}


@pytest.mark.parametrize("text, surface, kind", [
    ("Orbis Corp. and Nextera Ltd. signed a deal.", "Nextera Ltd.", "company"),
    ("Maplestone Capital led the round.", "Maplestone Capital", "company"),
    ("Helio Holdings said profits rose.", "Helio Holdings", "company"),
    ("Harbor Semiconductor shipped the chips.", "Harbor Semiconductor", "company"),
    ("Tidewater Analytics estimates the market at $10 billion.", "Tidewater Analytics", "analyst"),
    ("The Nordland Data Protection Authority fined the company.", "Nordland Data Protection Authority", "agency"),
    ("The Rhineland Competition Commission opened a probe.", "Rhineland Competition Commission", "agency"),
])
def test_discovery_typed_by_suffix(extractor, text, surface, kind):
    assert (surface, kind, "discovery.org_en") in found(extractor, text)


@pytest.mark.parametrize("text", [
    "The Commission said it would review the deal.",           # the suffix alone
    "The Data Protection Authority fined the company.",        # a remit, no name
    "A Federal Agency said so.",
    "Venture Capital is pouring into AI.",
    "The company's Partners said the deal was done.",
])
def test_discovery_no_suffixed_name_for_these(extractor, text):
    assert not {f for f in found(extractor, text) if f[2] == "discovery.org_en"}


@pytest.mark.parametrize("text, surface", [
    ("星河智能科技有限公司宣布完成融資。", "星河智能科技有限公司"),
    ("星河智能科技有限公司宣布完成融资。", "星河智能科技有限公司"),
    ("AI初創公司「星河智能」宣布完成融資。", "星河智能"),
    ("AI初创公司“星河智能”宣布完成融资。", "星河智能"),
    ("名為星河智能的初創公司宣布完成融資。", "星河智能"),
    ("名为星河智能的初创公司宣布完成融资。", "星河智能"),
])
def test_discovery_chinese_companies_by_legal_form_or_descriptor(extractor, text, surface):
    assert any(s == surface and k == "company" for s, k, _ in found(extractor, text))


@pytest.mark.parametrize("text", [
    "芯片設計公司紛紛跟進。",                 # a trade before 公司
    "芯片设计公司纷纷跟进。",
    "生物科技公司紛紛跟進。",
    "一家人工智能科技有限公司宣布融资。",      # "a … company"
    "國內大模型創業公司「六小虎」均受到質疑。",  # a nickname of a group
    "国内大模型创业公司“六小虎”均受到质疑。",
    "科技公司“出海”成為趨勢。",                 # scare quotes after 公司
    "科技公司“出海”成为趋势。",
])
def test_discovery_no_chinese_company_from_descriptions(extractor, text):
    assert not {f for f in found(extractor, text) if f[1] == "company"}


@pytest.mark.parametrize("text, surface", [
    ("据星河网报道，公司将发布新品。", "星河网"),
    ("據星河財經報導，公司將發布新品。", "星河財經"),
    ("The tech blog Bitwise Dispatch reported the deal.", "Bitwise Dispatch"),
    ("The newsletter Northwind reported the deal.", "Northwind"),
])
def test_discovery_outlets_named_before_their_report(extractor, text, surface):
    assert any(s == surface and k == "outlet" for s, k, _ in found(extractor, text))


@pytest.mark.parametrize("text", [
    "据公司官网报道，公司将发布新品。",      # the company's own site
    "据该网报道，公司将发布新品。",
    "據一家財經報導，公司將發布新品。",
    "The blog post said the deal was done.",
])
def test_discovery_no_outlet_for_these(extractor, text):
    assert not {f for f in found(extractor, text) if f[1] == "outlet"}
