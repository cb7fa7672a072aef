"""The production store: Neo4j 5 through the official driver (Bolt)."""
from __future__ import annotations

import os
from typing import Any

from neo4j import GraphDatabase
from neo4j.exceptions import DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship

from . import neo4j_cypher as cy
from .base import GraphStore, StoreError
from .rows import DEFAULT_BATCH_SIZE, NODE_LABELS, changed_rows, merge_edge, merge_node

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jStore(GraphStore):
    """Neo4j 5: uniqueness constraints on ``id``; one managed transaction per batch,
    retried by the driver on transient errors for up to ``max_retry_time`` seconds.

    Missing arguments come from ``NEO4J_URI``, ``NEO4J_USER`` (default ``neo4j``),
    ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` (default: the server's default database).
    """

    kind = "neo4j"

    def __init__(self, uri: str | None = None, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 max_retry_time: float = 30.0, connection_timeout: float = 10.0) -> None:
        super().__init__(batch_size)
        self.uri = uri or os.environ.get("NEO4J_URI") or ""
        if not self.uri:
            raise StoreError("no Neo4j URI: pass --neo4j URI or set NEO4J_URI")
        if self.uri.split("://")[0] not in SCHEMES:
            raise StoreError(f"{self.uri}: not a Bolt URI (use one of {', '.join(s + '://' for s in SCHEMES)})")
        user = user or os.environ.get("NEO4J_USER") or "neo4j"
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self._constraints_made = False
        try:
            self._driver = GraphDatabase.driver(self.uri, auth=(user, password) if password else None,
                                                max_transaction_retry_time=max_retry_time,
                                                connection_timeout=connection_timeout)
            self._driver.verify_connectivity()
        except (Neo4jError, DriverError, ValueError) as exc:
            raise StoreError(f"cannot connect to Neo4j at {self.uri}: {_message(exc)}") from exc

    def describe(self) -> str:
        return self.uri + (f" (database {self.database})" if self.database else "")

    def _session(self):
        return self._driver.session(database=self.database)

    def _write(self, work) -> int:
        try:
            if not self._constraints_made:
                with self._session() as session:
                    for label in NODE_LABELS:
                        session.run(cy.constraint(label)).consume()
                self._constraints_made = True
            with self._session() as session:
                return session.execute_write(work)
        except (Neo4jError, DriverError) as exc:
            raise StoreError(_message(exc)) from exc

    def _write_nodes(self, label: str, rows: list[dict]) -> int:
        def work(tx) -> int:
            found = _rows(tx.run(cy.fetch_nodes(label), ids=[r["id"] for r in rows]))
            changed = changed_rows({r["id"]: r for r in found}, rows, lambda r: r["id"], merge_node)
            if changed:
                tx.run(cy.upsert_nodes(label), rows=changed).consume()
            return len(changed)
        return self._write(work)

    def _write_edges(self, edge_type: str, source: str, target: str, rows: list[dict]) -> int:
        def work(tx) -> int:
            ends = [{"source": r["source"], "target": r["target"]} for r in rows]
            found = _rows(tx.run(cy.fetch_edges(edge_type, source, target), rows=ends))
            stored = {(r["source"], r["target"]): r for r in found}
            changed = changed_rows(stored, rows, lambda r: (r["source"], r["target"]), merge_edge)
            if changed:
                tx.run(cy.upsert_edges(edge_type, source, target), rows=changed).consume()
            return len(changed)
        return self._write(work)

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        try:  # auto-commit, so that user queries may use CALL … IN TRANSACTIONS
            with self._session() as session:
                return _rows(session.run(cypher, params or {}))
        except (Neo4jError, DriverError) as exc:
            raise StoreError(_message(exc)) from exc

    def clear(self) -> None:
        self.query(cy.CLEAR)

    def close(self) -> None:
        if getattr(self, "_driver", None) is not None:
            self._driver.close()
            self._driver = None


def _message(exc: Exception) -> str:
    return getattr(exc, "message", None) or str(exc)


def _rows(result) -> list[dict]:
    keys = result.keys()
    return [dict(zip(keys, (_plain(v) for v in record.values()))) for record in result]


def _plain(value: Any) -> Any:
    """Nodes and relationships as property dicts, paths as node/relationship lists, dates native."""
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, (Node, Relationship)):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value.to_native() if hasattr(value, "to_native") else value
