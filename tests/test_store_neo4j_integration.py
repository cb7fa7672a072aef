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
