"""A day-two increment keeps every edge's confidences, read from either end. LadybugDB (0.17–0.22) loses
the compression exceptions of DOUBLE[] values a checkpoint appends in place to a compressed column (0.6
comes back 1.0: benchmarks/ladybug_double_list_repro.py); the store creates databases without compression
and rewrites an older, compressed one once before writing into it. Real embedded database, small graphs."""
from __future__ import annotations

import logging

import ladybug
import pytest

import newsgraph.graph.store.ladybug_store as ladybug_store
from newsgraph.graph.knowledge import KnowledgeGraph
from newsgraph.graph.store import LadybugStore
from newsgraph.schema import Edge, Evidence, make_node

SOURCE_END = ("MATCH (a:Source {id: $s})-[e:MENTIONS]->(b:Organization) "
              "RETURN b.id AS other, e.evidence_confidences AS c")  # scans the source's list of edges
TARGET_END = ("MATCH (b:Organization {id: $t})<-[e:MENTIONS]-(a:Source) "
              "RETURN a.id AS other, e.evidence_confidences AS c")  # scans the target's list of edges


def _graph(articles: range, orgs: int, confidence) -> KnowledgeGraph:
    """Articles each mentioning ``orgs`` organizations once; ``confidence(article, org)`` per mention."""
    kg = KnowledgeGraph()
    for o in range(orgs):
        kg.add_node(make_node("Organization", id=f"org-{o}", name=f"Org {o}"))
    for a in articles:
        kg.add_node(make_node("Source", id=f"article-{a:04d}", name=f"Article {a}", kind="article",
                              content_hash=f"h{a}", url=f"https://news.example/{a}"))
        for o in range(orgs):
            kg.add_edge(Edge(source=f"article-{a:04d}", target=f"org-{o}", type="MENTIONS", evidence=[Evidence(
                article=f"article-{a:04d}", sentence=f"Org {o} said so.", start=0, end=5, rule="test.mention",
                confidence=confidence(a, o))]))
    return kg


def _expected(kg) -> dict[tuple[str, str], list[float]]:
    return {(u, v): [e.confidence for e in data["evidence"]] if "evidence" in data else None
            for u, v, data in kg.graph.edges(data=True)}


def _read(store, kg) -> tuple[dict, dict]:
    """Each edge of ``kg`` as stored, read from its source end and from its target end."""
    sources = sorted({u for u, _ in _expected(kg)})
    targets = sorted({v for _, v in _expected(kg)})
    forward = {(s, r["other"]): r["c"] for s in sources for r in store.query(SOURCE_END, {"s": s})}
    backward = {(r["other"], t): r["c"] for t in targets for r in store.query(TARGET_END, {"t": t})}
    return forward, backward


# Day one: 1,000 mentions, every 50th at 0.6, the rest 1.0 (compressed, this column is whole numbers with a
# few exceptions); day two: a new article whose mentions are 0.6 and 0.75 (exceptions in such a column).
DAY_ONE = _graph(range(100), 10, lambda a, o: 0.6 if (a * 10 + o) % 50 == 49 else 1.0)
DAY_TWO = _graph(range(100, 101), 10, lambda a, o: 0.6 if o % 2 else 0.75)


def _assert_both_ends_hold(path) -> None:
    with LadybugStore(path, read_only=True) as store:  # as a user opens it the next day
        edges = DAY_ONE.graph.number_of_edges() + DAY_TWO.graph.number_of_edges()
        assert store.query("MATCH ()-[e:MENTIONS]->() RETURN count(e) AS n")[0]["n"] == edges
        for kg in (DAY_TWO, DAY_ONE):
            want = _expected(kg)
            forward, backward = _read(store, kg)
            assert {k: forward.get(k) for k in want} == want  # source end
            assert {k: backward.get(k) for k in want} == want  # target end


@pytest.mark.parametrize("bulk", [False, True], ids=["merged", "bulk-loaded"])
@pytest.mark.parametrize("isolate", [False, True], ids=["in-process", "child-process"])
def test_store_ladybug_day_two_confidences_read_the_same_from_both_ends(tmp_path, isolate, bulk):
    with LadybugStore(tmp_path / "g.db", isolate=isolate) as store:
        store.bulk = bulk  # day one: a bulk load or the merging path; day two always merges
        store.write(DAY_ONE)
        store.write(DAY_TWO)
    _assert_both_ends_hold(tmp_path / "g.db")
    with LadybugStore(tmp_path / "g.db") as store:
        assert not store._compressed_float_lists()


def test_store_ladybug_a_compressed_database_is_rewritten_once_before_day_two(tmp_path, monkeypatch, caplog):
    """A database an older newsgraph created (compression on) is rewritten without compression first."""
    path = tmp_path / "g.db"
    opened = ladybug.Database
    with monkeypatch.context() as older:  # day one written the old way
        older.setattr(ladybug_store.ladybug, "Database", lambda *a, **k: opened(*a, **{**k, "compression": True}))
        with LadybugStore(path, isolate=False) as store:
            store.bulk = False
            store.write(DAY_ONE)
            assert store._compressed_float_lists() == ["MENTIONS"]
    with caplog.at_level(logging.WARNING), LadybugStore(path) as store:
        added = store.write(DAY_TWO)
        assert added["articles_new"] == 1 and added["edges_added"] == DAY_TWO.graph.number_of_edges()
        assert store.write(DAY_TWO)["edges_changed"] == 0  # and again: nothing changes
    _assert_both_ends_hold(path)
    assert "created with compression on" in caplog.text and str(path) in caplog.text
    with LadybugStore(path) as store:
        assert not store._compressed_float_lists()
