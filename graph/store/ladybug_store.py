"""The embedded store: LadybugDB (the maintained Kùzu fork), in-process, one database file."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import ladybug

from . import ladybug_cypher as cy
from . import DEFAULT_STORE
from .base import GraphStore, StoreError
from .rows import DEFAULT_BATCH_SIZE



def resolve_path(path: str | Path | None) -> Path:
    """The database file: ``path``, or ``path/newsgraph.db`` when ``path`` is a directory."""
    target = Path(path if path is not None else DEFAULT_STORE).expanduser()
    return target / DEFAULT_STORE if target.is_dir() else target


class LadybugStore(GraphStore):
    """A LadybugDB database file holding node tables per node type and rel tables per edge type.

    ``create=False`` refuses to make a new, empty database (for queries against a missing path).
    """

    kind = "ladybug"
    dialect = cy

    def __init__(self, path: str | Path | None = None, *, create: bool = True,
                 batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        super().__init__(batch_size)
        self.path = resolve_path(path)
        if not create and not self.path.exists():
            raise StoreError(f"no embedded database at {self.path}: build one with `newsgraph build PATH...`")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = ladybug.Database(str(self.path))
            self._conn = ladybug.Connection(self._db)
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot open embedded database {self.path}: {exc}") from exc
        for statement in cy.schema_statements():
            self._run(statement)

    def describe(self) -> str:
        return str(self.path)

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        try:
            result = self._conn.execute(cypher, params or {})
        except (RuntimeError, ValueError, TypeError) as exc:  # parser, binder and parameter errors
            raise StoreError(str(exc)) from exc
        if isinstance(result, list):  # several statements: the last one's rows
            result = result[-1]
        names = result.get_column_names()
        return [dict(zip(names, (_plain(v) for v in row))) for row in result.get_all()]

    def _in_write_transaction(self, work):
        self._run("BEGIN TRANSACTION")
        try:
            out = work(self._run)
        except BaseException:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:  # a failed statement has already rolled the transaction back
                pass
            raise
        self._run("COMMIT")
        return out

    def _bulk_load(self, run, kg) -> dict[str, int]:
        """The first write into an empty database: every table loaded with ``COPY FROM`` from Parquet
        files staged next to the database (the rows the merging path would create, no batches)."""
        from .rows import EDGE_PROPERTIES, iter_edge_rows, node_groups, node_properties
        from .staging import ParquetRows, write_parquet

        written = {"nodes": 0, "edges": 0, "nodes_changed": 0, "edges_changed": 0}
        with tempfile.TemporaryDirectory(prefix=f".{self.path.name}.copy-", dir=self.path.parent) as tmp:
            for label, rows in node_groups(kg).items():
                path = Path(tmp) / f"{label}.parquet"
                written["nodes"] += write_parquet(path, node_properties(label), rows)
                run(cy.copy_nodes(label, str(path)), {})
            columns = {"source": "str", "target": "str", **EDGE_PROPERTIES}
            sinks: dict[tuple[str, str, str], ParquetRows] = {}
            try:
                for group, row in iter_edge_rows(kg):  # one pass, one file per (type, source label, target label)
                    if group not in sinks:
                        sinks[group] = ParquetRows(Path(tmp) / ("_".join(group) + ".parquet"), columns)
                    sinks[group].add(row)
            finally:
                for sink in sinks.values():
                    sink.close()
            for group, sink in sorted(sinks.items()):
                run(cy.copy_edges(*group, str(sink.path)), {})
                written["edges"] += sink.count
        written["nodes_changed"], written["edges_changed"] = written["nodes"], written["edges"]
        return written

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        return self._run(cypher, params)

    def close(self) -> None:
        if getattr(self, "_db", None) is not None:
            self._conn.close()
            self._db.close()
            self._db = None


def _plain(value: Any) -> Any:
    """Nodes and relationships as their properties (no internal ids, no nulls); paths as lists."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        if "_NODES" in value:
            return {"nodes": _plain(value["_NODES"]), "relationships": _plain(value["_RELS"])}
        if "_LABEL" in value:
            return {k: _plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}
        return {k: _plain(v) for k, v in value.items()}
    return value
