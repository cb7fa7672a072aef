"""WORRIES and CITES in constructions of news writing, in the three scripts: the pairs found (with the rule of
each) and sentences that must find nothing. Every sentence here is written for the test."""
import pytest

from newsgraph.schema import Article

TYPES = ("WORRIES", "CITES")

# (text, the WORRIES / CITES facts with the rule that finds each)
CASES = [
    # a lawsuit or complaint qualified by what kind it is, against a company given a description first
    ("Disney filed a federal lawsuit against AI image company Midjourney over its pictures.",
     {("WORRIES", "midjourney", "disney", "worries.probe")}),
    ("Disney has filed a copyright lawsuit against Midjourney in federal court.",
     {("WORRIES", "midjourney", "disney", "worries.probe")}),
    ("Disney filed a class-action suit against startup Midjourney and OpenAI.",
     {("WORRIES", "midjourney", "disney", "worries.probe"), ("WORRIES", "openai", "disney", "worries.probe")}),
    ("迪士尼對Midjourney提起了侵犯版權的訴訟。", {("WORRIES", "midjourney", "disney", "worries.probe")}),
    ("迪士尼对Midjourney提起了侵犯版权的诉讼。", {("WORRIES", "midjourney", "disney", "worries.probe")}),
    ("迪士尼對Midjourney提起一項侵權訴訟。", {("WORRIES", "midjourney", "disney", "worries.probe")}),
    # a demand that a company put off or pause what it does with others' data
    ("The Irish Data Protection Commission asked Meta to delay training its models on posts.",
     {("WORRIES", "meta", "irish-dpc", "worries.probe")}),
    ("The Irish Data Protection Commission told Meta to pause using public posts.",
     {("WORRIES", "meta", "irish-dpc", "worries.probe")}),
    ("愛爾蘭資料保護委員會要求Meta推遲使用用戶資料訓練模型。", {("WORRIES", "meta", "irish-dpc", "worries.probe")}),
    ("爱尔兰数据保护委员会要求Meta暂停使用用户数据训练模型。", {("WORRIES", "meta", "irish-dpc", "worries.probe")}),
    # an outlet that sues acts as the company that owns it: a party of its own id, no source
    ("The New York Times sued OpenAI over its articles.", {("WORRIES", "openai", "organization-nyt", "worries.probe")}),
    ("Getty Images has filed a lawsuit against Stability AI.",
     {("WORRIES", "stability-ai", "organization-getty-images", "worries.probe")}),
    ("紐約時報起訴了OpenAI和微軟。", {("WORRIES", "openai", "organization-nyt", "worries.probe"),
                                   ("WORRIES", "microsoft", "organization-nyt", "worries.probe")}),
    ("纽约时报对OpenAI提起诉讼。", {("WORRIES", "openai", "organization-nyt", "worries.probe")}),
    # the outlet reporting a lawsuit stays the source it is
    ("The New York Times reported that Disney sued Midjourney.",
     {("CITES", "t", "nyt", "cites.says"), ("WORRIES", "midjourney", "disney", "worries.probe")}),
    # scrutiny by a list of bodies, each with its abbreviation in brackets, a place written against a body's name
    ("Microsoft faces scrutiny from the Federal Trade Commission (FTC), the Competition and Markets Authority (CMA) "
     "and the European Commission.",
     {("WORRIES", "microsoft", "ftc", "worries.scrutiny"), ("WORRIES", "microsoft", "cma", "worries.scrutiny"),
      ("WORRIES", "microsoft", "european-commission", "worries.scrutiny")}),
    ("Microsoft has drawn attention from the US Federal Trade Commission.", {("WORRIES", "microsoft", "ftc", "worries.scrutiny")}),
    ("微軟受到聯邦貿易委員會（FTC）、競爭與市場管理局（CMA）和歐盟委員會的審查。",
     {("WORRIES", "microsoft", "ftc", "worries.scrutiny"), ("WORRIES", "microsoft", "cma", "worries.scrutiny"),
      ("WORRIES", "microsoft", "european-commission", "worries.scrutiny")}),
    ("微软受到联邦贸易委员会（FTC）和欧盟委员会的审查。",
     {("WORRIES", "microsoft", "ftc", "worries.scrutiny"), ("WORRIES", "microsoft", "european-commission", "worries.scrutiny")}),
    # "This move" drew scrutiny: the move of the organisation opening the sentence before
    ("In 2023, Microsoft signed a deal with Mistral. The move soon drew the attention of the FTC.",
     {("WORRIES", "microsoft", "ftc", "worries.scrutiny")}),
    ("微軟與Mistral達成合作。此舉引來歐盟委員會的審查。", {("WORRIES", "microsoft", "european-commission", "worries.scrutiny")}),
    ("微软与Mistral达成合作。此举已受到欧盟委员会的审查。", {("WORRIES", "microsoft", "european-commission", "worries.scrutiny")}),
    # opposition met by a policy, its subject in the concessive clause before ("although…, but…")
    ("SB 53遭到了OpenAI和Andreessen Horowitz的反對。",
     {("WORRIES", "california-sb-53", "openai", "worries.scrutiny"), ("WORRIES", "california-sb-53", "a16z", "worries.scrutiny")}),
    ("加州通過了SB 53。儘管法案獲得Anthropic支持，認為其可行，但遭到了OpenAI的反對。",
     {("WORRIES", "california-sb-53", "openai", "worries.scrutiny")}),
    ("加州通过了SB 53。尽管该法案获得支持，但遭到了包括OpenAI在内的多家企业的反对。",
     {("WORRIES", "california-sb-53", "openai", "worries.scrutiny")}),
    ("Although SB 53 won support from Anthropic, which called it workable, it drew opposition from OpenAI.",
     {("WORRIES", "california-sb-53", "openai", "worries.scrutiny")}),
    # a wire alone in brackets closing the story (perhaps before an editor's note) is the story's credit
    ("谷歌很忙。\n谷歌發布了新模型。（中央社）", {("CITES", "t", "cna", "cites.byline")}),
    ("谷歌很忙。\n谷歌發布了新模型。(中央社)\n（編輯：王小明）1130101", {("CITES", "t", "cna", "cites.byline")}),
    ("谷歌很忙。\n谷歌发布了新模型。（新华社）", {("CITES", "t", "xinhua", "cites.byline")}),
]

