"""Regulatory scrutiny and counted worries in the constructions of real news (worries.joined, worries.probe,
worries.scrutiny, worries.experiencer): the party who fears, probes or bans is the target, what it fears the
source — in three scripts, and nothing where a frame is negated, hedged, praising, or only names a regulator."""
import pytest


def ruled_worries(extractor, text):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {(e.source, e.target, ev.rule) for e in found.edges if e.type.value == "WORRIES" for ev in e.evidence}


def pairs(extractor, text):
    return {(s, t) for s, t, _ in ruled_worries(extractor, text)}


# each case: the text, the expected (cause, party) pairs, and the rule that must give the new ones
JOINED = [
    # "joins A in …": the subject and the parties listed after it (an article may open the list)
    ("The CNIL joins the Garante in raising concerns over DeepSeek.",
     {("deepseek", "cnil"), ("deepseek", "garante")}, {("deepseek", "cnil", "worries.joined")}),
    ("Ireland's DPC joined the Garante and the CNIL in questioning DeepSeek.",
     {("deepseek", "irish-dpc"), ("deepseek", "garante"), ("deepseek", "cnil")},
     {("deepseek", "irish-dpc", "worries.joined")}),
    ("Spain's AEPD joins the CNIL and the Garante in examining ChatGPT.",
     {("chatgpt", "aepd"), ("chatgpt", "cnil"), ("chatgpt", "garante")}, {("chatgpt", "aepd", "worries.joined")}),
    # "成为继A之后又一个…的国家": the subject linked to the frame, a probe's object inside its match
    ("法国成为继意大利之后又一个对DeepSeek展开调查的国家。",
     {("deepseek", "france"), ("deepseek", "italy")}, {("deepseek", "france", "worries.joined")}),
    ("法國成為繼義大利之後又一個對DeepSeek表達疑慮的國家。",
     {("deepseek", "france"), ("deepseek", "italy")}, {("deepseek", "france", "worries.joined")}),
    ("韩国是继意大利之后第二个禁止DeepSeek的国家。",
     {("deepseek", "south-korea"), ("deepseek", "italy")}, {("deepseek", "south-korea", "worries.joined")}),
    ("韓國是繼義大利之後第二個禁用DeepSeek的國家。",
     {("deepseek", "south-korea"), ("deepseek", "italy")}, {("deepseek", "south-korea", "worries.joined")}),
    # "the latest regulator to question X": a probe counted
    ("Ireland became the latest regulator to question DeepSeek.", {("deepseek", "ireland")},
     {("deepseek", "ireland", "worries.probe")}),
    ("The Irish DPC is the latest watchdog to scrutinize DeepSeek.", {("deepseek", "irish-dpc")},
     {("deepseek", "irish-dpc", "worries.probe")}),
]


@pytest.mark.parametrize("text, expected, evidence", JOINED)
def test_worries_joined_and_counted(extractor, text, expected, evidence):
    assert pairs(extractor, text) == expected
    assert evidence <= ruled_worries(extractor, text)


JOINED_NOTHING = [
    ("The CNIL did not join the Garante in raising concerns over DeepSeek.", {("deepseek", "garante")}),  # the CNIL did not
    ("The CNIL may join the Garante in questioning DeepSeek.", set()),                   # only possible
    ("The CNIL joined the Garante in praising DeepSeek.", set()),                        # praise, no worry
    ("Microsoft joins Google in investing in Anthropic.", set()),
    ("OpenAI成为继谷歌之后又一家发布推理模型的公司。", set()),                              # a release, no worry
    ("法国并未成为继意大利之后又一个对DeepSeek展开调查的国家。", set()),                    # negated
    ("OpenAI is the latest company to question the benchmark.", set()),                  # nothing named after the verb
    ("Google became the first company to examine Gemini's safety.", set()),              # its own product
]


@pytest.mark.parametrize("text, expected", JOINED_NOTHING)
def test_worries_joined_nothing_new(extractor, text, expected):
    assert pairs(extractor, text) == expected


