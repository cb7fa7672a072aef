"""A day-two increment keeps every edge's confidences, read from either end (LadybugDB 0.22.0 rounds a
DOUBLE[] value a checkpoint appends in place into a column of whole numbers: 0.6 comes back 1.0; the
store sets such values once more after the checkpoint). Real embedded database, small graphs built here."""
from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("isolate", [False, True], ids=["in-process", "child-process"])
def test_store_ladybug_day_two_confidences_read_the_same_from_both_ends(tmp_path, isolate):
    # Day one: 1,000 mentions, every 50th at 0.6, the rest 1.0 (the engine compresses this column as
    # whole numbers with a few exceptions); day two: a new article whose mentions are 0.6 and 0.75.
    day_one = _graph(range(100), 10, lambda a, o: 0.6 if (a * 10 + o) % 50 == 49 else 1.0)
    day_two = _graph(range(100, 101), 10, lambda a, o: 0.6 if o % 2 else 0.75)
    with LadybugStore(tmp_path / "g.db", isolate=isolate) as store:
        store.bulk = False  # the merging path for both days (the bulk load is a separate road)
        store.write(day_one)
        store.write(day_two)
        edges = day_one.graph.number_of_edges() + day_two.graph.number_of_edges()
        assert store.query("MATCH ()-[e:MENTIONS]->() RETURN count(e) AS n")[0]["n"] == edges
    with LadybugStore(tmp_path / "g.db", read_only=True) as store:  # as a user opens it the next day
        for kg in (day_two, day_one):
            want = _expected(kg)
            forward, backward = _read(store, kg)
            assert {k: forward.get(k) for k in want} == want  # source end
            assert {k: backward.get(k) for k in want} == want  # target end
