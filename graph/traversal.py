"""Walking a KnowledgeGraph: neighbours, who released what, paths, subgraphs."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import networkx as nx

from ..schema import EdgeType, LookupFailed, parse_edge_type, parse_node_type
from .knowledge import KnowledgeGraph

Direction = Literal["out", "in", "both"]


def neighbors(kg: KnowledgeGraph, name: str, edge_type: EdgeType | str | None = None,
              direction: Direction = "both") -> list[tuple[str, str, str]]:
    """``(edge type, direction, neighbour id)`` for every edge at the node called ``name``.

    >>> kg = _example()
    >>> neighbors(kg, "Qwen3", "OUTPERFORMS")
    [('OUTPERFORMS', 'out', 'gpt-oss')]
    """
    node_id = kg.resolve(name)
    key = parse_edge_type(edge_type).value if edge_type else None
    rows = []
    if direction in ("out", "both"):
        rows += [(k, "out", v) for _, v, k in kg.graph.out_edges(node_id, keys=True) if key in (None, k)]
    if direction in ("in", "both"):
        rows += [(k, "in", u) for u, _, k in kg.graph.in_edges(node_id, keys=True) if key in (None, k)]
    return sorted(rows)


def who_released(kg: KnowledgeGraph, name: str) -> list[str]:
    """Ids of the organisations that released the model or policy called ``name``.

    >>> who_released(_example(), "千問3")
    ['alibaba']
    """
    return [n for _, _, n in neighbors(kg, name, EdgeType.RELEASED, "in")]


def released_by(kg: KnowledgeGraph, name: str) -> list[str]:
    """Ids of the models and policies the organisation called ``name`` released."""
    return [n for _, _, n in neighbors(kg, name, EdgeType.RELEASED, "out")]


def what_outperforms(kg: KnowledgeGraph, name: str) -> list[str]:
    """Ids of the models said to outperform the model called ``name``.

    >>> what_outperforms(_example(), "GPT-OSS")
    ['qwen3']
    """
    return [n for _, _, n in neighbors(kg, name, EdgeType.OUTPERFORMS, "in")]


def who_cites_whom(kg: KnowledgeGraph) -> list[tuple[str, str]]:
    """Every (citing source, cited source or organisation) pair."""
    return [(e.source, e.target) for e in kg.edges(EdgeType.CITES)]


def shortest_path(kg: KnowledgeGraph, a: str, b: str, edge_types: Iterable[str] | None = None) -> list[str]:
    """Node ids on a shortest path between two entities, ignoring edge direction.

    >>> shortest_path(_example(), "Alibaba", "gpt-oss")
    ['alibaba', 'qwen3', 'gpt-oss']
    """
    source, target = kg.resolve(a), kg.resolve(b)
    view = subgraph(kg, edge_types=edge_types).graph if edge_types else kg.graph
    try:
        return nx.shortest_path(view.to_undirected(as_view=True), source, target)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        raise LookupFailed(f"no path between {a!r} and {b!r}") from None


def subgraph(kg: KnowledgeGraph, node_types: Iterable[str] | None = None,
             edge_types: Iterable[str] | None = None) -> KnowledgeGraph:
    """A new graph with only the given node and edge types (None keeps all).

    >>> len(subgraph(_example(), node_types=["Model"]))
    2
    """
    keep_nodes = {parse_node_type(t).value for t in node_types} if node_types else None
    keep_edges = {parse_edge_type(t).value for t in edge_types} if edge_types else None
    out = KnowledgeGraph()
    for node in kg.nodes():
        if keep_nodes is None or node.type.value in keep_nodes:
            out.add_node(node)
    for edge in kg.edges():
        if (keep_edges is None or edge.type.value in keep_edges) and edge.source in out and edge.target in out:
            out.add_edge(edge)
    return out


def _example() -> KnowledgeGraph:
    from ..schema import Edge, Evidence, Model, Organization

    kg = KnowledgeGraph()
    kg.add_node(Organization(id="alibaba", name="Alibaba", aliases=["阿里巴巴"]))
    kg.add_node(Model(id="qwen3", name="Qwen3", aliases=["千问3"]))
    kg.add_node(Model(id="gpt-oss", name="gpt-oss"))
    ev = Evidence(article="a", sentence="s", start=0, end=1, rule="example", confidence=1.0)
    kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev]))
    kg.add_edge(Edge(source="qwen3", target="gpt-oss", type="OUTPERFORMS", evidence=[ev]))
    return kg


def _example_dated() -> KnowledgeGraph:
    """Alibaba released Qwen3 (an article of 2025-01-10); Qwen3 beats gpt-oss (articles of
    2025-02-01 and 2025-03-15)."""
    from ..schema import Edge, Evidence, Model, Organization

    kg = KnowledgeGraph()
    kg.add_node(Organization(id="alibaba", name="Alibaba"))
    kg.add_node(Model(id="qwen3", name="Qwen3"))
    kg.add_node(Model(id="gpt-oss", name="gpt-oss"))

    def ev(article, day):
        return Evidence(article=article, sentence="s", start=0, end=1, rule="example", confidence=1.0, published=day)

    kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev("a", "2025-01-10")]))
    kg.add_edge(Edge(source="qwen3", target="gpt-oss", type="OUTPERFORMS",
                     evidence=[ev("b", "2025-02-01"), ev("c", "2025-03-15")]))
    return kg