SCRUTINY = [
    # a slot holding only a kind of party: the list after it ("the" may open it)
    ("DeepSeek faces scrutiny from regulators in Italy and Ireland.",
     {("deepseek", "italy"), ("deepseek", "ireland")}, {("deepseek", "italy", "worries.scrutiny")}),
    ("DeepSeek faces scrutiny from regulators in the US and the EU.",
     {("deepseek", "united-states"), ("deepseek", "eu")}, {("deepseek", "united-states", "worries.scrutiny")}),
    ("Antitrust regulators in the US and the EU are scrutinizing Nvidia.",
     {("nvidia", "united-states"), ("nvidia", "eu")}, {("nvidia", "united-states", "worries.ban")}),
    # a place owning the first name of the slot: the list runs from the owned name
    ("DeepSeek faces scrutiny from Italy's Garante and Ireland's DPC.",
     {("deepseek", "garante"), ("deepseek", "irish-dpc")}, {("deepseek", "irish-dpc", "worries.scrutiny")}),
    # attention named as such: a public body's
    ("DeepSeek drew the attention of the Garante.", {("deepseek", "garante")}, {("deepseek", "garante", "worries.scrutiny")}),
    ("DeepSeek has drawn the attention of Italy's Garante and Ireland's DPC.",
     {("deepseek", "garante"), ("deepseek", "irish-dpc")}, {("deepseek", "irish-dpc", "worries.scrutiny")}),
    ("OpenAI is on the radar of the FTC.", {("openai", "ftc")}, {("openai", "ftc", "worries.scrutiny")}),
    ("DeepSeek landed in the crosshairs of regulators in Italy and Ireland.",
     {("deepseek", "italy"), ("deepseek", "ireland")}, {("deepseek", "ireland", "worries.scrutiny")}),
    ("ChatGPT引起了意大利数据保护局的关注。", {("chatgpt", "garante")}, {("chatgpt", "garante", "worries.scrutiny")}),
    ("ChatGPT引起了義大利個資保護局的關注。", {("chatgpt", "garante")}, {("chatgpt", "garante", "worries.scrutiny")}),
    ("DeepSeek已进入美国商务部的视线。", {("deepseek", "us-commerce-department")},
     {("deepseek", "us-commerce-department", "worries.scrutiny")}),
    ("DeepSeek已進入美國商務部的視線。", {("deepseek", "us-commerce-department")},
     {("deepseek", "us-commerce-department", "worries.scrutiny")}),
    ("OpenAI被美国联邦贸易委员会盯上。", {("openai", "ftc")}, {("openai", "ftc", "worries.scrutiny")}),
    ("OpenAI被美國聯邦貿易委員會盯上。", {("openai", "ftc")}, {("openai", "ftc", "worries.scrutiny")}),
    # the active voice: the body before the verb, the company after it
    ("美國聯邦貿易委員會盯上了OpenAI。", {("openai", "ftc")}, {("openai", "ftc", "worries.probe")}),
    ("欧盟盯上Meta。", {("meta", "eu")}, {("meta", "eu", "worries.probe")}),
]


@pytest.mark.parametrize("text, expected, evidence", SCRUTINY)
def test_worries_scrutiny(extractor, text, expected, evidence):
    assert pairs(extractor, text) == expected
    assert evidence <= ruled_worries(extractor, text)


SCRUTINY_NOTHING = [
    "Gemini caught the attention of OpenAI.",                 # a rival's attention is no scrutiny
    "Gemini drew the attention of investors.",
    "谷歌的新模型引起了OpenAI的关注。",
    "OpenAI盯上了谷歌的用户。",                                # the users, not a company, are what it eyes
    "DeepSeek has not drawn the attention of the Garante.",   # negated
    "DeepSeek并未引起美国商务部的关注。",
    "DeepSeek could draw the attention of the FTC.",          # hedged
    "ChatGPT可能引起欧盟的关注。",
    "If DeepSeek draws the attention of the FTC, it could face fines.",   # a condition
    "如果DeepSeek引起欧盟的关注，后果将很严重。",
    "如果DeepSeek引起歐盟的關注，後果將很嚴重。",
    "Google is scrutinizing its own Gemini app.",             # a company looking at its own product
    "谷歌正在审查自家的Gemini应用。",
    "Worries about DeepSeek eased after the Garante's review.",   # worries eased
    "對DeepSeek的擔憂已經緩解，義大利監管機構表示。",
    "The Garante said on Monday that the weather was fine; DeepSeek released a new model.",  # merely named
    "意大利数据保护局周一发布年报，DeepSeek则发布了新模型。",
    "DeepSeek遭意大利监管机构调查。",                          # an unnamed body: no party (not Italy)
]


