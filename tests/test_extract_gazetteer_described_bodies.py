"""A data-protection authority named by its place and a descriptor of its office (names.data_protection_descriptors):
the gazetteer writes one or two such names per body ("Italy's data protection authority", "意大利数据保护机构"); any
other descriptor after the same place names the same body ("Italy's data regulator", "意大利数据监管机构"), in the three
scripts. A place with no such body in the gazetteer, a descriptor alone, or a place two bodies share names none."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised


def ids(extractor, text):
    return {m.entity_id for m in extractor.mentions(Normalised.of(text))}


@pytest.mark.parametrize("text, entity", [
    # English: a possessive or an adjective of the place, then any descriptor
    ("Italy's data regulator fined the chatbot maker Zeta Labs.", "garante"),
    ("The Irish data regulator opened an inquiry into Acme Labs.", "irish-dpc"),
    ("Sweden's data privacy watchdog said it would look into the app.", "imy-sweden"),
    # Simplified Chinese
    ("意大利数据监管机构宣布对星澜科技罚款500万欧元。", "garante"),
    ("法国隐私保护机构表示将调查该应用。", "cnil"),
    ("韩国数据保护机构要求该公司说明数据处理情况。", "korea-pipc"),
    # Traditional Chinese
    ("義大利數據監管機構宣布對星瀾科技罰款。", "garante"),
    ("愛爾蘭隱私監管機構對該公司展開調查。", "irish-dpc"),
])
def test_body_named_by_place_and_any_descriptor(extractor, text, entity):
    assert entity in ids(extractor, text)


@pytest.mark.parametrize("text, not_found", [
    # a place with no data-protection authority in the gazetteer: the place only
    ("美国数据保护机构尚未表态。", {"garante", "cnil", "irish-dpc"}),
    ("The Atlantis data regulator declined to comment.", {"garante", "cnil", "irish-dpc"}),
    # a descriptor alone names no body
    ("The data regulator fined Zeta Labs.", {"garante", "cnil", "irish-dpc", "ico"}),
    ("数据监管机构对星澜科技罚款。", {"garante", "cnil", "irish-dpc", "ico"}),
    ("資料監管機構對星瀾科技罰款。", {"garante", "cnil", "irish-dpc", "ico"}),
])
def test_no_body_without_its_place(extractor, text, not_found):
    assert not ids(extractor, text) & not_found
