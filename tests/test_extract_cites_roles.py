"""CITES by the role a name plays next to the verb: who speaks for an office, who only owns what speaks, who is
spoken of, a journalist reporting or acting as a party, a statement sent to an outlet, an outlet characterising
the news, a caption's credit, and a source line closing a story. Invented names and sentences."""
import pytest

from newsgraph.loaders.readers import read_string

A = "article-test"


def _cites(facts, text, **article):
    return {f[2] for f in facts(text, **article) if f[0] == "CITES"}


@pytest.mark.parametrize("text, person", [
    # a head of state or a governor with the title speaks for the office: the office's statement, no source
    ("美国总统特朗普周一表示，将允许示例公司出口芯片。", "trump"),
    ("美國總統川普週二表示，關稅將維持不變。", "trump"),
    ("President Biden said on Monday the rule protects national security.", "biden"),
    # what a person owns speaks, not the person
    ("Trump's order says agencies must review the rules within 90 days.", "trump"),
    ("Musk’s lawsuit says Acme abandoned its mission.", "elon-musk"),
    ("特朗普的行政令表示，各机构须在90天内完成审查。", "trump"),
    ("川普的行政命令指出，各機關須在90天內完成審查。", "trump"),
    # a person named after the verb of another subject is what they spoke of
    ('They said Mr Roe "has never been accused of any crime".', "mr-roe"),
    ("The lawyers said Sam Altman had misled the board.", "sam-altman"),
    # a person characterising an act gives no information the article draws on
    ("CEO Sam Altman described the move as part of a democratic infrastructure.", "sam-altman"),
    # the title given earlier in the article: still the office speaking
    ("President Trump signed the order on Monday. Trump said it would protect jobs.", "trump"),
    ("美国总统特朗普周一签署行政令。特朗普在社交平台发文写道，这将保护就业。", "trump"),
    ("美國總統川普週一簽署行政命令。川普在社群平台發文寫道，這將保護就業。", "trump"),
])
def test_cites_no_person_who_speaks_for_an_office_owns_the_words_or_is_spoken_of(facts, text, person):
    assert person not in _cites(facts, text)


@pytest.mark.parametrize("text, person", [
    ("特朗普表示，关税将维持不变。", "trump"),
    ("“We are pleased,” said Jane Roe, an analyst at Gartner.", "jane-roe"),
    ('"It is a turning point," said Sam Altman.', "sam-altman"),
    ("Sam Altman said the model is safer.", "sam-altman"),
])
def test_cites_a_person_who_speaks_still_cited(facts, text, person):
    assert person in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("第一财经记者获悉，截至9月底，示例模型的调用量已突破30万亿。", "yicai"),
    ("《每日经济新闻》记者从多个渠道获悉，示例模型将于下周发布。", "nbd"),
    ("路透社記者實際測試了這款聊天機器人。", "reuters"),
    ("Reuters reporters tested the chatbot for a week.", "reuters"),
    ("A Bloomberg correspondent saw the prototype in Shenzhen.", "bloomberg"),
])
def test_cites_what_an_outlets_journalists_learn_or_test(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, outlet", [
    # a journalist who sues acts as a party: no reporting of the outlet
    ("美国《纽约时报》调查记者王大同等人周一提出诉讼，指控示例公司侵权。", "nyt"),
    ("美國《紐約時報》調查記者王大同等人週一提起訴訟，指控示例公司侵權。", "nyt"),
    ("A New York Times reporter sued Acme on Monday.", "nyt"),
    ("Two Reuters journalists signed the open letter against Acme.", "reuters"),
])
def test_cites_no_outlet_whose_journalist_acts_as_a_party(facts, text, outlet):
    assert outlet not in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("“Our forum is uniquely valuable,” Roe wrote in an emailed statement to The Verge, stressing the point.", "the-verge"),
    ('"We will appeal," the company said in an emailed statement to Reuters.', "reuters"),
    ('"We disagree," a spokesperson said in a written statement to Bloomberg on Friday.', "bloomberg"),
    ("在接受澎湃新闻等媒体采访时，示例公司CEO王大同表示，市场仍在增长。", "the-paper"),
    ("在接受彭博社等多家媒體採訪時，該公司執行長表示，需求強勁。", "bloomberg"),
])
def test_cites_a_statement_or_interview_given_to_an_outlet(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("VentureBeat described it as “a turning point” for open-source AI.", "venturebeat"),
    ("Reuters described the ruling as a setback for Acme.", "reuters"),
])
def test_cites_an_outlet_characterising_the_news(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, not_cited", [
    ("The method described in Reuters' earlier story was copied.", "reuters"),
    ("The model was described by Acme as its safest yet.", "acme"),
    ("Acme described the model as its safest yet.", "acme"),
])
def test_cites_no_speaker_in_a_description(facts, text, not_cited):
    assert not_cited not in _cites(facts, text)


@pytest.mark.parametrize("text, wire", [
    ("中央社記者王小?台北3日電 (2025-03-03 09:41:05)\n\n行政院今天通過指引。", "cna"),   # a character the page garbled
    ("（中央社记者王小明台北20日电）行政院今天通过指引。", "cna"),
    ("新华社记者王小明\n\n行政院今天通过指引。", "xinhua"),
])
def test_cites_the_wire_of_a_dateline_or_credit_with_a_reporter(facts, text, wire):
    assert wire in _cites(facts, text)


