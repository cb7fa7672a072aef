"""Neo4j 5 write → re-write → query cycle against a real server. Runs only when NEO4J_URI is set:

    docker compose up -d --wait
    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=newsgraph-local python3 -m pytest tests/test_store_neo4j_integration.py

Every node it writes has an id starting with a fresh prefix and is deleted afterwards, so it
does not touch other data in the database.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
import yaml
from test_store_ladybug_samples import HOSTILE, sample_graph, second_article_graph

from newsgraph.graph.store import Neo4jStore, open_store

needs_neo4j = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="NEO4J_URI is not set: start Neo4j with `docker compose up -d --wait`, then run with "
           "NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=newsgraph-local")

NODES = "MATCH (n) WHERE n.id STARTS WITH $p RETURN n.id AS id, n AS node ORDER BY id"
EDGES = ("MATCH (a)-[e]->(b) WHERE a.id STARTS WITH $p "
         "RETURN a.id AS src, type(e) AS t, b.id AS dst, e AS edge ORDER BY src, t, dst")


@pytest.fixture
def store():
    prefix = f"itest-{uuid.uuid4().hex[:8]}-"
    with open_store(neo4j="", batch_size=5) as s:
        s.prefix = prefix
        yield s
        s.query("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", {"p": prefix})


def dump(store) -> tuple:
    return store.query(NODES, {"p": store.prefix}), store.query(EDGES, {"p": store.prefix})


@needs_neo4j
def test_store_neo4j_integration_write_twice_changes_nothing(store):
    kg = sample_graph(store.prefix)
    first = store.write(kg)
    assert first["nodes_changed"] == len(kg) and first["edges_changed"] == kg.graph.number_of_edges()
    nodes, edges = dump(store)
    assert len(nodes) == len(kg) and len(edges) == kg.graph.number_of_edges()
    again = store.write(kg)
    assert again["nodes_changed"] == again["edges_changed"] == 0
    assert dump(store) == (nodes, edges)


@needs_neo4j
def test_store_neo4j_integration_more_articles_merge_evidence(store):
    p = store.prefix
    store.write(sample_graph(p))
    store.write(second_article_graph(p))
    store.write(second_article_graph(p))
    merged = sample_graph(p)
    merged.merge(second_article_graph(p))
    nodes, edges = dump(store)
    assert len(nodes) == len(merged) and len(edges) == merged.graph.number_of_edges()
    row = store.query("MATCH (:Model {id: $a})-[e:OUTPERFORMS]->(:Model {id: $b}) "
                      "RETURN e.support AS support, e.articles AS articles",
                      {"a": p + "qwen3", "b": p + "gpt-oss"})
    assert row == [{"support": 2, "articles": [p + "a1", p + "a2"]}]


@needs_neo4j
def test_store_neo4j_integration_queries_values_and_constraints(store):
    p = store.prefix
    store.write(sample_graph(p))
    rows = store.query("MATCH (o:Organization)-[:RELEASED]->(m:Model) WHERE o.id STARTS WITH $p "
                       "RETURN o.name AS org, m.name AS model ORDER BY org", {"p": p})
    assert rows == [{"org": "Alibaba", "model": "Qwen3"}, {"org": "Google", "model": "Gemma"},
                    {"org": "OpenAI", "model": "gpt-oss"}]
    assert store.query("MATCH (s:Source {id: $id}) RETURN s.title AS t", {"id": p + "a1"}) == [{"t": HOSTILE}]
    names = {r["name"] for r in store.query("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"newsgraph_organization_id", "newsgraph_model_id", "newsgraph_policy_id", "newsgraph_source_id"} <= names
    assert isinstance(store, Neo4jStore) and sum(store.counts()["nodes"].values()) >= len(sample_graph())


def test_store_neo4j_integration_compose_file_pins_lts_with_healthcheck():
    compose = yaml.safe_load((Path(__file__).parent.parent / "docker-compose.yml").read_text(encoding="utf-8"))
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"].startswith("neo4j:5.26.") and neo4j["image"].endswith("-community")
    assert {p.rsplit(":", 1)[-1] for p in neo4j["ports"]} == {"7474", "7687"}
    assert neo4j["healthcheck"]["test"][:2] == ["CMD", "cypher-shell"]
    assert "${NEO4J_PASSWORD:-" in neo4j["environment"]["NEO4J_AUTH"]
    assert set(compose["volumes"]) == {v.split(":")[0] for v in neo4j["volumes"]}


def article_graph(p: str, versions: dict[str, str]):
    """Articles (name → text) where each line 'A > B' is A outperforming B and 'A + B' is A releasing B."""
    from newsgraph.graph import KnowledgeGraph
    from newsgraph.schema import Article, Edge, Evidence, Extraction, Model, Organization, Source

    kg = KnowledgeGraph()
    for name, text in sorted(versions.items()):
        article = Article(id=p + name, title=name, text=text, key=p + name, published="2025-03-01")
        nodes = {article.id: Source(id=article.id, name=name, kind="article")}
        edges = []
        for start, line in ((text.index(line), line) for line in text.splitlines()):
            a, op, b = line.split()
            kind = "OUTPERFORMS" if op == ">" else "RELEASED"
            nodes.setdefault(p + a, (Model if kind == "OUTPERFORMS" else Organization)(id=p + a, name=a, aliases=[a]))
            nodes.setdefault(p + b, Model(id=p + b, name=b, aliases=[b, f"{b} ({name})"]))
            ev = Evidence(article=article.id, sentence=line, start=start, end=start + len(line), rule="test", confidence=1)
            edges.append(Edge(source=p + a, target=p + b, type=kind, evidence=[ev]))
            edges += [Edge(source=article.id, target=p + x, type="MENTIONS", evidence=[ev]) for x in (a, b)]
        kg.add_extraction(Extraction(article=article, nodes=list(nodes.values()), edges=edges), extractor="test")
    return kg


@pytest.fixture(params=["ladybug", "neo4j"])
def any_store(request, tmp_path):
    if request.param == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            pytest.skip("NEO4J_URI is not set")
        with open_store(os.environ["NEO4J_URI"], batch_size=5) as s:
            s.prefix = f"itest-{uuid.uuid4().hex[:8]}-"
            yield s
            s.query("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", {"p": s.prefix})
    else:
        with open_store(tmp_path / "g.db", batch_size=5) as s:
            s.prefix = "itest-"
            yield s


def test_store_edit_replaces_and_remove_retracts_in_every_store(any_store):
    store, p = any_store, any_store.prefix
    one = "qwen3 > gpt-oss\nalibaba + qwen3"
    store.write(article_graph(p, {"a1": one, "a2": "qwen3 > gpt-oss"}))
    support = ("MATCH (a {id: $a})-[e:OUTPERFORMS]->(b {id: $b}) RETURN e.support AS support, e.articles AS articles")
    ids = {"a": p + "qwen3", "b": p + "gpt-oss"}
    assert store.query(support, ids) == [{"support": 2, "articles": [p + "a1", p + "a2"]}]
    written = store.write(article_graph(p, {"a1": "alibaba + qwen3", "a2": "qwen3 > gpt-oss"}))
    assert (written["articles_changed"], written["articles_unchanged"]) == (1, 1)
    assert store.query(support, ids) == [{"support": 1, "articles": [p + "a2"]}]
    aliases = "MATCH (m {id: $id}) RETURN m.aliases AS aliases"
    assert store.query(aliases, {"id": p + "gpt-oss"}) == [{"aliases": ["gpt-oss", "gpt-oss (a2)"]}]
    removed = store.remove_articles([p + "a2"])
    assert removed["articles_removed"] == 1 and removed["nodes_removed"] == 2  # the article and gpt-oss
    assert store.query(support, ids) == [] and store.query(aliases, {"id": p + "gpt-oss"}) == []
    assert store.query(aliases, {"id": p + "qwen3"}) == [{"aliases": ["qwen3", "qwen3 (a1)"]}]
