"""A living graph: an edited article replaces what it said, an unchanged one is skipped, a removed
one is retracted as if never built — in the build's JSON and in a real embedded database."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.graph.cli import main
from newsgraph.graph.pipeline import build, build_graph
from newsgraph.graph.store import db_articles, db_remove, open_store

A_MD = """---
title: Alibaba ships Qwen3
url: https://news.example.com/ai/qwen3/?utm_source=feed
date: 2025-03-10
publisher: Example Wire
---

Alibaba (阿里巴巴集团) released Qwen3 on Tuesday. Qwen3 beats gpt-oss on math, according to Reuters.
"""
B_TXT = "深度求索發佈R1\n2025年1月28日\n深度求索發佈了DeepSeek-R1。DeepSeek-R1擊敗了OpenAI的o1。據路透社報道，DeepSeek-R1上週登頂。\n"
C_TXT = ("Meta unveils Llama 4\nApril 6, 2025\n"
         "Meta released Llama 4 in January. Llama 4 beats gpt-oss on coding. Qwen3 beats gpt-oss too, Bloomberg reported.\n")
EVERYTHING = [
    "MATCH (n) RETURN n.id AS id, n AS node ORDER BY id",
    "MATCH (a)-[e]->(b) RETURN a.id AS src, e.type AS t, b.id AS dst, e AS edge ORDER BY src, t, dst",
]


def dump(address) -> list:
    with open_store(address, create=False) as store:
        return [store.query(q) for q in EVERYTHING]


def edges(graph: dict) -> dict:
    return {(e["source"], e["type"], e["target"]): e for e in graph["edges"]}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.md", A_MD), ("b.txt", B_TXT), ("c.txt", C_TXT)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_living_edit_and_rebuild_retracts_the_removed_claim(corpus, tmp_path):
    db, out = tmp_path / "g.db", tmp_path / "g.json"
    build([corpus], output=out, stores=[db])
    before = edges(json.loads(out.read_text(encoding="utf-8")))
    assert before[("qwen3", "OUTPERFORMS", "gpt-oss")]["support"] == 2
    assert before[("alibaba", "RELEASED", "qwen3")]["support"] == 1
    # the correction drops the comparison and changes the tracking parameter of the URL
    edited = A_MD.replace(" Qwen3 beats gpt-oss on math, according to Reuters.", "").replace("utm_source=feed",
                                                                                             "utm_source=mail")
    (corpus / "a.md").write_text(edited, encoding="utf-8")
    result = build([corpus], output=out, stores=[db])
    assert (result.extracted, result.cached) == (1, 2)
    written = result.stores[str(db)]["written"]
    assert (written["articles_new"], written["articles_changed"], written["articles_unchanged"]) == (0, 1, 2)
    after = edges(json.loads(out.read_text(encoding="utf-8")))
    assert after[("qwen3", "OUTPERFORMS", "gpt-oss")]["support"] == 1
    assert after[("alibaba", "RELEASED", "qwen3")]["support"] == 1
    with open_store(db, create=False) as store:
        rows = store.query("MATCH (:Model {id: 'qwen3'})-[e:OUTPERFORMS]->(:Model {id: 'gpt-oss'}) "
                           "RETURN e.support AS support, e.evidence_sentences AS sentences")
        assert rows == [{"support": 1, "sentences": ["Qwen3 beats gpt-oss too, Bloomberg reported."]}]
        assert store.query("MATCH (:Organization {id: 'alibaba'})-[e:RELEASED]->() RETURN e.support AS s") == [{"s": 1}]
        assert store.query("MATCH (s:Source) WHERE s.kind = 'article' RETURN count(s) AS n") == [{"n": 3}]
        assert not store.query("MATCH (o:Organization {id: 'reuters'}) RETURN o.id AS id")  # only a.md cited it


def test_living_replacing_gives_the_database_a_fresh_build_gives(corpus, tmp_path):
    build([corpus], output=None, stores=[tmp_path / "old.db"])
    (corpus / "a.md").write_text(A_MD.replace("on math", "on coding and math"), encoding="utf-8")
    build([corpus], output=None, stores=[tmp_path / "old.db"])
    build([corpus], output=None, stores=[tmp_path / "fresh.db"])
    assert dump(tmp_path / "old.db") == dump(tmp_path / "fresh.db")


def test_living_unchanged_rebuild_extracts_nothing_and_changes_nothing(corpus, tmp_path):
    db = tmp_path / "g.db"
    first = build([corpus], output=tmp_path / "1.json", stores=[db])
    before = dump(db)
    again = build([corpus], output=tmp_path / "2.json", stores=[db])
    assert first.extracted + first.cached == 3 and (again.extracted, again.cached) == (0, 3)
    written = again.stores[str(db)]["written"]
    assert written["articles_unchanged"] == 3 and written["nodes_changed"] == written["edges_changed"] == 0
    assert dump(db) == before
    assert (tmp_path / "1.json").read_bytes() == (tmp_path / "2.json").read_bytes()


def test_living_a_changed_extractor_re_extracts(corpus, tmp_path):
    gazetteer = tmp_path / "extra.yaml"
    gazetteer.write_text("- id: example-wire\n  type: Source\n  en: Example Wire\n  kind: outlet\n", encoding="utf-8")
    first = build_graph([corpus])
    assert first.extracted + first.cached == 3 and build_graph([corpus]).cached == 3
    with_gazetteer = build_graph([corpus], gazetteer=[gazetteer])
    assert with_gazetteer.extracted == 3


@pytest.mark.parametrize("ref", ["a.md", "https://NEWS.example.com/ai/qwen3?utm_campaign=x", "id"])
def test_living_db_remove_leaves_what_a_build_without_the_article_leaves(corpus, tmp_path, ref):
    all_db, without_db = tmp_path / "all.db", tmp_path / "without.db"
    build([corpus], output=None, stores=[all_db])
    build([corpus / "b.txt", corpus / "c.txt"], output=tmp_path / "without.json", stores=[without_db])
    article = next(a for a in db_articles(all_db) if a["title"] == "Alibaba ships Qwen3")
    ref = {"a.md": str(corpus / "a.md"), "id": article["id"]}.get(ref, ref)
    report = db_remove([ref], all_db)
    assert report["found"] == {ref: [article["id"]]} and report["articles_removed"] == 1
    assert dump(all_db) == dump(without_db)
    run("export", "--db", all_db, "-f", "json", "-o", tmp_path / "removed.json")
    assert (tmp_path / "removed.json").read_bytes() == (tmp_path / "without.json").read_bytes()


def test_living_db_remove_by_the_path_of_a_deleted_file_and_unknown_names(corpus, tmp_path):
    db = tmp_path / "g.db"
    build([corpus], output=None, stores=[db])
    (corpus / "b.txt").unlink()
    assert db_remove([str(corpus / "b.txt")], db)["articles_removed"] == 1
    result = CliRunner().invoke(main, ["db", "remove", "article-000000000000", "--db", str(db)])
    assert result.exit_code == 1 and "no article 'article-000000000000'" in result.output
    assert "db articles" in result.output and "Traceback" not in result.output


def test_living_db_articles_lists_id_url_title_date_counts(corpus, tmp_path):
    db = tmp_path / "g.db"
    build([corpus], output=None, stores=[db])
    rows = json.loads(run("db", "articles", "--db", db, "-f", "json"))
    assert [(r["title"], r["published"]) for r in rows] == [
        ("深度求索發佈R1", "2025-01-28"), ("Alibaba ships Qwen3", "2025-03-10"), ("Meta unveils Llama 4", "2025-04-06")]
    qwen = rows[1]
    assert qwen["url"] == "https://news.example.com/ai/qwen3/?utm_source=feed" and qwen["id"].startswith("article-")
    assert qwen["mentions"] >= 3 and qwen["facts"] >= 3
    assert rows[0]["url"] == str(corpus / "b.txt")


def test_living_two_inputs_with_one_url_are_one_article(corpus, tmp_path):
    (corpus / "copy.md").write_text(A_MD.replace("https://news", "http://NEWS"), encoding="utf-8")
    result = build_graph([corpus])
    assert len(result.articles) == 3
    assert [s.reason.split(" (key")[0] for s in result.skipped] == [f"same article as {corpus / 'a.md'}"]


def test_living_build_reports_what_it_did_and_what_the_database_holds(corpus, tmp_path):
    db = tmp_path / "g.db"
    output = CliRunner().invoke(main, ["build", str(corpus), "--db", str(db), "-o", str(tmp_path / "g.json"), "-q"]).output
    assert f"{db}: articles 3 new, 0 changed, 0 unchanged; nodes +15 ~0 -0; edges +25 ~0 -0" in output
    assert f"{db} now holds: nodes 15 (" in output
    (corpus / "c.txt").unlink()
    (corpus / "a.md").write_text(A_MD.replace("Qwen3 beats", "Qwen3 trails"), encoding="utf-8")
    output = CliRunner().invoke(main, ["build", str(corpus), "--db", str(db), "-o", str(tmp_path / "g.json"), "-q"]).output
    assert "articles 0 new, 1 changed, 1 unchanged" in output and "extracted: 1, from the extraction cache: 1" in output


@pytest.mark.parametrize("command", [["neighbors", "gpt-oss"], ["neighbors", "Qwen3", "-t", "OUTPERFORMS"],
                                     ["path", "Alibaba", "Meta"], ["stats", "--json"]])
def test_living_views_of_the_database_and_of_the_json_agree(corpus, tmp_path, command):
    db, out = tmp_path / "g.db", tmp_path / "g.json"
    run("build", corpus, "--db", db, "-o", out, "-q")
    from_json = run(*command, *(["-g", out] if command[0] != "stats" else [out]))
    from_db = run(*command, "--db", db)
    if command[0] == "stats":
        from_json, from_db = ({k: v for k, v in json.loads(o).items() if k != "graph"} for o in (from_json, from_db))
    assert from_json == from_db and from_db


def test_living_a_database_from_an_older_version_gets_the_new_properties(corpus, tmp_path):
    import ladybug

    from newsgraph.graph.store import ladybug_cypher as cy
    from newsgraph.graph.store.rows import EDGE_TYPES, NODE_LABELS, endpoint_pairs

    path = tmp_path / "old.db"
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for label in NODE_LABELS:  # the tables of a database made before dates and identity
        conn.execute(f"CREATE NODE TABLE `{label}`(`id` STRING, `name` STRING, `aliases` STRING[], `type` STRING, "
                     f"PRIMARY KEY(`id`))")
    for edge_type in EDGE_TYPES:
        pairs = ", ".join(f"FROM `{a}` TO `{b}`" for a, b in endpoint_pairs(edge_type))
        conn.execute(f"CREATE REL TABLE `{edge_type}`({pairs}, `type` STRING, `support` INT64, "
                     f"`evidence_articles` STRING[], `evidence_sentences` STRING[])")
    conn.execute("CREATE (:Model {id: 'm1', name: 'Old model', aliases: ['Old model'], type: 'Model'})")
    conn.close()
    db.close()
    build([corpus], output=None, stores=[path])
    with open_store(path, create=False) as store:
        columns = {row["name"] for row in store.query(cy.table_columns("MENTIONS"))}
        assert {"first_seen", "evidence_published", "evidence_when", "contribution"} <= columns
        assert store.query("MATCH (m:Model {id: 'm1'}) RETURN m.name AS name") == [{"name": "Old model"}]
        assert store.query("MATCH (:Model {id: 'qwen3'})-[e:OUTPERFORMS]->() RETURN e.support AS s") == [{"s": 2}]


def test_living_unchanged_files_are_not_read_again(corpus, tmp_path, monkeypatch):
    import os
    import time

    from newsgraph.graph import pipeline

    old = time.time() - 60
    for path in corpus.iterdir():
        os.utime(path, (old, old))
    cache = tmp_path / "cache"
    first = build_graph([corpus], cache=cache)
    read = []
    real = pipeline.read_items
    monkeypatch.setattr(pipeline, "read_items", lambda path, **kw: read.append(path.name) or real(path, **kw))
    again = build_graph([corpus], cache=cache)
    assert read == [] and (again.extracted, again.cached) == (0, 3)
    assert [a.id for a in again.articles] == [a.id for a in first.articles]
    assert again.kg == first.kg
    (corpus / "c.txt").write_text(C_TXT.replace("coding", "math"), encoding="utf-8")  # changed just now
    third = build_graph([corpus], cache=cache)
    assert read == ["c.txt"] and (third.extracted, third.cached) == (1, 2)
    build_graph([corpus], cache=cache)
    assert read == ["c.txt", "c.txt"]  # modified under two seconds before it was read: read again


def test_living_the_database_holds_the_build_json_exactly_on_the_examples(tmp_path):
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    db, out = tmp_path / "g.db", tmp_path / "g.json"
    run("build", examples, "--db", db, "-o", out, "-q")
    run("export", "--db", db, "-f", "json", "-o", tmp_path / "from_db.json")
    assert (tmp_path / "from_db.json").read_bytes() == out.read_bytes()
    for name in ("千問3", "DeepSeek", "Washington", "gpt-oss-120b"):
        assert run("neighbors", name, "--db", db) == run("neighbors", name, "-g", out)
