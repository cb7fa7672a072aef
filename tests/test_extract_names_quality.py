"""Entities on real news: descriptions, clauses, derived words and captions never become nodes (issue 12, kind e)."""
import pytest

from newsgraph.schema import Article

A = "article-test"


def _nodes(extractor, text):
    return {n.id for n in extractor.extract(Article(id=A, title="t", text=text)).nodes} - {A}


def _cites(facts, text):
    return {f[2] for f in facts(text) if f[0] == "CITES"}


@pytest.mark.parametrize("text", [
    # a research body described by its standing, owner, field or place, without its proper name
    "國家級研究院發布了報告。",
    "国家级研究院发布了报告。",
    "頂尖研究所的學者表示，需求強勁。",
    "当地研究机构和大学研究所认为，需求强劲。",
    "智庫研究院指出，價格下降。",
    "业界研究院指出，价格下降。",
    "官方研究所發布數據。",
    "民间研究院发布数据。",
    "下屬研究所發布數據。",
    "科技巨头研究院发布数据。",
    "人工智慧研究院發布了模型。",
    "最大金主微軟與人工智慧公司 Anthropic 達成合作。",
    # a company or body described by its role, capital, size or trade
    "據悉，競爭對手公司表示，需求強勁。",
    "据悉，中资公司表示，需求强劲。",
    "據悉，創投公司表示，需求強勁。",
    "据悉，供应商公司表示，需求强劲。",
    "據悉，特別委員會表示，需求強勁。",
    "据悉，证券公司表示，需求强劲。",
    # a speech verb or a role before or after a company noun
    "他強調公司將持續投資。",
    "他强调公司将持续投资。",
    "该公司CEO表示，需求强劲。",
    # English descriptions made of generic words
    "The Research Institute said prices fell.",
    "The National Institute said demand was weak.",
    "Several AI Labs said prices fell.",
    "Top Chinese Research Institutes said prices fell.",
    "Senior Officials said prices fell.",
    "Its Parent Corporation said demand was strong.",
    "Under This Act companies must report.",
])
def test_names_a_description_is_no_node_and_no_source(extractor, facts, text):
    known = {"microsoft", "anthropic"}
    assert _nodes(extractor, text) <= known
    assert not _cites(facts, text)


@pytest.mark.parametrize("text, name", [
    ("示例研究院發布報告稱，需求強勁。", "示例研究院"),
    ("華嶺證券分析師表示，需求強勁。", "華嶺證券"),
    ("华岭证券分析师表示，需求强劲。", "华岭证券"),
    ("示例研究院发布报告称，需求强劲。", "示例研究院"),
    ("The Rhine Foundation said demand was weak.", "rhine-foundation"),
    ("Jane Roe said prices fell.", "jane-roe"),
    ("The Allen Institute for AI released OLMo.", "allen-institute-for-ai"),
])
def test_names_a_proper_name_is_still_found(extractor, text, name):
    assert name in _nodes(extractor, text)


@pytest.mark.parametrize("text", [
    "It is strong enough to command attention.",   # a word, not "Command A"
    "American tech giants are worried.",           # a demonym, not a typo of "America"
    "In long-CoT mode, it answers slowly.",        # lower case, not a typo of "LongCat"
])
def test_names_ordinary_words_are_no_typos_of_names(extractor, text):
    assert not _nodes(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("grt -oss beat Llama 3 on the test.", "gpt-oss"),
    ("Anthropc released Claude.", "anthropic"),
])
def test_names_typos_of_names_still_resolve(extractor, text, entity):
    assert entity in _nodes(extractor, text)


@pytest.mark.parametrize("text, credited", [
    ("執行長出席聽證會。（美聯社）\n價格下降。", "ap"),
    ("执行长出席听证会。（美联社）\n价格下降。", "ap"),
    ("執行長出席聽證會。（路透社）", "reuters"),
])
def test_names_a_wire_in_brackets_closing_a_caption_is_a_credit(extractor, text, credited):
    assert credited not in _nodes(extractor, text)


