"""Who AI news keeps naming: analyst and leaderboard firms, products named by their short form, companies and
public bodies of lawsuits and export rules, in three scripts; a short or common form counts only where the
article names its owner or as the name is written, and never inside other words."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import Article


def ids(extractor, text):
    return {m.entity_id for m in extractor.mentions(Normalised.of(text))}


def node_types(extractor, text):
    found = extractor.extract(Article(id="article-test", title="test", text=text))
    return {n.id: n.type.value for n in found.nodes}


# analyst, market-research and leaderboard firms, think tanks, and outlets that cover AI lawsuits
@pytest.mark.parametrize("text, entity", [
    ("According to Counterpoint Research, shipments of AI phones rose 20% in the quarter.", "counterpoint"),
    ("Artificial Analysis ranks Zentro-3 first on its intelligence index.", "artificial-analysis"),
    ("Vectara's hallucination leaderboard puts Zentro-3 at a 1.2% rate.", "vectara"),
    ("據IDC統計，今年AI伺服器出貨將成長三成。", "idc"),
    ("据赛迪顾问的报告，国产大模型市场规模持续扩大。", "ccid"),
    ("华创证券研报指出，算力需求将继续增长。", "huachuang-securities"),
    ("華創證券研報指出，算力需求將繼續成長。", "huachuang-securities"),
    ("Zentro-3 tops the CompassArena board.", "opencompass"),
    ("Zentro-3 leads the WebDev Arena.", "lmarena"),
    ("SuperBench大模型综合能力评测报告显示，Zentro-3排名第一。", "superbench"),
])
def test_publishers_are_found(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity, kind", [
    ("Clearview AI was fined by the regulator.", "clearview-ai", "Organization"),
    ("Thomson Reuters sued the legal research start-up Ross Intelligence.", "thomson-reuters", "Organization"),
    ("Thomson Reuters sued the legal research start-up Ross Intelligence.", "ross-intelligence", "Organization"),
    ("湯森路透對這家新創公司提告。", "thomson-reuters", "Organization"),
    ("拓荆科技和新凯来的股价大涨。", "piotech", "Organization"),
    ("拓荊科技與新凱來的股價大漲。", "sicarrier", "Organization"),
    ("上海复旦微电子集团被列入清单。", "fudan-microelectronics", "Organization"),
    ("Rolling Stone reported that the labels sued the start-up.", "rolling-stone", "Source"),
    ("Scale AI's SEAL Leaderboards put Zentro-3 first.", "seal-leaderboards", "Source"),
    ("意大利参议院通过了人工智能法。", "italian-senate", "Organization"),
    ("Malaysia's Ministry of Investment, Trade and Industry announced the permit rule.", "malaysia-miti", "Organization"),
    ("Google's AI Overviews drew a complaint from publishers.", "ai-overviews", "Model"),
    ("谷歌的AI 總覽功能遭出版商投訴。", "ai-overviews", "Model"),
    ("Variety reported that the studios sued the start-up.", "variety", "Source"),
    ("The studios sued the start-up, according to Variety.", "variety", "Source"),
    ("Dow Jones Newswires reported the new rules.", "dow-jones-newswires", "Source"),
    ("Snapchat's My AI chatbot drew scrutiny from the regulator.", "my-ai", "Model"),
    ("Luka Inc., the maker of Replika, was fined.", "luka", "Organization"),
    ("The chatbot Replika is made by Luka, which was fined.", "luka", "Organization"),
    ("腾讯混元TurboS上线后，TurboS的调用量增长。", "hunyuan-turbos", "Model"),
    ("字节跳动发布新模型，字节称价格下调。", "bytedance", "Organization"),
    ("字節跳動發布新模型，字節稱價格下調。", "bytedance", "Organization"),
    ("商务部新闻发言人表示，将采取必要措施。", "china-commerce-ministry", "Organization"),
])
def test_named_parties_and_products(extractor, text, entity, kind):
    assert node_types(extractor, text).get(entity) == kind


# short or common forms need their owner in the article; names never come from pieces of words
@pytest.mark.parametrize("text, entity", [
    ("Ask my AI assistant anything, she said.", "my-ai"),            # no Snap in the article
    ("Luka scored 40 points in the game.", "luka"),                   # a first name, no Replika
    ("The turbos of the new engine spin faster.", "hunyuan-turbos"),
    ("每个字符占两个字节。", "bytedance"),                            # bytes, no ByteDance
    ("每個字元佔兩個字節。", "bytedance"),
    ("商务部表示将加强监管。", "china-commerce-ministry"),            # bare 商务部 may be either ministry
    ("Thomson Reuters sued the start-up.", "reuters"),               # the company, not the wire
    ("The start-up offers a variety of models.", "variety"),          # the common word, not the magazine
    ("VARIETY OF MODELS ON OFFER", "variety"),
    ("The labels sued the start-up in a California federal court.", "california"),   # where the suit is heard
    ("唱片公司在加州联邦法院起诉这家新创公司。", "california"),
    ("唱片公司在加州聯邦法院起訴這家新創公司。", "california"),
])
def test_short_forms_need_their_owner(extractor, text, entity):
    assert entity not in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("Google said the company makes no comment.", "ross-intelligence"),
    ("The ministry said it would respond.", "malaysia-miti"),
])
def test_no_party_without_its_name(extractor, text, entity):
    assert entity not in ids(extractor, text)
