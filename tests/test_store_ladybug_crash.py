"""An interrupted write (kill -9 while committing, Ctrl-C, a full disk) leaves the embedded database
in the state before it or after it, and it opens; a real LadybugDB, real child processes, a real
tmpfs for the full disk."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import uuid

import pytest
from click.testing import CliRunner
from test_store_ladybug_samples import sample_graph, synthetic_graph

from newsgraph.graph.cli import main
from newsgraph.graph.store import LadybugStore, StoreError, open_store
from newsgraph.graph.store.base import GraphStore

INTERRUPTED_WRITER = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {tests!r})
    from test_store_ladybug_samples import synthetic_graph
    from newsgraph.graph.store import LadybugStore
    from newsgraph.schema import Source

    store = LadybugStore({path!r}, isolate=False)
    run = store._run

    def dies_at_commit(cypher, params=None):
        if cypher == "COMMIT":
            if {commit!r}:
                run(cypher, params)
            os._exit(9)  # killed: no journal removal, no checkpoint, no close
        return run(cypher, params)

    store._run = dies_at_commit
    kg = synthetic_graph(40, 200, seed=3)
    kg.add_node(Source(id="article-new", name="New", kind="article", content_hash="h1"))
    store.write(kg)
""")


def totals(store) -> tuple[int, int]:
    counts = store.counts()
    return sum(counts["nodes"].values()), sum(counts["edges"].values())


@pytest.fixture
def old_db(tmp_path):
    path = tmp_path / "g.db"
    with LadybugStore(path) as store:
        store.write(sample_graph())
        return path, totals(store)


def interrupted_write(path, commit: bool) -> None:
    code = INTERRUPTED_WRITER.format(tests=os.path.dirname(__file__), path=str(path), commit=commit)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 9, done.stderr


