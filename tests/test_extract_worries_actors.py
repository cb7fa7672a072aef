"""WORRIES read as an acting party, its act and its target, in three scripts: the one who acts named before a venue
(a court in a place: the place is no party), a judge or court of a place that rules on another's suit (the place is
no party), a bare "the agency" standing for the body that opened the sentence
before, a raid or an on-site inspection, an inspection with its duration, opposition or an inspection received with
no 的, an order to block access, a demand written as "requested that" or "urged … to avoid", a notice issued, a
complaint filed with a body against the one the allegation names, the product a demanded stop goes into, the probed
company's own product named after it ("its chatbot X", 其聊天机器人X), a list of parties running past a place that
owns one of them ("the European Commission and the UK's CMA"), and a place that only says where the worried people
are (no party). Each class with cases that must find nothing (hedged, no act, no target)."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # the court's place only says where: the one who sues is named before it
    ("Google sued OpenAI in a California federal court over trade secrets.", {("openai", "google", "worries.probe")}),
    ("谷歌在加州联邦法院起诉OpenAI，指控其窃取商业机密。", {("openai", "google", "worries.probe")}),
    ("谷歌在加州聯邦法院起訴OpenAI，指控其竊取商業機密。", {("openai", "google", "worries.probe")}),
    # must find nothing: a hedged suit; a statement made at a court
    ("Google may sue OpenAI in a California federal court.", set()),
    ("谷歌可能在加州联邦法院起诉OpenAI。", set()),
    ("谷歌在加州聯邦法院表示，OpenAI是其對手。", set()),
])
def test_worries_actor_before_a_venue(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place's judge or court rules on a suit brought by others: the place is no party
    ("美国联邦法官驳回了多名作家起诉OpenAI的部分主张。", set()),
    ("美國聯邦法官駁回多名作家控告OpenAI的部分主張。", set()),
    ("美国法院驳回了作家起诉OpenAI的诉求。", set()),
    ("A US federal judge dismissed part of the authors' lawsuit against OpenAI.", set()),
    # the place's own government still sues, and a regulator of a place still probes
    ("美国政府起诉谷歌。", {("google", "united-states", "worries.probe")}),
    ("美國政府起訴谷歌。", {("google", "united-states", "worries.probe")}),
    ("The US sued Google over its search deals.", {("google", "united-states", "worries.probe")}),
    # a place right after 在 and right before the act only says where: the one who sues is named before it
    ("谷歌在美国起诉OpenAI，指控其窃取商业机密。", {("openai", "google", "worries.probe")}),
    ("谷歌在美國起訴OpenAI，指控其竊取商業機密。", {("openai", "google", "worries.probe")}),
])
def test_worries_a_places_judge_is_no_party(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the agency" is the one body that opened the sentence before
    ("The DOJ will lead inquiries into Nvidia. The FTC began looking into AI investments in January. "
     "The agency sent letters to Amazon and Anthropic.",
     {("nvidia", "us-justice-department", "worries.ban"), ("amazon", "ftc", "worries.probe"),
      ("anthropic", "ftc", "worries.probe")}),
    # must find nothing: two bodies opened the sentence before (which one?)
    ("The FTC and the DOJ opened an inquiry into AI deals. The agency sent letters to Amazon and Anthropic.", set()),
])
def test_worries_bare_agency_of_the_sentence_before(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a raid or an on-site inspection of a company
    ("The European Commission raided Nvidia's offices in Paris.", {("nvidia", "european-commission", "worries.probe")}),
    ("The European Commission carried out a raid on the offices of Nvidia as part of an antitrust probe.",
     {("nvidia", "european-commission", "worries.probe")}),
    ("欧盟委员会对英伟达进行了突击检查。", {("nvidia", "european-commission", "worries.probe")}),
    ("歐盟委員會對輝達進行了突擊檢查。", {("nvidia", "european-commission", "worries.probe")}),
    ("DeepSeek受到意大利数据保护局的突击检查。", {("deepseek", "garante", "worries.scrutiny")}),
    ("DeepSeek受到意大利數據保護局的突擊檢查。", {("deepseek", "garante", "worries.scrutiny")}),
    # an inspection with its duration written before the noun
    ("韩国个人信息保护委员会对OpenAI和谷歌进行了约5个月的检查。",
     {("openai", "korea-pipc", "worries.probe"), ("google", "korea-pipc", "worries.probe")}),
    ("韓國個人資訊保護委員會對OpenAI和谷歌進行了約5個月的檢查。",
     {("openai", "korea-pipc", "worries.probe"), ("google", "korea-pipc", "worries.probe")}),
    # must find nothing: a hedged raid; "raided the talent pool" of no company's premises by no public body
    ("The European Commission may raid Nvidia's offices.", set()),
    ("Nvidia raided the talent pool of Google.", set()),
])
def test_worries_raid_and_inspection(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # opposition received, the parties written right before the act with no 的
    ("欧盟《人工智能法案》遭到Meta和谷歌反对。",
     {("eu-ai-act", "meta", "worries.scrutiny"), ("eu-ai-act", "google", "worries.scrutiny")}),
    ("歐盟《人工智能法案》遭到Meta和谷歌反對。",
     {("eu-ai-act", "meta", "worries.scrutiny"), ("eu-ai-act", "google", "worries.scrutiny")}),
    ("The EU AI Act drew opposition from Meta and Google.",
     {("eu-ai-act", "meta", "worries.scrutiny"), ("eu-ai-act", "google", "worries.scrutiny")}),
    # must find nothing: hedged
    ("欧盟《人工智能法案》可能遭到Meta反对。", set()),
    ("歐盟《人工智能法案》可能遭到Meta反對。", set()),
    ("The EU AI Act could draw opposition from Meta.", set()),
])
def test_worries_opposition_received(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Garante ordered DeepSeek to block access to its app in Italy.", {("deepseek", "garante", "worries.probe")}),
    ("The Authors Guild has formally requested that OpenAI stop using its members' books.",
     {("openai", "authors-guild", "worries.probe")}),
    ("The Japanese government urged OpenAI to avoid infringing on copyrights.", {("openai", "japan", "worries.probe")}),
    # the product the stop is about, the company's own, is what worries (its maker too)
    ("The Authors Guild requested that OpenAI stop using its books to train its new text-generating AI, ChatGPT.",
     {("openai", "authors-guild", "worries.probe"), ("chatgpt", "authors-guild", "worries.probe")}),
    ("The FTC issued OpenAI with a preliminary enforcement notice over its chatbot.", {("openai", "ftc", "worries.probe")}),
    # a complaint filed with a body: the one the allegation names worries the complainant, not the body
    ("Euroconsumers filed a complaint with the Italian data protection authority, claiming that OpenAI processes "
     "personal data unlawfully.", {("openai", "euroconsumers", "worries.probe")}),
    ("Euroconsumers lodged a formal complaint with the European Commission alleging that Google's Gemini violated "
     "the DMA.", {("gemini", "euroconsumers", "worries.probe")}),
    # must find nothing: hedged; a complaint naming no one
    ("The Garante may order DeepSeek to block access to its app in Italy.", set()),
    ("Euroconsumers may file a complaint with the CNIL, alleging that OpenAI broke the law.", set()),
    ("Euroconsumers filed a complaint with the CNIL, saying that it had received no answer.", set()),
])
def test_worries_demands_notices_and_complaints(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("DeepSeek令华府担忧。", {("deepseek", "washington", "worries.causative")}),
    ("DeepSeek令華府擔憂。", {("deepseek", "washington", "worries.causative")}),
    # must find nothing: a place only says where the worried people (students, users) are
    ("抖音让台湾学子接收大量简体中文，担忧繁体中文未来会沦为弱势。", set()),
    ("抖音讓臺灣學子接收大量簡體中文，擔憂繁體中文未來會淪爲弱勢。", set()),
    ("DeepSeek令美国用户感到担忧。", set()),
])
def test_worries_people_of_a_place_are_no_party(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the probed company's own product, named after it with "its" and a kind noun, is probed with it
    ("The FTC fined OpenAI over data collected by its chatbot ChatGPT.",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
    ("意大利数据保护局对OpenAI展开调查，指其聊天机器人ChatGPT违规收集数据。",
     {("openai", "garante", "worries.probe"), ("chatgpt", "garante", "worries.probe")}),
    ("意大利數據保護局對OpenAI展開調查，指其聊天機器人ChatGPT違規收集數據。",
     {("openai", "garante", "worries.probe"), ("chatgpt", "garante", "worries.probe")}),
    # must find only the company: another act between the company and "its X"
    ("The FTC fined OpenAI, which later released its model GPT-5.", {("openai", "ftc", "worries.probe")}),
])
def test_worries_probed_company_and_its_own_product(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a member written with the place that owns it keeps the list of parties running before it
    ("The European Commission and the UK's CMA are looking into Microsoft's investment in OpenAI.",
     {("microsoft", "european-commission", "worries.probe"), ("microsoft", "cma", "worries.probe"),
      ("openai", "european-commission", "worries.probe"), ("openai", "cma", "worries.probe")}),
    ("The FTC and Italy's Garante fined OpenAI over data leaks.",
     {("openai", "ftc", "worries.probe"), ("openai", "garante", "worries.probe")}),
    ("欧盟委员会和英国的竞争与市场管理局正在审查微软。",
     {("microsoft", "european-commission", "worries.probe"), ("microsoft", "cma", "worries.probe")}),
    ("歐盟委員會和英國的競爭與市場管理局正在審查微軟。",
     {("microsoft", "european-commission", "worries.probe"), ("microsoft", "cma", "worries.probe")}),
    # the list right after a subordinator opening the clause stands where its subject does
    ("Microsoft is under pressure, as the European Commission and Britain's CMA are examining Microsoft's investment.",
     {("microsoft", "european-commission", "worries.probe"), ("microsoft", "cma", "worries.probe")}),
    ("微软面临审查，因为欧盟委员会和英国的竞争与市场管理局正在审查微软。",
     {("microsoft", "european-commission", "worries.probe"), ("microsoft", "cma", "worries.probe")}),
    ("微軟面臨審查，因為歐盟委員會和英國的競爭與市場管理局正在審查微軟。",
     {("microsoft", "european-commission", "worries.probe"), ("microsoft", "cma", "worries.probe")}),
    # must find nothing: hedged
    ("Microsoft is nervous, as the European Commission and Britain's CMA may examine Microsoft's investment.", set()),
    # must find only the body: a place before the owner may share its possessive
    ("Italy and France's CNIL have questioned DeepSeek on its data collection.", {("deepseek", "cnil", "worries.probe")}),
])
def test_worries_party_list_past_an_owning_place(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
