"""A generic policy name ("出口管制", "export controls", "实体清单") is the policy of the country issuing it in context:
the possessor right before it, the subject of an issuing verb in its clause, the body named after "by" — the US's
controls stay the gazetteer's, another country's are a policy of that country ("japan-export-controls"); with no
issuer in the sentence, the one the article read before; with none at all, no policy (short articles written for
these tests, three scripts)."""
import pytest

from newsgraph.loaders.extract.generic_policies import RULE
from newsgraph.loaders.extract.normalize import Normalised
from newsgraph.schema import NodeType


def policies(extractor, text):
    return [(m.entity_id, m.rule) for m in extractor.mentions(Normalised.of(text)) if m.type == NodeType.POLICY]


@pytest.mark.parametrize("text, expected", [
    # the possessor right before: that country's controls
    ("Japan's export controls took effect on Monday.", [("japan-export-controls", RULE)]),
    ("日本的出口管制周一生效。", [("japan-export-controls", RULE)]),
    ("日本的出口管制週一生效。", [("japan-export-controls", RULE)]),
    # the subject of an issuing verb in the clause
    ("The Netherlands expanded its export controls on lithography tools.", [("netherlands-export-controls", RULE)]),
    ("荷兰政府扩大了对光刻设备的出口管制。", [("netherlands-export-controls", RULE)]),
    ("荷蘭政府擴大了對光刻設備的出口管制。", [("netherlands-export-controls", RULE)]),
    # a ministry issues for its country; a company the controls are on stands between
    ("中国商务部对星河科技实施出口管制。", [("china-export-controls", RULE)]),
    ("中國商務部對星河科技實施出口管制。", [("china-export-controls", RULE)]),
    # the body after "by"
    ("Acme must comply with export controls imposed by Japan.", [("japan-export-controls", RULE)]),
    # a country the controls are on is their scope, not their issuer
    ("美国对中国的出口管制周一生效。", [("us-export-controls", "gazetteer")]),
    ("美國對中國的出口管制週一生效。", [("us-export-controls", "gazetteer")]),
    ("日本对中国的出口管制周一生效。", [("japan-export-controls", RULE)]),
    # the US's own controls: the gazetteer's policy, as named
    ("美国的出口管制周一生效。", [("us-export-controls", "gazetteer")]),
    ("U.S. export controls took effect on Monday.", [("us-export-controls", "gazetteer")]),
    # no issuer in the sentence, none before: no policy
    ("出口管制周一生效。", []),
    ("出口管制週一生效。", []),
    ("Export controls took effect on Monday.", []),
    # a place the sales are in issues nothing
    ("Acme's sales in Japan were hit by export controls.", []),
    ("星河科技在日本的销售受到出口管制冲击。", []),
    # a comma ends the issuer's clause
    ("日本政府宣布，出口管制周一生效。", []),
    # a list: its keeper's, else (unqualified) the gazetteer's; "the Entity List" by its capitals is the US's
    ("经济部将星河科技列入实体名单。", [("taiwan-entity-list", RULE)]),
    ("經濟部將星河科技列入實體名單。", [("taiwan-entity-list", RULE)]),
    ("星河科技早已在实体清单上。", [("entity-list", "gazetteer")]),
    ("Acme has been on the Entity List since 2019.", [("entity-list", "gazetteer")]),
])
def test_generic_policy_names_read_as_their_issuers(extractor, text, expected):
    assert policies(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the issuer of the sentence before: its controls again
    ("The Netherlands expanded its export controls on Friday. Acme said export controls would slow its sales.",
     ["netherlands-export-controls", "netherlands-export-controls"]),
    ("荷兰政府周五扩大了出口管制。星河科技表示，出口管制将拖累销售。", ["netherlands-export-controls"] * 2),
    ("荷蘭政府週五擴大了出口管制。星河科技表示，出口管制將拖累銷售。", ["netherlands-export-controls"] * 2),
    # the one country the article names as issuing: a mention before it is theirs too
    ("出口管制周一生效。日本的出口管制涵盖23种设备。", ["japan-export-controls"] * 2),
    # two countries issuing: the bare mention before both is neither
    ("出口管制周一生效。日本的出口管制和荷兰的出口管制都涵盖设备。", ["japan-export-controls", "netherlands-export-controls"]),
])
def test_generic_policy_names_carried_in_the_article(extractor, text, expected):
    assert [i for i, _ in policies(extractor, text)] == expected


@pytest.mark.parametrize("edge_type, text, expected", [
    ("RELEASED", "Japan imposed export controls on 23 types of chipmaking equipment.",
     {("japan", "japan-export-controls", "released.enacted")}),
    ("RELEASED", "日本政府收紧了对芯片设备的出口管制。", {("japan", "japan-export-controls", "released.enacted")}),
    ("RELEASED", "日本政府收緊了對晶片設備的出口管制。", {("japan", "japan-export-controls", "released.enacted")}),
    ("WORRIES", "荷兰的出口管制令阿斯麦颇为担忧。", {("netherlands-export-controls", "asml", "worries.causative")}),
    ("WORRIES", "荷蘭的出口管制令艾司摩爾頗為擔憂。", {("netherlands-export-controls", "asml", "worries.causative")}),
    ("WORRIES", "Japan's export controls worried Tokyo Electron.",
     {("japan-export-controls", "tokyo-electron", "worries.cue")}),
    # the US's: as before
    ("WORRIES", "美国的出口管制令英伟达颇为担忧。", {("us-export-controls", "nvidia", "worries.causative")}),
    # no issuer: no policy, so no worry
    ("WORRIES", "出口管制令英伟达颇为担忧。", set()),
    ("WORRIES", "出口管制令輝達頗為擔憂。", set()),
])
def test_generic_policy_names_in_relations(ruled, edge_type, text, expected):
    assert ruled(edge_type, text) == expected


def test_generic_policy_node_is_named_after_its_country(extractor):
    from newsgraph.schema import Article
    found = extractor.extract(Article(id="a", title="t", text="荷蘭的出口管制週一生效。"))
    node = next(n for n in found.nodes if n.id == "netherlands-export-controls")
    assert node.name == "Netherlands export controls"
    assert {"荷兰出口管制", "荷蘭出口管制", "出口管制"} <= set(node.aliases)
