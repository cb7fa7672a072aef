"""Regulators, agencies, analyst firms and outlets of more countries, in three scripts; names that are
pieces of common words never match."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


def ids(extractor, text):
    return {m.entity_id for m in extractor.mentions(Normalised.of(text))}


@pytest.mark.parametrize("text, entity", [
    ("Japan's Financial Services Agency issued guidance on Monday.", "jp-fsa"),
    ("日本金融廳週一發布指引。", "jp-fsa"),
    ("日本金融厅周一发布指引。", "jp-fsa"),
    ("The Office of the Privacy Commissioner of Canada opened an investigation.", "canada-opc"),
    ("加拿大隱私專員辦公室展開調查。", "canada-opc"),
    ("Spain's AESIA will supervise the rules.", "aesia"),
    ("The Infocomm Media Development Authority published a framework.", "imda"),
    ("新加坡资讯通信媒体发展局发布框架。", "imda"),
    ("The Competition Commission of India fined the firm.", "cci-india"),
    ("The FDA cleared the device.", "fda"),
    ("The SEC charged the company.", "sec"),
    ("Piper Sandler raised its target.", "piper-sandler"),
    ("華泰證券研報指出，需求強勁。", "huatai-securities"),
    ("集邦预估，价格将上涨。", "trendforce"),
    ("顧能預估，支出將成長。", "gartner"),
    ("《科创板日报》记者获悉，公司将发布新品。", "star-market-daily"),
    ("The Sydney Morning Herald reported the deal.", "smh"),
    ("SiliconANGLE reported the deal.", "siliconangle"),
    ("據快科技報導，新機將發布。", "mydrivers"),
    ("据集微网报道，晶圆厂扩产。", "ijiwei"),
    ("關鍵評論網指出，政策將上路。", "the-news-lens"),
    ("DW reported the vote.", "deutsche-welle"),
])
def test_gazetteer_more_bodies_and_outlets(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("这份国家报告指出风险上升。", "el-pais"),          # 国家报 inside 国家报告
    ("用戶可取得理財訊息。", "wealth-magazine"),        # 財訊 inside 理財訊息
    ("这一点不容易观察到。", "analysys"),              # 易观 inside 容易观察
    ("Analysts expect demand to rise.", "analysys"),
    ("He opened a digital agency in Tokyo.", "jp-digital-agency"),
    ("美國商務部開始核發許可。", "china-commerce-ministry"),  # 商務部 alone is the US one here
])
def test_gazetteer_no_body_from_pieces_of_words(extractor, text, entity):
    assert entity not in ids(extractor, text)
