"""WORRIES precision classes, in three scripts: who is no worried party and what is no cause — a place or trade
that only qualifies a product or a party ("Chinese advanced chips", "华尔街投行"), what would be lost or left out
("excluding China", "失去中国市场"), people counted in a place ("许多人", "many in Washington"); each class with
a case that still finds its fact."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a place written against a product with a quality word only says where the product comes from
    ("美國商務部警告業界使用中國先進計算機晶片的風險。", set()),
    ("美国商务部警告业界使用中国先进计算机芯片的风险。", set()),
    ("The Commerce Department warned the industry about the risks of Chinese advanced computer chips.", set()),
    # a place or trade written against a kind of party qualifies the party: what is banned is the product
    ("摩根大通是第一家限制員工使用ChatGPT的華爾街投行。", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("摩根大通是第一家限制员工使用ChatGPT的华尔街投行。", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("JPMorgan, a Wall Street bank, has restricted employees from using ChatGPT.", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("JPMorgan, the Wall Street bank, has restricted staff from using ChatGPT.", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("華爾街投行摩根大通禁止員工使用ChatGPT。", {("chatgpt", "jpmorgan", "worries.ban")}),
    ("华尔街投行摩根大通禁止员工使用ChatGPT。", {("chatgpt", "jpmorgan", "worries.ban")}),
    # what would be lost or left out is no cause of the worry
    ("英偉達擔心失去中國市場。", set()),
    ("英伟达担心失去中国市场。", set()),
    ("Nvidia expressed concerns that excluding China would hurt sales.", set()),
    ("Nvidia is worried about losing China.", set()),
    # people counted in a place are worried, no organisation
    ("中國的進展令華府和矽谷許多人擔憂。", set()),
    ("中国的进展令华府和硅谷许多人担忧。", set()),
    ("DeepSeek worried many in Washington.", set()),
    # the same constructions with the organisation itself worried still find the fact
    ("DeepSeek令華府擔憂。", {("deepseek", "washington", "worries.causative")}),
    ("DeepSeek令华府担忧。", {("deepseek", "washington", "worries.causative")}),
    ("DeepSeek alarmed Washington.", {("deepseek", "washington", "worries.cue")}),
])
def test_worries_party_and_cause_scope(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
