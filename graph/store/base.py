"""The GraphStore interface both databases implement, and the one error they raise."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from ...schema import NewsgraphError
from ..knowledge import KnowledgeGraph
from .cypher_common import count_edges, count_nodes
from .rows import DEFAULT_BATCH_SIZE, EDGE_TYPES, NODE_LABELS, batches, edge_groups, node_groups


class StoreError(NewsgraphError):
    """The database refused: bad Cypher, no connection, locked file. The message is the database's own."""


class GraphStore(ABC):
    """A Cypher database holding a KnowledgeGraph.

    ``write`` is idempotent and additive: nodes are merged on ``id``, edges on
    ``(source, type, target)``; a node's aliases and an edge's evidence are the
    union of what is stored and what is written (see :mod:`.rows`).
    """

    kind: str = "abstract"

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, not {batch_size}")
        self.batch_size = batch_size

    # -- what every store implements -------------------------------------
    @abstractmethod
    def _write_nodes(self, label: str, rows: list[dict]) -> int:
        """Merge one batch of node rows of one label (one transaction); return rows changed."""

    @abstractmethod
    def _write_edges(self, edge_type: str, source_label: str, target_label: str, rows: list[dict]) -> int:
        """Merge one batch of edge rows of one (type, endpoint labels) group; return rows changed."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        """Run Cypher with parameters; rows keyed by the RETURN names, in RETURN order."""

    def counts(self) -> dict[str, dict[str, int]]:
        """``{"nodes": {label: n}, "edges": {type: n}}`` (the shape of KnowledgeGraph.counts)."""
        nodes = {label: self.query(count_nodes(label))[0]["n"] for label in NODE_LABELS}
        edges = {edge_type: self.query(count_edges(edge_type))[0]["n"] for edge_type in EDGE_TYPES}
        return {"nodes": nodes, "edges": edges}

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (the schema stays)."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection or file lock."""

    def describe(self) -> str:
        """Where the data lives, for messages."""
        return self.kind

    # -- shared ----------------------------------------------------------
    def write(self, kg: KnowledgeGraph) -> dict[str, int]:
        """Merge ``kg`` into the database in batches; counts of rows sent and rows changed."""
        written = {"nodes": 0, "edges": 0, "nodes_changed": 0, "edges_changed": 0}
        for label, rows in node_groups(kg).items():
            for batch in batches(rows, self.batch_size):
                written["nodes_changed"] += self._write_nodes(label, batch)
                written["nodes"] += len(batch)
        for (edge_type, source, target), rows in edge_groups(kg).items():
            for batch in batches(rows, self.batch_size):
                written["edges_changed"] += self._write_edges(edge_type, source, target, batch)
                written["edges"] += len(batch)
        return written

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
