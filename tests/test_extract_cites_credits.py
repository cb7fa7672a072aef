"""CITES of the wire or outlet a story's credit lines name — a dash or "(END)" before a wire closing the story, "Source: X"
closing an English story, a radio's or a paper's "消息" dateline, a wire's dateline from two places, the wire a publisher's
metadata says it syndicates, a broadcaster group and its channel — an analyst firm's board a score is read on, an outlet
known only by what it does ("according to the X report", "X quoted a spokesperson"); and what cites nothing: a university
describing a company whose model is ranked, a photo agency's caption credit, a board's category, a person the clause
acts on, a party described by its kind."""
import pytest

from newsgraph.loaders.readers import read_string
from newsgraph.schema import Article


def _cites(extractor, text, **article):
    found = extractor.extract(Article(id="article-test", title="test", text=text, **article))
    return {(e.target, ev.rule) for e in found.edges if e.type.value == "CITES" for ev in e.evidence}


def _nodes(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {n.id for n in found.nodes if n.id != "article-test"}


@pytest.mark.parametrize("text, expected", [
    # a wire after a dash or "(END)" closing the story
    ("Acme released Zeta-2 on Monday.\n\nThe model is free to use. - Bernama", {("bernama", "cites.closing_credit")}),
    ("Acme released Zeta-2 on Monday.\n\nIt is free.\n\n(END) Dow Jones Newswires", {("dow-jones-newswires", "cites.closing_credit")}),
    ("Acme released Zeta-2 on Monday.\n\nIt is free.\n—Reuters", {("reuters", "cites.closing_credit")}),
    # the writers and their wire on the story's last line, perhaps before a copyright line
    ("Acme released Zeta-2 on Monday.\n\nIt is free.\n\nJane Roe, Bloomberg News\n\n©2025 Bloomberg L.P.", {("bloomberg", "cites.closing_credit")}),
    # a story compiled from the reports of the outlets listed
    ("综合美联社、路透社报道，示例公司将受到影响。", {("ap", "cites.according_to"), ("reuters", "cites.according_to")}),
    ("綜合美聯社、路透社報導，示例公司將受影響。", {("ap", "cites.according_to"), ("reuters", "cites.according_to")}),
    # a radio's or a paper's dateline says 消息; a wire's dateline may name two places
    ("央广网上海3月12日消息（记者王小明）示例公司发布了Zeta-2模型。", {("cnr", "cites.byline")}),
    ("央廣網上海3月12日消息（記者王小明）示例公司發布了Zeta-2模型。", {("cnr", "cites.byline")}),
    ("（中央社東京/首爾5日綜合外電報導）示例公司發布了Zeta-2模型。", {("cna", "cites.byline")}),
    ("（法新社巴黎/柏林3日电）示例公司发布了Zeta-2模型。", {("afp", "cites.byline")}),
    # a broadcaster group and its channel: the longest name, not a short name of another radio inside it
    ("中央广播电视总台经济之声报道称，示例公司发布了Zeta-2模型。", {("cnr-business-radio", "cites.says")}),
    ("據中央廣播電視總台報導，示例公司發布了Zeta-2模型。", {("cmg", "cites.according_to")}),
    # an analyst firm running a board a score or a rank is read on
    ("Zeta-2在Artificial Analysis智能指数上获得了61分。", {("artificial-analysis", "cites.report")}),
    ("Zeta-2在Artificial Analysis智能指數上獲得了61分。", {("artificial-analysis", "cites.report")}),
    ("Zeta-2 ranks second on Artificial Analysis, behind Zeta-1.", {("artificial-analysis", "cites.report")}),
    # an outlet known by what it does
    ("Acme met Zentrix. Now, according to the Quillwire report, Acme has sent a letter to Zentrix.", {("quillwire", "cites.according_to")}),
    ("The Quillwire reported that Acme plans to appeal.", {("quillwire", "cites.says")}),
    ("Reuters quoted an Acme spokesperson as saying talks were ongoing.", {("reuters", "cites.says")}),
])
def test_credited_sources(extractor, text, expected):
    assert _cites(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # a dash inside the story, a wire named in passing before the story's end
    "Acme signed a licensing deal with a news group - Reuters\n\nIt is free.",
    "Acme released Zeta-2 on Monday.\n\nIt is free.\n\nIn short, Reuters",
    "综合来看，示例公司的模型更强。",
    # a university only describes the company whose model is ranked
    "清华系创业公司智谱AI的Zeta-2进入了总榜，排名第9位。",
    "清華系創業公司智譜AI的Zeta-2進入了總榜，排名第9位。",
    # a score in minutes, a hedge: no board read
    "Zeta-2在示例公司的发布会上获得了30分钟的演示时间。",
    # a photo agency credited under a picture
    "示例公司的展位。（Getty Images）\n\n示例公司發布了Zeta-2模型。",
    "示例公司的展位。（Getty Images）\n\n示例公司发布了Zeta-2模型。",
    # a board's category is no board
    "Zeta-2在Text-to-Video榜单中位列第二。",
    "Zeta-2在Image-to-Video榜單上排名第一。",
    # a person another party acts on, no subject a later clause carries over
    "示例公司表示，在向前员工李开复发出律师函后，发现了更多泄密。",
    "示例公司表示，在向前員工李開復發出律師函後，發現了更多洩密。",
    # a party described by its kind, no outlet; a price quoted, no source
    "The Company reported that revenue rose 5% in the quarter.",
    "The Ministry reported that exports rose.",
    "Acme quoted a price of $5 per month for Zeta-2.",
])
def test_nothing_credited(extractor, text):
    assert _cites(extractor, text) == set()


