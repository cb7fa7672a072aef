"""The embedded store: LadybugDB (the maintained Kùzu fork), in-process, one database file.

Writes are all-or-nothing, also when the process is killed or the disk fills up. LadybugDB keeps
a transaction in memory and writes it to its write-ahead log (``X.db.wal``) at COMMIT; a process
killed while that log is being written leaves a torn log, and LadybugDB then refuses to open the
database ("Checksum verification failed, the WAL file is corrupted"); a full disk makes it abort
the whole process (``terminate called … IOException``). So a write here:

1. runs in a child process (:mod:`.isolated`): an abort is reported as an error, not a crash;
2. checkpoints first, so the log is empty, then writes a journal (``X.db.ingest``: which write,
   and one article to tell before from after) and syncs it before the transaction starts;
3. removes the journal once COMMIT has returned.

Opening a database with a journal left behind finishes the job: a torn log can only hold that
interrupted transaction, so it is set aside (renamed ``X.db.wal.interrupted-…``, never deleted)
and the database opens as it was before; a whole log is LadybugDB's own to replay (the write
had committed). Either way a warning says which state the database is in.

The first write into an empty database takes another road to the same guarantee (see
:meth:`LadybugStore._bulk_load`): its tables are loaded with ``COPY FROM`` into a new database
file beside the empty one, which is moved over it once complete; a kill or a full disk before
that rename leaves the empty database as it was.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import ladybug

from ..export.atomic import fsync_folder
from . import ladybug_cypher as cy
from . import DEFAULT_STORE
from .base import GraphStore, StoreError
from .isolated import ChildDied, run_isolated
from .rows import DEFAULT_BATCH_SIZE, EDGE_TYPES, NODE_LABELS, endpoint_pairs

log = logging.getLogger(__name__)
JOURNAL = ".ingest"
TORN_LOG = ("Checksum verification failed", "Reading past the end of the file")  # how LadybugDB reports a torn log



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
                 batch_size: int = DEFAULT_BATCH_SIZE, isolate: bool = True, _prepared: bool = False) -> None:
        super().__init__(batch_size)
        self.path = resolve_path(path)
        self.read_only = read_only
        self.isolate = isolate and not read_only  # writes in a child process (see the module's docstring)
        self.recovered: str | None = None  # what opening did about an interrupted write, if anything
        self._db = None
        self._prepared = _prepared or read_only  # the tables are known to be there (or cannot be made: read-only)
        if (read_only or not create) and not self.path.exists():
            raise StoreError(f"no embedded database at {self.path}: build one with `newsgraph build PATH...`")
        self._open()

    # -- opening, and finishing an interrupted write ---------------------
    @property
    def journal(self) -> Path:
        return self.path.with_name(self.path.name + JOURNAL)

    @property
    def wal(self) -> Path:
        return self.path.with_name(self.path.name + ".wal")

    def _connect(self) -> None:
        try:
            if not self.read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # compression=False: a database is created without compression, the only state in which LadybugDB
            # stores every appended DOUBLE[] value right (see ladybug_cypher.FLOAT_LISTS); for an existing
            # database the setting is the one it was created with, whatever is passed here.
            self._db = ladybug.Database(str(self.path), read_only=self.read_only, compression=False)
            self._conn = ladybug.Connection(self._db)
        except (OSError, RuntimeError) as exc:
            self._db = None
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise StoreError(f"cannot open embedded database {self.path}: {reason}") from None

    def _open(self, warn: bool = True) -> None:
        self.recovered = None
        journal = _read_journal(self.journal)
        if journal is not None and self.read_only:
            # Only a read-write open may finish an interrupted write: it holds the database's lock, so the
            # journal's writer is gone (a read-only open may run beside a live writer).
            journal = None
        try:
            self._connect()
        except StoreError as exc:
            if self.read_only and _needs_recovery(str(exc)):
                self._recover_then_connect(exc)
                return
            if not any(sign in str(exc) for sign in TORN_LOG) or (".wal" not in str(exc) and "WAL" not in str(exc)):
                raise
            if journal is None:
                raise StoreError(f"{exc} — its write-ahead log {self.wal} is damaged and no interrupted newsgraph "
                                 f"write explains it; moving that file elsewhere opens the database as of its last "
                                 f"checkpoint (the log's transactions are then lost)") from None
            try:
                kept = self._set_aside_log()
            except OSError as exc:
                raise StoreError(f"{exc}: the last write into {self.path} was interrupted while committing and its "
                                 f"partial log {self.wal} must be moved aside, which failed "
                                 f"({exc.strerror or exc}); run any newsgraph command that writes, with write "
                                 f"access to {self.path.parent}") from None
            self._connect()
            self.recovered = (f"{self.path}: the {journal.get('what', 'write')} started {journal.get('started', '?')} "
                              f"was interrupted while committing; the database holds the state from before it (the "
                              f"partial log is kept as {kept}; delete it to free its space)")
        if not self._prepared:
            for statement in cy.schema_statements():
                self._run(statement)
            self._add_missing_columns()
            self._prepared = True
        if journal is not None and self.recovered is None:
            state = self._which_state(journal.get("check") or {})
            self.recovered = (f"{self.path}: the {journal.get('what', 'write')} started {journal.get('started', '?')} "
                              f"was interrupted; the database holds the state from {state} it")
        if journal is not None:
            try:
                _unlink_synced(self.journal)
            except OSError as exc:  # a read-only folder: the next read-write open finishes the job
                self.recovered += f" (the journal {self.journal} could not be removed: {exc.strerror or exc})"
            if warn:
                log.warning("%s", self.recovered)

    def _recover_then_connect(self, exc: StoreError) -> None:
        """A read-only open of a database whose last write was interrupted: LadybugDB must replay (or
        newsgraph set aside) its log first, which takes a read-write open; then it opens read-only."""
        try:
            with LadybugStore(self.path, create=False, isolate=False) as writer:
                self.recovered = writer.recovered
        except StoreError as again:
            raise StoreError(f"{exc} — it needs recovery after an interrupted write, and opening it to recover "
                             f"failed: {again}") from None
        if self.recovered:
            log.warning("%s", self.recovered)
        try:
            self._connect()
        except StoreError as still:
            if not _needs_recovery(str(still)):
                raise
            try:
                free = os.statvfs(self.path.parent)
                left = f"{free.f_bavail * free.f_frsize // 1024} KiB free"
            except OSError:
                left = "free space unknown"
            raise StoreError(f"{self.path}: an interrupted write left the database to be recovered, and recovering "
                             f"it needs room to write on its disk ({left}); free some space (a "
                             f"{self.wal.name}.interrupted-* log next to it may be deleted) and run the command "
                             "again") from None

    def _set_aside_log(self) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        kept = self.wal.with_name(f"{self.wal.name}.interrupted-{stamp}")
        os.replace(self.wal, kept)
        fsync_folder(self.path.parent)
        return kept

    def _which_state(self, check: dict) -> str:
        article = check.get("article")
        if not article:
            return "before or after"
        rows = self._run(cy.fetch_nodes("Source"), {"ids": [article]})
        if check.get("removed"):
            return "after" if not rows else "before"
        return "after" if rows and rows[0].get("content_hash") == check.get("content_hash") else "before"

    def _add_missing_columns(self) -> None:
        """A database made by an older version lacks the newer properties: add them (no data changes)."""
        for table, props in cy.declared_columns().items():
            have = {row.get("name") for row in self._run(cy.table_columns(table))}
            for prop, token in props.items():
                if prop not in have:
                    self._run(cy.add_column(table, prop, token))

    def describe(self) -> str:
        return str(self.path)

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict]:
        if cypher.startswith(cy.ROWS) and params and isinstance(params.get("rows"), list):
            params = {**params, "rows": _arrow_rows(params["rows"])}
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

    # -- writing ---------------------------------------------------------
    def write(self, kg) -> dict[str, int]:
        if self.bulk and self._is_empty(self._run):
            written = self._bulk_load(kg)
            if written is not None:
                return self._bulk_report(kg, written)
        elif self._compressed_float_lists():
            self._rewrite_uncompressed()
        return self._isolated("write", kg)

    def _compressed_float_lists(self) -> list[str]:
        """The edge tables whose float lists LadybugDB holds compressed (a database created with compression
        on, by newsgraph before it turned it off): new values appended to them can be stored wrong."""
        tables = []
        names = {f"{end}_{p}_data" for p in cy.FLOAT_LISTS for end in ("fwd", "bwd")}
        for edge_type in EDGE_TYPES:
            if any(r.get("column_name") in names and cy.COMPRESSED_FLOATS in str(r.get("compression"))
                   for r in self._run(cy.storage_info(edge_type))):
                tables.append(edge_type)
        return tables

    def _rewrite_uncompressed(self) -> None:
        """Rewrite a database created with compression on as one created with it off (LadybugDB's setting
        is fixed at creation): every table exported by the engine (``COPY (MATCH …) TO`` Parquet) and loaded
        into a new file moved over it, as a first load is. All or nothing: until the move the database is
        the old one."""
        log.warning("%s was created with compression on, in which LadybugDB (up to 0.22 at least) can store "
                    "new confidence values wrong (0.6 as 1.0); rewriting it once without compression. Values "
                    "written by earlier increments are kept as stored: rebuild it from the articles to be sure "
                    "of them", self.path)
        with tempfile.TemporaryDirectory(prefix=f".{self.path.name}.copy-", dir=self.path.parent) as tmp:
            ready = Path(tmp) / READY
            groups = [*NODE_LABELS, *((t, a, b) for t in EDGE_TYPES for a, b in endpoint_pairs(t))]
            for number, group in enumerate(groups):
                file = str(Path(tmp) / f"{number:02d}.parquet")
                self._run(cy.export_nodes(group, file) if isinstance(group, str) else cy.export_edges(*group, file))
                _append_line(ready, {"group": group, "file": file})
            _append_line(ready, {"end": True})
            if self.isolate:
                loaded = self._in_child_process(_load_staged, (str(self.path), tmp, True))
            else:
                self.close()
                try:
                    loaded = _load_staged(str(self.path), tmp, True)
                finally:
                    self._open()
        if not loaded:
            raise StoreError(f"rewriting {self.path} without compression failed; it is unchanged")

    def remove_articles(self, ids) -> dict[str, int]:
        return self._isolated("remove_articles", sorted(set(ids)))

    def clear(self) -> None:
        self._isolated("_clear_all")

    def _clear_all(self) -> None:
        def work(run):
            self._journal("clear", {})
            run(cy.CLEAR)

        self._in_write_transaction(work)

    def _isolated(self, method: str, *args):
        """``GraphStore.<method>(*args)`` in a child process holding the database; this process lets go
        of it meanwhile and opens it again afterwards (finishing the write if the child died)."""
        if not self.isolate:
            return getattr(GraphStore, method, getattr(LadybugStore, method))(self, *args)
        return self._in_child_process(_in_child, (str(self.path), self.batch_size, method, args))

    def _in_child_process(self, func, args: tuple, start: str = "fork"):
        """``func(*args)`` in a child process (:func:`.isolated.run_isolated`), this store closed meanwhile."""
        self.close()
        try:
            result = run_isolated(func, *args, method=start)
        except ChildDied as exc:
            self._open(warn=False)
            raise StoreError(_failure(self.path, exc.stderr or str(exc), self.recovered)) from None
        except StoreError as exc:
            self._open(warn=False)
            if _disk_trouble(str(exc)):
                raise StoreError(_failure(self.path, str(exc), self.recovered)) from None
            raise
        except KeyboardInterrupt:
            raise  # the store stays closed: the command is ending (the next open finishes any interrupted write)
        except BaseException:
            self._open()
            raise
        self._open()
        return result

    def _in_write_transaction(self, work):
        self._run("CHECKPOINT")  # the log now holds nothing but what this transaction will write
        self._run("BEGIN TRANSACTION")
        try:
            out = work(self._run)
        except BaseException:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:  # a failed statement has already rolled the transaction back
                pass
            _unlink_synced(self.journal, quiet=True)  # nothing reached the log: it is written at COMMIT
            raise
        self._run("COMMIT")  # if this fails, the log may be half written: the journal stays for the next open
        _unlink_synced(self.journal, quiet=True)  # if it stays, the next open says the write had committed
        return out

    # A first write into an empty database loads in bulk (``COPY FROM``) rather than merging batch by
    # batch; ``bulk = False`` on a store makes it take the merging path always (the tests compare both).
    bulk = True
    spawn_above = 50_000  # edges: a bulk load of a graph this large runs in a fresh process (see _bulk_load)

    def _bulk_load(self, kg) -> dict[str, int] | None:
        """The first write into an empty database; the ``nodes`` and ``edges`` rows written, or None
        when the database was found not empty after all (another writer came first).

        This process stages every table as a Parquet file next to the database
        (:func:`.staging.stage_graph`); then the database process (:func:`_load_staged`) builds a
        new database file beside them with one ``COPY FROM`` per file and moves it over the empty
        one. All or nothing without a transaction: until that rename the database is the empty one
        it was, whatever happens (a kill, a full disk); and with no transaction LadybugDB neither
        holds the whole load in memory nor writes it twice (log, then checkpoint). A graph of more
        than ``spawn_above`` edges is loaded by a fresh (spawned) process: a forked one would
        be charged with this process's memory, the graph it no longer needs."""
        from .staging import stage_graph

        with tempfile.TemporaryDirectory(prefix=f".{self.path.name}.copy-", dir=self.path.parent) as tmp:
            ready = Path(tmp) / READY
            staged: list = []
            failed: list[BaseException] = []
            stop = threading.Event()

            def announce(item) -> None:
                if stop.is_set():
                    raise _Stopped
                if item.rows:
                    _append_line(ready, {"group": item.group, "file": str(item.path)})

            def stage() -> None:
                try:
                    staged.extend(stage_graph(kg, tmp, announce))
                    _append_line(ready, {"end": True})
                except BaseException as exc:  # noqa: BLE001 - re-raised by the caller's thread below
                    failed.append(exc)
                    _append_line(ready, {"abort": True})

            spawn = self.isolate and kg.graph.number_of_edges() > self.spawn_above
            if not spawn:  # staged first: a fork must not copy a process with a thread at work
                stage()
                if failed:
                    raise failed[0]
            if self.isolate:
                # A spawned database process loads each file as soon as it is staged, while this
                # process (a thread of it) stages the next: the two cores work at once.
                worker = threading.Thread(target=stage, name="bulk-staging", daemon=True) if spawn else None
                try:
                    if worker is not None:
                        worker.start()
                    loaded = self._in_child_process(_load_staged, (str(self.path), tmp),
                                                    "spawn" if spawn else "fork")
                finally:
                    stop.set()
                    if worker is not None:
                        worker.join()
                    if failed and not isinstance(failed[0], _Stopped):
                        raise failed[0]  # why the load stopped: staging failed (not the loader's "aborted")
            else:
                self.close()
                try:
                    loaded = _load_staged(str(self.path), tmp)
                finally:
                    self._open()
        if not loaded:
            return None
        return {"nodes": sum(s.rows for s in staged if isinstance(s.group, str)),
                "edges": sum(s.rows for s in staged if not isinstance(s.group, str))}

    def _journal(self, what: str, check: dict) -> None:
        """Record, durably, that a write is about to commit (see the module's docstring)."""
        entry = {"what": what, "started": dt.datetime.now().isoformat(timespec="seconds"), "pid": os.getpid(),
                 "check": check}
        temporary = self.journal.with_name(self.journal.name + ".tmp")
        try:
            with open(temporary, "w", encoding="utf-8") as handle:
                json.dump(entry, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.journal)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise StoreError(f"cannot write the journal {self.journal} before writing the database "
                             f"(nothing was written): {exc.strerror or exc}") from None
        fsync_folder(self.path.parent)

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
        done = threading.Event()  # set by the worker itself: Ctrl-C during Thread.join can leave
        # is_alive() False while the thread still runs (CPython 3.11), so the join state is not trusted

        def run() -> None:
            try:
                box["rows"] = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the caller below
                box["error"] = exc
            finally:
                done.set()

        worker = threading.Thread(target=run, name="ladybug-query", daemon=True)
        worker.start()
        try:
            while not done.wait(0.1):
                pass
        except KeyboardInterrupt:
            # Interrupt until the query ends: an interrupt that reaches the engine before it has started
            # the query (Ctrl-C right after it was sent) is forgotten when it starts, so one is not enough.
            deadline = time.monotonic() + 10
            self._conn.interrupt()
            while not done.wait(0.2) and time.monotonic() < deadline:
                self._conn.interrupt()
            if not done.is_set():  # the engine would not stop: leave it to the process's exit, never wait on it
                self._abandoned = True
            raise
        if "error" in box:
            raise box["error"]
        return box["rows"]

    def close(self) -> None:
        if getattr(self, "_abandoned", False):  # a query still runs in its thread: closing would wait for it
            self._db = None
            return
        if getattr(self, "_db", None) is not None:
            self._conn.close()
            self._db.close()
            self._db = None


