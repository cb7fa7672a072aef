"""LadybugStore queries, tables, errors, and open_store/run_query. A real database, no mocks."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from test_store_ladybug_samples import HOSTILE, sample_graph

from newsgraph.graph.store import STORES, LadybugStore, StoreError, db_clear, db_info, open_store, parse_address, run_query
from newsgraph.schema import ALLOWED_ENDPOINTS, NewsgraphError


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "g.db"
    with open_store(path) as store:
        store.write(sample_graph())
    return path


def test_store_ladybug_query_rows_keyed_by_return_names(db):
    rows = run_query("MATCH (o:Organization)-[:RELEASED]->(m:Model) RETURN o.name AS org, m.name AS model "
                     "ORDER BY org", store=db)
    assert rows == [{"org": "Alibaba", "model": "Qwen3"}, {"org": "Google", "model": "Gemma"},
                    {"org": "OpenAI", "model": "gpt-oss"}]


def test_store_ladybug_query_parameters_are_values_not_text(db):
    rows = run_query("MATCH (n) WHERE n.name = $name OR $alias IN n.aliases RETURN n.id AS id ORDER BY id",
                     {"name": HOSTILE, "alias": "阿里巴巴"}, store=db)
    assert rows == [{"id": "alibaba"}, {"id": "hostile"}]
    assert run_query("MATCH (n) RETURN count(n) AS n", store=db) == [{"n": len(sample_graph())}]


def test_store_ladybug_query_dates_compare_as_dates(db):
    rows = run_query("MATCH (n) WHERE n.first_seen >= date('2025-08-01') RETURN n.id AS id ORDER BY id", store=db)
    assert rows == [{"id": "alibaba"}, {"id": "openai"}, {"id": "qwen3"}]
    assert run_query("MATCH (s:Source {id: 'a1'}) RETURN s.published AS p", store=db) == [{"p": dt.date(2025, 8, 13)}]


def test_store_ladybug_query_nodes_and_edges_come_back_as_properties(db):
    row = run_query("MATCH (m:Model {id: 'qwen3'})-[e:OUTPERFORMS]->(w) RETURN m, e", store=db)[0]
    assert row["m"] == {"id": "qwen3", "name": "Qwen3", "aliases": ["Qwen3"], "confidence": 1.0,
                        "first_seen": dt.date(2025, 8, 12), "type": "Model", "family": "qwen"}
    assert row["e"]["type"] == "OUTPERFORMS" and row["e"]["support"] == 1
    assert row["e"]["evidence_starts"] == [500, 700]


def test_store_ladybug_query_cypher_error_is_store_error_with_the_database_message(db):
    with pytest.raises(StoreError, match="Parser exception") as caught:
        run_query("MATCH (n RETURN n", store=db)
    assert isinstance(caught.value, NewsgraphError)
    with pytest.raises(StoreError, match="Table Nope does not exist"):
        run_query("MATCH (n:Nope) RETURN n", store=db)


def test_store_ladybug_query_missing_database_is_an_error_and_not_created(tmp_path):
    with pytest.raises(StoreError, match="no embedded database"):
        run_query("MATCH (n) RETURN n", store=tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_store_ladybug_query_directory_path_holds_newsgraph_db(tmp_path):
    with open_store(tmp_path) as store:
        store.write(sample_graph())
    assert (tmp_path / "newsgraph.db").is_file()
    assert db_info(tmp_path)["total_nodes"] == len(sample_graph())


def test_store_ladybug_query_locked_database_is_store_error(db):
    holder = subprocess.Popen([sys.executable, "-c", "import ladybug,sys,time; d=ladybug.Database(sys.argv[1]);"
                               "print('open', flush=True); time.sleep(30)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="cannot open embedded database"):  # a writing query needs the lock
            run_query("MATCH (n) RETURN n", store=db, write=True)
        assert run_query("MATCH (n:Model) RETURN count(n) AS n", store=db) == [{"n": 3}]  # read-only: no lock taken
    finally:
        holder.kill()
        holder.wait()


def test_store_ladybug_rel_tables_follow_the_schema(db):
    for edge_type, pairs in ALLOWED_ENDPOINTS.items():
        rows = run_query(f"CALL show_connection('{edge_type.value}') RETURN *", store=db)
        found = {(r["source table name"], r["destination table name"]) for r in rows}
        assert found == {(a.value, b.value) for a, b in pairs}


def test_store_ladybug_db_info_and_clear(db):
    info = db_info(db)
    assert info["store"] == "ladybug" and info["location"] == str(db)
    assert info["nodes"]["Organization"] == 6 and info["edges"]["MENTIONS"] == 11
    before = db_clear(db)
    assert before["edges"]["RELEASED"] == 4
    assert db_info(db)["total_nodes"] == db_info(db)["total_edges"] == 0


def test_store_open_store_picks_by_address_and_refuses(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert isinstance(open_store(tmp_path / "x.db"), LadybugStore)
    with open_store(f"ladybug:{tmp_path / 'z.db'}") as store:
        assert store.describe() == str(tmp_path / "z.db")
    assert parse_address(None) == ("ladybug", "newsgraph.db")
    for uri in ("bolt://h:7687", "neo4j://h", "neo4j+s://h.example", "bolt+ssc://h"):
        assert parse_address(uri) == ("neo4j", uri)
    with pytest.raises(StoreError, match="unknown store 'falkordb'; available: ladybug, neo4j"):
        open_store("falkordb://localhost:6379")
    with pytest.raises(StoreError, match="batch size"):
        open_store(tmp_path / "y.db", batch_size=0)


def test_store_open_store_neo4j_connection_refused_is_store_error(monkeypatch):
    with pytest.raises(StoreError, match="cannot connect to Neo4j at bolt://127.0.0.1:9"):
        open_store("bolt://127.0.0.1:9", connection_timeout=2)


def test_store_registry_adds_a_store_by_scheme(tmp_path):
    class Named(LadybugStore):
        kind = "named"

        def __init__(self, url, **opts):
            super().__init__(url.removeprefix("named://"), **opts)

    STORES.add("named", Named)
    try:
        with open_store(f"named://{tmp_path / 'n.db'}") as store:
            assert store.kind == "named" and store.describe() == str(tmp_path / "n.db")
    finally:
        STORES.remove("named")


ENDLESS = ("UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 100000) AS c "
           "WITH a, b, c WHERE a + b + c = -1 RETURN count(*) AS n")


@pytest.fixture
def sigint_handled():
    """SIGINT raising KeyboardInterrupt, as at a terminal: a test run started in the background by a
    shell (``pytest &``) has SIGINT ignored, and ``_thread.interrupt_main()`` then does nothing."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_ctrl_c_that_the_engine_forgets_is_repeated_until_the_query_stops(tmp_path, sigint_handled):
    # Ctrl-C right after a query is sent can reach LadybugDB before it starts the query, which then
    # forgets the interrupt and runs on; the store interrupts again until the query ends.
    import _thread
    import threading

    with open_store(tmp_path / "g.db") as store:
        store.query("RETURN 1 AS one")
        real = store._conn

        class FirstInterruptLost:
            calls = 0

            def __getattr__(self, name):
                return getattr(real, name)

            def interrupt(self):
                FirstInterruptLost.calls += 1
                if FirstInterruptLost.calls > 1:
                    real.interrupt()

        store._conn = FirstInterruptLost()
        threading.Timer(1.0, _thread.interrupt_main).start()
        with pytest.raises(KeyboardInterrupt):
            store.query(ENDLESS)
        store._conn = real
        assert FirstInterruptLost.calls >= 2
        assert store.query("RETURN 2 AS two") == [{"two": 2}]  # the connection still answers
