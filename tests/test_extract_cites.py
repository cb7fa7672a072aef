import pytest

from newsgraph.schema import Article

A = "article-test"


@pytest.mark.parametrize("text, cited", [
    ("《華爾街日報》12日刊文稱,開源模型正在普及。", "wsj"),
    ("《华尔街日报》指出，开源模型正在普及。", "wsj"),
    ("據路透社報道,DeepSeek正在招聘。", "reuters"),
    ("根据彭博社的数据，芯片出口下降。", "bloomberg"),
    ("根據研究公司“人工分析”(Artificial Analysis)的數據,差距正在縮小。", "artificial-analysis"),
    ("According to Reuters, the company is hiring.", "reuters"),
    ("The Financial Times reported that talks had stalled.", "ft"),
    ("Jensen Huang, Nvidia's chief executive, said demand was strong.", "jensen-huang"),
    ("路透社引述知情人士指,發佈已押後。", "reuters"),
    ("彭博社指，價格下降。", "bloomberg"),
    ("Prices fell, a report from Bloomberg showed.", "bloomberg"),
    ("Jensen Huang, Nvidia's chief executive, who spoke in Taipei, said demand was strong.", "jensen-huang"),
    ("按照摩根士丹利公布的数据，下载量大增。", "morgan-stanley"),
    ("Omdia analysts said in a note that demand was strong.", "omdia"),
    ("彭博社15日在報導中表示,出口需要許可證。", "bloomberg"),
    ("Gartner, which tracks chip sales, has argued that prices will fall.", "gartner"),
    ("IDC released a new survey on Monday, saying demand was weak.", "idc"),
    # associations, unions and alliances speak for their members: their statements are cited (the z11 convention)
    ("The tech industry group Chamber of Progress said the law would hurt.", "chamber-of-progress"),
    ("The Authors Guild said the settlement was fair.", "authors-guild"),
    ("開放原始碼促進會（OSI）發文批評了這項授權。", "開放原始碼促進會"),
])
def test_cites_sources(facts, text, cited):
    assert ("CITES", A, cited) in facts(text)


@pytest.mark.parametrize("text", ["《金融時報》援引一位香港分析師稱,價格正在下降。", "A Silicon Valley investor said prices are falling."])
def test_cites_a_place_that_only_describes_the_speaker_is_not_cited(facts, text):
    assert not {f for f in facts(text) if f[0] == "CITES" and f[2] in ("hong-kong", "silicon-valley")}


@pytest.mark.parametrize("text", [
    "依照中國法律，企業須配合調查。",
    "有美國業界人士評論說，這是一項好政策。",
    "Nvidia wrote off the inventory last quarter.",
    "如果中國的模型在全球佔據主導地位,後果難料。",
    "有美國開發者將其稱為又一個突破。",
    "Google美國時間25日發表新模型。",
])
def test_cites_words_that_only_look_like_cues(facts, text):
    assert not {f for f in facts(text) if f[0] == "CITES" and f[2] in ("china", "united-states", "nvidia")}


def test_cites_not_its_own_outlet(facts):
    assert ("CITES", A, "reuters") not in facts("Reuters reported the news first.", publisher="Reuters")


@pytest.mark.parametrize("text, name", [
    ("北京一家律师事务所的合伙人陈磊对记者表示，新规很重要。", "陈磊"),
    ("城市大學副教授梁嘉聰接受查詢時指，這是務實之選。", "梁嘉聰"),
    ("示例公司董事長李大同在法說會上表示，需求強勁。", "李大同"),
    ("示例科技執行長Jane Roe表示，營收成長。", "Jane Roe"),
])
def test_cites_a_titled_speaker_talking_to_reporters(extractor, text, name):
    ex = extractor.extract(Article(id=A, title="t", text=text))
    person = next(n for n in ex.nodes if n.name == name)
    assert ("CITES", A, person.id) in {(e.type.value, e.source, e.target) for e in ex.edges}


