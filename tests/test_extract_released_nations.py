"""RELEASED of policies a country issues in its own clause ("美方发布了对华光刻设备出口管制措施", "The United States
announced a new semiconductor export control package"), of permits a body requires ("introduced an immediate permit
requirement"), by a public body named head first ("the Ministry of Trade and Industry"), and of a chatbot named after
its owner's noun ("its generative AI chatbot Kora Chat"); in zh-Hant, zh-Hans and en, with cases that must find
nothing. All names of bodies and products invented."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import NodeType

CASES = [
    # a country acting in its own clause is its government: it issues the policy described after the verb
    ("美方於3月5日發布了對華光刻設備出口管制措施。",
     {("united-states", "united-states-对华光刻设备出口管制措施", "released.cue")}),
    ("美方于3月5日发布了对华光刻设备出口管制措施。",
     {("united-states", "united-states-对华光刻设备出口管制措施", "released.cue")}),
    ("The United States on Monday announced a new semiconductor export control package against China.",
     {("united-states", "united-states-semiconductor-export-control-package", "released.cue")}),
    ("Japan on Friday imposed sweeping new export curbs on lithography tools.",
     {("japan", "japan-export-curbs-on-lithography-tools", "released.enacted")}),
    ("日本週五發布一份人工智慧白皮書。", {("japan", "japan-人工智慧白皮书", "released.cue")}),
    # a permit or licence a body requires of a trade
    ("The Commerce Department imposed a new license requirement on shipments of advanced chips.",
     {("us-commerce-department", "us-commerce-department-license-requirement-on-shipments", "released.enacted")}),
    ("美國商務部週二發布新的許可要求。", {("us-commerce-department", "us-commerce-department-许可要求", "released.cue")}),
    ("美国商务部周二发布新的许可要求。", {("us-commerce-department", "us-commerce-department-许可要求", "released.cue")}),
    # a public body named head first, with its abbreviation, issues a permit requirement (the scope "for all" no topic)
    ("The Ministry of Ports, Trade and Industry (MPTI) has introduced an immediate permit requirement for all exports "
     "of AI chips.",
     {("ministry-of-ports-trade-and-industry", "ministry-of-ports-trade-and-industry-immediate-permit-requirement",
       "released.cue")}),
    # nothing: a country planning, denying, or only named; a company's requirement; a country in another clause
    ("美方计划发布对华光刻设备出口管制措施。", set()),
    ("美方計劃發布對華光刻設備出口管制措施。", set()),
    ("The United States is expected to announce a new export control package.", set()),
    ("Japan has not issued new guidance on AI chips.", set()),
    ("Acme introduced a new permit requirement for visitors to its labs.", set()),
    ("英偉達宣布新的出口管制措施對其影響有限。", set()),
    ("日本企業表示，阿里巴巴發布了一份人工智慧白皮書。", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_country_and_permit_policies_released(ruled, text, expected):
    assert ruled("RELEASED", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Ports, Trade and Industry said on Monday it would review the rules.",
     [("Ministry of Ports, Trade and Industry", "agency")]),
    ("Officials at the Department of Digital Economy and Innovation declined to comment.",
     [("Department of Digital Economy and Innovation", "agency")]),
    # nothing: a ministry named by its kind only, in lower case
    ("The ministry of trade said nothing.", []),
])
def test_body_named_head_first(extractor, text, expected):
    found = extractor.mentions(Normalised.of(text))
    assert [(m.surface, m.kind) for m in found if m.type == NodeType.ORGANIZATION] == expected


@pytest.mark.parametrize("text, expected", [
    ("The regulator said Baidu failed to assess the risks posed by its generative AI chatbot Kora Chat, particularly "
     "to children.", {("baidu", "kora-chat")}),
    ("Baidu said its new AI assistant Kora Chat will be available to all users.", {("baidu", "kora-chat")}),
    ("Baidu's chatbot Kora Chat drew complaints in March.", {("baidu", "kora-chat")}),
    # the body issues something to the company (the verb's object), not the company's chatbot named later
    ("The Information Office (IO) said it issued Baidu with a notice over the risks posed by its generative AI "
     "chatbot Kora Chat, above all for teenagers.", {("baidu", "kora-chat")}),
    # a regulator makes no model of another's: the notice it issued is over the company's chatbot
    ("The Nordland Data Protection Authority on Monday issued a notice over Baidu's chatbot Kora Chat.",
     {("baidu", "kora-chat")}),
    # an owner glued to the model after the verb is no object of its own
    ("Acme released Google's latest model Gemini 9 on its platform.", {("google", "gemini-9")}),
    ("百度發布了文心一言4.0。", {("baidu", "ernie-bot-4-0")}),
    ("百度发布了文心一言4.0。", {("baidu", "ernie-bot-4-0")}),
    # nothing: a phrase after the noun, no name; Chinese text names no Latin chatbot this way
    ("The report says its chatbot In March was popular.", set()),
    ("Baidu said its chatbot was popular.", set()),
    ("監管機構表示，百度的聊天機器人很受歡迎。", set()),
    ("监管机构表示，百度的聊天机器人很受欢迎。", set()),
])
def test_chatbot_named_after_its_noun(ruled, text, expected):
    assert {(s, t) for s, t, _ in ruled("RELEASED", text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a law a party is said to have broken is in force already: no release of it now
    ("The group alleged that Zentro's answers had breached the EU's General Data Protection Regulation.", set()),
    ("該組織指控其回答違反了歐盟的《通用數據保護條例》。", set()),
    ("该组织指控其回答违反了欧盟的《通用数据保护条例》。", set()),
    ("The EU's General Data Protection Regulation took effect in 2018.", {("eu", "gdpr")}),
    # a family in the plural is its whole line, no release; a version released is one
    ("Meta's Llama models are popular with developers.", set()),
    ("OpenAI的GPT系列模型表現出色。", set()),
    ("OpenAI的GPT系列模型表现出色。", set()),
    ("Meta released Llama 9 on Monday, and Meta's Llama 9 models beat rivals.", {("meta", "llama-9")}),
])
def test_law_broken_and_line_in_plural(ruled, text, expected):
    assert {(s, t) for s, t, _ in ruled("RELEASED", text)} == expected
