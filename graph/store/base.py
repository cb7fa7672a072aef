"""The GraphStore interface every database implements, and the one error they raise.

``GraphStore.write`` owns the read → merge → write cycle (once, for every store): for each
batch it fetches the stored rows by key, merges the incoming rows into them with the one
merge rule, and hands only the rows that changed to the store's own statements. A store
supplies its dialect (a module of Cypher statements with the same names in every store), a
way to run statements inside one write transaction, and ``query``/``close``.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from types import ModuleType
from typing import Any

from ...schema.errors import NewsgraphError
from .rows import (
    DEFAULT_BATCH_SIZE,
    EDGE_TYPES,
    NODE_LABELS,
    batches,
    changed_rows,
    edge_groups,
    edge_key,
    merge_edge_row,
    merge_node_row,
    node_groups,
    node_key,
)

Run = Callable[[str, dict], list[dict]]  # run one statement with parameters inside the write transaction


class StoreError(NewsgraphError):
    """The database refused: bad Cypher, no connection, locked file. The message is the database's own."""


class GraphStore(ABC):
    """A Cypher database holding a KnowledgeGraph.

    ``write`` is idempotent and additive: nodes are merged on ``id``, edges on
    ``(source, type, target)``, with the rule of :mod:`newsgraph.schema.merging`.
    """

    kind: str = "abstract"
    dialect: ModuleType  # the store's Cypher: fetch_/create_/update_nodes and _edges, count_nodes/_edges, CLEAR

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        if batch_size < 1:
            raise StoreError(f"batch size must be at least 1, not {batch_size}")
        self.batch_size = batch_size

    # -- what every store implements -------------------------------------
    @abstractmethod
    def _in_write_transaction(self, work: Callable[[Run], Any]) -> Any:
        """Call ``work(run)`` inside one write transaction; commit if it returns, roll back if it raises."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        """Run Cypher with parameters; rows keyed by the RETURN names, in RETURN order."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection or file lock."""

    def describe(self) -> str:
        """Where the data lives, for messages."""
        return self.kind

    # -- shared ----------------------------------------------------------
    def counts(self) -> dict[str, dict[str, int]]:
        """``{"nodes": {label: n}, "edges": {type: n}}`` (the shape of KnowledgeGraph.counts)."""
        nodes = {label: self.query(self.dialect.count_nodes(label))[0]["n"] for label in NODE_LABELS}
        edges = {edge_type: self.query(self.dialect.count_edges(edge_type))[0]["n"] for edge_type in EDGE_TYPES}
        return {"nodes": nodes, "edges": edges}

    def clear(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        self.query(self.dialect.CLEAR)

    def write(self, kg) -> dict[str, int]:
        """Merge ``kg`` into the database in one transaction; counts of rows sent and rows changed."""
        cy = self.dialect

        def work(run: Run) -> dict[str, int]:
            if self._bulk_load is not None and self._is_empty(run):
                return self._bulk_load(run, kg)
            written = {"nodes": 0, "edges": 0, "nodes_changed": 0, "edges_changed": 0}
            for label, rows in node_groups(kg).items():
                for batch in batches(rows, self.batch_size):
                    stored = run(cy.fetch_nodes(label), {"ids": [r["id"] for r in batch]})
                    written["nodes_changed"] += self._merge(run, batch, stored, node_key, merge_node_row,
                                                            cy.create_nodes(label), cy.update_nodes(label))
                    written["nodes"] += len(batch)
            for (edge_type, source, target), rows in edge_groups(kg).items():
                for batch in batches(rows, self.batch_size):
                    ends = [{"source": r["source"], "target": r["target"]} for r in batch]
                    stored = run(cy.fetch_edges(edge_type, source, target), {"rows": ends})
                    written["edges_changed"] += self._merge(
                        run, batch, stored, edge_key, merge_edge_row,
                        cy.create_edges(edge_type, source, target), cy.update_edges(edge_type, source, target))
                    written["edges"] += len(batch)
            return written

        return self._in_write_transaction(work)

    # A first write into an empty database may load in bulk instead of merging batch by batch:
    # ``_bulk_load(run, kg)``, inside the same write transaction, returns the counts ``write`` does.
    _bulk_load: Callable[[Run, Any], dict[str, int]] | None = None

    def _is_empty(self, run: Run) -> bool:
        return all(not run(self.dialect.count_nodes(label), {})[0]["n"] for label in NODE_LABELS)

    @staticmethod
    def _merge(run: Run, batch: list[dict], stored: list[dict], key, merge, create: str, update: str) -> int:
        """Merge ``batch`` into the ``stored`` rows of the same keys; create the new rows, update the changed ones."""
        known = {key(r): r for r in stored}
        changed = changed_rows(known, batch, key, merge)
        new = [r for r in changed if key(r) not in known]
        old = [r for r in changed if key(r) in known]
        for statement, rows in ((create, new), (update, old)):
            if rows:
                run(statement, {"rows": rows})
        return len(changed)

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