@pytest.mark.parametrize("moment, expected", [
    ("before COMMIT", "before"),            # nothing reached the log
    ("torn log", "before"),                 # killed while the log was being written
    ("log cut at its end", "before"),       # … just before its last bytes (another message from LadybugDB)
    ("after COMMIT", "after"),              # the log is whole: the write had committed
])
def test_crash_a_write_killed_at_commit_leaves_old_or_new_and_says_which(old_db, caplog, moment, expected):
    path, old = old_db
    interrupted_write(path, commit=moment != "before COMMIT")
    journal = path.with_name(path.name + ".ingest")
    wal = path.with_name(path.name + ".wal")
    assert journal.exists()
    if moment in ("torn log", "log cut at its end"):
        size = wal.stat().st_size
        assert size > 4096
        with open(wal, "r+b") as handle:  # what a kill in the middle of writing the log leaves
            handle.truncate(size // 2 if moment == "torn log" else size - 8)
        import ladybug

        with pytest.raises(RuntimeError, match="WAL file is corrupted|Reading past the end of the file"):
            ladybug.Database(str(path))  # LadybugDB alone cannot open it
    with LadybugStore(path) as store:
        assert f"holds the state from {expected} it" in store.recovered
        assert (totals(store) == old) == (expected == "before")
        if expected == "after":
            assert totals(store) == (old[0] + len(synthetic_graph(40, 200, seed=3)) + 1, old[1] + 200)
    assert not journal.exists()
    kept = list(path.parent.glob(path.name + ".wal.interrupted-*"))
    assert (len(kept) == 1) == (moment in ("torn log", "log cut at its end"))
    assert f"holds the state from {expected} it" in caplog.text
    with LadybugStore(path) as store:  # and it is an ordinary database again
        assert store.recovered is None
        store.write(sample_graph("x-"))


def test_crash_a_damaged_log_that_no_journal_explains_is_reported_and_kept(old_db):
    path, _ = old_db
    interrupted_write(path, commit=True)
    path.with_name(path.name + ".ingest").unlink()
    wal = path.with_name(path.name + ".wal")
    with open(wal, "r+b") as handle:
        handle.truncate(wal.stat().st_size // 2)
    with pytest.raises(StoreError, match="write-ahead log .* is damaged and no interrupted newsgraph write"):
        LadybugStore(path)
    assert wal.exists()


def test_crash_ctrl_c_in_a_write_rolls_back(old_db, monkeypatch):
    path, old = old_db

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(GraphStore, "_merge", staticmethod(interrupted))  # the child is forked: it has this too
    with LadybugStore(path) as store:
        with pytest.raises(KeyboardInterrupt):
            store.write(synthetic_graph(40, 200, seed=3))
    monkeypatch.undo()
    assert not path.with_name(path.name + ".ingest").exists()
    with LadybugStore(path) as store:
        assert totals(store) == old and store.recovered is None


def test_crash_the_write_runs_in_a_child_process(old_db, monkeypatch, tmp_path):
    path, _ = old_db
    real = GraphStore.write

    def spy(self, kg):
        (tmp_path / "writer.pid").write_text(str(os.getpid()))
        return real(self, kg)

    monkeypatch.setattr(GraphStore, "write", spy)
    with LadybugStore(path) as store:
        written = store.write(sample_graph("y-"))
        assert written["nodes_added"] > 0 and store.query("MATCH (n {id: 'y-qwen3'}) RETURN n.id AS id")
    assert int((tmp_path / "writer.pid").read_text()) != os.getpid()


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs (mounting needs root)."""
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill up: {done.stderr.strip() or done.returncode}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk, leave: int) -> None:
    free = os.statvfs(disk)
    (disk / "filler").write_bytes(b"\0" * max(0, free.f_bavail * free.f_frsize - leave))


def test_crash_a_full_disk_fails_the_write_cleanly_and_the_database_keeps_its_data(small_disk, tmp_path):
    path = small_disk / "g.db"
    with LadybugStore(path) as store:
        store.write(synthetic_graph(20, 60, seed=1))
        old, before = totals(store), store.counts()
    fill(small_disk, 600 * 1024)
    with open_store(path) as store:
        with pytest.raises(StoreError) as failed:
            store.write(synthetic_graph(120, 1500, seed=2))
    message = str(failed.value)
    assert f"writing {path} failed: the disk holding it is full" in message
    assert "holds the state from before it" in message and "Traceback" not in message
    with LadybugStore(path, create=False) as store:
        assert totals(store) == old and store.counts() == before
    for kept in [small_disk / "filler", *small_disk.glob("g.db.wal.interrupted-*")]:
        kept.unlink()
    with LadybugStore(path) as store:
        store.write(sample_graph())  # a small write fits again


def test_crash_a_read_only_open_on_a_disk_still_full_says_to_free_space(small_disk, tmp_path):
    """After a write failed on a full disk, a read-only open (``query``, ``db info``) either reads the
    database or says it needs room to recover, never the engine's 'reopen in read-write mode'."""
    path = small_disk / "g.db"
    with LadybugStore(path) as store:
        store.write(synthetic_graph(20, 60, seed=1))
        old = totals(store)
    fill(small_disk, 600 * 1024)
    with open_store(path) as store:
        with pytest.raises(StoreError):
            store.write(synthetic_graph(120, 1500, seed=2))
    result = CliRunner().invoke(main, ["query", "MATCH (n) RETURN count(n) AS n", "--db", str(path), "--format", "json"])
    if result.exit_code != 0:
        assert "read-write mode" not in result.output and "Traceback" not in result.output
        assert f"Error: {path}: an interrupted write left the database to be recovered" in result.output
        assert "KiB free); free some space" in result.output and result.output.count("\n") == 1, result.output
    for kept in [small_disk / "filler", *small_disk.glob("g.db.wal.interrupted-*")]:
        kept.unlink()
    with LadybugStore(path, read_only=True) as store:
        assert totals(store) == old


def test_crash_a_full_disk_during_build_is_one_line_and_exit_1(small_disk, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02d}.txt").write_text(
            f"Note {i}\nAlibaba released Qwen{i}. Qwen{i} beats gpt-oss on math, according to Reuters. "
            f"DeepSeek released DeepSeek-V{i}, which beats Llama {i}.\n", encoding="utf-8")
    db = small_disk / "g.db"
    shutil.copy(tmp_path / "in" / "00.txt", tmp_path / "first.txt")
    first = CliRunner().invoke(main, ["build", str(tmp_path / "first.txt"), "--db", str(db), "-o",
                                      str(tmp_path / "g.json"), "-q"])
    assert first.exit_code == 0, first.output
    with LadybugStore(db, create=False) as store:
        old = totals(store)
    fill(small_disk, 64 * 1024)
    result = CliRunner().invoke(main, ["build", str(folder), "--db", str(db), "-o", str(tmp_path / "g.json"), "-q"])
    assert result.exit_code == 1, result.output
    assert "the disk holding it is full" in result.output and "Traceback" not in result.output
    (small_disk / "filler").unlink()
    with LadybugStore(db, create=False) as store:
        assert totals(store) == old


KILLED_IN_CHECKPOINT = textwrap.dedent("""
    import sys, ladybug
    db = ladybug.Database({path!r}); conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE IF NOT EXISTS Scratch(id STRING, v STRING, PRIMARY KEY(id))")
    conn.execute("UNWIND range(1, 200000) AS i CREATE (:Scratch {{id: 'n' + CAST(i AS STRING), v: 'padding padding'}})")
    print("checkpoint", flush=True)
    conn.execute("CHECKPOINT")
""")


def test_crash_a_checkpoint_killed_midway_still_lets_a_query_read_the_database(old_db, tmp_path):
    """LadybugDB refuses a read-only open while a killed checkpoint awaits recovery; `query` (read-only)
    recovers it with one read-write open, then reads the data that was there."""
    import signal
    import time

    path, before = old_db
    pending = 0
    # where in the checkpoint a kill lands depends on the machine's speed and load: a spread of delays,
    # until one trial has left a checkpoint awaiting recovery (and at least four have run)
    for number, delay in enumerate((0.002, 0.005, 0.01, 0.02, 0.0, 0.001, 0.003, 0.04, 0.08)):
        if pending and number >= 4:
            break
        trial = tmp_path / f"trial-{delay}"
        shutil.copytree(path.parent, trial, ignore=shutil.ignore_patterns("trial-*"))
        db = trial / path.name
        child = subprocess.Popen([sys.executable, "-c", KILLED_IN_CHECKPOINT.format(path=str(db))],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "checkpoint"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        try:
            import ladybug

            ladybug.Database(str(db), read_only=True).close()
        except RuntimeError as exc:
            pending += "recovery is pending" in str(exc)
        done = CliRunner().invoke(main, ["query", "--db", str(db), "MATCH (n:Organization) RETURN count(n) AS n"])
        assert done.exit_code == 0, done.output
        with LadybugStore(db, read_only=True) as store:
            assert totals(store) == before
    assert pending, "no trial left a checkpoint awaiting recovery: the test did not test it"
