"""Neo4j 5 statements. Labels, relationship types and property names come only from the
schema; every value is a parameter. ``statements()`` lists every statement the Neo4j
store can send, with the parameters it declares, for the parser test."""
from __future__ import annotations

from .cypher_common import (  # noqa: F401  (the same in both dialects)
    all_edges,
    all_nodes,
    article_edge_counts,
    count_edges,
    count_nodes,
    delete_edges,
    delete_nodes,
    fetch_article_edges,
    fetch_articles,
    fetch_edges,
    fetch_node_links,
    fetch_nodes,
)
from .cypher_common import edge_match as _edge_match
from .cypher_common import q as _q
from .rows import EDGE_PROPERTIES, EDGE_TYPES, NODE_LABELS, endpoint_pairs, node_properties

CLEAR_CHUNK = 10_000


def constraint(label: str) -> str:
    """The uniqueness constraint on ``id`` for one label (created once)."""
    return (f"CREATE CONSTRAINT {_q('newsgraph_' + label.lower() + '_id')} IF NOT EXISTS "
            f"FOR (n:{_q(label)}) REQUIRE n.id IS UNIQUE")


def _set(var: str, props, skip: str = "") -> str:
    return ", ".join(f"{var}.{_q(p)} = r.{_q(p)}" for p in props if p != skip)


def upsert_nodes(label: str) -> str:
    """Create or update the nodes in ``$rows`` (full property set)."""
    props = node_properties(label)
    return f"UNWIND $rows AS r MERGE (n:{_q(label)} {{id: r.id}}) SET {_set('n', props, skip='id')}"


def upsert_edges(edge_type: str, source: str, target: str) -> str:
    """Create or update the edges in ``$rows`` (full property set)."""
    return (f"{_edge_match(source, target)} MERGE (a)-[e:{_q(edge_type)}]->(b) "
            f"SET {_set('e', EDGE_PROPERTIES)}")


# MERGE both creates and updates: the store's new and changed rows take the same statement
create_nodes = update_nodes = upsert_nodes
create_edges = update_edges = upsert_edges


# Deletes in chunks so a large graph does not need one huge transaction (auto-commit only).
CLEAR = f"MATCH (n) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF {CLEAR_CHUNK} ROWS"


def statements() -> list[tuple[str, tuple[str, ...]]]:
    """Every statement the Neo4j store emits, with the parameter names it declares."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for label in NODE_LABELS:
        out += [(constraint(label), ()), (fetch_nodes(label), ("ids",)),
                (upsert_nodes(label), ("rows",)), (count_nodes(label), ()),
                (fetch_node_links(label), ("ids",)), (delete_nodes(label), ("ids",)), (all_nodes(label), ())]
    for edge_type in EDGE_TYPES:
        out += [(count_edges(edge_type), ()), (fetch_article_edges(edge_type), ("ids",)), (all_edges(edge_type), ())]
        for source, target in endpoint_pairs(edge_type):
            out += [(fetch_edges(edge_type, source, target), ("rows",)),
                    (upsert_edges(edge_type, source, target), ("rows",)),
                    (delete_edges(edge_type, source, target), ("rows",))]
    out += [(fetch_articles(), ("kind",)), (article_edge_counts(), ()), (CLEAR, ())]
    return out