@pytest.mark.parametrize("text, wire", [
    ("價格下降。（法新社電）", "afp"),
    ("據美聯社報導，價格下降。", "ap"),
    ("据美联社报道，价格下降。", "ap"),
])
def test_names_a_dateline_or_a_wire_in_the_text_is_no_credit(facts, text, wire):
    assert wire in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("根據《華爾街日報》看到的內部備忘錄，執行長告訴員工要加快。", "wsj"),
    ("根据《华尔街日报》看到的内部备忘录，执行长告诉员工要加快。", "wsj"),
    ("據路透社引述知情人士報導，發佈已押後。", "reuters"),
    ("据路透社援引知情人士报道，发布已推迟。", "reuters"),
    ("According to Reuters, citing people familiar with the matter, the launch slipped.", "reuters"),
])
def test_cites_an_outlet_reporting_what_unnamed_people_said(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text", [
    "According to people familiar with Reuters' plans, the launch slipped.",
    "據熟悉路透社的人士透露，價格下降。",
    "据熟悉路透社的人士透露，价格下降。",
])
def test_cites_no_outlet_behind_unnamed_people(facts, text):
    assert not _cites(facts, text)


@pytest.mark.parametrize("text, not_cited", [
    ("清華大學人工智慧研究院發布了新模型。", "tsinghua-university"),
    ("清华大学人工智能研究院发布了新模型。", "tsinghua-university"),
    ("中國科學院自動化研究所發布了新模型。", "chinese-academy-of-sciences"),
])
def test_cites_a_research_institute_is_no_study(facts, text, not_cited):
    """研究 in 研究院/研究所 names a body: releasing a model is no report of it."""
    assert not_cited not in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("清华大学的研究显示，模型更快。", "tsinghua-university"),
    ("清華大學的研究顯示，模型更快。", "tsinghua-university"),
    ("A study by Stanford University showed the model is faster.", "stanford-university"),
])
def test_cites_a_study_of_a_university_still_cited(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    # Chinese-language business and general press of the mainland, Taiwan, Hong Kong and overseas
    ("據《每日經濟新聞》報導，價格下降。", "nbd"),
    ("据《每日经济新闻》报道，价格下降。", "nbd"),
    ("《華爾街見聞》專文指出，微軟與Anthropic達成合作。", "wallstreetcn"),
    ("《华尔街见闻》专文指出，微软与Anthropic达成合作。", "wallstreetcn"),
    ("據財聯社報導，晶片出口下降。", "cls"),
    ("据新京报报道，芯片出口下降。", "beijing-news"),
    ("據世界日報報導，價格下降。", "world-journal"),
    ("據端傳媒報導，價格下降。", "initium"),
    # Japan, Korea, Europe, the US
    ("據韓國經濟新聞報導，三星將擴產。", "korea-economic-daily"),
    ("According to the Korea Economic Daily, Samsung will expand.", "korea-economic-daily"),
    ("According to a report in the Irish newspaper, The Business Post, the bank banned the chatbot.", "business-post-ie"),
    ("However, a Telegraph report suggested that the bank was worried.", "the-telegraph"),
    ("Barron's reported that the shares fell.", "barrons"),
    ("据《时代杂志》报道，价格下降。", "time-magazine"),
    # analyst and rating firms, think tanks
    ("據穆迪的報告，風險上升。", "moodys"),
    ("A Pew Research Center survey showed most adults use chatbots.", "pew"),
    ("據中央研究院的研究顯示，模型更準確。", "academia-sinica"),
    ("LiveBench 实测显示，o3-mini 胜出。", "livebench"),
])
def test_cites_outlets_and_analysts_added_to_the_gazetteer(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text", [
    "A spokesman told the paper that it was fine.",   # "the paper" is no "ThePaper"
    "The paper reported that prices fell.",
    "According to analysts, Reuters will cut jobs.",  # no outlet description before the apposition
    "According to the newspaper, Reuters will cut jobs.",
    "據業內人士，路透社將裁員。",
    "据业内人士，路透社将裁员。",
    "每经过一次测试，分数就上升。",                   # 每经 is no outlet
])
def test_cites_no_outlet_in_a_phrase_or_a_later_clause(facts, text):
    assert not _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("ChatGPT is the fastest-growing app, according to analysis by investment bank UBS.", "ubs"),
    ("據瑞銀的分析，ChatGPT增長最快。", "ubs"),
    ("据瑞银的分析，ChatGPT增长最快。", "ubs"),
    ("According to a Stanford University study, the model is faster.", "stanford-university"),
])
def test_cites_according_to_an_investment_bank_or_a_university_study(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("《每日經濟新聞》記者親自對Grok 3進行了深入測試。", "nbd"),
    ("《每日经济新闻》记者亲自对Grok 3进行了深入测试。", "nbd"),
    ("路透社的記者實際測試了這款聊天機器人。", "reuters"),
    ("Reuters reporters tested the chatbot for a week.", "reuters"),
])
def test_cites_what_an_outlets_journalists_found(facts, text, cited):
    assert ("CITES", "article-test", cited) in facts(text)


