"""A ministry the gazetteer lacks, named by its country and trade ("Germany's digital ministry", "德国国防部":
names.owned_bodies, extract/owned_bodies.py): an organisation of kind government whose name holds the country; not a
minister ("德国国防部长"), a sector ("国防部门") nor a ministry without its trade ("Germany's new ministry"). A name
the gazetteer holds is the gazetteer's. Sentences invented."""
import pytest

from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import NodeType


def organisations(extractor, text):
    return [(m.surface, m.kind, m.rule) for m in extractor.mentions(Normalised.of(text)) if m.type == NodeType.ORGANIZATION]


@pytest.mark.parametrize("text, expected", [
    ("Germany's digital ministry said it would review Zeta-3.",
     [("Germany's digital ministry", "government", "discovery.body_owned_en")]),
    ("Italy’s Industry Ministry warned about the app.",
     [("Italy’s Industry Ministry", "government", "discovery.body_owned_en")]),
    ("Germany's science and technology ministry backed the plan.",
     [("Germany's science and technology ministry", "government", "discovery.body_owned_en")]),
    ("德国国防部表示将审查该应用。", [("德国国防部", "government", "discovery.body_owned_zh")]),
    ("德國國防部表示將審查該應用。", [("德國國防部", "government", "discovery.body_owned_zh")]),
    ("意大利财政部已禁止公务员使用该应用。", [("意大利财政部", "government", "discovery.body_owned_zh")]),
    ("義大利財政部已禁止公務員使用該應用。", [("義大利財政部", "government", "discovery.body_owned_zh")]),
    # a name the gazetteer holds stays the gazetteer's
    ("Japan's defence ministry blocked the app.", [("Japan's defence ministry", "government", "gazetteer")]),
    ("韩国国防部屏蔽了该应用。", [("韩国国防部", "government", "gazetteer")]),
    ("韓國國防部封鎖了該應用。", [("韓國國防部", "government", "gazetteer")]),
    # a minister, a sector, a ministry without its trade: no ministry found
    ("德国国防部长表示反对。", [("德国", "country", "gazetteer")]),
    ("德國國防部長表示反對。", [("德國", "country", "gazetteer")]),
    ("德国国防部门人士表示反对。", [("德国", "country", "gazetteer")]),
    ("Germany's new ministry said nothing.", [("Germany", "country", "gazetteer")]),
    ("Germany's digital strategy was published.", [("Germany", "country", "gazetteer")]),
])
def test_discovery_owned_bodies(extractor, text, expected):
    assert organisations(extractor, text) == expected