def test_cites_a_person_later_named_by_surname_alone(extractor):
    text = "Chief executive C.C. Wei spoke first. Later, Wei said margins would hold."
    edge = next(e for e in extractor.extract(Article(id=A, title="t", text=text)).edges if e.type.value == "CITES")
    assert edge.target == "cc-wei" and [ev.sentence for ev in edge.evidence] == ["Later, Wei said margins would hold."]


def test_cites_quoted_person_is_a_source(extractor):
    from newsgraph.schema import Article

    art = Article(id=A, title="t", text="市場分析師王小明(Wang Xiaoming)表示:“開源模型會更普及。”")
    ex = extractor.extract(art)
    person = next(n for n in ex.nodes if n.name == "王小明")
    assert person.type.value == "Source" and person.kind == "person" and "Wang Xiaoming" in person.aliases
    assert person.confidence < 1.0
    assert any(e.type.value == "CITES" and e.target == person.id for e in ex.edges)


def test_cites_a_link_to_an_outlet(extractor):
    from newsgraph.schema import Article

    text = "全世界都在談論開源模型。\nwww.wsj.com/tech/ai/some-story"
    art = Article(id=A, title="t", text=text, links=["https://www.wsj.com/tech/ai/some-story"])
    edges = {(e.type.value, e.target) for e in extractor.extract(art).edges}
    assert ("CITES", "wsj") in edges


def test_cites_the_interviewee_of_a_question_and_answer_piece(extractor):
    text = ("示例實驗室創辦人王大明近日接受本報專訪。\n問：為何開源？\n王大明：因為社群很重要。\n"
            "問：下一步？\n王大明：繼續投入。")
    edges = [e for e in extractor.extract(Article(id=A, title="t", text=text)).edges if e.type.value == "CITES"]
    assert [(e.target, e.evidence[0].rule, e.evidence[0].sentence) for e in edges] == [
        ("王大明", "cites.interview", "王大明：因為社群很重要。")]


def test_cites_no_interview_without_questions_answered_by_someone(extractor):
    text = "Why does it matter?\nNobody knows.\nWhat comes next?\nMore models."
    assert not [e for e in extractor.extract(Article(id=A, title="t", text=text)).edges if e.type.value == "CITES"]


def _cites(facts, text, **article):
    return {f[2] for f in facts(text, **article) if f[0] == "CITES"}


@pytest.mark.parametrize("text", [
    "據悉OpenAI將在下月發佈新模型。",
    "据称OpenAI将在下月发布新模型。",
    "據了解微軟已與OpenAI達成協議。",
    "据报道微软已与OpenAI达成协议。",
    "據估計輝達的出貨量將翻倍。",
    "据此谷歌调整了产品路线。",
])
def test_cites_hedged_ju_names_no_source(facts, text):
    """据称/据悉/据了解/据报道 ("allegedly", "it is understood") name no source: the next name is no citation."""
    assert not _cites(facts, text) & {"openai", "microsoft", "nvidia", "google"}


@pytest.mark.parametrize("text, cited", [
    ("據路透社報道，OpenAI將發佈新模型。", "reuters"),
    ("据彭博社报道，OpenAI将发布新模型。", "bloomberg"),
])
def test_cites_ju_before_a_name_still_cites(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, employer, person", [
    ("示例公司執行長王大同表示，需求強勁。", "示例公司", "王大同"),
    ("Stability AI CEO Jane Roe called it a betrayal.", "stability-ai", None),
    ("Google executives said the model is faster.", "google", None),
    ("Google's chief executive said the model is faster.", "google", None),
    ("據OpenAI員工透露，新模型已完成訓練。", "openai", None),
    ("据OpenAI员工透露，新模型已完成训练。", "openai", None),
    ("微软的高管表示，需求强劲。", "microsoft", None),
])
def test_cites_a_person_of_an_organisation_not_the_employer(facts, text, employer, person):
    """Speech by a company's people is no citation of the company (issue 12: never their employer)."""
    cited = _cites(facts, text)
    assert employer not in cited
    if person:
        assert person in cited