def test_cites_no_wire_credited_under_a_caption_but_the_byline_wire(facts):
    text = ("A view of the court in San Francisco, California. (AFP)\n\nBy AP (Associated Press)\n\n"
            "The court ruled for Acme on Tuesday.")
    cited = _cites(facts, text)
    assert "afp" not in cited and "ap" in cited


@pytest.mark.parametrize("raw, cited", [
    ("示例公司发布新模型\n\n示例公司周二发布了新一代模型，性能大幅提升。\n\n该公司表示，模型将于下月开放。\n\n来源：新浪财经\n", "sina"),
    ("示例公司發布新模型\n\n示例公司週二發布了新一代模型，性能大幅提升。\n\n該公司表示，模型將於下月開放。\n\n來源:人民日報  責任編輯:王小明\n",
     "peoples-daily"),
])
def test_cites_the_outlet_a_closing_source_line_credits(extractor, raw, cited):
    article = read_string(raw, "story.txt")[0]
    edges = {(e.type.value, e.source, e.target) for e in extractor.extract(article).edges}
    assert ("CITES", article.id, cited) in edges and ("PUBLISHED", cited, article.id) not in edges


def test_cites_a_source_line_under_the_title_is_the_publisher(extractor):
    raw = "示例公司发布新模型\n\n来源：新浪财经 2025-01-28\n\n示例公司周二发布了新一代模型。\n\n该公司表示，模型将于下月开放。\n"
    article = read_string(raw, "story.txt")[0]
    edges = {(e.type.value, e.source, e.target) for e in extractor.extract(article).edges}
    assert ("PUBLISHED", "sina", article.id) in edges and ("CITES", article.id, "sina") not in edges


@pytest.mark.parametrize("text, cited", [
    ("《金融時報》報導，美國史丹佛大學 (Stanford) 和開源 AI 新創公司 Hugging Face 的研究顯示，開源模型下載量大增。", "hugging-face"),
    ("美国斯坦福大学和谷歌的一项研究显示，开源模型下载量大增。", "google"),
    ("A Stanford University and Google study found that open models are catching up.", "google"),
])
def test_cites_a_company_listed_as_an_author_of_a_study(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, not_cited", [
    ("斯坦福大学的研究显示，谷歌的模型下载量大增。", "google"),
    ("史丹佛大學的研究顯示，谷歌的模型下載量大增。", "google"),
    ("Gartner data shows Google and Microsoft lead the market.", "google"),
    ("清华大学与阿里巴巴合作推出新模型。", "alibaba"),
])
def test_cites_no_company_the_study_only_names(facts, text, not_cited):
    assert not_cited not in _cites(facts, text)


@pytest.mark.parametrize("publisher, text, outlet", [
    ("澎湃新闻 The Paper (via example.com.cn)", "澎湃新闻记者获悉，截至9月底，示例模型的调用量已突破30万亿。", "the-paper"),
    ("第一財經(轉載於 example.com.tw)", "第一財經記者獲悉，示例模型將於下週發布。", "yicai"),
    ("Reuters (via Example Finance)", "Reuters reporters tested the chatbot for a week.", "reuters"),
])
def test_cites_the_outlet_whose_story_a_host_carries(facts, publisher, text, outlet):
    assert outlet in _cites(facts, text, publisher=publisher)
    assert outlet not in _cites(facts, text, publisher=publisher.split(" (")[0].split("(")[0])  # its own story: no self-citation


@pytest.mark.parametrize("text, not_cited", [
    ("Jane Roe, senior research officer at Market Watchers said that this is a deregulation.", "market-watchers"),
    ("Jane Roe, an analyst with Harbor Partners said demand was strong.", "harbor-partners"),
])
def test_cites_no_employer_named_after_at_as_a_person(facts, text, not_cited):
    assert not_cited not in _cites(facts, text)


_PAGE = ("<html><head><meta charset='utf-8'><title>{title}</title></head><body><article><h1>示例公司發布新模型</h1>"
         "<p>【明報專訊】示例公司昨日發布新一代模型，性能大幅提升，該公司並表示將於下月開放給所有用戶使用，"
         "價格維持不變。</p><p>分析人士認為，新模型將加劇市場競爭，其他公司或跟進降價。</p></article></body></html>")


@pytest.mark.parametrize("title, cited", [
    ("示例公司發布新模型 - 明報新聞網", False),   # the page's own paper: its credit line is no citation
    ("示例公司發布新模型 | 明報新聞網", False),
    ("示例公司發布新模型", True),                # no site named: the credit line names the paper the story is from
])
def test_cites_no_credit_line_of_the_site_a_page_title_names(extractor, title, cited):
    article = read_string(_PAGE.format(title=title), "story.html")[0]
    edges = {(e.type.value, e.target) for e in extractor.extract(article).edges}
    assert (("CITES", "ming-pao") in edges) == cited


@pytest.mark.parametrize("text, host", [
    ("Reuters (via Yahoo News UK) · By Jane Roe · 2024-06-14\n\nAcme delayed its chatbot for Canada.", "yahoo-news"),
    ("Bloomberg (via Yahoo Finance)\n\nAcme delayed its chatbot for Canada.", "yahoo-finance"),
])
def test_cites_no_host_an_outlets_story_is_read_through(facts, text, host):
    assert host not in _cites(facts, text)
