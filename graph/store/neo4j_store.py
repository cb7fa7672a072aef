"""The production store: Neo4j 5 through the official driver (Bolt)."""
from __future__ import annotations

import os
from typing import Any

from neo4j import READ_ACCESS, WRITE_ACCESS, GraphDatabase, Query
from neo4j.exceptions import DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship

from . import neo4j_cypher as cy
from . import neo4j_address
from .base import GraphStore, StoreError
from .rows import DEFAULT_BATCH_SIZE, NODE_LABELS
from .statements import write_clauses


class Neo4jStore(GraphStore):
    """Neo4j 5: uniqueness constraints on ``id``; one managed transaction per write,
    retried by the driver on transient errors for up to ``max_retry_time`` seconds.

    Missing arguments come from ``NEO4J_URI``, ``NEO4J_USER`` (default ``neo4j``),
    ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` (default: the server's default database).
    ``read_only=True``: ``query`` refuses a statement with a writing clause and runs the rest in a
    READ access-mode session (which the server enforces too).
    """

    kind = "neo4j"
    dialect = cy

    def __init__(self, uri: str | None = None, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 max_retry_time: float = 30.0, connection_timeout: float = 10.0, create: bool = True,
                 read_only: bool = False) -> None:
        super().__init__(batch_size)  # ``create`` has no meaning here: a server's database always exists
        self.uri = neo4j_address(uri)
        self.read_only = read_only
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

    def _session(self, read: bool = False):
        return self._driver.session(database=self.database, default_access_mode=READ_ACCESS if read else WRITE_ACCESS)

    def _in_write_transaction(self, work):
        """One managed transaction (retried whole by the driver on transient errors)."""
        try:
            if not self._constraints_made:
                with self._session() as session:
                    for label in NODE_LABELS:
                        session.run(cy.constraint(label)).consume()
                self._constraints_made = True
            with self._session() as session:
                return session.execute_write(lambda tx: work(lambda cypher, params: _rows(tx.run(cypher, params))))
        except (Neo4jError, DriverError) as exc:
            raise StoreError(_message(exc)) from exc

    def query(self, cypher: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> list[dict]:
        """Rows of ``cypher`` (auto-commit, so user queries may use CALL … IN TRANSACTIONS); ``timeout`` in seconds."""
        if self.read_only and (writes := write_clauses(cypher)):
            raise StoreError(f"the query writes ({' '.join(dict.fromkeys(writes))}); "
                             "queries are read-only unless --write is given")
        try:
            with self._session(read=self.read_only) as session:
                return _rows(session.run(Query(cypher, timeout=timeout or None), params or {}))
        except (Neo4jError, DriverError) as exc:
            raise StoreError(_message(exc)) from exc
        except (ValueError, TypeError, OverflowError) as exc:  # a parameter the driver cannot send (an int beyond 64 bits)
            raise StoreError(f"cannot send the query parameters: {exc}") from None

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
