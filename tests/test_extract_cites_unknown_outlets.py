"""CITES of outlets the gazetteer lacks, found where only a publisher stands — the attribution closing wire copy
("…, Quillwire reported"), a report or data by it, an interview given to it, documents it saw, a name shaped like a
publication's ("Quillwire Daily"), a Chinese paper's name before 报道称 or its credit line (星河日报讯（记者…）) — and
the names in those places that are no outlet: a known company, a body of state, a person, generic words, a name
inside a quoted label, a person of whom something is only expected."""
import pytest

from newsgraph.schema import Article


def _cites(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {(e.target, ev.rule) for e in found.edges if e.type.value == "CITES" for ev in e.evidence}


def _nodes(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {(n.id, n.type.value) for n in found.nodes if n.id != "article-test"}


@pytest.mark.parametrize("text, expected", [
    ("Acme released Zeta-2 on Monday, Quillwire reported.", {("quillwire", "cites.says")}),
    ("Acme released Zeta-2, Quillwire reported on Monday, citing two sources.", {("quillwire", "cites.says")}),
    ("Acme released Zeta-2, the Quillwire newspaper reported.", {("quillwire", "cites.says")}),
    ("Acme will release Zeta-2, according to a report by Quillwire.", {("quillwire", "cites.according_to")}),
    ("Acme will release Zeta-2, according to Quillwire.", {("quillwire", "cites.according_to")}),
    ("Acme has a 30% share, according to data from Quillmetrics.", {("quillmetrics", "cites.according_to")}),
    ("Quillwire Daily reported on Monday that Acme will release Zeta-2.", {("quillwire-daily", "cites.says")}),
    ("Quillwire Weekly confirmed on Friday that Acme had been sued.", {("quillwire-weekly", "cites.says")}),
    ("A spokesperson told Quillwire that Acme will release Zeta-2.", {("quillwire", "cites.told")}),
    ("Quillwire obtained internal memos showing Acme trained Zeta-2 on books.", {("quillwire", "cites.obtained")}),
    ("Documents seen by Quillwire show Acme trained Zeta-2 on books.", {("quillwire", "cites.obtained")}),
    ("星河日报报道称，示例公司将发布新模型。", {("星河日报", "cites.says")}),
    ("星河日報報道稱，示例公司將發布新模型。", {("星河日報", "cites.says")}),
    ("星河日报讯（记者 王小明）12月28日，示例公司发布新模型。", {("星河日报", "cites.byline")}),
    ("星河日報訊（記者 王小明）12月28日，示例公司發布新模型。", {("星河日報", "cites.byline")}),
    ("《星河財經12日專訊》示例公司發布新模型。", {("星河財經", "cites.byline")}),
    ("星河财经报道指出，示例公司将裁员。", {("星河财经", "cites.says")}),
    # a story under a quoted headline
    ("当星河日报以“再下一城”为题报道此事时，示例公司正上架模型。", {("星河日报", "cites.says")}),
    ("當星河日報以「再下一城」為題報導此事時，示例公司正上架模型。", {("星河日報", "cites.says")}),
    ("当路透社以“示例公司再下一城”为题报道此事时，示例公司正上架模型。", {("reuters", "cites.report")}),
    ("Quillwire, in a story headlined 'Acme wins again', reported that Acme grew.", {("quillwire", "cites.says")}),
])
def test_unknown_outlets_cited(extractor, text, expected):
    assert _cites(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # tests a research body or analyst firm ran itself, after its name or an apposition describing it
    ("Gartner ran its own tests of Zeta-2.", {("gartner", "cites.report")}),
    ("Gartner carried out independent evaluations of Zeta-2.", {("gartner", "cites.report")}),
    ("Epoch AI, the nonprofit that maintains a reasoning benchmark, ran its own tests on Zeta-2.",
     {("epoch-ai", "cites.report")}),
    ("Gartner, the analyst firm, performed its own testing on Zeta-2. Its results, out in May, showed a drop.",
     {("gartner", "cites.report")}),                                      # the first comma closes the apposition
    ("Acme ran its own tests of Zeta-2.", set()),                 # a company testing is no research cited
])
def test_own_tests_cited(extractor, text, expected):
    assert _cites(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Acme will release Zeta-2, according to Anthropic.",           # a known company's word is a statement
    "Acme told investors that Zeta-2 is ready.",                   # investors are no outlet
    "The Acme founder told Congress that Zeta-2 is safe.",         # a body of state
    "Breaking News: Acme released Zeta-2 on Tuesday.",             # generic words, no publication named
    "Acme released Zeta-2, the Irish newspaper reported.",         # a people's adjective, no outlet's name
    "Acme reported record revenue on Tuesday.",                    # a company reporting its results
    "In the second half, Zentrix reported on Thursday that sales fell.",   # an unknown company's results
    "Acme hired Zeta's chief Jane Roe in a reported $3 billion deal.",   # an adjective, no one reporting
    "The vote comes with Jane Roe expected to take a hard line on Acme.",   # expected of her: no forecast of hers
    "示例公司在“微博新闻写作”场景中排名第一。",                         # a platform inside a quoted category
    "示例公司在「微博新聞寫作」場景中排名第一。",
    "星河互联网报道称示例公司将发布新模型。",                             # 互联网 ends a word, no paper's name
    "相关新闻报道称示例公司将发布新模型。",                               # no name before 新闻
])
def test_nothing_cited(extractor, text):
    assert _cites(extractor, text) == set()


@pytest.mark.parametrize("text, node", [
    ("Acme released Zeta-2 on Monday, Quillwire reported.", ("quillwire", "Source")),
    ("Quillwire Daily reported on Monday that Acme will release Zeta-2.", ("quillwire-daily", "Source")),
])
def test_unknown_outlet_is_a_source(extractor, text, node):
    assert node in _nodes(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a university or one of its schools the gazetteer lacks, found by its suffix, publishing or finding
    ("星河大学的研究团队发现，示例模型表现最好。", {("星河大学", "cites.researchers")}),
    ("星河大學的研究團隊發現，示例模型表現最好。", {("星河大學", "cites.researchers")}),
    ("星河经管学院就多个大模型进行评测，并发表评测报告。", {("星河经管学院", "cites.report")}),
    ("星河經管學院就多個大模型進行評測，並發表評測報告。", {("星河經管學院", "cites.report")}),
    ("Researchers at Quillmoor University found that Zeta-2 fails.", {("quillmoor-university", "cites.researchers")}),
    # a known body opening a school's or an institute's name is its owner, part of the name
    ("清华大学经管学院就多个大模型进行评测，并发表评测报告。", {("清华大学经管学院", "cites.report")}),
    ("清華大學經管學院就多個大模型進行評測，並發表評測報告。", {("清華大學經管學院", "cites.report")}),
    ("该学院发布了评测报告。", set()),                                    # a description, no name
    ("Researchers at the National University found that Zeta-2 fails.", set()),   # generic words only
])
def test_unknown_universities_cited(extractor, text, expected):
    assert _cites(extractor, text) == expected
