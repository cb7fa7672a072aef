"""``newsgraph query`` and ``newsgraph db``, run through click against a real embedded database."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner
from test_store_ladybug_samples import HOSTILE, sample_graph

from newsgraph.graph.cli import main
from newsgraph.graph.cli.output import format_rows
from newsgraph.graph.store import open_store

RELEASED = "MATCH (o:Organization)-[:RELEASED]->(m:Model) RETURN o.name AS org, m.name AS model ORDER BY org"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "g.db"
    with open_store(path) as store:
        store.write(sample_graph())
    return str(path)


def run(*args: str, input: str | None = None):  # noqa: A002 - click's name
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_cli_query_json_is_a_list_of_objects_keyed_by_return_names(db):
    result = run("query", RELEASED, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"org": "Alibaba", "model": "Qwen3"},
                                         {"org": "Google", "model": "Gemma"},
                                         {"org": "OpenAI", "model": "gpt-oss"}]


def test_cli_query_params_parse_as_json_or_stay_text(db):
    query = ("MATCH (n) WHERE (n.name = $name OR n.id IN $ids) AND n.confidence >= $min "
             "RETURN n.id AS id ORDER BY id")
    result = run("query", query, "--db", db, "--format", "json", "--param", f"name={HOSTILE}",
                 "--param", 'ids=["china", "gemma"]', "-p", "min=0.8")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.output)] == ["china", "gemma", "hostile"]
    text = run("query", "RETURN $v AS v", "--db", db, "--format", "json", "-p", "v=12abc")
    assert json.loads(text.output) == [{"v": "12abc"}]


def test_cli_query_table_and_csv(db):
    table = run("query", RELEASED, "--db", db)
    assert table.output.splitlines()[0].split() == ["org", "|", "model"]
    assert "Alibaba | Qwen3" in table.output and table.output.endswith("(3 rows)\n")
    rows = list(csv.reader(io.StringIO(run("query", RELEASED, "--db", db, "--format", "csv").output)))
    assert rows == [["org", "model"], ["Alibaba", "Qwen3"], ["Google", "Gemma"], ["OpenAI", "gpt-oss"]]


def test_cli_query_cypher_error_shows_database_message_without_traceback(db):
    result = CliRunner().invoke(main, ["query", "MATCH (n RETURN n", "--db", db])
    assert result.exit_code == 1
    assert "Error: Parser exception" in result.output
    assert "Traceback" not in result.output and result.exception.__class__ is SystemExit


def test_cli_query_a_parameter_the_database_rejects_is_a_clean_error(db):
    result = run("query", "RETURN $x AS x", "--db", db, "-p", 'x=[1,"a"]')
    assert result.exit_code == 1 and "Error:" in result.output and "Traceback" not in result.output


def test_cli_query_refuses_bad_params_and_two_targets(db):
    bad = run("query", RELEASED, "--db", db, "-p", "novalue")
    assert bad.exit_code == 1 and "'novalue' is not NAME=VALUE" in bad.output
    both = run("query", RELEASED, "--db", db, "--neo4j", "bolt://127.0.0.1:9")
    assert both.exit_code == 2 and "give one of --store, --db and --neo4j" in both.output


def test_cli_query_missing_database_and_unreachable_neo4j(tmp_path):
    missing = run("query", RELEASED, "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1 and "no embedded database" in missing.output
    refused = run("query", RELEASED, "--neo4j", "bolt://127.0.0.1:9")
    assert refused.exit_code == 1 and "cannot connect to Neo4j" in refused.output


def test_cli_query_default_database_is_newsgraph_db_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        store.write(sample_graph())
    result = run("query", "MATCH (n:Model) RETURN count(n) AS n", "--format", "json")
    assert json.loads(result.output) == [{"n": 3}]
    assert (tmp_path / "newsgraph.db").is_file()


def test_cli_db_info_and_clear(db):
    info = run("db", "info", "--db", db)
    assert "store: ladybug" in info.output and "nodes: 14 (Model 3, Organization 6, Policy 1, Source 4)" in info.output
    assert json.loads(run("db", "info", "--db", db, "--json").output)["edges"]["OUTPERFORMS"] == 1
    assert run("db", "clear", "--db", db, input="n\n").exit_code == 1
    assert json.loads(run("db", "info", "--db", db, "--json").output)["total_nodes"] == 14
    cleared = run("db", "clear", "--db", db, "--yes")
    assert cleared.exit_code == 0 and "deleted 14 nodes and 23 edges" in cleared.output
    assert json.loads(run("db", "info", "--db", db, "--json").output)["total_edges"] == 0


def test_format_rows_is_deterministic_for_dates_lists_and_wide_text():
    rows = [{"name": "阿里巴巴", "when": dt.date(2025, 8, 1), "aliases": ["a", "b"], "none": None},
            {"name": "x", "when": None, "aliases": [], "none": None}]
    assert json.loads(format_rows(rows, "json"))[0] == {"name": "阿里巴巴", "when": "2025-08-01",
                                                        "aliases": ["a", "b"], "none": None}
    assert format_rows(rows, "csv").splitlines()[1] == '阿里巴巴,2025-08-01,"[""a"", ""b""]",'
    table = format_rows(rows, "table").splitlines()
    assert table[0] == "name     | when       | aliases    | none"
    assert table[2] == "阿里巴巴 | 2025-08-01 | [\"a\", \"b\"] |"
    assert format_rows([], "table") == "(no rows)\n" and format_rows([], "json") == "[]\n"
    assert format_rows(rows, "json") == format_rows(rows, "json")
