"""WORRIES from a regulator's probe of companies and of their deals: the act verbs and nouns of an inquiry
(in the active past, announced with "will", opened/commenced), a probe of investments whose investors and investees
are both listed, and a slot that closes inside a body's name. Invented sentences only."""
import pytest


def worries(facts, text):
    return {(s, t) for k, s, t in facts(text) if k == "WORRIES"}


@pytest.mark.parametrize("text, expected", [
    # a probe of deals: the investors after "by" and the companies invested in after "in"
    ("The FTC will scrutinize investments made by Microsoft and Amazon in the labs OpenAI and Anthropic.",
     {("microsoft", "ftc"), ("amazon", "ftc"), ("openai", "ftc"), ("anthropic", "ftc")}),
    ("The Federal Trade Commission is opening an inquiry that will “scrutinize” the investments by Google and "
     "Amazon in Cohere.", {("google", "ftc"), ("amazon", "ftc"), ("cohere", "ftc")}),
    ("The CMA will review the partnership between Amazon and Anthropic over competition concerns.",
     {("amazon", "cma"), ("anthropic", "cma")}),
    ("美国联邦贸易委员会宣布对谷歌和亚马逊在初创公司Cohere的投资展开调查。",
     {("google", "ftc"), ("amazon", "ftc"), ("cohere", "ftc")}),
    ("美國聯邦貿易委員會宣布對微軟和亞馬遜在Cohere的投資展開調查。",
     {("microsoft", "ftc"), ("amazon", "ftc"), ("cohere", "ftc")}),
    # the UK competition authority written with 和 / 及
    ("英国竞争和市场管理局已对亚马逊与Anthropic的投资展开调查。", {("amazon", "cma"), ("anthropic", "cma")}),
    ("亚马逊对Anthropic的投资正受到英国竞争和市场管理局的正式调查。", {("amazon", "cma"), ("anthropic", "cma")}),
    ("英國競爭和市場管理局已對微軟與Mistral的合作展開調查。", {("microsoft", "cma"), ("mistral-ai", "cma")}),
    # act verbs of an inquiry
    ("The US Department of Justice probed Nvidia over antitrust concerns last year.",
     {("nvidia", "us-justice-department")}),
    ("The Justice Department investigated Google over its search deals in 2023.", {("google", "us-justice-department")}),
    ("Ireland's Data Protection Commission has commenced a statutory inquiry into Meta.", {("meta", "irish-dpc")}),
    ("The CMA said it had begun a phase-one investigation of Amazon.", {("amazon", "cma")}),
    ("The inquiry also covers Alphabet, the FTC said.", {("alphabet", "ftc")}),
    # a slot closing at a word inside the body's name ("for")
    ("Nvidia faces scrutiny from the State Administration for Market Regulation.", {("nvidia", "samr")}),
])
def test_worries_probe_of_companies_and_deals(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Regulators urged the FTC to examine Microsoft.",                                  # only urged
    "The FTC could scrutinize investments made by Microsoft and Amazon in OpenAI.",  # hedged
    "Microsoft and Amazon will review investments made by OpenAI in startups.",      # no public body, no reason
    "Microsoft said it will review the OpenAI deal.",
    "The company investigated the incident and found no leaks.",
    "The Justice Department has not probed Nvidia.",                                 # negated
    "英国竞争和市场管理局可能对亚马逊与Anthropic的投资展开调查。",                          # hedged
    "微软和亚马逊在初创公司Cohere的投资可能受到英国竞争和市场管理局的审查。",                  # hedged
    "英國競爭和市場管理局可能對微軟與Mistral的合作展開調查。",                               # hedged
])
def test_worries_no_probe_without_an_asserted_act_of_a_public_body(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a ban on a kind of tool, with its examples after "such as" / 如 / 例如
    ("Samsung banned staff from using generative AI tools such as ChatGPT after a leak.", {("chatgpt", "samsung")}),
    ("Apple banned tools including Copilot, citing leaks.", {("microsoft-copilot", "apple")}),
    ("三星电子禁止员工使用流行的生成式AI工具，如ChatGPT，以防止数据泄露。", {("chatgpt", "samsung")}),
    ("三星禁止員工使用熱門的生成式AI工具，例如ChatGPT，以防機密外洩。", {("chatgpt", "samsung")}),
])
def test_worries_ban_on_a_kind_of_tool_with_examples(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "Washington restricted exports of chips such as Nvidia's H20.",    # a company's sales, no use banned
    "The government banned companies such as Huawei from buying chips.",  # kept from buying: no worry of theirs
    "Samsung may ban staff from using AI tools such as ChatGPT.",       # hedged
    "三星考虑禁止员工使用生成式AI工具，如ChatGPT。",                        # only considered
])
def test_worries_no_ban_on_examples_without_a_ban_on_their_use(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a deal whose partner has a description, and an amount before the deal noun
    ("谷歌对AI初创公司Anthropic的20亿美元投资正受到英国竞争和市场管理局的审查。",
     {("google", "cma"), ("anthropic", "cma")}),
    ("據悉，微軟對法國新創公司Mistral的巨額投資正受到英國競爭和市場管理局的審查。",
     {("microsoft", "cma"), ("mistral-ai", "cma")}),
    # a person's possessive before what is probed or banned: the owner is no party, the thing is
    ("Ireland's Data Protection Commission has launched an inquiry into Elon Musk's xAI over its chatbot Grok.",
     {("xai", "irish-dpc"), ("grok", "irish-dpc")}),
    ("Italy's Garante has blocked Elon Musk's chatbot Grok, citing privacy risks.", {("grok", "garante")}),
    ("Ireland's data watchdog opened an inquiry into Mark Zuckerberg's Meta over how public posts were "
     "used to train its AI model, Llama.", {("meta", "irish-dpc"), ("llama", "irish-dpc")}),
    # "social media platform X", and the model of its owner xAI that the probe's matter names
    ("Ireland's data watchdog opened an inquiry into Elon Musk's social media platform X over how "
     "people's posts were used to train its AI model, Grok.", {("x-corp", "irish-dpc"), ("grok", "irish-dpc")}),
])
def test_worries_probe_past_descriptions_and_owners(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text", [
    "亚马逊对Anthropic的投资并未受到英国竞争和市场管理局的调查。",     # negated
    "Italy banned the app after Elon Musk's comments about privacy.",  # nothing named is banned
    "The regulator banned Sam Altman's ChatGPT over privacy concerns.",  # no named regulator
])
def test_worries_no_probe_past_owners_without_a_party(facts, text):
    assert worries(facts, text) == set()