@pytest.mark.parametrize("text", SCRUTINY_NOTHING)
def test_worries_scrutiny_nothing(extractor, text):
    assert pairs(extractor, text) == set()


DEALS = [
    # a review or scrutiny of a deal: both of its sides worry the body
    ("Microsoft's stake in OpenAI faces scrutiny from the CMA and the FTC.",
     {("microsoft", "cma"), ("microsoft", "ftc"), ("openai", "cma"), ("openai", "ftc")},
     {("microsoft", "cma", "worries.scrutiny")}),
    ("Microsoft's investment in OpenAI is under review by the CMA.",
     {("microsoft", "cma"), ("openai", "cma")}, {("microsoft", "cma", "worries.scrutiny")}),
    ("Amazon's $4 billion investment in Anthropic has drawn scrutiny from the CMA.",
     {("amazon", "cma"), ("anthropic", "cma")}, {("amazon", "cma", "worries.scrutiny")}),
    ("The CMA launched a review of Amazon's investment in Anthropic.",
     {("amazon", "cma"), ("anthropic", "cma")}, {("amazon", "cma", "worries.ban")}),
    ("The European Commission opened an in-depth review of Microsoft's partnership with Mistral.",
     {("microsoft", "european-commission"), ("mistral-ai", "european-commission")},
     {("mistral-ai", "european-commission", "worries.ban")}),
    ("英国竞争与市场管理局对亚马逊投资Anthropic展开审查。",
     {("amazon", "cma"), ("anthropic", "cma")}, {("amazon", "cma", "worries.probe")}),
    ("英國競爭與市場管理局對亞馬遜投資Anthropic展開審查。",
     {("amazon", "cma"), ("anthropic", "cma")}, {("amazon", "cma", "worries.probe")}),
    ("亚马逊投资Anthropic受到英国竞争与市场管理局的审查。",
     {("amazon", "cma"), ("anthropic", "cma")}, {("amazon", "cma", "worries.scrutiny")}),
    ("亞馬遜投資Anthropic受到英國競爭與市場管理局的審查。",
     {("amazon", "cma"), ("anthropic", "cma")}, {("amazon", "cma", "worries.scrutiny")}),
    ("微软收购OpenAI股份遭欧盟委员会审查。",
     {("microsoft", "european-commission"), ("openai", "european-commission")},
     {("microsoft", "european-commission", "worries.scrutiny")}),
]


@pytest.mark.parametrize("text, expected, evidence", DEALS)
def test_worries_deal_under_review(extractor, text, expected, evidence):
    assert pairs(extractor, text) == expected
    assert evidence <= ruled_worries(extractor, text)


@pytest.mark.parametrize("text", [
    "Google launched a review of its Gemini app.",                        # its own product
    "Microsoft launched a review of OpenAI's governance.",                # a company's review, no reason of worry
    "Microsoft said its investment in OpenAI faces no scrutiny from the CMA.",
    "The CMA cleared Microsoft's investment in OpenAI.",                  # cleared, no probe
    "英国竞争与市场管理局批准了亚马逊投资Anthropic。",
    "英國競爭與市場管理局批准了亞馬遜投資Anthropic。",
    "Amazon invested in Anthropic after the CMA finished its review.",
])
def test_worries_deal_nothing(extractor, text):
    assert pairs(extractor, text) == set()


WARNINGS = [
    # a body warning people to be careful with, or to avoid, a thing: the thing worries the body
    ("The Dutch privacy watchdog warned Dutch users to be careful with DeepSeek.", {("deepseek", "dutch-dpa")}),
    ("Taiwan's Ministry of Digital Affairs urged the public to avoid DeepSeek.", {("deepseek", "moda")}),
    ("The CNIL told users to be cautious when sharing data with ChatGPT.", {("chatgpt", "cnil")}),
    ("韩国个人信息保护委员会建议用户暂停使用DeepSeek。", {("deepseek", "korea-pipc")}),
    ("韓國個人資訊保護委員會建議用戶暫停使用DeepSeek。", {("deepseek", "korea-pipc")}),
    ("数位发展部呼吁国人审慎使用DeepSeek。", {("deepseek", "moda")}),
    ("數位發展部呼籲國人審慎使用DeepSeek。", {("deepseek", "moda")}),
]


