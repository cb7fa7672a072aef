"""KnowledgeGraph: typed nodes and evidence-carrying edges over a networkx MultiDiGraph."""
from __future__ import annotations

from collections.abc import Iterator

import networkx as nx

from ..schema import (
    Edge,
    EdgeType,
    Evidence,
    Extraction,
    LookupFailed,
    NodeModel,
    NodeType,
    check_endpoints,
    make_node,
    parse_edge_type,
    parse_node_type,
)
from ..schema.evidence import Shared, record
from ..schema.merging import add_evidence, merge_node, type_clash
from ..schema.text import name_key


class KnowledgeGraph:
    """Nodes keyed by id, edges keyed by type; the same fact added twice is merged.

    ``self.graph`` is a plain :class:`networkx.MultiDiGraph` for programs that
    want to walk it: node attributes are the node's fields, edge attributes are
    ``type``, ``evidence`` (a list of read-only mappings with the ``Evidence`` fields,
    :class:`~newsgraph.schema.evidence.EvidenceRecord`; equal values stored once) and ``support``.

    >>> from newsgraph.schema import Organization, Model, Edge, Evidence
    >>> kg = KnowledgeGraph()
    >>> kg.add_node(Organization(id="alibaba", name="Alibaba", aliases=["阿里巴巴"]))
    >>> kg.add_node(Model(id="qwen3", name="Qwen3"))
    >>> ev = Evidence(article="a1", sentence="阿里巴巴發佈Qwen3。", start=0, end=12, rule="released.cue", confidence=0.9)
    >>> kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev]))
    >>> kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev.model_copy(update={"article": "a2"})]))
    >>> kg.edge("alibaba", "qwen3", "RELEASED").support
    2
    >>> kg.resolve("阿里巴巴")
    'alibaba'
    """

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self._names: dict[str, set[str]] = {}
        self._shared = Shared()  # one object per distinct evidence value (sentences, rules, offsets)

    # -- building -------------------------------------------------------
    def add_node(self, node: NodeModel) -> None:
        """Add a node, or merge it into the node with the same id (see :mod:`newsgraph.schema.merging`)."""
        data = node.model_dump(mode="json")
        current = self.graph.nodes.get(node.id)
        known = set(current["aliases"]) if current is not None else set()
        if current is not None:
            if current["type"] != data["type"]:
                raise type_clash(node.id, current["type"], data["type"])
            data = merge_node(current, data)
        self.graph.add_node(node.id, **data)
        for alias in data["aliases"]:
            if alias not in known:  # the node's other aliases are indexed already (name_key folds: not cheap)
                self._names.setdefault(name_key(alias), set()).add(node.id)

    def add_edge(self, edge: Edge) -> None:
        """Add an edge, or add its evidence to the edge with the same (source, type, target).

        Each piece of evidence costs O(log n) comparisons, whatever the edge's support.
        """
        for end in (edge.source, edge.target):
            if end not in self.graph:
                raise LookupFailed(f"{edge.type.value} edge refers to unknown node {end!r}")
        check_endpoints(edge.type, self.node_type(edge.source), self.node_type(edge.target))
        key = edge.type.value
        if not self.graph.has_edge(edge.source, edge.target, key):
            self.graph.add_edge(edge.source, edge.target, key=key, type=key, evidence=[], support=0)
        attrs = self.graph.edges[edge.source, edge.target, key]
        for evidence in edge.evidence:
            attrs["support"] += add_evidence(attrs["evidence"], record(evidence.model_dump(mode="json"), self._shared))

    def add_extraction(self, extraction: Extraction) -> None:
        """Add everything an extractor found in one article — all of it, or (on a clash) none of it."""
        self._check_fits(extraction)
        for node in extraction.nodes:
            self.add_node(node)
        for edge in extraction.edges:
            self.add_edge(edge)

    def _check_fits(self, extraction: Extraction) -> None:
        types = {n.id: n.type.value for n in extraction.nodes}
        for node_id, node_type in types.items():
            known = self.graph.nodes.get(node_id)
            if known is not None and known["type"] != node_type:
                raise type_clash(node_id, known["type"], node_type)
        for edge in extraction.edges:
            for end in (edge.source, edge.target):
                if end not in types and end not in self.graph:
                    raise LookupFailed(f"{edge.type.value} edge refers to unknown node {end!r}")

    def merge(self, other: "KnowledgeGraph") -> None:
        """Add every node and edge of ``other`` into this graph."""
        for node in other.nodes():
            self.add_node(node)
        for edge in other.edges():
            self.add_edge(edge)

    # -- reading --------------------------------------------------------
    def __contains__(self, node_id: str) -> bool:
        return node_id in self.graph

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return (dict(self.graph.nodes(data=True)) == dict(other.graph.nodes(data=True))
                and sorted(self._edge_rows()) == sorted(other._edge_rows()))

    def _edge_rows(self) -> list[tuple]:
        return [(u, k, v, repr(d)) for u, v, k, d in self.graph.edges(keys=True, data=True)]

    def node(self, node_id: str) -> NodeModel:
        """The node with this id as a schema model."""
        if node_id not in self.graph:
            raise LookupFailed(f"no node with id {node_id!r}")
        return make_node(**self.graph.nodes[node_id])

    def node_type(self, node_id: str) -> NodeType:
        return parse_node_type(self.graph.nodes[node_id]["type"])

    def nodes(self, node_type: NodeType | str | None = None) -> Iterator[NodeModel]:
        """All nodes (optionally of one type), sorted by id."""
        for node_id in sorted(self.graph.nodes):
            if node_type is None or self.graph.nodes[node_id]["type"] == parse_node_type(node_type).value:
                yield self.node(node_id)

    def edge(self, source: str, target: str, edge_type: EdgeType | str) -> Edge:
        key = parse_edge_type(edge_type).value
        if not self.graph.has_edge(source, target, key):
            raise LookupFailed(f"no {key} edge from {source!r} to {target!r}")
        return _edge_model(source, target, self.graph.edges[source, target, key])

    def edges(self, edge_type: EdgeType | str | None = None) -> Iterator[Edge]:
        """All edges (optionally of one type), sorted by source, type, target."""
        rows = sorted(self.graph.edges(keys=True, data=True), key=lambda r: (r[0], r[2], r[1]))
        for source, target, key, data in rows:
            if edge_type is None or key == parse_edge_type(edge_type).value:
                yield _edge_model(source, target, data)

    def resolve(self, name: str) -> str:
        """The id of the node called ``name`` (id, name or any alias, in any script or case).

        Several matches: an exact id wins, then the node with the most edges.
        """
        if name in self.graph:
            return name
        ids = self._names.get(name_key(name), set())
        if not ids:
            raise LookupFailed(f"no node named {name!r}")
        return sorted(ids, key=lambda i: (-self.graph.degree(i), i))[0]

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes by type and edges by type, for summaries."""
        nodes: dict[str, int] = {}
        for _, data in self.graph.nodes(data=True):
            nodes[data["type"]] = nodes.get(data["type"], 0) + 1
        edges: dict[str, int] = {}
        for _, _, key in self.graph.edges(keys=True):
            edges[key] = edges.get(key, 0) + 1
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}


def _edge_model(source: str, target: str, data: dict) -> Edge:
    return Edge(source=source, target=target, type=data["type"], evidence=[Evidence(**e) for e in data["evidence"]])
