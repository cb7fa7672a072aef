"""LadybugStore writes: counts, idempotence, additive merges, verbatim values. A real database."""
from __future__ import annotations

import pytest
from test_store_ladybug_samples import HOSTILE, SENTENCE_ZH, sample_graph, second_article_graph, synthetic_graph

from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.store import LadybugStore, StoreError, open_store

EVERYTHING = [
    "MATCH (n) RETURN n.id AS id, n AS node ORDER BY id",
    "MATCH (a)-[e]->(b) RETURN a.id AS src, e.type AS t, b.id AS dst, e AS edge ORDER BY src, t, dst",
]


def dump(store) -> list:
    return [store.query(q) for q in EVERYTHING]


def nonzero(counts: dict) -> dict:
    return {k: {t: n for t, n in v.items() if n} for k, v in counts.items()}


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "g.db") as s:
        yield s


def test_store_ladybug_write_counts_match_the_graph(store):
    kg = sample_graph()
    written = store.write(kg)
    assert nonzero(store.counts()) == kg.counts()
    assert written["nodes"] == written["nodes_changed"] == len(kg)
    assert written["edges"] == written["edges_changed"] == kg.graph.number_of_edges()


def test_store_ladybug_write_twice_changes_nothing(store):
    store.write(sample_graph())
    before = (store.counts(), dump(store))
    again = store.write(sample_graph())
    assert again["nodes_changed"] == again["edges_changed"] == 0
    assert (store.counts(), dump(store)) == before


def test_store_ladybug_write_more_articles_merges_like_the_graph(tmp_path, store):
    store.write(sample_graph())
    store.write(second_article_graph())
    store.write(second_article_graph())
    merged = sample_graph()
    merged.merge(second_article_graph())
    with LadybugStore(tmp_path / "fresh.db") as fresh:
        fresh.write(merged)
        assert dump(store) == dump(fresh)
    assert nonzero(store.counts()) == merged.counts()
    row = store.query("MATCH (:Model {id: 'qwen3'})-[e:OUTPERFORMS]->(:Model {id: 'gpt-oss'}) "
                      "RETURN e.support AS support, e.articles AS articles, e.evidence_rules AS rules")
    assert row == [{"support": 2, "articles": ["a1", "a2"],
                    "rules": ["outperforms.beat", "outperforms.trails", "outperforms.beat"]}]
    aliases = store.query("MATCH (o:Organization {id: 'alibaba'}) RETURN o.aliases AS a, o.first_seen AS f")
    assert aliases[0]["a"] == ["Alibaba", "阿里巴巴", "阿里巴巴集团"]
    assert str(aliases[0]["f"]) == "2025-08-01"


def test_store_ladybug_write_keeps_hostile_values_verbatim(store):
    store.write(sample_graph())
    rows = store.query("MATCH (s:Source) WHERE s.name = $name RETURN s.aliases AS aliases", {"name": HOSTILE})
    assert rows == [{"aliases": sorted(["a\\b", "it's", HOSTILE])}]
    assert store.query("MATCH (s:Source {id: 'a1'}) RETURN s.title AS t")[0]["t"] == HOSTILE
    ev = store.query("MATCH ()-[e:OUTPERFORMS]->() RETURN e.evidence_sentences AS s, e.evidence_aspects AS a")
    assert ev == [{"s": [SENTENCE_ZH, HOSTILE], "a": ["benchmarks", ""]}]
    assert nonzero(store.counts())["nodes"]["Source"] == 4


def test_store_ladybug_write_in_small_batches_gives_the_same_database(tmp_path, store):
    kg = synthetic_graph(60, 400)
    store.write(kg)
    with LadybugStore(tmp_path / "small.db", batch_size=7) as small:
        written = small.write(kg)
        assert written["edges"] == 400
        assert dump(small) == dump(store)


def test_store_ladybug_write_persists_after_reopening(tmp_path):
    with LadybugStore(tmp_path / "p.db") as first:
        first.write(sample_graph())
        counts = first.counts()
    with LadybugStore(tmp_path / "p.db", create=False) as again:
        assert again.counts() == counts
        assert again.write(sample_graph())["edges_changed"] == 0


def test_store_ladybug_clear_empties_and_keeps_tables(store):
    store.write(sample_graph())
    store.clear()
    assert nonzero(store.counts()) == {"nodes": {}, "edges": {}}
    store.write(sample_graph())
    assert nonzero(store.counts()) == sample_graph().counts()


def test_store_ladybug_write_empty_graph_is_a_no_op(store):
    written = store.write(KnowledgeGraph())
    assert {"nodes", "edges", "nodes_changed", "edges_changed", "articles_new"} <= set(written)
    assert set(written.values()) == {0}


def test_store_ladybug_write_is_one_transaction(store):
    def half_done(run):
        run("CREATE (:Model {id: 'half', name: 'Half'})", {})
        run("MATCH (n RETURN n", {})

    with pytest.raises(StoreError, match="Parser exception"):
        store._in_write_transaction(half_done)
    assert store.query("MATCH (m:Model) RETURN count(m) AS n") == [{"n": 0}]
    store.write(sample_graph())
    assert nonzero(store.counts()) == sample_graph().counts()