@pytest.mark.parametrize("text, expected", WARNINGS)
def test_worries_warning_to_the_public(extractor, text, expected):
    assert pairs(extractor, text) == expected
    assert {(s, t, "worries.urged") for s, t in expected} <= ruled_worries(extractor, text)


@pytest.mark.parametrize("text", [
    "OpenAI urged users to try ChatGPT.",
    "OpenAI advised users not to use ChatGPT for medical advice.",       # a maker about its own product
    "The CNIL told users to keep using ChatGPT.",
    "數位發展部鼓勵民眾使用台灣的AI模型。",
    "The CNIL told users to be careful about their data.",               # nothing named
    "The CNIL warned users to be careful before they share data, and DeepSeek said it complied.",
    "The Garante may urge users to avoid DeepSeek.",                     # hedged
    "The Garante did not urge users to avoid DeepSeek.",                 # negated
    "韩国个人信息保护委员会并未建议用户暂停使用DeepSeek。",
    "谷歌建议用户暂停使用Gemini的旧版本。",                                  # its own product
])
def test_worries_warning_nothing(extractor, text):
    assert pairs(extractor, text) == set()


PLACES = [
    # a probe or ban in the passive voice whose places are who acts (public bodies and countries only)
    ("DeepSeek is being investigated in Italy, Ireland and South Korea.",
     {("deepseek", "italy"), ("deepseek", "ireland"), ("deepseek", "south-korea")}),
    ("Meta is under investigation in the EU and Turkey.", {("meta", "eu"), ("meta", "turkey")}),
    ("OpenAI was fined in Italy last year.", {("openai", "italy")}),
    ("DeepSeek在意大利、爱尔兰和韩国遭到调查。",
     {("deepseek", "italy"), ("deepseek", "ireland"), ("deepseek", "south-korea")}),
    ("DeepSeek在義大利、愛爾蘭和南韓遭到調查。",
     {("deepseek", "italy"), ("deepseek", "ireland"), ("deepseek", "south-korea")}),
    ("DeepSeek已在意大利、台湾和澳大利亚被禁。",
     {("deepseek", "italy"), ("deepseek", "taiwan"), ("deepseek", "australia")}),
    ("DeepSeek已在義大利、台灣和澳洲被禁用。",
     {("deepseek", "italy"), ("deepseek", "taiwan"), ("deepseek", "australia")}),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_worries_probed_in_places(extractor, text, expected):
    assert pairs(extractor, text) == expected
    assert {(s, t, "worries.scrutiny") for s, t in expected} <= ruled_worries(extractor, text)


@pytest.mark.parametrize("text", [
    "DeepSeek is popular in Italy and France.",
    "DeepSeek was launched in Italy and France last week.",          # a release
    "Gemini was examined in the US by independent researchers.",
    "OpenAI was sued in the US by the New York Times.",              # a company's lawsuit, filed in the US
    "OpenAI was sued in California over a teen's death.",            # a court's place
    "DeepSeek在意大利很受欢迎。",
    "DeepSeek在義大利發布了新模型。",
    "OpenAI在美国遭到作家起诉。",
    "如果DeepSeek在意大利遭到调查，其他国家可能跟进。",                 # a condition
    "DeepSeek可能在意大利遭到调查。",                                 # hedged
])
def test_worries_probed_in_places_nothing(extractor, text):
    assert pairs(extractor, text) == set()


LISTS = [
    # "both" opening a listed subject; a name set off by "along with" / 连同; a plural party named by a list after it
    ("Both the FTC and the Justice Department have expressed concern about Nvidia's dominance.",
     {("nvidia", "ftc"), ("nvidia", "us-justice-department")}, {("nvidia", "ftc", "worries.experiencer")}),
    ("The FTC, along with the Justice Department, is investigating Nvidia.",
     {("nvidia", "ftc"), ("nvidia", "us-justice-department")}, {("nvidia", "us-justice-department", "worries.ban")}),
    ("The Garante, together with the CNIL, has raised concerns about DeepSeek.",
     {("deepseek", "garante"), ("deepseek", "cnil")}, {("deepseek", "cnil", "worries.experiencer")}),
    ("美国联邦贸易委员会连同美国司法部对英伟达展开调查。",
     {("nvidia", "ftc"), ("nvidia", "us-justice-department")}, {("nvidia", "us-justice-department", "worries.probe")}),
    ("美國聯邦貿易委員會連同美國司法部對輝達展開調查。",
     {("nvidia", "ftc"), ("nvidia", "us-justice-department")}, {("nvidia", "us-justice-department", "worries.probe")}),
    ("多国监管机构已对DeepSeek展开调查，包括意大利、法国和爱尔兰。",
     {("deepseek", "italy"), ("deepseek", "france"), ("deepseek", "ireland")}, {("deepseek", "france", "worries.probe")}),
    ("多國已對DeepSeek展開調查，包括義大利、法國和愛爾蘭。",
     {("deepseek", "italy"), ("deepseek", "france"), ("deepseek", "ireland")}, {("deepseek", "france", "worries.probe")}),
    ("The Garante and the CNIL have both sent questions to DeepSeek.",
     {("deepseek", "garante"), ("deepseek", "cnil")}, {("deepseek", "cnil", "worries.probe")}),
]


@pytest.mark.parametrize("text, expected, evidence", LISTS)
def test_worries_lists_of_parties(extractor, text, expected, evidence):
    assert pairs(extractor, text) == expected
    assert evidence <= ruled_worries(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("The FTC, along with the Justice Department, praised Nvidia, while DeepSeek worried Italy.", {("deepseek", "italy")}),
    ("OpenAI, along with Microsoft, released a new model.", set()),
    ("Google, along with Microsoft, was criticized by the Garante.", set()),
    ("多国对DeepSeek的崛起感到惊讶，包括意大利和法国。", set()),            # surprise, no worry
    ("多国已对DeepSeek展开调查，但意大利和法国表示支持。", set()),         # no list opener: who probes is unnamed
])
def test_worries_lists_nothing_more(extractor, text, expected):
    assert pairs(extractor, text) == expected


