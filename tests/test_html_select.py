"""Type filters, the focus neighbourhood and the size cap pick the right nodes and edges."""
import pytest
from html_fixtures import hostile_graph, page_data

from newsgraph.graph.export.html_view import render_html
from newsgraph.graph.export.html_select import select
from newsgraph.graph.knowledge import KnowledgeGraph
from newsgraph.schema import Edge, Evidence, LookupFailed, Model, NewsgraphError, Organization, Source


def test_html_select_everything_by_default():
    kg = hostile_graph()
    chosen = select(kg)
    assert chosen.nodes == sorted(kg.graph.nodes) and len(chosen.edges) == kg.graph.number_of_edges()
    assert chosen.omitted == {}


def test_html_select_node_types_drop_nodes_and_their_edges():
    chosen = select(hostile_graph(), node_types=["Model", "organization"])
    assert chosen.nodes == ["t-bureau", "t-gpt", "t-lab", "t-opentest", "t-qwen", "t-xss"]
    assert {k for _, _, k in chosen.edges} == {"RELEASED", "OUTPERFORMS", "WORRIES"}
    assert ("t-lab", "t-plan", "RELEASED") not in chosen.edges


def test_html_select_edge_types_keep_every_node_of_the_kept_types():
    chosen = select(hostile_graph(), edge_types=["OUTPERFORMS,CITES"])
    assert {k for _, _, k in chosen.edges} == {"OUTPERFORMS", "CITES"} and len(chosen.nodes) == 10


def test_html_select_unknown_type_names_the_choices():
    with pytest.raises(NewsgraphError, match="unknown EdgeType LIKES; choose from RELEASED"):
        select(hostile_graph(), edge_types=["LIKES"])


def test_html_select_focus_by_simplified_alias_walks_depth_hops_without_mentions():
    kg = hostile_graph()
    assert select(kg, focus="千问测试版", depth=0).nodes == ["t-qwen"]
    assert select(kg, focus="千问测试版", depth=1).nodes == ["t-gpt", "t-lab", "t-qwen"]
    assert select(kg, focus="千问测试版", depth=2).nodes == ["t-gpt", "t-lab", "t-opentest", "t-plan", "t-qwen"]


def test_html_select_focus_walks_mentions_when_asked_for():
    chosen = select(hostile_graph(), focus="Qwen Test", depth=1, edge_types=["MENTIONS"])
    assert chosen.nodes == ["t-a-xss", "t-a-zh", "t-qwen"]


def test_html_select_focus_errors_are_library_errors():
    with pytest.raises(LookupFailed):
        select(hostile_graph(), focus="no such thing")
    with pytest.raises(NewsgraphError, match="is a Model, which the node type filter leaves out"):
        select(hostile_graph(), focus="Qwen Test", node_types=["Organization"])


def test_html_select_max_nodes_ranks_by_support_in_the_facts_shown_and_reports_the_rest():
    kg = hostile_graph()
    chosen = select(kg, max_nodes=3)
    # support in facts other than MENTIONS and article edges: t-lab 2+1, t-qwen 2+1, t-gpt 1+1
    assert chosen.nodes == ["t-gpt", "t-lab", "t-qwen"]
    assert sorted(chosen.edges) == [("t-lab", "t-qwen", "RELEASED"), ("t-qwen", "t-gpt", "OUTPERFORMS")]
    om = chosen.omitted
    assert om["nodes"] == 7 and om["node_types"] == {"Organization": 3, "Policy": 1, "Source": 3}
    assert om["edges"] == kg.graph.number_of_edges() - 2 and om["edge_types"]["MENTIONS"] == 16
    assert om["max_weight"] == 1 and om["examples"][0] == "華盛頓測試局"


def test_html_select_max_nodes_keeps_entities_of_a_graph_of_many_articles():
    kg = KnowledgeGraph()
    kg.add_node(Organization(id="org", name="Org"))
    kg.add_node(Model(id="m1", name="M1"))
    kg.add_node(Model(id="m2", name="M2"))
    for i in range(40):
        kg.add_node(Source(id=f"a{i:02}", name=f"a{i}", kind="article", title=f"Story {i}"))
        for entity in ("org", "m1", "m2"):
            kg.add_edge(Edge(source=f"a{i:02}", target=entity, type="MENTIONS"))
    kg.add_edge(Edge(source="org", target="m1", type="RELEASED",
                     evidence=[Evidence(article="a00", sentence="Org released M1.", start=0, end=16, rule="r", confidence=1)]))
    # by degree counting MENTIONS every article (3 edges) would outrank M2 (40 MENTIONS... and articles fill the cap)
    chosen = select(kg, max_nodes=3)
    assert chosen.nodes == ["m1", "m2", "org"] and chosen.omitted["node_types"] == {"Source": 40}


def test_html_select_max_nodes_always_keeps_the_focus():
    chosen = select(hostile_graph(), focus="t-plan", depth=3, max_nodes=1)
    assert chosen.nodes == ["t-plan"] and chosen.omitted["nodes"] > 0


def test_html_select_options_reach_the_page():
    data = page_data(render_html(hostile_graph(), node_types=["Source"], max_nodes=2))
    assert [n["id"] for n in data["nodes"]] == ["t-a-xss", "t-daily"]  # the outlet is mentioned twice; then by id
    assert {e["etype"] for e in data["edges"]} == {"MENTIONS"}
    assert data["options"]["meta"]["omitted"]["examples"] == ["測試報道:中國開源AI將主導世界?"]
