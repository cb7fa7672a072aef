import pytest

from newsgraph.graph import KnowledgeGraph, shortest_path, subgraph, what_outperforms, who_released
from newsgraph.schema import Edge, Evidence, LookupFailed, Model, Organization, SchemaError


def ev(article, start=0):
    return Evidence(article=article, sentence="阿里巴巴發佈了Qwen3。", start=start, end=start + 13, rule="r", confidence=0.9)


@pytest.fixture
def kg():
    g = KnowledgeGraph()
    g.add_node(Organization(id="alibaba", name="Alibaba", aliases=["阿里巴巴"]))
    g.add_node(Model(id="qwen3", name="Qwen3"))
    g.add_node(Model(id="gpt-oss", name="gpt-oss"))
    return g


def test_graph_one_fact_in_two_articles_is_one_edge_with_support_two(kg):
    kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev("a1")]))
    kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev("a2")]))
    kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev("a2")]))
    assert kg.graph.number_of_edges() == 1
    edge = kg.edge("alibaba", "qwen3", "RELEASED")
    assert edge.support == 2 and [e.article for e in edge.evidence] == ["a1", "a2"]


def test_graph_merging_a_node_unions_aliases(kg):
    kg.add_node(Organization(id="alibaba", name="Alibaba", aliases=["阿里", "Alibaba Group"]))
    assert kg.node("alibaba").aliases == ["Alibaba", "Alibaba Group", "阿里", "阿里巴巴"]
    assert kg.resolve("阿里") == kg.resolve("ALIBABA GROUP") == "alibaba"


def test_graph_rejects_a_node_changing_type(kg):
    with pytest.raises(SchemaError, match="already of type Model"):
        kg.add_node(Organization(id="qwen3", name="Qwen3"))


def test_graph_rejects_edges_against_the_schema(kg):
    with pytest.raises(SchemaError, match="RELEASED cannot go from Model to Organization"):
        kg.add_edge(Edge(source="qwen3", target="alibaba", type="RELEASED", evidence=[ev("a")]))
    with pytest.raises(LookupFailed, match="unknown node 'nobody'"):
        kg.add_edge(Edge(source="nobody", target="qwen3", type="RELEASED"))


def test_graph_traversal_helpers(kg):
    kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev("a")]))
    kg.add_edge(Edge(source="qwen3", target="gpt-oss", type="OUTPERFORMS", evidence=[ev("a")]))
    assert who_released(kg, "Qwen3") == ["alibaba"]
    assert what_outperforms(kg, "gpt-oss") == ["qwen3"]
    assert shortest_path(kg, "阿里巴巴", "gpt-oss") == ["alibaba", "qwen3", "gpt-oss"]
    assert [n.id for n in subgraph(kg, node_types=["Model"]).nodes()] == ["gpt-oss", "qwen3"]
    with pytest.raises(LookupFailed):
        shortest_path(kg, "Alibaba", "gpt-oss", edge_types=["CITES"])


def test_graph_unknown_types_are_schema_errors_listing_the_types(kg):
    from newsgraph.graph import neighbors, subgraph

    with pytest.raises(SchemaError, match="unknown edge type 'BOGUS'; available: RELEASED, OUTPERFORMS"):
        neighbors(kg, "Qwen3", "BOGUS")
    with pytest.raises(SchemaError, match="unknown node type 'Planet'"):
        subgraph(kg, node_types=["Planet"])
