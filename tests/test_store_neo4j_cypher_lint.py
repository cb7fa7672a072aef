"""Every statement the Neo4j store sends, and every README query, through Neo4j's own Cypher
parser and semantic analysis (``lintCypherQuery`` from @neo4j-cypher/language-support, run
under Node.js by tests/cypher_lint/lint.mjs). Any diagnostic fails, bar none."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_readme_queries import readme_queries

from newsgraph.graph.store import neo4j_cypher
from newsgraph.graph.store.rows import EDGE_PROPERTIES, EDGE_TYPES, NODE_LABELS, node_properties

LINT_DIR = Path(__file__).parent / "cypher_lint"


@pytest.fixture(scope="module")
def lint():
    node, npm = shutil.which("node"), shutil.which("npm")
    assert node and npm, "Node.js and npm are needed for the Cypher parser test"
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=LINT_DIR, check=True)

    def run(statements: list[tuple[str, tuple[str, ...]]]) -> list[list[dict]]:
        request = {"labels": NODE_LABELS, "relationshipTypes": EDGE_TYPES,
                   "statements": [{"query": q, "parameters": list(p)} for q, p in statements]}
        done = subprocess.run([node, "lint.mjs"], cwd=LINT_DIR, input=json.dumps(request), text=True,
                              capture_output=True, timeout=300, check=True)
        return json.loads(done.stdout)

    return run


def test_store_neo4j_cypher_every_statement_passes_the_parser(lint):
    statements = neo4j_cypher.statements()
    assert len(statements) >= 4 * len(NODE_LABELS) + 2 * len(EDGE_TYPES)
    report = {q: d for (q, _), d in zip(statements, lint(statements)) if d}
    assert report == {}


def test_store_neo4j_cypher_readme_queries_pass_the_parser(lint):
    queries = readme_queries()
    assert len(queries) >= 8
    statements = [(q, tuple(re.findall(r"\$(\w+)", q))) for _, q in queries]
    report = {q: d for (q, _), d in zip(statements, lint(statements)) if d}
    assert report == {}


def test_store_neo4j_cypher_lint_reports_what_it_should(lint):
    broken, undeclared, unknown_label, fine = lint([
        ("MATCH (n:Model RETURN n", ()), ("RETURN $x AS x", ()),
        ("MATCH (n:Modle) RETURN n", ()), ("RETURN $x AS x", ("x",))])
    assert any(d["severity"] == 1 for d in broken)
    assert [d["message"] for d in undeclared] == ["Parameter $x is not defined."]
    assert unknown_label and "Modle" in unknown_label[0]["message"]
    assert fine == []


def test_store_neo4j_cypher_names_come_only_from_the_schema():
    allowed = set(NODE_LABELS) | set(EDGE_TYPES) | set(EDGE_PROPERTIES) | {"source", "target", "n"}
    for label in NODE_LABELS:
        allowed |= set(node_properties(label)) | {f"newsgraph_{label.lower()}_id"}
    for query, params in neo4j_cypher.statements():
        assert set(re.findall(r"`([^`]*)`", query)) <= allowed, query
        assert set(re.findall(r"\$(\w+)", query)) == set(params), query
        assert "'" not in query and '"' not in query, query
