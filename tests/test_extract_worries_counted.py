"""WORRIES on companies named indirectly, in three scripts: a counted or plural kind of company acted on whose members
a list right after names ("an inquiry into five companies - A, B and C -", "对七家科技公司展开调查，包括A、B和C"),
legal claims pressed against a company ("brought infringement claims against", "filed a similar suit against",
"对X提出版权索赔"; suers listed after a kind: "Japanese publications A and B"), and a description of the company sued that stands for the one company named before — never for
the suer itself ("The Times sued the startup"). Each class with cases that must find nothing."""
import pytest


@pytest.mark.parametrize("text, expected", [
    # a counted kind of company, then its members after a dash, a colon or "including"
    ("The FTC has opened an inquiry into four tech companies - Snap, Alphabet, OpenAI and Meta - over chatbots.",
     {("alphabet", "ftc", "worries.ban"), ("snap", "ftc", "worries.ban"), ("meta", "ftc", "worries.ban"),
      ("openai", "ftc", "worries.ban")}),
    ("The FTC opened an inquiry into several companies, including Snap, Meta and OpenAI.",
     {("snap", "ftc", "worries.ban"), ("meta", "ftc", "worries.ban"), ("openai", "ftc", "worries.ban")}),
    ("美国联邦贸易委员会对七家科技公司展开调查，包括谷歌、Snap和Meta。",
     {("google", "ftc", "worries.probe"), ("snap", "ftc", "worries.probe"), ("meta", "ftc", "worries.probe")}),
    ("美國聯邦貿易委員會對七家科技公司展開調查，包括谷歌、Snap和Meta。",
     {("google", "ftc", "worries.probe"), ("snap", "ftc", "worries.probe"), ("meta", "ftc", "worries.probe")}),
    # must find nothing: a kind with no list; a hedged probe; a name after the kind that is no member;
    # companies kept from buying (what they buy is no worry of theirs)
    ("The FTC opened an inquiry into several companies.", set()),
    ("The FTC may open an inquiry into five companies - Snap, Meta and OpenAI.", set()),
    ("美国联邦贸易委员会对七家科技公司展开调查。", set()),
    ("美國聯邦貿易委員會對七家科技公司展開調查。", set()),
    ("The FTC opened an inquiry into five companies, Snap said.", set()),
    ("The Commerce Department barred several companies, including Huawei and SMIC, from buying American chips, "
     "citing national security.", set()),
])
def test_worries_counted_targets(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # legal claims and a "similar" lawsuit: any organisation's, an outlet acting as its owner
    ("Asahi Shimbun and Nikkei have brought infringement claims against Perplexity.",
     {("perplexity", "organization-nikkei", "worries.probe"),
      ("perplexity", "organization-asahi-shimbun", "worries.probe")}),
    ("Japanese newspapers Asahi Shimbun and Nikkei brought legal claims against Perplexity.",
     {("perplexity", "organization-nikkei", "worries.probe"),
      ("perplexity", "organization-asahi-shimbun", "worries.probe")}),
    ("On Friday the Chicago Tribune also filed a similar suit against Perplexity.",
     {("perplexity", "organization-chicago-tribune", "worries.probe")}),
    ("日经新闻和朝日新闻也对Perplexity提出版权索赔。",
     {("perplexity", "organization-nikkei", "worries.probe"),
      ("perplexity", "organization-asahi-shimbun", "worries.probe")}),
    ("日經新聞和朝日新聞也對Perplexity提出版權索賠。",
     {("perplexity", "organization-nikkei", "worries.probe"),
      ("perplexity", "organization-asahi-shimbun", "worries.probe")}),
    # must find nothing: claims only spoken of; claims only possible
    ("Perplexity said the copyright claims against it were baseless.", set()),
    ("Nikkei may bring copyright claims against Perplexity.", set()),
    ("日经新闻可能对Perplexity提出版权索赔。", set()),
])
def test_worries_claims_pressed(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the startup", 这家公司: the one company of the sentence before, not the suer in the same sentence
    ("Perplexity faces many lawsuits. The Yomiuri Shimbun sued the startup in Tokyo.",
     {("perplexity", "organization-yomiuri-shimbun", "worries.probe")}),
    ("Perplexity faces many lawsuits. The Yomiuri Shimbun filed a lawsuit against the company over its articles.",
     {("perplexity", "organization-yomiuri-shimbun", "worries.probe")}),
    ("Perplexity面临多起诉讼。读卖新闻也起诉了这家公司。",
     {("perplexity", "organization-yomiuri-shimbun", "worries.probe")}),
    ("Perplexity面臨多起訴訟。讀賣新聞也起訴了這家公司。",
     {("perplexity", "organization-yomiuri-shimbun", "worries.probe")}),
    # must find nothing: two companies the description could stand for
    ("Perplexity and OpenAI face many lawsuits. The Yomiuri Shimbun sued the startup in Tokyo.", set()),
])
def test_worries_described_defendant(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # several countries acting on one product: probing its practices, moving against it, 对X采取行动
    ("Watchdogs in Ireland and Belgium are probing DeepSeek's data collection practices.",
     {("deepseek", "ireland", "worries.ban"), ("deepseek", "belgium", "worries.ban")}),
    ("Italy, Ireland and Belgium moved against DeepSeek over privacy.",
     {("deepseek", "italy", "worries.ban"), ("deepseek", "ireland", "worries.ban"), ("deepseek", "belgium", "worries.ban")}),
    ("意大利、爱尔兰和比利时已对DeepSeek采取行动，理由是隐私风险。",
     {("deepseek", "italy", "worries.probe"), ("deepseek", "ireland", "worries.probe"),
      ("deepseek", "belgium", "worries.probe")}),
    ("愛爾蘭和比利時已對DeepSeek採取行動，理由是隱私風險。",
     {("deepseek", "ireland", "worries.probe"), ("deepseek", "belgium", "worries.probe")}),
    # "both countries", 两国: the two countries the sentence before names
    ("Ireland and Belgium took note. Both countries have since launched investigations into DeepSeek.",
     {("deepseek", "ireland", "worries.ban"), ("deepseek", "belgium", "worries.ban")}),
    ("爱尔兰和比利时的监管机构也作出反应。两国已开始调查DeepSeek。",
     {("deepseek", "ireland", "worries.probe"), ("deepseek", "belgium", "worries.probe")}),
    ("愛爾蘭和比利時的監管機構也作出反應。兩國已開始調查DeepSeek。",
     {("deepseek", "ireland", "worries.probe"), ("deepseek", "belgium", "worries.probe")}),
    # must find nothing: a hedged move; a move that is no act on a company; "both" with three or one before
    ("Italy, Ireland and Belgium may move against DeepSeek over privacy.", set()),
    ("意大利可能对DeepSeek采取行动。", set()),
    ("Investors moved against the board of OpenAI.", set()),
    ("Ireland, Belgium and France reacted. Both countries have opened investigations into DeepSeek.", set()),
    ("Ireland reacted. Both countries have opened investigations into DeepSeek.", set()),
])
def test_worries_countries_on_one_product(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company acted on, written as the maker of a product named right before it: the product is acted on too
    ("The Garante fined Replika developer Luka Inc. for privacy violations.",
     {("luka", "garante", "worries.probe"), ("replika", "garante", "worries.probe")}),
    ("Getty Images sued Stable Diffusion maker Stability AI in London.",
     {("stability-ai", "organization-getty-images", "worries.probe"),
      ("stable-diffusion", "organization-getty-images", "worries.probe")}),
    ("ChatGPT maker OpenAI has drawn scrutiny from the FTC.",
     {("openai", "ftc", "worries.scrutiny"), ("chatgpt", "ftc", "worries.scrutiny")}),
    ("意大利个人数据监管机构对聊天应用Replika的开发公司Luka处以罚款。",
     {("luka", "garante", "worries.probe"), ("replika", "garante", "worries.probe")}),
    ("意大利個人數據監管機構對聊天應用Replika的開發公司Luka處以罰款。",
     {("luka", "garante", "worries.probe"), ("replika", "garante", "worries.probe")}),
    ("ChatGPT公司OpenAI目前正被美國FTC調查",
     {("openai", "ftc", "worries.scrutiny"), ("chatgpt", "ftc", "worries.scrutiny")}),
    # must find nothing of the product: another company's product before the maker word; no act at all
    ("The FTC fined Gemini maker OpenAI over privacy.", {("openai", "ftc", "worries.probe")}),
    ("ChatGPT maker OpenAI released a new model.", set()),
])
def test_worries_product_of_maker(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # the products a probe or suit of a company is about, as a list: each one, not only the first
    ("The FTC sued OpenAI over ChatGPT and Sora.",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe"), ("sora", "ftc", "worries.probe")}),
    ("The European Commission opened an investigation into Google over its Gemini and Veo models.",
     {("google", "european-commission", "worries.ban"), ("gemini", "european-commission", "worries.ban"),
      ("veo", "european-commission", "worries.ban")}),
    ("美国联邦贸易委员会对OpenAI展开调查，重点关注其ChatGPT和Sora。",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe"), ("sora", "ftc", "worries.probe")}),
    ("美國聯邦貿易委員會對OpenAI展開調查，重點關注其ChatGPT和Sora。",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe"), ("sora", "ftc", "worries.probe")}),
    # must find nothing of another company's product listed with the probed one's
    ("The FTC sued OpenAI over ChatGPT and Claude.",
     {("openai", "ftc", "worries.probe"), ("chatgpt", "ftc", "worries.probe")}),
])
def test_worries_products_listed_as_matter(ruled, text, expected):
    assert ruled("WORRIES", text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the startup" a new suit is against, where two companies came before: the one company the article sued before
    ("Perplexity faces pressure from publishers. News Corp sued Perplexity last spring. "
     "Nikkei has now brought infringement claims against the startup.",
     {("perplexity", "news-corp", "worries.probe"), ("perplexity", "organization-nikkei", "worries.probe")}),
    ("Perplexity面临出版商的压力。新闻集团今年早些时候起诉了Perplexity。日经新闻也对这家公司提起诉讼。",
     {("perplexity", "news-corp", "worries.probe"), ("perplexity", "organization-nikkei", "worries.probe")}),
    ("Perplexity面臨出版商的壓力。新聞集團今年早些時候起訴了Perplexity。日經新聞也對這家公司提起訴訟。",
     {("perplexity", "news-corp", "worries.probe"), ("perplexity", "organization-nikkei", "worries.probe")}),
    # must find nothing: no company sued before, so "the startup" could be either
    ("Perplexity faces pressure. News Corp criticised Perplexity last spring. "
     "Nikkei has now brought infringement claims against the startup.", set()),
])
def test_worries_described_defendant_sued_before(ruled, text, expected):
    assert ruled("WORRIES", text) == expected
