"""The first write into an empty embedded database loads with COPY FROM (Parquet); the database it
makes is the one the merging path makes, row for row. A real database."""
from __future__ import annotations

import pytest
from test_store_ladybug_samples import HOSTILE, sample_graph, second_article_graph, synthetic_graph
from test_store_ladybug_write import dump, nonzero

from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.store import LadybugStore
from newsgraph.graph.store.ladybug_store import LadybugStore as Store
from newsgraph.schema import Edge, Evidence, Model, Organization, Source


def _merged_only(path) -> LadybugStore:
    store = LadybugStore(path)
    store.bulk = False  # this one store takes the batch-by-batch merging path
    return store


def _awkward_graph() -> KnowledgeGraph:
    """Values a CSV dialect would get wrong: quotes, commas, brackets, newlines, empty strings, lists of one
    empty string, every script, a lone surrogate-free emoji, nulls next to values."""
    kg = KnowledgeGraph()
    kg.add_node(Organization(id="o1", name=HOSTILE, aliases=['a, "b"', "[x]", "line\nbreak", "深度求索，中文", "😀"],
                             kind=""))
    kg.add_node(Model(id="m1", name="模型 ' \" ;", family="o1", first_seen="2025-01-02"))
    kg.add_node(Source(id="s1", name="Daily, \"Times\"", kind="article", url="https://x.example/a?b=1,2",
                       published="2025-02-03", language="zh-Hant", title=""))
    ev = [Evidence(article="s1", sentence="", start=0, end=0, rule="published.metadata", confidence=0.9),
          Evidence(article="s1", sentence='他說："不，\n不是。", [ok]', start=3, end=19, rule="r'1", confidence=0.5,
                   aspect="")]
    kg.add_edge(Edge(source="o1", target="m1", type="RELEASED", evidence=ev))
    kg.add_edge(Edge(source="s1", target="o1", type="CITES", evidence=[ev[1]]))
    return kg


@pytest.mark.parametrize("make", [sample_graph, _awkward_graph, lambda: synthetic_graph(40, 300)],
                         ids=["sample", "awkward", "synthetic"])
def test_store_ladybug_bulk_load_makes_the_database_the_merging_path_makes(tmp_path, make):
    kg = make()
    with LadybugStore(tmp_path / "bulk.db") as bulk, _merged_only(tmp_path / "merged.db") as merged:
        loaded, batched = bulk.write(kg), merged.write(kg)
        assert loaded == batched
        assert dump(bulk) == dump(merged)
        assert nonzero(bulk.counts()) == kg.counts()


def test_store_ladybug_bulk_load_is_used_only_on_an_empty_database(tmp_path, monkeypatch):
    calls = []
    original = Store._bulk_load
    monkeypatch.setattr(Store, "_bulk_load", lambda self, kg: calls.append(1) or original(self, kg))
    with LadybugStore(tmp_path / "g.db", isolate=False) as store:  # the writes in this process: calls are counted
        store.write(sample_graph())
        again = store.write(sample_graph())
        store.write(second_article_graph())
        assert calls == [1]
        assert again["nodes_changed"] == again["edges_changed"] == 0
        with _merged_only(tmp_path / "m.db") as merged:
            merged.write(sample_graph())
            merged.write(second_article_graph())
            assert dump(store) == dump(merged)


def test_store_ladybug_bulk_load_failing_leaves_the_database_empty(tmp_path, monkeypatch):
    import newsgraph.graph.store.ladybug_cypher as cy

    real = cy.copy_edges
    monkeypatch.setattr(cy, "copy_edges", lambda *a: real(*a).replace("COPY", "COPY_BROKEN", 1))
    with LadybugStore(tmp_path / "g.db") as store:
        with pytest.raises(Exception):
            store.write(sample_graph())
        assert sum(store.counts()["nodes"].values()) == 0  # the node COPYs went into a file that was dropped
    assert not [p for p in tmp_path.iterdir() if "copy-" in p.name]  # staging files removed