@pytest.mark.parametrize("text, cited", [
    ("彭博社研究人員表示，價格下降。", "bloomberg"),
    ("彭博社研究人员表示，价格下降。", "bloomberg"),
    ("Bloomberg researchers said prices fell.", "bloomberg"),
])
def test_cites_who_speaks_for_an_organisation(facts, text, cited):
    """An outlet's or research body's people give its information."""
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text", [
    # a company, a lab, a government, a regulator, a country, a group: statements, not sources (issue 12)
    "OpenAI表示,新模型更便宜。",
    "OpenAI表示，新模型更便宜。",
    "輝達15日在提交給美國證券交易委員會的文件中表示,出口需要許可證。",
    "英伟达15日在提交给美国证券交易委员会的文件中表示，出口需要许可证。",
    "輝達說，需求強勁。",
    "英伟达说，需求强劲。",
    "Nvidia confirmed the order.",
    "Meta, which releases its Llama models with open weights, has argued that the rules go too far.",
    "Anthropic released a new model on Monday, saying it was safer.",
    "The model is cheap, said OpenAI.",
    "美國商務部發言人表示，許可證已核發。",
    "美国商务部发言人表示，许可证已核发。",
    "A Nvidia spokesperson said the chips are on sale.",
    "香港政府發言人表示，系統將先試行。",
    "歐盟指出，新政策將削弱競爭。",
    "欧盟指出，新政策将削弱竞争。",
    "The European Commission said the policy may breach the rules.",
    "中國表示，將採取反制措施。",
    "中国表示，将采取反制措施。",
    "China said the rules were unfair.",
    "Stanford University said the course is free.",
    # according to a company or a government: its statement, not an informant
    "按照月之暗面公布的数据，下载量大增。",
    "根據阿里巴巴公佈的數據，下載量大增。",
    "根据阿里巴巴公布的数据，下载量大增。",
    "根據明天行政院會議程顯示，指引將通過。",
    "According to OpenAI, the model is cheaper.",
    "According to the Commerce Department, licences were issued.",
])
def test_cites_no_statement_of_a_company_government_or_country(facts, text):
    """A speech verb after a company, government, regulator or country is a statement, no citation (an association's
    is cited: test_cites_sources)."""
    assert not _cites(facts, text)


@pytest.mark.parametrize("text, place", [
    ("美國AI新創公司Anthropic安全報告指出，模型會說謊。", "united-states"),
    ("美国AI新创公司Anthropic安全报告指出，模型会说谎。", "united-states"),
    ("據美國演員工會發布的訊息，影片很多。", "united-states"),
    ("義大利反壟斷機構表示，Meta可能違規。", "italy"),
    ("意大利反垄断机构表示，Meta可能违规。", "italy"),
    ("A California start-up said the model is faster.", "california"),
    ("北京券商分析師表示，股價偏高。", "beijing"),
    ("一家北京初创公司表示，模型更快。", "beijing"),
])
def test_cites_no_place_inside_a_longer_description(facts, text, place):
    assert place not in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    # outlets, broadcasters and wires of the US, Europe, Japan, Korea, Hong Kong, Taiwan and China
    ("據經濟日報報導，行政院將通過指引。", "economic-daily-news"),
    ("据经济日报报道，行政院将通过指引。", "economic-daily-news"),
    ("According to The Register, the model is slower.", "the-register"),
    ("據日經新聞報導，需求強勁。", "nikkei"),
    ("据朝日新闻报道，需求强劲。", "asahi-shimbun"),
    ("Le Monde reported that the talks had stalled.", "le-monde"),
    ("據自由時報報導，晶片出貨增加。", "liberty-times"),
    ("据德新社报道，谈判陷入僵局。", "dpa"),
    # banks and analyst firms whose analysts are quoted
    ("Analysts at Bank of America said the model is strong.", "bank-of-america"),
    ("美銀證券分析師表示，需求強勁。", "bank-of-america"),
    ("富国银行分析师表示，需求强劲。", "wells-fargo"),
    ("Wells Fargo's trading desk said the news was positive.", "wells-fargo"),
    ("瑞士聯合私人銀行董事總經理表示，中國傾向自主發展。", "ubp"),
    # research institutes and think tanks
    ("上海金融与发展实验室指出，行动蓝图形成闭环。", "sflab"),
    ("The Jamestown Foundation said the research was systematic.", "jamestown-foundation"),
    ("CSET researchers said the export rules had gaps.", "cset"),
])
def test_cites_outlets_analysts_and_research_bodies_of_many_countries(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, entity", [
    ("義大利競爭管理局對Meta展開調查。", "agcm"),
    ("意大利反垄断机构对Meta展开调查。", "agcm"),
    ("The Italian Competition Authority opened a probe into Meta.", "agcm"),
    ("法國國家資訊與自由委員會對OpenAI罰款。", "cnil"),
    ("The Information Commissioner's Office fined the company.", "ico"),
    ("韩国个人信息保护委员会暂停了DeepSeek的下载。", "korea-pipc"),
    ("國科會推動可信任AI對話引擎。", "nstc"),
    ("數位發展部發布AI產品評測指引。", "moda"),
    ("日本经济产业省发布了生成式AI指引。", "meti"),
])
def test_entities_regulators_and_ministries_are_known(extractor, text, entity):
    ex = extractor.extract(Article(id=A, title="t", text=text))
    assert entity in {n.id for n in ex.nodes}


