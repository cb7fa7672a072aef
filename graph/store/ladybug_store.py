"""The embedded store: LadybugDB (the maintained Kùzu fork), in-process, one database file."""
from __future__ import annotations

import threading
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
    ``read_only=True`` opens it in LadybugDB's read-only mode: no statement may write, no schema
    statement runs, and a database file the user may only read can be opened.
    """

    kind = "ladybug"
    dialect = cy

    def __init__(self, path: str | Path | None = None, *, create: bool = True, read_only: bool = False,
                 batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        super().__init__(batch_size)
        self.path = resolve_path(path)
        self.read_only = read_only
        if (read_only or not create) and not self.path.exists():
            raise StoreError(f"no embedded database at {self.path}: build one with `newsgraph build PATH...`")
        try:
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = ladybug.Database(str(self.path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except (OSError, RuntimeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise StoreError(f"cannot open embedded database {self.path}: {reason}") from None
        if not read_only:
            for statement in cy.schema_statements():
                self._run(statement)

    def describe(self) -> str:
        return str(self.path)

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        try:
            result = self._conn.execute(cypher, params or {})
        except (RuntimeError, ValueError, TypeError, OverflowError) as exc:  # parser, binder and parameter errors
            message = str(exc)
            if self.read_only and "read-only" in message:
                message += " (queries are read-only unless --write is given)"
            raise StoreError(message) from None
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

    def query(self, cypher: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> list[dict]:
        """Rows of ``cypher``; with ``timeout`` (seconds) the query is stopped when it runs longer."""
        params = {k: _bindable(v) for k, v in (params or {}).items()}
        if not timeout:
            return self._interruptible(lambda: self._run(cypher, params))
        self._conn.set_query_timeout(max(1, int(timeout * 1000)))
        try:
            return self._interruptible(lambda: self._run(cypher, params))
        except StoreError as exc:
            if str(exc).strip().rstrip(".") == "Interrupted":
                raise StoreError(f"query stopped after {timeout:g} s (the --timeout)") from None
            raise
        finally:
            self._conn.set_query_timeout(0)

    def _interruptible(self, work):
        """``work()`` in a helper thread, so that Ctrl-C (KeyboardInterrupt in the main thread) can stop
        the running query with LadybugDB's ``interrupt`` instead of waiting for it to end."""
        if threading.current_thread() is not threading.main_thread():
            return work()
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["rows"] = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the caller below
                box["error"] = exc

        worker = threading.Thread(target=run, name="ladybug-query", daemon=True)
        worker.start()
        try:
            while worker.is_alive():
                worker.join(0.1)
        except KeyboardInterrupt:
            self._conn.interrupt()
            worker.join(10)
            raise
        if "error" in box:
            raise box["error"]
        return box["rows"]

    def close(self) -> None:
        if getattr(self, "_db", None) is not None:
            self._conn.close()
            self._db.close()
            self._db = None


_INT64 = range(-2**63, 2**63)


def _bindable(value: Any) -> Any:
    """A parameter LadybugDB can bind: an integer beyond 64 bits goes as a Decimal (INT128 or DECIMAL)."""
    if isinstance(value, int) and not isinstance(value, bool) and value not in _INT64:
        import decimal

        return decimal.Decimal(value)
    if isinstance(value, list):
        return [_bindable(v) for v in value]
    if isinstance(value, dict):
        return {k: _bindable(v) for k, v in value.items()}
    return value


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
