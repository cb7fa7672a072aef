"""A public office the gazetteer lacks, found by its suffix 办公室/辦公室 (names.org_suffixes, names.agency_suffixes):
an organisation of kind agency; not a room ("椭圆形办公室", "公司办公室", "他的办公室"). All names invented."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import NodeType


def organisations(extractor, text):
    return [(m.surface, m.kind) for m in extractor.mentions(Normalised.of(text)) if m.type == NodeType.ORGANIZATION]


@pytest.mark.parametrize("text, expected", [
    ("据悉，星河网络审查办公室已对艾克米启动审查。", [("星河网络审查办公室", "agency")]),
    ("據悉，星河網絡審查辦公室已對艾克米啟動審查。", [("星河網絡審查辦公室", "agency")]),
    ("Officials said 星河网络审查办公室 had opened a review.", [("星河网络审查办公室", "agency")]),
    # the end of a known body's name is no body of its own
    ("美国管理和预算办公室发布了新规则。", [("美国管理和预算办公室", "government")]),
    # a room or a company's premises: no body
    ("他回到位于内湖的办公室，公司办公室也搬迁了。", []),
    ("他回到位於內湖的辦公室，公司辦公室也搬遷了。", []),
    ("川普在白宫椭圆形办公室签署行政令。", [("白宫", "government")]),
    ("Staff returned to the office and used Microsoft Office.", []),
])
def test_discovery_offices(extractor, text, expected):
    assert [o for o in organisations(extractor, text) if o[0] != "Microsoft"] == expected
