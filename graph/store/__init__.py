"""Graph databases: one GraphStore interface, LadybugDB embedded (default) and Neo4j 5.

>>> import tempfile, pathlib
>>> from newsgraph.graph import KnowledgeGraph
>>> from newsgraph.schema import Organization
>>> kg = KnowledgeGraph(); kg.add_node(Organization(id="alibaba", name="Alibaba"))
>>> with open_store(pathlib.Path(tempfile.mkdtemp()) / "g.db") as store:
...     _ = store.write(kg)
...     store.query("MATCH (o:Organization) RETURN o.name AS name")
[{'name': 'Alibaba'}]
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .base import GraphStore, StoreError
from .ladybug_store import DEFAULT_DB, LadybugStore
from .neo4j_store import Neo4jStore
from .output import FORMATS, format_rows, parse_params

STORE_KINDS: dict[str, type[GraphStore]] = {"ladybug": LadybugStore, "neo4j": Neo4jStore}


def register_store(kind: str, cls: type[GraphStore]) -> None:
    """Make another GraphStore implementation available to :func:`open_store` by ``kind``."""
    STORE_KINDS[kind] = cls


def open_store(db: str | Path | None = None, neo4j: str | None = None, *, kind: str | None = None,
               **opts: Any) -> GraphStore:
    """Neo4j when ``neo4j`` is given ("" = ``NEO4J_URI``; user, password, database from
    ``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``), else LadybugDB at ``db`` or
    ``newsgraph.db``. ``kind`` picks a registered store by name; ``opts`` go to its constructor
    (``batch_size`` for both; ``create=False`` for LadybugDB).
    """
    if kind is None:
        kind = "neo4j" if neo4j is not None else "ladybug"
    if kind not in STORE_KINDS:
        raise StoreError(f"unknown store kind {kind!r}; known: {', '.join(sorted(STORE_KINDS))}")
    if neo4j is not None and db is not None:
        raise StoreError("give either an embedded database path or a Neo4j URI, not both")
    target = neo4j if neo4j is not None else db
    return STORE_KINDS[kind](target or None, **opts)


def _open_existing(db, neo4j) -> GraphStore:
    return open_store(db, neo4j) if neo4j is not None else open_store(db, create=False)


def run_query(cypher: str, params: dict[str, Any] | None = None, db: str | Path | None = None,
              neo4j: str | None = None) -> list[dict]:
    """Rows of a Cypher query against an existing database, keyed by the RETURN names."""
    with _open_existing(db, neo4j) as store:
        return store.query(cypher, params or {})


def query_text(cypher: str, params: list[str] | tuple[str, ...] = (), fmt: str = "table",
               db: str | Path | None = None, neo4j: str | None = None) -> str:
    """``newsgraph query``: run ``cypher`` with ``NAME=VALUE`` parameters, rows as table, JSON or CSV."""
    return format_rows(run_query(cypher, parse_params(params), db=db, neo4j=neo4j), fmt)


def db_info(db: str | Path | None = None, neo4j: str | None = None) -> dict:
    """Which store, where, and its node and edge counts by type."""
    with _open_existing(db, neo4j) as store:
        counts = store.counts()
        return {"store": store.kind, "location": store.describe(), **counts,
                "total_nodes": sum(counts["nodes"].values()), "total_edges": sum(counts["edges"].values())}


def db_clear(db: str | Path | None = None, neo4j: str | None = None) -> dict:
    """Delete every node and relationship; the counts before clearing."""
    with _open_existing(db, neo4j) as store:
        counts = store.counts()
        store.clear()
        return counts


__all__ = ["parse_params", "query_text", 
    "DEFAULT_DB", "FORMATS", "STORE_KINDS", "GraphStore", "LadybugStore", "Neo4jStore", "StoreError",
    "db_clear", "db_info", "format_rows", "open_store", "register_store", "run_query",
]
