"""Node and edge types, and which endpoint pairs each edge type allows."""
from __future__ import annotations

from enum import Enum

from .errors import SchemaError


class NodeType(str, Enum):
    ORGANIZATION = "Organization"
    MODEL = "Model"
    POLICY = "Policy"
    SOURCE = "Source"

    def __str__(self) -> str:
        return self.value


class EdgeType(str, Enum):
    RELEASED = "RELEASED"
    OUTPERFORMS = "OUTPERFORMS"
    CITES = "CITES"
    WORRIES = "WORRIES"
    MENTIONS = "MENTIONS"
    PUBLISHED = "PUBLISHED"

    def __str__(self) -> str:
        return self.value


def parse_edge_type(value: "EdgeType | str") -> EdgeType:
    """The EdgeType called ``value``; SchemaError listing the types otherwise.

    >>> parse_edge_type("RELEASED").value
    'RELEASED'
    """
    try:
        return EdgeType(value)
    except ValueError:
        raise SchemaError(f"unknown edge type {value!r}; available: {', '.join(t.value for t in EdgeType)}") from None


def parse_node_type(value: "NodeType | str") -> NodeType:
    """The NodeType called ``value``; SchemaError listing the types otherwise."""
    try:
        return NodeType(value)
    except ValueError:
        raise SchemaError(f"unknown node type {value!r}; available: {', '.join(t.value for t in NodeType)}") from None


SEMANTIC_EDGE_TYPES = (EdgeType.RELEASED, EdgeType.OUTPERFORMS, EdgeType.CITES, EdgeType.WORRIES)
PROVENANCE_EDGE_TYPES = (EdgeType.MENTIONS, EdgeType.PUBLISHED)

_ORG, _MODEL, _POLICY, _SOURCE = NodeType
ALLOWED_ENDPOINTS: dict[EdgeType, frozenset[tuple[NodeType, NodeType]]] = {
    EdgeType.RELEASED: frozenset({(_ORG, _MODEL), (_ORG, _POLICY)}),
    EdgeType.OUTPERFORMS: frozenset({(_MODEL, _MODEL)}),
    EdgeType.CITES: frozenset({(_SOURCE, _SOURCE), (_SOURCE, _ORG)}),
    EdgeType.WORRIES: frozenset((t, _ORG) for t in NodeType),
    EdgeType.MENTIONS: frozenset((_SOURCE, t) for t in NodeType),
    EdgeType.PUBLISHED: frozenset({(_SOURCE, _SOURCE)}),
}


def check_endpoints(edge_type: EdgeType | str, source_type: NodeType | str, target_type: NodeType | str) -> None:
    """Raise SchemaError unless ``source_type -edge_type-> target_type`` is allowed.

    >>> check_endpoints("RELEASED", "Organization", "Model")
    >>> check_endpoints("RELEASED", "Model", "Organization")
    Traceback (most recent call last):
    ...
    newsgraph.schema.errors.SchemaError: RELEASED cannot go from Model to Organization; allowed: Organization->Model, Organization->Policy
    """
    etype, src, dst = parse_edge_type(edge_type), parse_node_type(source_type), parse_node_type(target_type)
    allowed = ALLOWED_ENDPOINTS[etype]
    if (src, dst) not in allowed:
        pairs = ", ".join(sorted(f"{a.value}->{b.value}" for a, b in allowed))
        raise SchemaError(f"{etype.value} cannot go from {src.value} to {dst.value}; allowed: {pairs}")