@pytest.mark.parametrize("text, cited", [
    ("國際數據公司於今日發布了《中國雲市場追蹤》。", "idc"),
    ("国际数据公司于今日发布了《中国云市场追踪》。", "idc"),
    ("此前，智源研究院公布了覆蓋全球九十個模型的評測報告。", "baai"),
    ("此前，智源研究院公布了覆盖全球九十个模型的评测报告。", "baai"),
    ("A Gartner survey of chief executives showed spending rose.", "gartner"),
    ("集邦科技調研顯示，價格上漲。", "trendforce"),
    ("The report, published by IDC on Monday, shows growth.", "idc"),
    ("示例公司委託IDC進行的調查顯示，需求增加。", "idc"),
    ("示例公司委托IDC进行的调查显示，需求增加。", "idc"),
    ("集邦科技调研显示，价格上涨。", "trendforce"),
    ("GPT-4o長期佔據SuperCLUE的榜首位置。", "superclue"),
    ("GPT-4o长期占据SuperCLUE的榜首位置。", "superclue"),
    ("Gemini 2.5 Pro tops the Chatbot Arena leaderboard.", "lmarena"),
    ("在AlpacaEval 2.0上，示例模型排名第二。", "alpacaeval"),
])
def test_cites_what_a_research_body_publishes(facts, text, cited):
    """cites.report: an analyst firm, research body or outlet with its report, or a leaderboard where a ranking is given."""
    assert ("CITES", A, cited) in facts(text)


@pytest.mark.parametrize("text, not_cited", [
    ("OpenAI公布了覆蓋九十個模型的評測報告。", "openai"),        # a company's own report: no source construction
    ("微软发布了新的数据中心。", "microsoft"),
    ("Meta published new model weights.", "meta"),
    ("The app, published by ByteDance, is popular.", "bytedance"),
    ("The Chatbot Arena is popular with developers.", "lmarena"),   # a leaderboard named, no ranking
])
def test_cites_no_report_without_an_informant_and_what_it_publishes(facts, text, not_cited):
    assert not_cited not in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("Jane Roe told national broadcaster NHK that the ban was needed.", "nhk"),
    ("Jane Roe told the Financial Times that prices fell.", "ft"),
    ("In an interview with Bloomberg, Jane Roe said prices fell.", "bloomberg"),
    ("示例公司執行長在接受彭博社採訪時表示，價格下降。", "bloomberg"),
    ("示例公司执行长在接受彭博社采访时表示，价格下降。", "bloomberg"),
    ("示例公司執行長告訴路透社，價格下降。", "reuters"),
    ("示例公司执行长对路透社表示，价格下降。", "reuters"),
])
def test_cites_an_interview_given_to_an_outlet(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text, not_cited", [
    ("He told investors that Reuters was wrong.", "reuters"),
    ("他对路透社的做法很不满。", "reuters"),
    ("他向彭博社的记者挥手。", "bloomberg"),
    ("Jane Roe told Nvidia that the order was cancelled.", "nvidia"),   # told a company: no outlet
])
def test_cites_no_interview_without_an_outlet_right_after_the_cue(facts, text, not_cited):
    assert not_cited not in _cites(facts, text)


