"""WORRIES read over how parties are written, in three scripts: lists broken by a ticker or an abbreviation in
brackets and by a legal form ("Acme Inc. (NYSE: ACME), …"), partnership names with "&" ("Acme & Company and Zenith
Holdings"), an apposition after the party that names its product ("OpenAI, the Microsoft-backed startup behind
ChatGPT"), and legal acts beyond a lawsuit (a cease and desist letter, a warning against handling data, a service
had taken offline). Each class with cases that must find nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a list of targets with tickers in brackets and a legal form
    ("The FTC's probe covers Snap Inc. (NYSE: SNAP), Alphabet (Nasdaq: GOOGL) and OpenAI.",
     {("snap", "ftc", "worries.probe_targets"), ("alphabet", "ftc", "worries.probe_targets"),
      ("openai", "ftc", "worries.probe_targets")}),
    ("联邦贸易委员会的调查对象包括Alphabet（纳斯达克：GOOGL）、Meta（纽交所：META）和OpenAI。",
     {("meta", "ftc", "worries.probe_targets"), ("alphabet", "ftc", "worries.probe_targets"),
      ("openai", "ftc", "worries.probe_targets")}),
    ("聯邦貿易委員會的調查對象包括Alphabet（納斯達克：GOOGL）、Meta（紐交所：META）和OpenAI。",
     {("meta", "ftc", "worries.probe_targets"), ("alphabet", "ftc", "worries.probe_targets"),
      ("openai", "ftc", "worries.probe_targets")}),
    # must find nothing: the probe hedged
    ("The FTC's probe may cover Snap Inc. (NYSE: SNAP), Alphabet (Nasdaq: GOOGL) and OpenAI.", set()),
    ("联邦贸易委员会的调查对象可能包括Alphabet（纳斯达克：GOOGL）和OpenAI。", set()),
])
def test_worries_targets_with_tickers(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a legal form after a comma stays with its name; "& Company" ends a name; a known name, "and", another
    ("Zenith Holdings, Inc. sued Perplexity over scraping.", {("perplexity", "zenith-holdings", "worries.probe")}),
    ("Borlen & Company and Zenith Holdings, Inc. jointly sued Perplexity.",
     {("perplexity", "borlen-company", "worries.probe"), ("perplexity", "zenith-holdings", "worries.probe")}),
    ("Zenith Holdings and Borlen Labs sued Perplexity.",
     {("perplexity", "zenith-holdings", "worries.probe"), ("perplexity", "borlen-labs", "worries.probe")}),
    ("Disney Co. and Borlen Pictures filed a lawsuit against Midjourney.",
     {("midjourney", "disney", "worries.probe"), ("midjourney", "borlen-pictures", "worries.probe")}),
    # must find nothing: a deal, not a lawsuit; a suit only threatened
    ("Zenith Holdings, Inc. and Borlen & Company signed a deal with Perplexity.", set()),
    ("Borlen & Company may sue Perplexity.", set()),
])
def test_worries_party_names_with_legal_forms(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cease and desist letter: a legal demand of any organisation, an outlet acting as its owner too
    ("The Guardian sent a cease and desist letter to Perplexity, asking it to stop using its articles.",
     {("perplexity", "organization-the-guardian", "worries.probe")}),
    ("卫报向Perplexity发出律师函，要求其停止使用其文章。", {("perplexity", "organization-the-guardian", "worries.probe")}),
    ("衛報向Perplexity發出律師函，要求其停止使用其文章。", {("perplexity", "organization-the-guardian", "worries.probe")}),
    # a public body's warning against what a company does with data, its product named in an apposition
    ("The FTC has warned OpenAI, the Microsoft-backed startup behind ChatGPT, not to share user data.",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
    ("美国联邦贸易委员会警告OpenAI不要收集用户的敏感数据。", {("openai", "ftc", "worries.probe")}),
    ("美國聯邦貿易委員會警告OpenAI不要收集用戶的敏感資料。", {("openai", "ftc", "worries.probe")}),
    # a probe into a maker "of popular AI tool" X; a service a regulator had taken offline
    ("The FTC opened an investigation into OpenAI, the maker of popular AI tool ChatGPT, over its data use.",
     {("openai", "ftc", "worries.ban"), ("chatgpt", "ftc", "worries.ban")}),
    ("The Garante had Gemini taken offline last year.", {("gemini", "garante", "worries.probe")}),
    # must find nothing: a letter that is no legal demand; a warning with no conduct of the company; a company's
    # own product taken down
    ("The Guardian sent a letter to Perplexity.", set()),
    ("卫报向Perplexity发出邀请函。", set()),
    ("The FTC warned OpenAI not to interfere in the election.", set()),
    ("美国联邦贸易委员会警告OpenAI不要干预选举。", set()),
    ("Google had Gemini taken offline for repairs.", set()),
])
def test_worries_legal_acts(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the maker's own model an accusation after the suit names: probed with its maker
    ("Reddit has filed a lawsuit against Anthropic, accusing it of scraping posts to train its chatbot, Claude.",
     {("anthropic", "reddit", "worries.probe"), ("claude", "reddit", "worries.probe")}),
    ("Reddit起诉Anthropic，指控其抓取用户评论来训练其聊天机器人Claude。",
     {("anthropic", "reddit", "worries.probe"), ("claude", "reddit", "worries.probe")}),
    ("Reddit起訴Anthropic，指控其抓取用戶評論來訓練其聊天機器人Claude。",
     {("anthropic", "reddit", "worries.probe"), ("claude", "reddit", "worries.probe")}),
    # must find nothing more: a model that is not the sued company's own
    ("Reddit sued Anthropic, claiming it copied posts to train its chatbot Gemini.", {("anthropic", "reddit", "worries.probe")}),
])
def test_worries_accused_model(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place's public body written with 的 after the place is the body the gazetteer knows
    ("意大利的反垄断机构对Meta展开调查。", {("meta", "agcm", "worries.probe")}),
    ("義大利的反壟斷機構對Meta展開調查。", {("meta", "agcm", "worries.probe")}),
    # must find nothing: a dateline's places open no sentence as a party; a place before a kind of publisher
    # only says where it is; a place before a court the gazetteer lacks
    ("CALIFORNIA, UNITED STATES — Reddit has filed a lawsuit against Anthropic, accusing it of scraping posts.",
     {("anthropic", "reddit", "worries.probe")}),
    ("TEXAS — The report accuses Anthropic of scraping posts.", set()),
    ("California Superior Court found that Anthropic poses security risks.", set()),
    ("The paper is the first US media organization that has sued OpenAI.", set()),
    ("这家报纸是第一家起诉OpenAI的美国媒体。", set()),
    ("這家報紙是第一家起訴OpenAI的美國媒體。", set()),
])
def test_worries_places_that_are_no_party(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # an object pronoun alone stands for the company opening the sentence (its subject or its speaker)
    ("Meta said the Irish privacy watchdog had asked it to delay training its models on public posts.",
     {("meta", "irish-dpc", "worries.probe")}),
    ("Meta paused the launch after the Irish privacy regulator told it to delay its plan to harness users' data.",
     {("meta", "irish-dpc", "worries.probe")}),
    ("Meta表示，爱尔兰数据保护委员会要求其停止使用用户数据训练模型。", {("meta", "irish-dpc", "worries.probe")}),
    ("Meta表示，愛爾蘭資料保護委員會要求其停止使用用戶資料訓練模型。", {("meta", "irish-dpc", "worries.probe")}),
    # must find nothing: a plan that is no conduct on data
    ("Meta said the regulator asked it to delay its plan to build an office.", set()),
])
def test_worries_pronoun_for_the_opening_company(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a public body suspending a company's privacy policy: the company worries it
    ("The ANPD has decided to suspend with immediate effect the validity of Meta's new privacy policy.",
     {("meta", "anpd", "worries.ban")}),
    ("巴西国家数据保护局暂停了Meta的新隐私政策。", {("meta", "anpd", "worries.ban")}),
    ("義大利資料保護局暫停了Meta的新隱私政策。", {("meta", "garante", "worries.ban")}),
    # must find nothing: "privacy" naming the thing is no reason of a company's ban; a place before an unnamed
    # authority is no party
    ("Nvidia suspended Meta's new privacy policy review.", set()),
    ("英伟达暂停了Meta的新隐私政策审查。", set()),
    ("Brazil authority suspends Meta's privacy policy.", set()),
])
def test_worries_suspended_privacy_policy(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party urging others to act against a company is worried by it
    ("NOYB urged data protection authorities to act against Meta.", {("meta", "noyb", "worries.urged")}),
    ("NOYB呼吁各国监管机构对Meta采取行动。", {("meta", "noyb", "worries.urged")}),
    ("NOYB呼籲各國監管機構對Meta採取行動。", {("meta", "noyb", "worries.urged")}),
    # must find nothing: urged not to act; a company asked to investigate something else
    ("NOYB urged regulators not to investigate Meta.", set()),
    ("NOYB呼吁各国监管机构不要对Meta采取行动。", set()),
    ("NOYB呼籲各國監管機構不要對Meta採取行動。", set()),
    ("NOYB asked Meta to investigate the leak.", set()),
])
def test_worries_urged_to_act_against(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # "such services", 类似服务: the kind of the one product named before stands for it in a ban
    ("After staff leaked code through ChatGPT, Samsung banned employees from using such services.",
     {("chatgpt", "samsung", "worries.ban")}),
    ("三星电子员工通过ChatGPT泄露了代码，三星电子随后禁止员工在公司设备上使用类似服务。", {("chatgpt", "samsung", "worries.ban")}),
    ("三星電子員工透過ChatGPT洩露了程式碼，三星電子隨後禁止員工在公司設備上使用類似服務。", {("chatgpt", "samsung", "worries.ban")}),
    # must find nothing: two products fit the description
    ("After staff leaked code through ChatGPT and Bard, Samsung banned employees from using such services.", set()),
    ("三星电子员工通过ChatGPT和Bard泄露了代码，三星电子随后禁止员工使用类似服务。", set()),
])
def test_worries_ban_of_such_services(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


def test_reported_clause_is_no_company_name(extractor):
    """"外媒揭露集团…": a report's verb inside a suffixed name makes it a stretch of the sentence, no organisation."""
    from newsgraph.schema import Article
    for text in ("外媒揭露集团祭出限制令，禁止员工使用ChatGPT。", "外媒揭露集團祭出限制令，禁止員工使用ChatGPT。"):
        found = extractor.extract(Article(id="article-test", title="test", text=text))
        assert not [n for n in found.nodes if "揭露" in n.name or "揭露" in n.id]


