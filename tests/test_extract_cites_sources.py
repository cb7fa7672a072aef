"""Sources of an article's information by class: glossed analyst firms, listed informants after
"according to", outlets described by a place, "reported <wire>", and names that are no source
(a daily's name inside 联合报道, a misspelt model)."""
import pytest

A = "article-test"

# (text, edge type, the (source, target, rule) facts that must be found)
FOUND = [
    # an analyst firm and its analyst, each glossed in brackets: the glosses add no distance to the verb
    ("顧能（Gartner）分析師王小明（Ming Wang）表示，需求強勁。", "CITES", {(A, "gartner", "cites.says")}),
    ("顾能（Gartner）分析师王小明（Ming Wang）表示，需求强劲。", "CITES", {(A, "gartner", "cites.says")}),
    ("IDC (International Data Corporation) analyst Jane Roe said demand was strong.", "CITES", {(A, "idc", "cites.says")}),
    # every informant listed after "according to" / 据
    ("據路透社和彭博社報導，晶片出口下降。", "CITES",
     {(A, "reuters", "cites.according_to"), (A, "bloomberg", "cites.according_to")}),
    ("据路透社和彭博社报道，芯片出口下降。", "CITES",
     {(A, "reuters", "cites.according_to"), (A, "bloomberg", "cites.according_to")}),
    ("Chip exports fell, according to reports in the Financial Times, Bloomberg and the New York Times.", "CITES",
     {(A, "ft", "cites.according_to"), (A, "bloomberg", "cites.according_to"), (A, "nyt", "cites.according_to")}),
    # a place describing the outlet is not what is cited
    ("Chip exports fell, according to the US newspaper The Wall Street Journal.", "CITES",
     {(A, "wsj", "cites.according_to")}),
    ("The plan was described in a memo cited by the US business newspaper The Wall Street Journal.", "CITES",
     {(A, "wsj", "cites.according_to")}),
    # "as per a report of", "reported <wire>" after the clause, an informant citing its sources
    ("As per a report of Reuters, the regulator wants answers.", "CITES", {(A, "reuters", "cites.according_to")}),
    ("The ban stays in place until the app complies, reported Reuters.", "CITES", {(A, "reuters", "cites.said_by")}),
    ("Tech magazine The Decoder cites insiders who expect a launch soon.", "CITES", {(A, "the-decoder", "cites.says")}),
    # a misspelt known model is that model, not a new one
    ("The Clade 3 Opus model beats GPT-4 on reasoning.", "OUTPERFORMS", {("claude-3-opus", "gpt-4", "outperforms.cue")}),
    ("Clade 3 Opus模型超越了GPT-4。", "OUTPERFORMS", {("claude-3-opus", "gpt-4", "outperforms.cue")}),
]


@pytest.mark.parametrize("text, edge_type, expected", FOUND)
def test_sources_by_class(ruled, text, edge_type, expected):
    assert expected <= ruled(edge_type, text)


NOT_CITED = [
    ("According to Reuters and Nvidia, exports fell.", "nvidia"),             # a company listed with a wire: its word
    ("據路透社和輝達的說法，出口下降。", "nvidia"),
    ("根据路透社和英伟达的说法，出口下降。", "nvidia"),
    ("OpenAI cited safety concerns for the delay.", "openai"),               # a company citing reasons is no source
    ("The study was cited by Reuters as a milestone.", "united-states"),
    ("Chip exports fell, according to the US government.", "united-states"),  # a government's word: a statement
]


@pytest.mark.parametrize("text, not_cited", NOT_CITED)
def test_no_source_by_class(ruled, text, not_cited):
    assert not {f for f in ruled("CITES", text) if f[1] == not_cited}


@pytest.mark.parametrize("text", [
    "據美聯社和路透社聯合報導，出口下降。",
    "据美联社和路透社联合报道，出口下降。",
])
def test_a_daily_named_inside_jointly_reported_is_no_node(facts, extractor, text):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id=A, title="test", text=text))
    assert "udn" not in {n.id for n in found.nodes}
    assert ("CITES", A, "reuters") in facts(text)