@pytest.mark.parametrize("text, person", [
    ("川普表示，關稅將維持不變。", "trump"),
    ("特朗普表示，关税将维持不变。", "trump"),
    ("Biden said the rule protects security.", "biden"),   # with the title he speaks for the office: test_extract_cites_roles
    ("習近平指出，要加快發展人工智慧。", "xi-jinping"),
    ("Macron said Europe must invest more.", "macron"),
])
def test_cites_heads_of_state_and_government_are_people(extractor, text, person):
    ex = extractor.extract(Article(id=A, title="t", text=text))
    node = next(n for n in ex.nodes if n.id == person)
    assert (node.type.value, node.kind) == ("Source", "person")
    assert ("CITES", A, person) in {(e.type.value, e.source, e.target) for e in ex.edges}


@pytest.mark.parametrize("text, speaker, other", [
    ("The deal came as President Trump toured the Gulf, where the research firm, Omdia, said it expected more chips.",
     "omdia", "trump"),
    ("As Jensen Huang visited Riyadh, the wire service, Reuters, said demand was strong.", "reuters", "jensen-huang"),
])
def test_cites_a_name_set_off_by_commas_before_the_verb_speaks(facts, text, speaker, other):
    cited = _cites(facts, text)
    assert speaker in cited and other not in cited


@pytest.mark.parametrize("text, not_cited, cited", [
    ("路透報導，多名前官員致函商務部長盧特尼克，對此表達關切，認為不該放行。", "howard-lutnick", "reuters"),
    ("路透报道，多名前官员致函商务部长卢特尼克，对此表达关切，认为不该放行。", "howard-lutnick", "reuters"),
    ("彭博報導，包含前白宮副國安顧問在內的專家，聯名致函國會，認為不該放行。", "white-house", "bloomberg"),
    ("美國市調機構IDC報告指出，需求會下降，宣稱要漲價。", "united-states", "idc"),
])
def test_cites_a_carried_over_speaker_is_a_subject_not_an_object(facts, text, not_cited, cited):
    """"…致函部长X，…，认为…": the addressee of a letter, a place or an employer inside the subject do not speak."""
    found = _cites(facts, text)
    assert not_cited not in found and cited in found


def test_cites_a_titled_person_opening_a_clause_carries_over(facts):
    assert "howard-lutnick" in _cites(facts, "美國商務部長盧特尼克週二會見業者，並表示將放行。")


@pytest.mark.parametrize("text, cited", [
    ("The firm was founded in 2023 by a hedge fund (via Bloomberg).", "bloomberg"),
    ("Sales doubled last year (via Reuters).", "reuters"),
])
def test_cites_an_outlet_after_via_in_brackets(facts, text, cited):
    assert ("CITES", A, cited) in facts(text)


@pytest.mark.parametrize("text", [
    "The model runs in the cloud (via Microsoft Azure).",
    "A robot on display (via Getty Images). Shares rose.",
])
def test_cites_no_via_of_a_company_or_a_picture_library(facts, text):
    assert not _cites(facts, text)


@pytest.mark.parametrize("text, name", [
    ("Nvidia shares rose. (Photo by Jane Roe/Getty Images)\nMore text.", "getty-images"),
    ("Shares rose. (Image credit: Shutterstock)\nMore text.", "getty-images"),
    ("Shares rose.\nNurPhoto via Getty Images\nMore text.", "getty-images"),
    ("Nvidia shares rose. (Photo: Reuters)\nMore text.", "reuters"),
    ("輝達股價上漲。（圖：路透社）\n更多內容。", "reuters"),
    ("英伟达股价上涨。（图：路透社）\n更多内容。", "reuters"),
    ("輝達股價上漲。（路透資料照）", "reuters"),
    ("英伟达股价上涨。（图片来源：彭博社）", "bloomberg"),
])
def test_entities_photo_credits_are_no_nodes(extractor, text, name):
    ex = extractor.extract(Article(id=A, title="t", text=text))
    assert name not in {n.id for n in ex.nodes}