def test_store_ladybug_bulk_load_of_a_built_graph_holds_every_column_the_merging_path_writes(tmp_path):
    """A graph from the pipeline (article identity, content hashes, dates, when/when_date, contributions)."""
    from pathlib import Path

    from newsgraph.graph.pipeline import build_graph

    examples = Path(__file__).resolve().parent.parent / "examples"
    kg = build_graph([examples], workers=1, cache=False).kg
    with LadybugStore(tmp_path / "bulk.db") as bulk, _merged_only(tmp_path / "merged.db") as merged:
        assert bulk.write(kg) == merged.write(kg)
        stored = dump(bulk)
        assert stored == dump(merged)
        assert any("content_hash" in str(row) for row in stored) and any("contribution" in str(row) for row in stored)
        again = bulk.write(kg)  # the bulk-loaded database takes the merging path next, and finds nothing to change
        assert again["articles_unchanged"] > 0 and again["nodes_changed"] == again["edges_changed"] == 0


def test_store_ladybug_bulk_load_in_a_fresh_process_makes_the_same_database(tmp_path):
    """A large graph is loaded by a spawned database process while this one stages (here: any graph)."""
    kg = synthetic_graph(40, 300)
    with LadybugStore(tmp_path / "bulk.db") as bulk, _merged_only(tmp_path / "merged.db") as merged:
        bulk.spawn_above = 0
        assert bulk.write(kg) == merged.write(kg)
        assert dump(bulk) == dump(merged)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bulk.db", "merged.db"]  # staging files removed


def test_store_ladybug_bulk_load_staging_failing_says_why_and_leaves_the_database_empty(tmp_path, monkeypatch):
    import newsgraph.graph.store.staging as staging

    def broken(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(staging.EdgeColumns, "close", broken)
    for spawn_above in (0, 10**9):  # staged beside a spawned loader, or before a forked one
        path = tmp_path / f"g{spawn_above}.db"
        with LadybugStore(path) as store:
            store.spawn_above = spawn_above
            with pytest.raises(OSError, match="No space left"):
                store.write(sample_graph())
            assert sum(store.counts()["nodes"].values()) == 0
    assert not [p for p in tmp_path.iterdir() if "copy-" in p.name]


KILLED_BEFORE_THE_MOVE = """
import os, sys
sys.path.insert(0, {tests!r})
from test_store_ladybug_samples import synthetic_graph
import newsgraph.graph.store.ladybug_store as ls

def killed(*args):
    os._exit(9)  # killed with the new database complete, just before it replaces the empty one

ls.os.replace = killed
ls.LadybugStore({path!r}, isolate=False).write(synthetic_graph(40, 200, seed=3))
"""


def test_store_ladybug_bulk_load_killed_leaves_the_empty_database_which_opens_and_loads(tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "g.db"
    LadybugStore(path).close()
    code = KILLED_BEFORE_THE_MOVE.format(tests=os.path.dirname(__file__), path=str(path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 9, done.stderr
    with LadybugStore(path) as store:
        assert sum(store.counts()["nodes"].values()) == 0 and store.recovered is None
        assert store.write(synthetic_graph(40, 200, seed=3))["edges_added"] > 0  # and a bulk load works again
        assert sum(store.counts()["edges"].values()) > 0


@pytest.mark.parametrize("enabled", [True, False])
def test_store_ladybug_bulk_staging_pauses_the_garbage_collector_and_restores_it(tmp_path, enabled):
    import gc

    from newsgraph.graph.store.staging import stage_graph

    seen: list[bool] = []
    (gc.enable if enabled else gc.disable)()
    try:
        staged = stage_graph(sample_graph(), tmp_path, lambda item: seen.append(gc.isenabled()))
        assert staged and seen == [False] * len(staged)  # paused while staging (it walks the whole graph)
        assert gc.isenabled() is enabled  # and as it was afterwards

        def broken(item):
            raise OSError(28, "No space left on device")

        (tmp_path / "again").mkdir()
        with pytest.raises(OSError, match="No space left"):
            stage_graph(sample_graph(), tmp_path / "again", broken)
        assert gc.isenabled() is enabled  # also after a failure
    finally:
        gc.enable()