@pytest.mark.parametrize("text, source", [
    # a person opening the clause still speaks through the subjectless one that follows
    ("李开复在发布会上介绍了新模型，并表示该模型将免费开放。", "kai-fu-lee"),
    ("李開復在發布會上介紹了新模型，並表示該模型將免費開放。", "kai-fu-lee"),
    ("Kai-Fu Lee announced the model on Monday, saying it was the fastest yet.", "kai-fu-lee"),
])
def test_subjects_carried_over(extractor, text, source):
    assert _cites(extractor, text) == {(source, "cites.says")}


@pytest.mark.parametrize("publisher, text, expected", [
    # the wire whose syndicated story a site carries is no self-citation of the site
    ("examplenews.com (Bloomberg syndication)", "(Bloomberg) — Acme released Zeta-2 on Monday.",
     {("bloomberg", "cites.byline"), ("bloomberg", "cites.reprinted")}),
    # the outlet that wrote a story read through a host is named before "(via …)", and its credit is cited
    ("Dow Jones Newswires (via cdn.example.net)", "Acme released Zeta-2.\n\nIt is free.\n\n(END) Dow Jones Newswires",
     {("dow-jones-newswires", "cites.closing_credit")}),
])
def test_publishers_carrying_a_wire(extractor, publisher, text, expected):
    assert _cites(extractor, text, publisher=publisher) == expected


def test_an_outlet_read_through_a_host_is_named_without_it(extractor):
    found = extractor.extract(Article(id="article-test", title="test", text="Acme released Zeta-2.",
                                      publisher="Quillwire Daily (via cdn.example.net)"))
    assert {n.name for n in found.nodes if n.id.startswith("outlet-")} == {"Quillwire Daily"}


@pytest.mark.parametrize("body, cited", [
    ("Acme released Zeta-2 on Monday.\n\nThe model is free.\n\nSource: Reuters\n", True),
    ("示例公司周一发布了Zeta-2。\n\n该模型免费。\n\n来源：路透社\n", True),
    ("示例公司週一發布了Zeta-2。\n\n該模型免費。\n\n來源：路透社\n", True),
])
def test_a_closing_source_line_is_a_credit_the_text_keeps(extractor, body, cited):
    article = read_string("Zeta-2 is out\n\n" + body, "a.txt")[0]
    assert article.publisher is None
    assert (("reuters", "cites.according_to") in {(e.target, ev.rule) for e in extractor.extract(article).edges
                                                   if e.type.value == "CITES" for ev in e.evidence}) is cited


@pytest.mark.parametrize("text, absent, present", [
    # a place only mentioned is where, not who; one that acts stays
    ("Acme, a Silicon Valley start-up, released Zeta-2 for users in Italy and France.", {"silicon-valley", "italy", "france"}, set()),
    ("示例公司在意大利和法国推出了Zeta-2。", {"italy", "france"}, set()),
    ("示例公司在義大利和法國推出了Zeta-2。", {"italy", "france"}, set()),
    ("Italy banned Zeta-2, Acme's chatbot, on Monday.", set(), {"italy"}),
])
def test_places_only_as_parties(extractor, text, absent, present):
    nodes = _nodes(extractor, text)
    assert not nodes & absent and present <= nodes


@pytest.mark.parametrize("text, garbage", [
    # a suffixed span cut after a conjunction inside a longer name, a clause with a verb of causing, a description of a Latin name
    ("示例公司副总裁、星河数据技术及应用国家工程研究中心主任表示，模型很强。", "应用国家工程研究中心"),
    ("这会使公司更难融资，星河研究院表示。", "会使公司"),
    ("這會使公司更難融資，星河研究院表示。", "會使公司"),
    ("德国 AI 算力租赁公司 Zentrix 计划扩张，星河研究院表示。", "算力租赁公司"),
    # a question word, a tie to another firm: descriptions
    ("究竟哪家公司能胜出，星河研究院表示还很难说。", "哪家公司"),
    ("究竟哪家公司能勝出，星河研究院表示還很難說。", "哪家公司"),
    ("示例公司及其关联公司被列入清单，星河研究院表示。", "关联公司"),
    ("示例公司及其關聯公司被列入清單，星河研究院表示。", "關聯公司"),
])
def test_no_organisation_of_a_stretch_of_words(extractor, text, garbage):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    assert garbage not in {n.name for n in found.nodes}