@pytest.mark.parametrize("text, model", [
    ("The Zeta 2 model beats GPT-4o.", "zeta-2"),           # a new model near no known name stays itself
    ("Our new model Nova 3 beats GPT-4o.", "nova-3"),
    ("我们的新模型Nova 3超越了GPT-4o。", "nova-3"),
])
def test_a_new_model_is_not_taken_for_a_misspelt_one(ruled, text, model):
    assert {f[0] for f in ruled("OUTPERFORMS", text)} == {model}


# names the gazetteer lacks, found where research is done or authored (one CamelCase word)
@pytest.mark.parametrize("text, name", [
    ("A recent evaluation conducted by FloTorch compared the two models.", "flotorch"),
    ("Researchers from Carnegie Mellon University and BerriAI found that the model trails its rival.", "berriai"),
    ("來自卡內基美隆大學、BerriAI 的研究者對該模型進行了評估。", "berriai"),
    ("来自卡内基梅隆大学、BerriAI 的研究者对该模型进行了评估。", "berriai"),
])
def test_research_bodies_found_by_shape(extractor, text, name):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id=A, title="test", text=text))
    assert name in {n.id for n in found.nodes}


@pytest.mark.parametrize("text", [
    "Researchers at the lab found nothing new.",        # no CamelCase name: nothing discovered
    "研究人员来自多家机构。",
    "來自多家機構的研究者進行了評估。",
])
def test_no_research_body_without_a_name(extractor, text):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id=A, title="test", text=text))
    assert not [n for n in found.nodes if not n.id.startswith("article")]


# an employer instructing its staff, an event named after research: no source
@pytest.mark.parametrize("text, not_cited", [
    ("Accenture warned employees not to share client data with chatbots.", "accenture"),
    ("埃森哲警告員工不要把客戶訊息交給聊天機器人。", "accenture"),
    ("埃森哲警告员工不要把客户信息交给聊天机器人。", "accenture"),
    ("The chief executive spoke at the Bruegel Research Conference in Brussels.", "bruegel"),
])
def test_no_source_in_an_instruction_or_an_event_name(ruled, text, not_cited):
    assert not {f for f in ruled("CITES", text) if f[1] == not_cited}


@pytest.mark.parametrize("text, cited, rule", [
    ("Gartner warned that prices will rise.", "gartner", "cites.says"),      # a warning to the public still cites
    ("埃森哲警告，價格將上漲。", "accenture", "cites.says"),
    ("埃森哲警告，价格将上涨。", "accenture", "cites.says"),
    ("Bruegel research shows prices are rising.", "bruegel", "cites.report"),
])
def test_warnings_and_research_still_cite(ruled, text, cited, rule):
    assert (A, cited, rule) in ruled("CITES", text)


# 指 right after a name in title marks is speech; other words starting with 指 are not
@pytest.mark.parametrize("text, cited", [
    ("英國「金融時報」指此政策可能擴大。", "ft"),
    ("英国「金融时报」指此政策可能扩大。", "ft"),
    ("《華爾街日報》指此舉將影響晶片出口。", "wsj"),
])
def test_zhi_after_title_marks_cites(ruled, text, cited):
    assert (A, cited, "cites.says") in ruled("CITES", text)


@pytest.mark.parametrize("text", ["「輝達」指控對手抄襲。", "「英伟达」指控对手抄袭。", "《華爾街日報》指導讀者投資。"])
def test_zhi_words_after_title_marks_cite_nothing(ruled, text):
    assert not ruled("CITES", text)


# an organisation answering a reporter in a sentence where it declines to comment is a party, not a source
@pytest.mark.parametrize("text, party", [
    ("摩根大通已證實此項決定，但未予置評。", "jpmorgan"),
    ("摩根大通已证实此项决定，但未予置评。", "jpmorgan"),
    ("JPMorgan confirmed the decision but declined to comment further.", "jpmorgan"),
])
def test_a_party_declining_comment_is_not_cited(ruled, text, party):
    assert not {f for f in ruled("CITES", text) if f[1] == party}


@pytest.mark.parametrize("text, cited", [
    ("摩根大通表示，需求強勁。", "jpmorgan"),                      # without the refusal it still speaks as an analyst
    ("摩根大通表示，需求强劲。", "jpmorgan"),
    ("Reuters reported the deal, and Meta declined to comment.", "reuters"),   # an outlet is still cited
])
def test_sources_next_to_a_refusal_are_still_cited(ruled, text, cited):
    assert (A, cited, "cites.says") in ruled("CITES", text)