def _arrow_rows(rows: list[dict]):
    """``rows`` (dicts with the same keys) as an Arrow table typed by the schema, for ``LOAD FROM $rows``.

    >>> _arrow_rows([{"id": "m1", "aliases": [], "first_seen": "2025-01-02"}]).to_pylist()
    [{'id': 'm1', 'aliases': [], 'first_seen': datetime.date(2025, 1, 2)}]
    """
    import pyarrow as pa

    from .staging import _arrow_type

    columns = cy.row_columns(rows[0]) if rows else {}
    arrays = []
    for name, token in columns.items():
        values = [row[name] for row in rows]
        if token == "date":
            values = [dt.date.fromisoformat(v) if isinstance(v, str) else v for v in values]
        arrays.append(pa.array(values, type=_arrow_type(token)))
    return pa.Table.from_arrays(arrays, schema=pa.schema([(n, _arrow_type(t)) for n, t in columns.items()]))


def _in_child(path: str, batch_size: int, method: str, args: tuple):
    """In the child process: open the database, run the write, close it."""
    with LadybugStore(path, batch_size=batch_size, isolate=False, _prepared=True) as store:
        return getattr(store, method)(*args)


class _Stopped(Exception):
    """Staging stopped because the load ended first (it failed, or found the database not empty)."""