LISTED_NAMES = [
    # an unknown capitalised name listed with two known organisations is one too, and a worried party of the list
    ("Siemens, SAP and Airbus warned that the AI Act could hurt European competitiveness.",
     {("eu-ai-act", "siemens"), ("eu-ai-act", "sap"), ("eu-ai-act", "airbus")}),
    ("Aleph Alpha, Mistral and Helsing raised concerns about the AI Act.",
     {("eu-ai-act", "aleph-alpha"), ("eu-ai-act", "mistral-ai"), ("eu-ai-act", "helsing")}),
    ("Samsung, SK Hynix and LG have restricted employee use of ChatGPT.",
     {("chatgpt", "samsung"), ("chatgpt", "sk-hynix"), ("chatgpt", "lg")}),
    ("三星、SK海力士和LG均限制员工使用ChatGPT。", {("chatgpt", "samsung"), ("chatgpt", "sk-hynix"), ("chatgpt", "lg")}),
    ("三星、LG與SK海力士均禁止員工使用ChatGPT。", {("chatgpt", "samsung"), ("chatgpt", "sk-hynix"), ("chatgpt", "lg")}),
]


@pytest.mark.parametrize("text, expected", LISTED_NAMES)
def test_worries_listed_unknown_companies(extractor, organisations, text, expected):
    assert pairs(extractor, text) == expected
    assert {t for _, t in expected} <= organisations(text)


@pytest.mark.parametrize("text, absent", [
    ("Google and Zentravia warned that the AI Act could slow innovation.", "zentravia"),  # one known name only
    ("OpenAI, Google and The Information reported the news.", "the"),                 # a sentence word opens it
    ("Google, Meta And Microsoft Face New EU Probe", "face-new-eu-probe"),             # a headline's words
    ("However, Google, Microsoft and Meta raised concerns about the AI Act.", "however"),
])
def test_listed_names_not_found(organisations, text, absent):
    assert absent not in organisations(text)


