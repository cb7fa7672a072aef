"""The embedded store: LadybugDB (the maintained Kùzu fork), in-process, one database file."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import ladybug

from . import ladybug_cypher as cy
from .base import GraphStore, StoreError
from .rows import DEFAULT_BATCH_SIZE, changed_rows, merge_edge, merge_node

DEFAULT_DB = "newsgraph.db"


def resolve_path(path: str | Path | None) -> Path:
    """The database file: ``path``, or ``path/newsgraph.db`` when ``path`` is a directory."""
    target = Path(path if path is not None else DEFAULT_DB).expanduser()
    return target / DEFAULT_DB if target.is_dir() else target


class LadybugStore(GraphStore):
    """A LadybugDB database file holding node tables per node type and rel tables per edge type.

    ``create=False`` refuses to make a new, empty database (for queries against a missing path).
    """

    kind = "ladybug"

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

    def _transaction(self, work):
        self._run("BEGIN TRANSACTION")
        try:
            out = work()
        except BaseException:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:  # a failed statement has already rolled the transaction back
                pass
            raise
        self._run("COMMIT")
        return out

    def _write_nodes(self, label: str, rows: list[dict]) -> int:
        def work() -> int:
            stored = {r["id"]: r for r in self._run(cy.fetch_nodes(label), {"ids": [r["id"] for r in rows]})}
            changed = changed_rows(stored, rows, lambda r: r["id"], merge_node)
            self._apply(changed, lambda r: r["id"] in stored, cy.create_nodes(label), cy.update_nodes(label))
            return len(changed)
        return self._transaction(work)

    def _write_edges(self, edge_type: str, source: str, target: str, rows: list[dict]) -> int:
        def work() -> int:
            ends = [{"source": r["source"], "target": r["target"]} for r in rows]
            found = self._run(cy.fetch_edges(edge_type, source, target), {"rows": ends})
            stored = {(r["source"], r["target"]): r for r in found}
            changed = changed_rows(stored, rows, lambda r: (r["source"], r["target"]), merge_edge)
            self._apply(changed, lambda r: (r["source"], r["target"]) in stored,
                        cy.create_edges(edge_type, source, target), cy.update_edges(edge_type, source, target))
            return len(changed)
        return self._transaction(work)

    def _apply(self, rows: list[dict], is_stored, create: str, update: str) -> None:
        new = [r for r in rows if not is_stored(r)]
        old = [r for r in rows if is_stored(r)]
        if new:
            self._run(create, {"rows": new})
        if old:
            self._run(update, {"rows": old})

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        return self._run(cypher, params)

    def clear(self) -> None:
        self._run(cy.CLEAR)

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