# sentences that must give no WORRIES and no CITES fact
NOTHING = [
    "Disney said it may file a lawsuit against Midjourney.",          # only considered
    "Disney did not file a lawsuit against Midjourney.",              # denied
    "Disney asked Midjourney to delay the launch of its party.",      # a delay of no use of others' work or data
    "迪士尼考慮對Midjourney提起訴訟。",                                  # only considered
    "迪士尼要求Midjourney推迟发布会。",                                  # a delay of no use of others' work or data
    "迪士尼對Midjourney提起了一項關於合約的投訴。",                      # a company's complaint with no reason of worry
    "The New York Times may sue OpenAI.",                              # only considered
    "Microsoft has drawn attention from Google.",                      # attention of a company: no scrutiny
    "Italy is a big market. This move has drawn attention from the FTC.",  # a place opens the sentence before
    "Sales rose, and Microsoft signed a deal with Mistral. The move drew attention from the FTC.",  # no mover opens it
    "意大利市場很大。此舉引來歐盟委員會的審查。",                         # a place opens the sentence before
    "SB 53與SB 1047不同。儘管法案獲得支持，但遭到了OpenAI的反對。",          # two policies before: which bill?
    "尽管法案获得支持，但遭到了OpenAI的反对。",                            # no policy named before
    "谷歌發布了新模型。（美聯社）\n谷歌股價上漲。",                          # a caption's credit inside the story
    "谷歌很忙。\n谷歌发布了新模型。（图/新华社）",                          # a picture credit closing the text
    "谷歌發布了新模型。（中央社）",                                         # one line: a caption and its credit
]


def _facts(extractor, text):
    extraction = extractor.extract(Article(id="t", title="", text=text))
    return {(e.type.value, e.source, e.target, e.evidence[0].rule) for e in extraction.edges if e.type.value in TYPES}


@pytest.mark.parametrize("text, expected", CASES)
def test_finds(extractor, text, expected):
    assert _facts(extractor, text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_finds_nothing(extractor, text):
    assert _facts(extractor, text) == set()
