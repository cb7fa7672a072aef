"""Two shapes of false edges in news that is no launch story (court cases, complaints, executive orders), in
English, Simplified and Traditional Chinese, each beside the sentence that must still find the fact:

- a place inside a counted noun phrase ("A California man sued…", "Two California families…", "美国得州一名少年的
  父母起诉…", "台灣一家出版社…", "多名加州居民…") only says where an unnamed party is from: the place is no worried
  party (a place that acts itself, "California sued OpenAI", "日本政府对OpenAI展开调查", and a count of its own
  government bodies, "韩国多个政府部门屏蔽了X", "several US government agencies banned X", still are);
- a party threatening an act of its own ("Trump threatened to impose tariffs on the EU", "特朗普威胁向欧盟征收关税",
  "OpenAI威脅要撤出歐盟") is no threat to the one named after it ("DeepSeek threatens to erode Nvidia's lead",
  "威胁到英伟达的地位" still are);
- an expectation or wish written before the winner ("Analysts expect Gemini 3 to beat GPT-5", "分析师预计X超越Y",
  "市場預期X超越Y") asserts no win ("As expected, X beat Y" still does);
- a lead in use or sales ("led the market with a 74% share, ahead of Gemini", "leads Gemini in users",
  "在市场份额上，豆包领先文心一言", "以35%的市场份额位居第一，领先于…") is no test won ("leads Y on MMLU" still is);
- a legal or policy document of a party speaks ("Trump's order says", "according to the Getty Images lawsuit",
  "特朗普的行政命令称", "根据Reddit的诉状"): its owner or filer is no cited source (the person speaking, "Trump said",
  and an outlet's report, "according to a Reuters report", still are).
"""
import pytest

from newsgraph.schema import Article


@pytest.mark.parametrize("text,expected", [
    # a counted party from a place: nothing
    ("A California man sued Anthropic on Monday, saying Claude defamed him.", set()),
    ("Two California families filed lawsuits against OpenAI this week.", set()),
    ("A US court fined OpenAI for contempt on Friday.", set()),
    ("美国得州一名14岁少年的父母周三起诉OpenAI，称ChatGPT诱导自残。", set()),
    ("日本一家出版社起诉OpenAI侵犯著作权。", set()),
    ("多名加州居民起诉Anthropic。", set()),
    ("美国多家媒体起诉OpenAI侵权。", set()),
    ("美國德州一名少年的父母週三控告OpenAI，指ChatGPT誘導自殘。", set()),
    ("台灣一家出版社對OpenAI提起訴訟。", set()),
    ("韓國一名男子控告Anthropic誹謗。", set()),
    ("美国16岁少年父母起诉OpenAI，称ChatGPT提供自残指导。", set()),
    ("美國16歲少年父母控告OpenAI，指ChatGPT提供自殘指導。", set()),
    ("德国一机构要求苹果和谷歌下架DeepSeek。", set()),
    ("德國一機構要求蘋果和谷歌下架DeepSeek。", set()),
    # a body named by its place and its office is that body, not the place (names.data_protection_descriptors)
    ("德国数据保护专员要求苹果和谷歌下架DeepSeek。", {("deepseek", "bfdi")}),
    # the place or a named party acts: still found
    ("Reddit sued Anthropic on Tuesday, claiming Claude copied posts.", {("anthropic", "reddit")}),
    ("California sued OpenAI over its chatbot on Tuesday.", {("openai", "california")}),
    ("日本政府对OpenAI展开调查。", {("openai", "japan")}),
    ("日本政府對OpenAI展開調查。", {("openai", "japan")}),
    ("值得注意的是，自2月初，韩国多个政府部门已在内部系统中屏蔽了对DeepSeek服务器的访问。", {("deepseek", "south-korea")}),
    ("值得注意的是，自2月初，韓國多個政府部門已在內部系統中屏蔽了對DeepSeek伺服器的訪問。", {("deepseek", "south-korea")}),
    ("Several US government agencies have banned DeepSeek.", {("deepseek", "united-states")}),
    ("Meta faces an EU antitrust investigation over its chatbot.", {("meta", "eu")}),
    ("意大利对一家中国公司DeepSeek展开调查。", {("deepseek", "italy")}),
    ("義大利對一家中國公司DeepSeek展開調查。", {("deepseek", "italy")}),
])
def test_a_place_in_a_counted_party_is_no_party(facts, text, expected):
    assert {(s, t) for rel, s, t in facts(text) if rel == "WORRIES"} == expected