@pytest.mark.parametrize("text, expected", [
    # a listed subject saying a policy will harm: every member of the list
    ("Spotify, Ericsson and Meta said the AI Act would slow innovation.",
     {("eu-ai-act", "spotify"), ("eu-ai-act", "ericsson"), ("eu-ai-act", "meta")}),
    ("谷歌、微软和Meta均称，《人工智能法案》将扼杀创新。",
     {("eu-ai-act", "google"), ("eu-ai-act", "microsoft"), ("eu-ai-act", "meta")}),
    # nothing for the list when negated; only the speaker when the others praise it
    ("Spotify, Ericsson and Meta said the AI Act would not harm innovation.", set()),
    ("Meta said the AI Act would stifle innovation, while Google and Microsoft praised it.", {("eu-ai-act", "meta")}),
])
def test_worries_harms_listed(extractor, text, expected):
    assert pairs(extractor, text) == expected
    assert all(rule == "worries.harms" for *_, rule in ruled_worries(extractor, text))


PROBE_VERBS = [
    # a probe as a bare verb, a demand to explain, an order to block, a probe counted with no copula
    ("美國司法部與聯邦貿易委員會也正在審查輝達在AI晶片市場的主導地位。",
     {("nvidia", "ftc"), ("nvidia", "us-justice-department")}, "worries.probe"),
    ("美国联邦贸易委员会已调查OpenAI。", {("openai", "ftc")}, "worries.probe"),
    ("韩国个人信息保护委员会周一表示，已要求DeepSeek说明其如何处理用户数据。", {("deepseek", "korea-pipc")}, "worries.probe"),
    ("韓國個人資訊保護委員會週一表示，已要求DeepSeek說明其如何處理用戶資料。", {("deepseek", "korea-pipc")}, "worries.probe"),
    ("Italy's Garante ordered DeepSeek blocked last week.", {("deepseek", "garante")}, "worries.probe"),
    ("The move makes Ireland's DPC the latest European watchdog to question DeepSeek.",
     {("deepseek", "irish-dpc")}, "worries.probe"),
    ("The Garante, the latest regulator to probe OpenAI, said it had concerns.", {("openai", "garante")}, "worries.probe"),
    # a deal noun after 对/与 and its two sides: both are scrutinised
    ("微軟對OpenAI的投資同樣受到英國競爭與市場管理局的審查。",
     {("microsoft", "cma"), ("openai", "cma")}, "worries.scrutiny"),
    ("微软与OpenAI的合作受到欧盟委员会的审查。",
     {("microsoft", "european-commission"), ("openai", "european-commission")}, "worries.scrutiny"),
]


@pytest.mark.parametrize("text, expected, rule", PROBE_VERBS)
def test_worries_probe_verbs(extractor, text, expected, rule):
    assert pairs(extractor, text) == expected
    assert {(s, t, rule) for s, t in expected} <= ruled_worries(extractor, text)


@pytest.mark.parametrize("text", [
    "谷歌正在审查自家的Gemini应用。",                  # its own product
    "OpenAI正在调查此事。",                            # nothing named
    "OpenAI要求员工说明使用情况。",                     # its own staff
    "谷歌要求OpenAI说明其如何使用YouTube视频。",         # a company's demand, no reason of worry
    "The FTC may be the latest regulator to probe OpenAI.",   # hedged
    "OpenAI ordered the model removed after a bug.",           # a maker's own decision, no body
])
def test_worries_probe_verbs_nothing(extractor, text):
    assert pairs(extractor, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a list of places written against a regulator the gazetteer lacks: the places, as "regulators in A and B"
    ("继意大利之后，爱尔兰、比利时和荷兰的数据保护机构也相继对DeepSeek展开调查。",
     {("deepseek", "italy"), ("deepseek", "ireland"), ("deepseek", "belgium"), ("deepseek", "netherlands")}),
    ("愛爾蘭、比利時和荷蘭的資料保護機構已對DeepSeek展開調查。",
     {("deepseek", "ireland"), ("deepseek", "belgium"), ("deepseek", "netherlands")}),
    ("DeepSeek受到意大利和爱尔兰监管机构的审查。", {("deepseek", "italy"), ("deepseek", "ireland")}),
    # one place alone, people of the places, praise: nothing
    ("意大利监管机构对DeepSeek展开调查。", set()),
    ("DeepSeek引发意大利监管机构的隐私疑虑。", set()),
    ("美国和欧洲的分析师担心DeepSeek的崛起。", set()),
    ("美國和歐洲的專家對DeepSeek表示擔憂。", set()),
    ("意大利和法国的监管机构称赞了DeepSeek。", set()),
])
def test_worries_regulators_of_listed_places(extractor, text, expected):
    assert pairs(extractor, text) == expected