@pytest.mark.parametrize("text, expected", [
    # an outlet acting as its owner in other legal acts: a demand to stop taking its work, an accusation of copying
    ("The Guardian asked Perplexity to stop using its articles.", {("perplexity", "organization-the-guardian", "worries.probe")}),
    ("The Guardian demanded that Perplexity stop using its content.",
     {("perplexity", "organization-the-guardian", "worries.probe")}),
    ("The Guardian has accused Perplexity of copying its articles.",
     {("perplexity", "organization-the-guardian", "worries.found")}),
    ("卫报要求Perplexity停止使用其文章。", {("perplexity", "organization-the-guardian", "worries.probe")}),
    ("衛報要求Perplexity停止使用其文章。", {("perplexity", "organization-the-guardian", "worries.probe")}),
    # orders named by their statute
    ("The FTC issued 6(b) orders to Alphabet, Meta and OpenAI.",
     {("alphabet", "ftc", "worries.probe"), ("meta", "ftc", "worries.probe"), ("openai", "ftc", "worries.probe")}),
    # must find nothing: an outlet reporting or asking a question stays a source
    ("The Guardian asked Perplexity about its plans.", set()),
    ("卫报询问Perplexity的计划。", set()),
    ("衛報詢問Perplexity的計劃。", set()),
])
def test_worries_outlets_in_legal_acts(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