@pytest.mark.parametrize("text", [
    "記者實際測試了這款聊天機器人。",
    "记者实际测试了这款聊天机器人。",
    "The reporter tested the chatbot for a week.",
    "執行長出席聽證會。（路透社記者攝）",
])
def test_cites_no_outlet_for_an_unnamed_reporter_or_a_credit(facts, text):
    assert not _cites(facts, text)


@pytest.mark.parametrize("text, full, short", [
    ("網信辦發布《示例內容標識辦法》（以下簡稱《標識辦法》）。《標識辦法》要求標識。", "示例内容标识办法", "标识办法"),
    ("网信办发布《示例内容标识办法》（以下简称《标识办法》）。《标识办法》要求标识。", "示例内容标识办法", "标识办法"),
    ("The legislature passed the Example Safety Act (hereinafter the Safety Act). The Safety Act takes effect in May.",
     "example-safety-act", "safety-act"),
])
def test_names_a_short_title_introduced_for_a_full_one_is_the_same_policy(extractor, text, full, short):
    nodes = _nodes(extractor, text)
    assert full in nodes and short not in nodes


@pytest.mark.parametrize("text, short", [
    ("网信办发布了《示例暂行办法》和《标识办法》。", "标识办法"),
    ("網信辦發布了《示例暫行辦法》和《標識辦法》。", "标识办法"),
])
def test_names_two_titles_in_a_list_stay_two_policies(extractor, text, short):
    assert short in _nodes(extractor, text)


@pytest.mark.parametrize("text, place, wire", [
    ("（法新社布魯塞爾4日電）歐洲聯盟今天表示，已展開調查。", "brussels", "afp"),
    ("（法新社布鲁塞尔4日电）欧洲联盟今天表示，已展开调查。", "brussels", "afp"),
    ("（中央社記者吳家豪台北4日電）國科會今天表示，將推動指引。", "taipei", "cna"),
    ("新华社北京3月5日电 国务院发布意见。", "beijing", "xinhua"),
    ("Yahoo新聞 香港（法新社電）\n歐盟今天表示，已展開調查。", "hong-kong", "afp"),
    ("BRUSSELS (Reuters) - The EU said it opened a probe.", "brussels", "reuters"),
    ("WASHINGTON, May 21 (Reuters) - Nvidia said sales rose.", "washington", "reuters"),
])
def test_names_the_place_of_a_dateline_is_no_party(extractor, facts, text, place, wire):
    assert place not in _nodes(extractor, text)
    assert wire in _cites(facts, text)


@pytest.mark.parametrize("text, place", [
    ("布魯塞爾今天表示，已展開調查。", "brussels"),
    ("北京当局近期召集了多家企业。", "beijing"),
    ("Washington imposed new export rules.", "washington"),
])
def test_names_a_place_outside_a_dateline_is_still_found(extractor, text, place):
    assert place in _nodes(extractor, text)


@pytest.mark.parametrize("text, entity", [
    # central banks and financial regulators
    ("The Central Bank of Ireland banned ChatGPT on its devices.", "central-bank-ireland"),
    ("愛爾蘭央行禁止員工使用ChatGPT。", "central-bank-ireland"),
    ("中国人民银行发布了指引。", "pboc"),
    ("國家金融監督管理總局發布了通知。", "nfra"),
    ("香港金融管理局發出了指引。", "hkma"),
    ("The Monetary Authority of Singapore issued guidance.", "mas"),
    ("欧洲央行警告了风险。", "ecb"),
    ("The Financial Conduct Authority warned of risks.", "fca-uk"),
    # executive bodies and ministries
    ("國安局昨發布新聞稿，指出五款應用存在風險。", "taiwan-nsb"),
    ("国安局发布新闻稿，指出五款应用存在风险。", "taiwan-nsb"),
    ("陸委會禁止公務員使用DeepSeek。", "taiwan-mac"),
    ("數發部禁止公務機關使用DeepSeek。", "moda"),
    ("印度电子信息技术部在声明中表示，不考虑监管。", "india-meity"),
    ("India's Ministry of Electronics and Information Technology issued an advisory.", "india-meity"),
    ("国家广电总局发布了通知。", "nrta"),
    ("公安部发布了通知。", "china-mps"),
    ("The CMA opened a review of the partnership.", "cma"),
    ("竞争与市场管理局启动了审查。", "cma"),
])
def test_entities_regulators_central_banks_and_executive_bodies_are_known(extractor, text, entity):
    assert entity in _nodes(extractor, text)