@pytest.mark.parametrize("text, expected", [
    # a suit's accusation naming the sued maker's own product: the product is probed with its maker
    ("Reddit sued Anthropic, alleging that it harvested forum threads to train its Claude chatbot.",
     {("anthropic", "reddit"), ("claude", "reddit")}),
    ("Ziff Davis sued OpenAI, alleging it took its product reviews to build the system behind the chatbot ChatGPT.",
     {("openai", "ziff-davis"), ("chatgpt", "ziff-davis")}),
    ("Getty Images sued Stability AI, claiming it copied millions of photos to train Stable Diffusion.",
     {("stability-ai", "organization-getty-images"), ("stable-diffusion", "organization-getty-images")}),
    ("Reddit起诉Anthropic，指其抓取平台内容训练其Claude聊天机器人。", {("anthropic", "reddit"), ("claude", "reddit")}),
    ("Reddit起訴Anthropic，指其抓取平台內容訓練其Claude聊天機器人。", {("anthropic", "reddit"), ("claude", "reddit")}),
])
def test_worries_suit_names_the_accused_product(facts, text, expected):
    assert worries(facts, text) == expected


@pytest.mark.parametrize("text, expected", [
    # another maker's product in the accusation is not what the suit is about
    ("Reddit sued Anthropic, alleging that it scraped Reddit's content while Google trained its Gemini model.",
     {("anthropic", "reddit")}),
    ("Reddit起诉Anthropic，指其抓取内容，而谷歌训练其Gemini模型。", {("anthropic", "reddit")}),
])
def test_worries_suit_only_the_sued_makers_product(facts, text, expected):
    assert worries(facts, text) == expected


def ruled_worries(ruled, text):
    return {(s, t) for s, t, rule in ruled("WORRIES", text) if rule == "worries.alleged"}


@pytest.mark.parametrize("text, expected", [
    # an allegation in a suit told of before names the sued maker's own product: the product worries the suer
    ("Ziff Davis sued OpenAI on Monday. The suit alleges OpenAI copied its articles to train ChatGPT.",
     {("chatgpt", "ziff-davis")}),
    ("Ziff Davis, an online media group, has brought a lawsuit against OpenAI. Lodged in a state court, the lawsuit "
     "alleges OpenAI used the group's reviews to build the system behind the chatbot ChatGPT.",
     {("chatgpt", "ziff-davis")}),
    ("Reddit sued Anthropic this week. The lawsuit alleges that Anthropic copied forum "
     "threads to train its Claude chatbot.", {("claude", "reddit")}),
    ("Ziff Davis起诉OpenAI。诉状指控OpenAI未经许可使用其文章训练ChatGPT。", {("chatgpt", "ziff-davis")}),
    ("Ziff Davis起訴OpenAI。訴狀指控OpenAI未經許可使用其文章訓練ChatGPT。", {("chatgpt", "ziff-davis")}),
    # must find nothing: the allegation is about another company, or by another party, or hedged
    ("Ziff Davis sued OpenAI on Monday. The suit claims Google copied its articles to train Gemini.", set()),
    ("Ziff Davis sued OpenAI on Monday. Microsoft claims that OpenAI trained ChatGPT on its data.", set()),
    ("Ziff Davis sued OpenAI on Monday. The suit may claim OpenAI copied its articles to train ChatGPT.", set()),
    ("OpenAI released ChatGPT. The report claims OpenAI used books to train ChatGPT.", set()),
    ("Ziff Davis起诉OpenAI。诉状指控谷歌未经许可使用其文章训练Gemini。", set()),
])
def test_worries_allegation_of_an_earlier_suit(ruled, text, expected):
    assert ruled_worries(ruled, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Bros." inside a studio's name ends no sentence: the suer is the whole name
    ("Warner Bros. Discovery sued Midjourney on Thursday.", {("midjourney", "warner-bros-discovery")}),
    ("Warner Bros. Discovery has sued Midjourney, alleging it copied its characters.",
     {("midjourney", "warner-bros-discovery")}),
])
def test_worries_suer_named_with_an_abbreviation(facts, text, expected):
    assert worries(facts, text) == expected