@pytest.mark.parametrize("text,expected", [
    ("Trump threatened to impose new tariffs on the European Union.", set()),
    ("OpenAI threatened to pull ChatGPT out of the European Union.", set()),
    ("特朗普曾威胁向欧盟征收新关税。", set()),
    ("特朗普威胁对欧盟加征关税。", set()),
    ("川普威脅對歐盟加徵關稅。", set()),
    ("OpenAI威脅要撤出歐盟市場。", set()),
    ("DeepSeek threatens Nvidia's dominance.", {("deepseek", "nvidia")}),
    ("DeepSeek threatens to erode Nvidia's lead.", {("deepseek", "nvidia")}),
    ("DeepSeek威胁到英伟达的地位。", {("deepseek", "nvidia")}),
    ("DeepSeek威脅英偉達的地位。", {("deepseek", "nvidia")}),
])
def test_a_threat_of_ones_own_act_is_no_worry(facts, text, expected):
    assert {(s, t) for rel, s, t in facts(text) if rel == "WORRIES"} == expected


@pytest.mark.parametrize("text,expected", [
    ("Analysts expect Gemini 3 to beat GPT-5 when it launches.", None),
    ("Investors want Grok 4 to outperform GPT-5.", None),
    ("分析师预计Gemini 3超越GPT-5。", None),
    ("投资者期待Grok 4超越GPT-5。", None),
    ("市場預期Gemini 3超越GPT-5。", None),
    ("投資人期待Grok 4超越GPT-5。", None),
    ("As expected, Gemini 3 beat GPT-5 on MMLU.", ("gemini-3", "gpt-5")),
    ("Gemini 3 beats GPT-5, analysts said.", ("gemini-3", "gpt-5")),
    ("Gemini 3在MMLU上超越GPT-5。", ("gemini-3", "gpt-5")),
    ("據報導，Gemini 3在MMLU上超越了GPT-5。", ("gemini-3", "gpt-5")),
])
def test_an_expected_win_is_no_win(facts, text, expected):
    assert {(s, t) for rel, s, t in facts(text) if rel == "OUTPERFORMS"} == ({expected} if expected else set())


@pytest.mark.parametrize("text,expected", [
    ("ChatGPT led the market with a 74% share, ahead of Gemini at 12% and Copilot at 4%.", set()),
    ("ChatGPT held a 74% share of chatbot traffic, ahead of Gemini.", set()),
    ("ChatGPT leads Gemini in users.", set()),
    ("豆包以35%的市场份额位居第一，领先于文心一言和通义千问。", set()),
    ("在市场份额上，豆包领先文心一言。", set()),
    ("豆包以35%的市場份額位居第一，領先於文心一言和通義千問。", set()),
    ("在市佔率上，豆包領先文心一言。", set()),
    ("GPT-4o leads Claude 3.5 Sonnet on MMLU.", {("gpt-4o", "claude-3-5-sonnet")}),
    ("GPT-4o, which has 500 million users, beats Claude 3.5 Sonnet on MMLU.", {("gpt-4o", "claude-3-5-sonnet")}),
    ("豆包在长文本上表现优于文心一言。", {("doubao", "ernie-bot")}),
    ("豆包的总结最为完整，准确提取了营收和利润，表现优于文心一言。", {("doubao", "ernie-bot")}),
    ("豆包的總結最為完整，準確提取了營收和利潤，表現優於文心一言。", {("doubao", "ernie-bot")}),
    ("Doubao's summary was the most complete, listing revenue and profit, and it beat ERNIE Bot.", {("doubao", "ernie-bot")}),
    ("豆包在長文本上表現優於文心一言。", {("doubao", "ernie-bot")}),
])
def test_a_lead_in_use_is_no_win(facts, text, expected):
    assert {(s, t) for rel, s, t in facts(text) if rel == "OUTPERFORMS"} == expected


def _cites(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {e.target for e in found.edges if e.type.value == "CITES"}


@pytest.mark.parametrize("text,expected", [
    # a party's document speaks: no source
    ("\"We must lead,\" Trump's order says.", set()),
    ("The model was trained on pirated books, according to the complaint filed by Getty Images.", set()),
    ("The app copied millions of posts, according to the Getty Images lawsuit.", set()),
    ("特朗普的行政命令称，美国必须保持领先。", set()),
    ("川普的行政命令稱，美國必須保持領先。", set()),
    ("根据Getty Images的诉状，该模型复制了数百万张图片。", set()),
    ("根據Getty Images的起訴書，該模型複製了數百萬張圖片。", set()),
    # the person speaking, an outlet's report: still cited
    ("\"We must lead,\" Trump said.", {"trump"}),
    ("特朗普表示，美国必须保持领先。", {"trump"}),
    ("The app copied posts, according to a Reuters report.", {"reuters"}),
    ("The app copied posts, Reuters reported, citing a court filing.", {"reuters"}),
    ("据路透社报道，该诉状称应用复制了帖子。", {"reuters"}),
    ("據路透社報導，該起訴書稱應用複製了貼文。", {"reuters"}),
])
def test_a_partys_document_is_no_source(extractor, text, expected):
    assert _cites(extractor, text) == expected
