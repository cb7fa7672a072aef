"""The GraphStore interface every database implements, and the one error they raise.

``GraphStore.write`` owns the read → merge → write cycle (once, for every store), in one
transaction: it reads which of the graph's articles the database already holds (by id, with
their content hash and extractor); takes out what a changed article said before
(:meth:`GraphStore.remove_articles`' retraction); leaves unchanged articles alone; then for each
batch fetches the stored rows by key, merges the incoming rows into them with the one merge
rule, and hands only the rows that changed to the store's own statements. A store supplies its
dialect (a module of Cypher statements with the same names in every store), a way to run
statements inside one write transaction, and ``query``/``close``.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable
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
    edge_properties,
    evidence,
    merge_edge_row,
    merge_node_row,
    node_from_contributions,
    node_groups,
    node_key,
    node_row,
)

Run = Callable[[str, dict], list[dict]]  # run one statement with parameters inside the write transaction
WRITE_REPORT = ("articles_new", "articles_changed", "articles_unchanged", "nodes", "edges", "nodes_changed",
                "edges_changed", "nodes_added", "nodes_updated", "nodes_removed", "edges_added", "edges_updated",
                "edges_removed")


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
    def query(self, cypher: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> list[dict]:
        """Run Cypher with parameters; rows keyed by the RETURN names, in RETURN order; stopped after
        ``timeout`` seconds when given."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection or file lock."""

    def describe(self) -> str:
        """Where the data lives, for messages."""
        return self.kind

    def _journal(self, what: str, check: dict) -> None:
        """Called inside a write transaction before it changes anything: ``what`` kind of write, and
        ``check``, one article that tells the state after it from the state before it. A store that
        cannot trust its engine to recover every interrupted commit records it (the embedded one
        does); a server's own transactions need nothing."""

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
        """Merge ``kg`` into the database in one transaction.

        An article of ``kg`` the database holds with the same content hash and extractor is
        left alone (unchanged); one it holds with another is taken out first and written anew
        (changed). Returns counts: ``articles_new``/``_changed``/``_unchanged``; nodes and edges
        ``_added``, ``_updated``, ``_removed`` (a row taken out and written again counts as
        updated); and, as before, rows sent (``nodes``, ``edges``) and rows created or updated
        by the merge (``nodes_changed``, ``edges_changed``).
        """
        cy = self.dialect

        def work(run: Run) -> dict[str, int]:
            report = Counter({k: 0 for k in WRITE_REPORT})
            unchanged, changed = self._compare_articles(run, kg, report)
            self._journal("build", _check(kg, unchanged))
            taken_out = self._retract(run, changed, report) if changed else set()
            report.pop("articles_removed", None)  # a changed article is written again: counted as changed
            delta = kg.without_articles(unchanged) if unchanged else kg
            created: set[str] = set()  # nodes this write creates: no stored edge can touch them
            for label, rows in node_groups(delta).items():
                for batch in batches(rows, self.batch_size):
                    stored = run(cy.fetch_nodes(label), {"ids": [r["id"] for r in batch]})
                    found = {r["id"] for r in stored}
                    created.update(r["id"] for r in batch if r["id"] not in found)
                    self._merge(run, batch, stored, node_key, merge_node_row, cy.create_nodes(label),
                                cy.update_nodes(label), report, "nodes", taken_out)
            for (edge_type, source, target), rows in edge_groups(delta).items():
                for batch in batches(rows, self.batch_size):
                    # Only an edge between two nodes that were there before can be stored already: the
                    # daily case (new articles, their MENTIONS and PUBLISHED edges) needs no read at all.
                    ends = [{"source": r["source"], "target": r["target"]} for r in batch
                            if r["source"] not in created and r["target"] not in created]
                    stored = run(cy.fetch_edges(edge_type, source, target), {"rows": ends}) if ends else []
                    self._merge(run, batch, stored, lambda r, t=edge_type: (t, *edge_key(r)), merge_edge_row,
                                cy.create_edges(edge_type, source, target), cy.update_edges(edge_type, source, target),
                                report, "edges", taken_out)
            return dict(report)

        return self._in_write_transaction(work)

    def _is_empty(self, run: Run) -> bool:
        return all(not run(self.dialect.count_nodes(label), {})[0]["n"] for label in NODE_LABELS)

    @staticmethod
    def _bulk_report(kg, written: dict[str, int]) -> dict[str, int]:
        """The report of a bulk first load (``written``: the ``nodes`` and ``edges`` rows it wrote): what
        the merging path reports for an empty database."""
        report = Counter({k: 0 for k in WRITE_REPORT})
        report["articles_new"] += sum(1 for _, data in kg.graph.nodes(data=True)
                                      if data.get("type") == "Source" and data.get("content_hash"))
        for what in ("nodes", "edges"):
            report[what] = report[f"{what}_changed"] = report[f"{what}_added"] = written[what]
        return dict(report)

    def _compare_articles(self, run: Run, kg, report: Counter) -> tuple[set[str], list[str]]:
        """Which of ``kg``'s articles the database holds unchanged, and which it holds in another version."""
        mine = {node_id: data for node_id, data in kg.graph.nodes(data=True)
                if data.get("type") == "Source" and data.get("content_hash")}
        stored: dict[str, dict] = {}
        for batch in batches(sorted(mine), self.batch_size):
            stored.update((r["id"], r) for r in run(self.dialect.fetch_nodes("Source"), {"ids": batch}))
        unchanged = {a for a, row in stored.items()
                     if (row.get("content_hash"), row.get("extractor")) == (mine[a]["content_hash"], mine[a].get("extractor"))}
        changed = sorted(set(stored) - unchanged)
        report["articles_unchanged"] += len(unchanged)
        report["articles_changed"] += len(changed)
        report["articles_new"] += len(mine) - len(stored)
        return unchanged, changed

    @staticmethod
    def _merge(run: Run, batch: list[dict], stored: list[dict], key, merge, create: str, update: str,
               report: Counter, what: str, taken_out: set) -> None:
        """Merge ``batch`` into the ``stored`` rows of the same keys; create the new rows, update the changed ones."""
        known = {key(r): r for r in stored}
        changed = changed_rows(known, batch, key, merge)
        new = [r for r in changed if key(r) not in known]
        old = [r for r in changed if key(r) in known]
        for statement, rows in ((create, new), (update, old)):
            if rows:
                run(statement, {"rows": rows})
        again = [r for r in new if (what, key(r)) in taken_out]
        taken_out.difference_update((what, key(r)) for r in again)
        report[what] += len(batch)
        report[f"{what}_changed"] += len(changed)
        report[f"{what}_added"] += len(new) - len(again)
        report[f"{what}_updated"] += len(old) + len(again)
        report[f"{what}_removed"] -= len(again)

    # -- taking articles out ---------------------------------------------
    def remove_articles(self, ids: Iterable[str]) -> dict[str, int]:
        """Retract articles (by id) in one transaction: their evidence goes, support is recounted,
        edges and nodes nothing else backs go, the nodes they touched are merged anew from the
        other articles' versions, and their own nodes go. Unknown ids are ignored."""
        ids = sorted(set(ids))

        def work(run: Run) -> dict[str, int]:
            report = Counter({k: 0 for k in ("articles_removed", "nodes_updated", "nodes_removed",
                                              "edges_updated", "edges_removed")})
            self._journal("removal", {"article": ids[0], "removed": True} if ids else {})
            self._retract(run, ids, report)
            return dict(report)

        return self._in_write_transaction(work)

    def _retract(self, run: Run, ids: list[str], report: Counter) -> set[tuple]:
        """Take the articles ``ids`` out (inside the caller's transaction); the keys of the rows removed."""
        cy = self.dialect
        removed: set[tuple] = set()
        touched: dict[str, set[str]] = {}
        leaving = set(ids)
        for edge_type in EDGE_TYPES:
            updates: dict[tuple, list[dict]] = {}
            deletes: dict[tuple, list[dict]] = {}
            for row in run(cy.fetch_article_edges(edge_type), {"ids": ids}):
                items = [e for e in evidence(row) if e["article"] not in leaving]
                group = (edge_type, row["source_type"], row["target_type"])
                touched.setdefault(row["source_type"], set()).add(row["source"])
                touched.setdefault(row["target_type"], set()).add(row["target"])
                ends = {"source": row["source"], "target": row["target"]}
                if items:
                    updates.setdefault(group, []).append({**ends, **edge_properties(edge_type, items),
                                                          "contribution": row.get("contribution") or ""})
                    continue
                removed.add(("edges", (edge_type, row["source"], row["target"])))
                if row["source"] in leaving or row["target"] in leaving:
                    report["edges_removed"] += 1  # goes with its article's node (DETACH DELETE below)
                else:
                    deletes.setdefault(group, []).append(ends)
            for (edge_type, source, target), rows in sorted(updates.items()):
                for batch in batches(rows, self.batch_size):
                    run(cy.update_edges(edge_type, source, target), {"rows": batch})
                report["edges_updated"] += len(rows)
            for (edge_type, source, target), rows in sorted(deletes.items()):
                for batch in batches(rows, self.batch_size):
                    run(cy.delete_edges(edge_type, source, target), {"rows": batch})
                report["edges_removed"] += len(rows)
        for batch in batches(ids, self.batch_size):
            found = run(cy.fetch_nodes("Source"), {"ids": batch})
            if found:
                run(cy.delete_nodes("Source"), {"ids": [r["id"] for r in found]})
                report["nodes_removed"] += len(found)
                report["articles_removed"] += len(found)
                removed.update(("nodes", r["id"]) for r in found)
        gone = set(ids)
        for label in NODE_LABELS:
            for batch in batches(sorted(touched.get(label, set()) - gone), self.batch_size):
                self._settle_nodes(run, label, batch, report, removed)
        return removed

    def _settle_nodes(self, run: Run, label: str, ids: list[str], report: Counter, removed: set) -> None:
        """Nodes an retraction touched: gone if no edge is left, else merged anew from their contributions."""
        cy = self.dialect
        links = run(cy.fetch_node_links(label), {"ids": ids})
        dead = sorted(r["id"] for r in links if not r["degree"])
        if dead:
            run(cy.delete_nodes(label), {"ids": dead})
            report["nodes_removed"] += len(dead)
            removed.update(("nodes", i) for i in dead)
        merged = {}
        for r in links:
            if r["degree"]:
                data = node_from_contributions(r["contributions"] or [])
                if data is not None:
                    merged[r["id"]] = node_row({**data, "type": label})
        if not merged:
            return
        stored = {r["id"]: r for r in run(cy.fetch_nodes(label), {"ids": sorted(merged)})}
        rows = [row for node_id, row in sorted(merged.items()) if row != stored.get(node_id)]
        if rows:
            run(cy.update_nodes(label), {"rows": rows})
            report["nodes_updated"] += len(rows)

    # -- reading ---------------------------------------------------------
    def articles(self) -> list[dict]:
        """Every article in the database: its Source fields plus ``edges`` (how many edges of each
        type its evidence backs), sorted by date (undated last), then key."""
        cy = self.dialect
        counts: dict[str, dict[str, int]] = {}
        for row in self.query(cy.article_edge_counts()):
            counts.setdefault(row["article"], {})[row["type"]] = row["n"]
        rows = [{**r, "edges": dict(sorted(counts.get(r["id"], {}).items()))}
                for r in self.query(cy.fetch_articles(), {"kind": "article"})]
        return sorted(rows, key=lambda r: (str(r.get("published") or "9999-12-31"), r.get("key") or r["id"]))

    def read_graph(self):
        """The whole database as a :class:`~newsgraph.graph.knowledge.KnowledgeGraph` (the same graph the
        build's JSON holds, after a single build)."""
        from ...schema import Edge, Evidence, make_node
        from ..knowledge import KnowledgeGraph

        cy = self.dialect
        kg = KnowledgeGraph()
        for label in NODE_LABELS:
            for row in sorted(self.query(cy.all_nodes(label)), key=lambda r: r["id"]):
                kg.add_node(make_node(**row))
        for edge_type in EDGE_TYPES:
            for row in sorted(self.query(cy.all_edges(edge_type)), key=lambda r: (r["source"], r["target"])):
                kg.add_edge(Edge(source=row["source"], target=row["target"], type=edge_type,
                                 evidence=[Evidence(**e) for e in evidence(row)]))
        return kg

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check(kg, unchanged: set[str]) -> dict:
    """One article this write adds or changes, with its content hash (empty when there is none)."""
    for node_id in sorted(kg.graph.nodes):
        data = kg.graph.nodes[node_id]
        if data.get("type") == "Source" and data.get("content_hash") and node_id not in unchanged:
            return {"article": node_id, "content_hash": data["content_hash"]}
    return {}
