"""Type filters, the focus neighbourhood and the size cap pick the right nodes and edges."""
import pytest
from html_fixtures import XSS_TITLE, hostile_graph, page_data

from newsgraph.graph.export.html_view import render_html
from newsgraph.graph.export.html_select import select
from newsgraph.schema import LookupFailed, NewsgraphError


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


def test_html_select_max_nodes_keeps_the_best_connected_and_reports_the_rest():
    chosen = select(hostile_graph(), max_nodes=3)
    assert chosen.nodes == ["t-a-xss", "t-a-zh", "t-daily"]  # 10 and 8 edges, then the first id of those with 4
    assert all(u in chosen.nodes and v in chosen.nodes for u, v, _ in chosen.edges) and len(chosen.edges) == 4
    om = chosen.omitted
    assert om["nodes"] == 7 and om["node_types"] == {"Model": 2, "Organization": 4, "Policy": 1}
    assert om["edges"] == 19 and om["edge_types"]["MENTIONS"] == 14 and om["max_degree"] == 4


def test_html_select_max_nodes_always_keeps_the_focus():
    chosen = select(hostile_graph(), focus="t-plan", depth=3, max_nodes=1)
    assert chosen.nodes == ["t-plan"] and chosen.omitted["nodes"] > 0


def test_html_select_options_reach_the_page():
    data = page_data(render_html(hostile_graph(), node_types=["Source"], max_nodes=2))
    assert [n["id"] for n in data["nodes"]] == ["t-a-zh", "t-daily"]
    assert {e["etype"] for e in data["edges"]} == {"CITES", "MENTIONS", "PUBLISHED"}
    assert data["options"]["meta"]["omitted"]["examples"] == [XSS_TITLE]