def test_entities_an_outlet_outside_the_credit_is_still_cited(facts):
    assert ("CITES", A, "reuters") in facts("Reuters reported the deal. (Photo: Reuters)")


@pytest.mark.parametrize("text, body, person", [
    ("上海某某研究院主任、首席專家王大同對記者指出，藍圖形成閉環。", None, "王大同"),
    ("上海金融與發展實驗室主任、首席專家王大同對記者指出，藍圖形成閉環。", "sflab", "王大同"),
    ("上海金融与发展实验室主任王大同对记者指出，蓝图形成闭环。", "sflab", "王大同"),
    ("Bernstein analyst Jane Roe said demand was strong.", "bernstein", "jane-roe"),
    ("瑞士聯合私人銀行董事總經理王大同說，中國傾向自主發展。", "ubp", None),
])
def test_cites_a_research_body_with_its_person(facts, text, body, person):
    """A research body's or analyst firm's person speaks for its research: both are cited."""
    cited = _cites(facts, text)
    if body:
        assert body in cited
    if person:
        assert person in cited


@pytest.mark.parametrize("text, employer", [
    ("Nvidia CEO Jane Roe said demand was strong.", "nvidia"),
    ("清華大學教授王大同表示，模型很好。", "tsinghua-university"),
])
def test_cites_no_company_or_university_with_its_person(facts, text, employer):
    assert employer not in _cites(facts, text)


@pytest.mark.parametrize("text, cited", [
    ("路透社說，需求強勁。", "reuters"),
    ("路透社说，需求强劲。", "reuters"),
])
def test_cites_shuo_is_speech(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text", [
    "對OpenAI來說，這是好消息。",
    "对OpenAI来说，这是好消息。",
    "蘋果說明了新功能。",
    "據說蘋果將推出新功能。",
    "也就是说苹果将推出新功能。",
])
def test_cites_shuo_in_other_words_is_no_speech(facts, text):
    assert not _cites(facts, text)


@pytest.mark.parametrize("text, entity", [
    ("澳洲禁止政府設備使用DeepSeek。", "australia"),
    ("澳大利亚禁止政府设备使用DeepSeek。", "australia"),
    ("Australia banned DeepSeek on government devices.", "australia"),
    ("The Department of Home Affairs issued a directive.", "australia-home-affairs"),
    ("美國演員工會批評了Sora。", "sag-aftra"),
    ("美国演员工会批评了Sora。", "sag-aftra"),
    ("Reporters Without Borders urged Apple to act.", "rsf"),
    ("無國界記者呼籲蘋果撤下功能。", "rsf"),
    ("The Information Technology Industry Council warned of disruption.", "itic"),
    ("義大利國會通過了AI法。", "italian-parliament"),
    ("意大利议会通过了AI法。", "italian-parliament"),
    ("中國人民解放軍的研究人員使用了Llama。", "pla"),
    ("中国人民解放军的研究人员使用了Llama。", "pla"),
])
def test_entities_countries_departments_legislatures_and_groups_are_known(extractor, text, entity):
    ex = extractor.extract(Article(id=A, title="t", text=text))
    assert entity in {n.id for n in ex.nodes}


@pytest.mark.parametrize("text, company", [
    ("According to two people familiar with Nvidia's plans, the chip is delayed.", "nvidia"),
    ("People familiar with Nvidia's plans said the chip is late.", "nvidia"),
    ("據兩名熟悉輝達計畫的知情人士透露，晶片延後。", "nvidia"),
    ("据熟悉英伟达计划的人士透露，芯片延后。", "nvidia"),
    ("一位接近百川智能的人士透露，重心已轉向醫療。", "baichuan"),
    ("Amazon issued a similar warning to staffers in January.", "amazon"),
])
def test_cites_no_company_behind_an_unnamed_source(facts, text, company):
    """An unnamed source described by the company it knows is no citation of the company."""
    assert company not in _cites(facts, text)


