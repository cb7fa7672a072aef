"""CITES of analyst firms and research bodies whose forecasts or findings are reported without
"according to", and of "per X"; never a company's own expectation nor a name inside a quote."""
import pytest

from newsgraph.schema import Article

A = "article-test"


@pytest.fixture(scope="module")
def cites(extractor):
    def run(text):
        ex = extractor.extract(Article(id=A, title="t", text=text))
        return {(e.target, e.evidence[0].rule) for e in ex.edges if e.type.value == "CITES"}
    return run


@pytest.mark.parametrize("text, cited, rule", [
    ("Gartner expects spending on chips to double next year.", "gartner", "cites.says"),
    ("TrendForce projects that memory prices will rise.", "trendforce", "cites.says"),
    ("IDC predicts a rebound in shipments.", "idc", "cites.says"),
    ("Canalys anticipates weaker demand in Europe.", "canalys", "cites.says"),
    ("Per Counterpoint, the phone maker gained share.", "counterpoint", "cites.according_to"),
    ("The phone maker gained share, per IDC data.", "idc", "cites.according_to"),
    ("Gartner預估，明年晶片支出將倍增。", "gartner", "cites.says"),
    ("集邦科技（TrendForce）预计，存储器价格将上涨。", "trendforce", "cites.says"),
    ("IDC預期，出貨量將回升。", "idc", "cites.says"),
    ("Counterpoint研究发现，这家手机厂商的份额上升。", "counterpoint", "cites.says"),
    ("Canalys估算，平板出货量下降。", "canalys", "cites.says"),
])
def test_cites_forecasts_and_findings_of_analyst_firms(cites, text, cited, rule):
    assert (cited, rule) in cites(text)


@pytest.mark.parametrize("text", [
    "OpenAI expects revenue to triple next year.",              # a company's own expectation
    "Nvidia forecasts that revenue will rise.",
    "The Commerce Department estimates that exports fell.",     # a government's statement
    "阿里巴巴预计，云收入将增长。",
    "工信部預估，產量將成長。",
    '"Gartner expects too much," the chief executive joked.',   # a name inside a quote
    "“IDC預估太樂觀了，”一位官員說。",
    "The model runs at 90 tokens per second, the company said.",  # "per" as a rate cites no one
    "It costs $20 per month, per OpenAI.",                       # a company's word is its statement
    "Many AI projects failed last year, Nvidia said.",
])
def test_cites_no_forecast_citation_for_these(cites, text):
    assert not cites(text)


@pytest.mark.parametrize("text, cited, rule", [
    ("Researchers at Stanford found that the models still hallucinate.", "stanford-university", "cites.researchers"),
    ("Stanford researchers showed that the method works.", "stanford-university", "cites.researchers"),
    ("斯坦福大学研究人员发现，模型仍会产生幻觉。", "stanford-university", "cites.researchers"),
    ("清華大學的研究團隊發現，該方法有效。", "tsinghua-university", "cites.researchers"),
    ("The talks were reported earlier by The Wall Street Journal.", "wsj", "cites.according_to"),
    ("該消息最早由彭博社披露。", "bloomberg", "cites.says"),
    ("该消息最早由彭博社披露。", "bloomberg", "cites.says"),
    ("The model ranks first on LMArena.", "lmarena", "cites.report"),
    ("在LMArena上，該模型排名第一。", "lmarena", "cites.report"),
])
def test_cites_findings_of_researchers_and_first_reports(cites, text, cited, rule):
    assert (cited, rule) in cites(text)


@pytest.mark.parametrize("text", [
    "Researchers at Stanford may find more errors.",           # hedged: no finding yet
    "Stanford researchers believe the models are useful.",     # an opinion, not a finding
    "Researchers at OpenAI found a flaw.",                     # a company's own people
    "清华大学研究人员可能发现更多问题。",
    "清華大學研究人員表示，該方法有效。",
    "據消息人士透露，彭博社將裁員。",                            # unnamed sources, the outlet is the subject of the news
    "The model was tested on LMArena.",                         # no ranking
])
def test_cites_no_finding_citation_for_these(cites, text):
    assert not cites(text)


@pytest.mark.parametrize("text, cited, rule", [
    ("IDC資料顯示，出貨量成長。", "idc", "cites.report"),
    ("Counterpoint的追蹤數字顯示，市佔提升。", "counterpoint", "cites.report"),
    ("Counterpoint的追踪数字显示，份额提升。", "counterpoint", "cites.report"),
    ("Canalys tallies show the phone maker leading.", "canalys", "cites.report"),
    ("Gartner's projections put spending at $1 trillion.", "gartner", "cites.report"),
    ("Omdia's findings suggest demand is weak.", "omdia", "cites.report"),
    ("資料來源：IDC", "idc", "cites.according_to"),
    ("数据来源：Canalys", "canalys", "cites.according_to"),
    ("Source: IDC", "idc", "cites.according_to"),
])
def test_cites_data_and_source_lines(cites, text, cited, rule):
    assert (cited, rule) in cites(text)


@pytest.mark.parametrize("text", [
    "IDC的資料中心業務成長。",        # 資料中心 is a data centre
    "Source: OpenAI",                 # a company's own figures
    "資料來源：輝達",
    "圖片來源：Reuters",              # a photo credit
    "OpenAI's numbers show revenue rose.",
    "He said the source: IDC was wrong.",  # "source:" inside a sentence opens no source line
])
def test_cites_no_data_citation_for_these(cites, text):
    assert not cites(text)


@pytest.mark.parametrize("text, person", [
    ("Jane Roe explained that the chips were scarce.", "jane-roe"),
    ("Jane Roe, a partner at Maplestone, warned that prices would rise.", "jane-roe"),
    ("IDC analyst Jane Roe expects shipments to rise.", "jane-roe"),
    ("集邦科技分析師王小明預估，價格上漲。", "王小明"),
    ("集邦科技分析师王小明预估，价格上涨。", "王小明"),
    ("中研院院士王小明認為，AI發展快速。", "王小明"),
])
def test_cites_a_titled_or_quoted_person_with_more_verbs(cites, text, person):
    assert (person, "cites.says") in cites(text)


@pytest.mark.parametrize("text", [
    "Nvidia explained that the chips were scarce.",   # a company's statement
    "官員私下預估，價格上漲。",            # a title with no name after it
])
def test_cites_no_person_for_these(cites, text):
    assert not cites(text)
