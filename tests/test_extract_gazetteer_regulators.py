"""Public bodies and sources of issue 12 (item 6): regulators' Chinese names and full forms in three
scripts; short, ambiguous forms (DSB, PDPC, Digital Agency, 野村) count only next to the full name."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


def ids(extractor, text):
    return {m.entity_id for m in extractor.mentions(Normalised.of(text))}


@pytest.mark.parametrize("text, entity", [
    # English
    ("The Hamburg Commissioner for Data Protection and Freedom of Information opened a probe.", "hamburg-dpa"),
    ("Bavaria's BayLDA asked the company for documents.", "bavaria-dpa"),
    ("The Cyber Security Agency of Singapore issued an advisory.", "csa-singapore"),
    ("Korea's PIPC fined the chatbot maker.", "korea-pipc"),
    ("The Department of Industry, Science and Resources released guardrails.", "disr-australia"),
    ("Spain's Comisión Nacional de los Mercados y la Competencia opened a case.", "cnmc"),
    ("BNEF expects data-center power demand to double.", "bloombergnef"),
    ("The IEA said data centres will use more electricity.", "iea"),
    # Traditional Chinese
    ("美國商務部工業和安全局週三更新出口管制規定。", "bis"),
    ("美國證監會對該公司提起訴訟。", "sec"),
    ("國際數據資訊預估，AI伺服器出貨將成長。", "idc"),
    ("日本廣播協會報導，政府將提出法案。", "nhk"),
    ("韓國科技部宣布投入預算。", "msit"),
    ("元富投顧指出，AI伺服器需求強勁。", "masterlink-securities"),
    ("據《財星雜誌》報導，該公司將裁員。", "fortune"),
    # Simplified Chinese
    ("美国联邦通信委员会周四投票通过新规。", "fcc"),
    ("中国科技部发布人工智能伦理指引。", "china-science-ministry"),
    ("美国人工智能标准与创新中心发布评测报告。", "caisi"),
    ("日本公正交易委员会对该公司展开调查。", "jftc"),
    ("新加坡数码发展及新闻部发布框架。", "mddi-singapore"),
    ("据共同通讯社报道，日本政府将出台新规。", "kyodo"),
    ("美国《时代周刊》将其评为年度人物。", "time-magazine"),
])
def test_gazetteer_regulators_and_firms_in_three_scripts(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("The DSB ruled on the dispute.", "austria-dsb"),                           # WTO Dispute Settlement Body, too
    ("Thailand's PDPC issued guidance.", "pdpc-singapore"),
    ("He opened a digital agency in Tokyo.", "jp-digital-agency"),
    ("The Competition Bureau of the Ministry reviewed it.", "canada-competition-bureau"),
    ("野村先生表示，模型表現良好。", "nomura"),                                   # a surname
    ("欧美银行业正加速采用生成式AI。", "bank-of-america"),                        # 美银 inside 欧美银行
    ("美国国家安全顾问沙利文访华。", "frost-sullivan"),                           # Jake Sullivan
    ("Oppenheimer won best picture at the Oscars.", "oppenheimer"),             # the film
])
def test_gazetteer_short_forms_need_the_full_name(extractor, text, entity):
    assert entity not in ids(extractor, text)


@pytest.mark.parametrize("text, entity", [
    ("Austria's data protection authority (Datenschutzbehörde) received a complaint. The DSB said it would decide.",
     "austria-dsb"),
    ("Singapore's Personal Data Protection Commission published a guide. The PDPC said it would consult.",
     "pdpc-singapore"),
])
def test_gazetteer_short_forms_count_next_to_the_full_name(extractor, text, entity):
    norm = Normalised.of(text)
    assert [m.surface for m in extractor.mentions(norm) if m.entity_id == entity][-1] in {"DSB", "PDPC"}
