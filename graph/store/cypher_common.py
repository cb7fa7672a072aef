"""Statements whose Cypher is the same in LadybugDB and Neo4j (reads and counts).

Each store's own module re-exports these next to the statements where the dialects differ.
Labels, types and property names come only from the schema; every value is a parameter."""
from __future__ import annotations

from .rows import EDGE_PROPERTIES, node_properties


def q(name: str) -> str:
    """Quote an identifier (names such as ``type`` or ``end`` are keywords in Kùzu)."""
    return f"`{name}`"


def returns(var: str, props) -> str:
    return ", ".join(f"{var}.{q(p)} AS {q(p)}" for p in props)


def fetch_nodes(label: str) -> str:
    """Stored rows of the nodes whose ids are in ``$ids``."""
    return f"UNWIND $ids AS i MATCH (n:{q(label)} {{id: i}}) RETURN {returns('n', node_properties(label))}"


def edge_match(source: str, target: str) -> str:
    # Two MATCH clauses, not one comma pattern: LadybugDB plans the comma form as a join, ~50x slower.
    return (f"UNWIND $rows AS r MATCH (a:{q(source)} {{id: r.source}}) "
            f"MATCH (b:{q(target)} {{id: r.target}})")


def fetch_edges(edge_type: str, source: str, target: str) -> str:
    """Stored rows of the edges between the (source, target) pairs in ``$rows``."""
    return (f"{edge_match(source, target)} MATCH (a)-[e:{q(edge_type)}]->(b) "
            f"RETURN a.id AS source, b.id AS target, {returns('e', EDGE_PROPERTIES)}")


def count_nodes(label: str) -> str:
    return f"MATCH (n:{q(label)}) RETURN count(n) AS n"


def count_edges(edge_type: str) -> str:
    return f"MATCH ()-[e:{q(edge_type)}]->() RETURN count(e) AS n"