READY = "ready.jsonl"  # in the staging folder: one line per staged file, then {"end": true} (or {"abort": true})


def _append_line(path: Path, entry: dict) -> None:
    """Append one JSON line in one write (a reader never sees half of it)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
    finally:
        os.close(fd)


def _staged_files(ready: Path, poll: float = 0.02):
    """``(group, file)`` for each file as its line appears in ``ready``, until the end line."""
    offset, buffer = 0, b""
    while True:
        try:
            with open(ready, "rb") as handle:
                handle.seek(offset)
                chunk = handle.read()
        except FileNotFoundError:
            chunk = b""
        offset += len(chunk)
        *lines, buffer = (buffer + chunk).split(b"\n")
        for line in lines:
            entry = json.loads(line)
            if entry.get("end"):
                return
            if entry.get("abort"):
                raise StoreError("staging the bulk load failed")
            group = entry["group"]
            yield (group if isinstance(group, str) else tuple(group)), entry["file"]
        if not lines:
            time.sleep(poll)


def _load_staged(path: str, folder: str, replace: bool = False) -> bool:
    """In the database process: if the database at ``path`` is still empty, build its replacement in
    ``folder`` from the Parquet files staged there (announced in its ``ready.jsonl``, nodes first) and
    move it over ``path``; False (and nothing done) if it is not empty. See :meth:`LadybugStore._bulk_load`.
    ``replace``: whatever the database holds (the staged files are its whole graph, rewritten)."""
    target = Path(path)
    stays = "it is unchanged" if replace else "it stays empty"
    with LadybugStore(target, isolate=False, _prepared=True) as store:  # its lock keeps other writers out meanwhile
        if not replace and not store._is_empty(store._run):
            return False
        built = Path(folder) / target.name
        db = ladybug.Database(str(built), compression=False)  # see LadybugStore._connect
        conn = ladybug.Connection(db)
        try:
            for statement in cy.schema_statements():
                conn.execute(statement)
            for group, file in _staged_files(Path(folder) / READY):
                conn.execute(cy.copy_nodes(group, file) if isinstance(group, str) else cy.copy_edges(*group, file))
            conn.execute("CHECKPOINT")
        except RuntimeError as exc:
            raise StoreError(f"bulk load into {path} failed ({stays}): {exc}") from None
        finally:
            conn.close()
            db.close()
        leftovers = [p.name for p in Path(folder).iterdir() if p.name.startswith(target.name + ".")]
        if leftovers:  # a clean close leaves the database file alone; anything else is not ours to move
            raise StoreError(f"bulk load into {path} failed ({stays}): the new database left "
                             f"{', '.join(sorted(leftovers))} behind")
        with open(built, "rb+") as handle:
            os.fsync(handle.fileno())
        store.close()  # a clean close: the empty database leaves no log behind to replay onto the new one
        if store.wal.exists():
            raise StoreError(f"bulk load into {path} failed ({stays}): {store.wal} is still there")
        os.replace(built, target)
        fsync_folder(target.parent)
    return True


def _disk_trouble(message: str) -> bool:
    return "No space left" in message or "IOException" in message or "IO exception" in message


def _failure(path: Path, what: str, recovered: str | None) -> str:
    """What to tell the user when the database process died or the disk failed it."""
    try:
        free = os.statvfs(path.parent)
        left = f"{free.f_bavail * free.f_frsize // 1024} KiB free"
    except OSError:
        left = "free space unknown"
    if "No space left" in what:
        reason = f"the disk holding it is full ({left})"
    elif _disk_trouble(what):
        reason = f"the database engine could not write to disk ({left}): {what}"
    else:
        reason = what
    state = recovered or f"{path} keeps the state from before this write"
    return f"writing {path} failed: {reason}. {state}"


def _needs_recovery(message: str) -> bool:
    """Whether a read-only open failed because an interrupted write left the log to replay."""
    return "recovery is pending" in message or any(sign in message for sign in TORN_LOG)


def _read_journal(journal: Path) -> dict | None:
    try:
        return json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}


def _unlink_synced(path: Path, quiet: bool = False) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError:
        if quiet:
            return
        raise
    fsync_folder(path.parent)
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