def test_cites_an_outlet_citing_unnamed_sources_is_cited(facts):
    assert "reuters" in _cites(facts, "路透社引述知情人士指，發佈已押後。")
    assert "gartner" in _cites(facts, "Gartner cut its forecast after the firm issued a survey, warning that sales would fall.")


@pytest.mark.parametrize("text, wire", [
    ("（法新社布魯塞爾4日電）歐盟今天表示，已展開調查。", "afp"),
    ("（法新社布鲁塞尔4日电）欧盟今天表示，已展开调查。", "afp"),
    ("新华社北京3月5日电 国务院发布了意见。", "xinhua"),
    ("（中央社記者王大同台北4日電）行政院今天通過指引。", "cna"),
    ("WASHINGTON, May 21 (Reuters) - The administration rescinded the rule.", "reuters"),
])
def test_cites_the_wire_of_a_dateline(facts, text, wire):
    assert ("CITES", A, wire) in facts(text)


@pytest.mark.parametrize("text", [
    "Nvidia (NVDA) - shares rose.",
    "他說路透社的電視台很好。",
    "路透社在北京設有辦公室，用電量很大。",
])
def test_cites_no_dateline_without_a_wire_place_and_day(extractor, text):
    ex = extractor.extract(Article(id=A, title="t", text=text))
    assert not [ev for e in ex.edges for ev in e.evidence if ev.rule == "cites.byline"]


@pytest.mark.parametrize("text, cited", [
    ("Prices fell, a new survey from Gartner showed.", "gartner"),
    ("Sales rose, according to a new report by Counterpoint Research.", "counterpoint"),
    ("Jane Roe, speaking on CNBC, said demand was strong.", "cnbc"),
    ("Jane Roe, speaking on CNBC, said demand was strong.", "jane-roe"),
    ("Jane Roe wrote in the Financial Times that rules are needed.", "ft"),
    ("台灣經濟研究院研究員王大同分析，新規象徵意義大於實質。", "tier"),
    ("台湾经济研究院研究员王大同分析，新规象征意义大于实质。", "王大同"),
    ("數發部長王大同受訪時表示，資料存放於境內。", "王大同"),
    ("数发部长王大同受访时表示，资料存放于境内。", "王大同"),
])
def test_cites_more_source_constructions(facts, text, cited):
    assert cited in _cites(facts, text)


@pytest.mark.parametrize("text", ["數據分析，顯示增長。", "行业分析：价格下降。", "Jane Roe said on Tuesday that demand was strong."])
def test_cites_no_outlet_in_words_that_only_look_like_cues(facts, text):
    assert not _cites(facts, text) - {"jane-roe"}


@pytest.mark.parametrize("text, expected", [
    # the person inside "接受 <person> 访谈/采访" asks the questions: not the one cited
    ("他在5月接受分析師湯普森訪談時說，每個人都將擁有一個AI助理。", set()),
    ("他在5月接受分析师汤普森访谈时说，每个人都将拥有一个AI助理。", set()),
    ("扎克伯格在接受分析师汤普森访谈时说，每个人都将拥有AI助理。", {"cites.says"}),
    ("In an interview with analyst Ben Thompson, Mark Zuckerberg said everyone would have an AI assistant.", {"cites.says"}),
    # the analyst speaking is still cited
    ("分析師湯普森表示，每個人都將擁有一個AI助理。", {"cites.says"}),
    ("Analyst Ben Thompson said everyone would have an AI assistant.", {"cites.says"}),
])
def test_cites_an_interviewer_is_not_the_speaker(extractor, text, expected):
    found = extractor.extract(Article(id="a1", title="t", text=text))
    cited = {(e.target, ev.rule) for e in found.edges if e.type.value == "CITES" for ev in e.evidence}
    assert {rule for _, rule in cited} == expected and not any("普森" in t or t == "ben-thompson" for t, _ in cited
                                                                 if "Zuckerberg" in text or "他" in text)