@pytest.mark.parametrize("text", ["Fed up with the delays, users left.", "The MAS ending of the word is odd."])
def test_entities_no_regulator_in_ordinary_words(extractor, text):
    assert not ({"federal-reserve"} & _nodes(extractor, text))


@pytest.mark.parametrize("text, not_node", [
    ("Meta released Llama 4. pic.twitter.com/gmXgDw09qN", "x-corp"),
    ("詳見 https://www.reuters.com/technology/ 的說明。", "reuters"),
    ("详见 www.bloomberg.com/news 的说明。", "bloomberg"),
])
def test_names_inside_a_web_address_are_no_parties(extractor, text, not_node):
    assert not_node not in _nodes(extractor, text)


@pytest.mark.parametrize("text, node", [
    ("Character.AI released a new model.", "character-ai"),
    ("Twitter chief Elon Musk spoke.", "x-corp"),
])
def test_names_with_a_dot_are_still_names(extractor, text, node):
    assert node in _nodes(extractor, text)


@pytest.mark.parametrize("text, person", [
    ("馬斯克旗下的xAI發布了Grok 3。", "elon-musk"),
    ("马斯克旗下的xAI发布了Grok 3。", "elon-musk"),
    ("Elon Musk's xAI released Grok 3.", "elon-musk"),
])
def test_names_a_person_only_mentioned_is_no_node(extractor, text, person):
    ex = extractor.extract(Article(id=A, title="t", text=text))
    assert person not in {n.id for n in ex.nodes}
    assert person not in {e.target for e in ex.edges}


@pytest.mark.parametrize("text, person", [
    ("馬斯克表示，Grok 3更聰明。", "elon-musk"),
    ("马斯克表示，Grok 3更聪明。", "elon-musk"),
    ("Elon Musk said Grok 3 is smarter.", "elon-musk"),
])
def test_names_a_quoted_person_is_a_node_and_a_source(extractor, facts, text, person):
    assert person in _nodes(extractor, text)
    assert person in _cites(facts, text)


@pytest.mark.parametrize("text", [
    # statements of companies, governments, regulators and universities, in every construction (issue 12, kind a)
    "微軟發言人表示，服務已恢復。",
    "微软在声明中称，服务已恢复。",
    "Microsoft said in a statement that service was restored.",
    "In a blog post, Google said Gemini is faster.",
    "歐盟執委會表示，將展開調查。",
    "欧盟委员会指出，将展开调查。",
    "The European Commission said it would investigate.",
    "The White House said the order takes effect.",
    "美國商務部宣布，將限制出口。",
    "美国商务部表示，将限制出口。",
    "Italy's data protection authority said it had opened a probe.",
    "義大利個資保護局表示，已展開調查。",
    "意大利数据保护局表示，已展开调查。",
    "清华大学表示，课程免费。",
    "國科會表示，將推動指引。",
    "According to Microsoft, the outage is over.",
    "據微軟表示，服務已恢復。",
    "据微软称，服务已恢复。",
    "根據歐盟的聲明，調查已展開。",
    "According to the White House, the order is signed.",
    "OpenAI消息人士透露，模型將發布。",
    "Nvidia did not respond to a request for comment.",
])
def test_cites_no_statement_in_any_construction(facts, text):
    assert not _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("CNBC reported on Tuesday that talks stalled.", "cnbc"),
    ("The talks were first reported by The Information.", "the-information"),
])
def test_cites_wire_news_and_first_reports(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, place", [
    ("Sunny Cheung, a Washington, D.C.-based analyst, spoke.", "washington"),
    ("China-based DeepSeek released R1.", "china"),
    ("The conference in Brussels, Belgium, opened on Monday.", "brussels"),
    ("The conference in Brussels, Belgium, opened on Monday.", "belgium"),
    ("总部位于北京的智谱发布了新模型。", "beijing"),
    ("總部位於北京的智譜發布了新模型。", "beijing"),
])
def test_names_a_place_that_only_locates_is_no_node(extractor, text, place):
    assert place not in _nodes(extractor, text)


@pytest.mark.parametrize("text, places", [
    # a place whose officials or regulators follow it acts; "authorities in France" only says where they are
    ("France, Germany and Ireland's regulators have concerns.", {"france", "germany", "ireland"}),
    ("法国和爱尔兰的监管机构正在寻求答复。", {"france", "ireland"}),
    ("Italy banned DeepSeek.", {"italy"}),
    ("意大利禁止了DeepSeek。", {"italy"}),
])
def test_names_places_as_parties_are_still_nodes(extractor, text, places):
    assert places <= _nodes(extractor, text)
