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


def fetch_article_edges(edge_type: str) -> str:
    """Every edge of one type with evidence from an article in ``$ids``, with its ends' ids and labels.

    (``WITH $ids AS ids`` first: LadybugDB cannot read a parameter inside a list predicate.)"""
    return (f"WITH $ids AS ids MATCH (a)-[e:{q(edge_type)}]->(b) WHERE any(x IN e.articles WHERE x IN ids) "
            f"RETURN a.id AS source, a.type AS source_type, b.id AS target, b.type AS target_type, "
            f"{returns('e', EDGE_PROPERTIES)}")


def delete_edges(edge_type: str, source: str, target: str) -> str:
    """Delete the edges between the (source, target) pairs in ``$rows``."""
    return f"{edge_match(source, target)} MATCH (a)-[e:{q(edge_type)}]->(b) DELETE e"


def fetch_node_links(label: str) -> str:
    """For each node in ``$ids``: how many edges it has left, and the ``contribution`` of each."""
    return (f"UNWIND $ids AS i MATCH (n:{q(label)} {{id: i}}) OPTIONAL MATCH (n)-[e]-() "
            f"RETURN n.id AS id, count(e) AS degree, collect(e.{q('contribution')}) AS contributions")


def delete_nodes(label: str) -> str:
    """Delete the nodes in ``$ids`` with any edge they still have."""
    return f"UNWIND $ids AS i MATCH (n:{q(label)} {{id: i}}) DETACH DELETE n"


def all_nodes(label: str) -> str:
    """Every node of one label, all properties."""
    return f"MATCH (n:{q(label)}) RETURN {returns('n', node_properties(label))}"


def all_edges(edge_type: str) -> str:
    """Every edge of one type, with its ends' ids and all properties."""
    return f"MATCH (a)-[e:{q(edge_type)}]->(b) RETURN a.id AS source, b.id AS target, {returns('e', EDGE_PROPERTIES)}"


def fetch_articles() -> str:
    """Every Source node whose ``kind`` is ``$kind`` (``article``), all properties."""
    return f"MATCH (n:{q('Source')}) WHERE n.kind = $kind RETURN {returns('n', node_properties('Source'))}"


def article_edge_counts() -> str:
    """How many edges of each type each article backs (one row per article and type)."""
    return "MATCH ()-[e]->() UNWIND e.articles AS article RETURN article, e.type AS type, count(*) AS n"


def count_nodes(label: str) -> str:
    return f"MATCH (n:{q(label)}) RETURN count(n) AS n"


def count_edges(edge_type: str) -> str:
    return f"MATCH ()-[e:{q(edge_type)}]->() RETURN count(e) AS n"
