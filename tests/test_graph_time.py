"""Dates and time filters: evidence carries its article's date, nodes and edges their first/last seen,
and --since/--until (and kg.as_of/between) keep what the articles of those dates say."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.graph.cli import main
from newsgraph.graph.pipeline import build_graph

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = {  # three dates: January, March, April 2025
    "jan.txt": "Alibaba ships Qwen3\n2025-01-15\nAlibaba released Qwen3 on Tuesday. Qwen3 beats gpt-oss on math.\n",
    "mar.md": "---\ntitle: Meta ships Llama 4\ndate: 2025-03-10\n---\n\nMeta released Llama 4. Llama 4 beats gpt-oss on coding.\n",
    "apr.txt": "Qwen3 and Llama 4\nApril 20, 2025\nQwen3 beats Llama 4 on reasoning in April, Reuters reported.\n",
}


def semantic(graph: dict) -> set:
    return {(e["source"], e["type"], e["target"]) for e in graph["edges"] if e["type"] not in ("MENTIONS", "PUBLISHED")}


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated")
    for name, text in ARTICLES.items():
        (folder / "in").mkdir(exist_ok=True)
        (folder / "in" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(folder / "in"), "-o", str(folder / "g.json"),
                                       "--db", str(folder / "g.db"), "-q"])
    assert result.exit_code == 0, result.output
    return folder


def run(*args) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_time_evidence_nodes_and_edges_carry_dates(dated):
    graph = json.loads((dated / "g.json").read_text(encoding="utf-8"))
    edges = {(e["source"], e["type"], e["target"]): e for e in graph["edges"]}
    beats = edges[("qwen3", "OUTPERFORMS", "gpt-oss")]
    assert [ev["published"] for ev in beats["evidence"]] == ["2025-01-15"]
    assert (beats["first_seen"], beats["last_seen"]) == ("2025-01-15", "2025-01-15")
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert (nodes["qwen3"]["first_seen"], nodes["qwen3"]["last_seen"]) == ("2025-01-15", "2025-04-20")
    assert (nodes["gpt-oss"]["first_seen"], nodes["gpt-oss"]["last_seen"]) == ("2025-01-15", "2025-03-10")
    released = edges[("alibaba", "RELEASED", "qwen3")]["evidence"]
    headline = [ev for ev in released if (ev["start"], ev["end"]) == (0, 0)]  # the title states it too ("ships")
    assert [ev["sentence"] for ev in headline] == ["Alibaba ships Qwen3"] and "when" not in headline[0]
    body = [ev for ev in released if ev not in headline]
    assert [(ev["when"], ev["when_date"]) for ev in body] == [("on Tuesday", "2025-01-14")]  # the article is of a Wednesday
    assert edges[("qwen3", "OUTPERFORMS", "llama-4")]["evidence"][0]["when"] == "in April"
    assert "when_date" not in edges[("qwen3", "OUTPERFORMS", "llama-4")]["evidence"][0]  # a month is no day
    assert "when" not in edges[("llama-4", "OUTPERFORMS", "gpt-oss")]["evidence"][0]


@pytest.mark.parametrize("since, until, expected", [
    (None, "2025-02-28", {("alibaba", "RELEASED", "qwen3"), ("qwen3", "OUTPERFORMS", "gpt-oss")}),
    ("2025-03-01", "2025-03-31", {("meta", "RELEASED", "llama-4"), ("llama-4", "OUTPERFORMS", "gpt-oss")}),
    ("2025-04-01", None, {("qwen3", "OUTPERFORMS", "llama-4")}),
    ("2025-05-01", None, set()),
])
def test_time_between_keeps_what_those_articles_say(dated, since, until, expected):
    kg = build_graph([dated / "in"]).kg.between(since, until)
    facts = {(e.source, e.type.value, e.target) for e in kg.edges() if not e.source.startswith("article-")
             and e.type.value not in ("MENTIONS", "PUBLISHED")}
    assert facts == expected
    days = {"2025-01-15", "2025-03-10", "2025-04-20"}
    kept = {d for d in days if (since is None or d >= since) and (until is None or d <= until)}
    assert {str(n.published) for n in kg.nodes("Source") if n.kind == "article"} == kept
    for node in kg.nodes():
        assert node.first_seen is None or ((since is None or str(node.first_seen) >= since)
                                           and (until is None or str(node.last_seen) <= until))


def test_time_as_of_is_between_nothing_and_that_day(dated):
    kg = build_graph([dated / "in"]).kg
    assert kg.as_of("2025-03-31") == kg.between(None, "2025-03-31")
    assert "llama-4" in kg.as_of("2025-03-31") and "llama-4" not in kg.as_of("2025-02-01")
    assert kg.as_of("2025-03-31").node("gpt-oss").last_seen.isoformat() == "2025-03-10"


@pytest.mark.parametrize("source", ["json", "db"])
def test_time_export_since_until_in_every_format(dated, tmp_path, source):
    where = ["-g", dated / "g.json"] if source == "json" else ["--db", dated / "g.db"]
    run("export", *where, "-f", "json", "--until", "2025-02-28", "-o", tmp_path / "early.json")
    assert semantic(json.loads((tmp_path / "early.json").read_text(encoding="utf-8"))) == {
        ("alibaba", "RELEASED", "qwen3"), ("qwen3", "OUTPERFORMS", "gpt-oss")}
    run("export", *where, "-f", "graphml", "--since", "2025-03-01", "-o", tmp_path / "late.graphml")
    graphml = (tmp_path / "late.graphml").read_text(encoding="utf-8")
    assert '"llama-4"' in graphml and '"alibaba"' not in graphml
    run("export", *where, "-f", "html", "--since", "2025-04-01", "-o", tmp_path / "april.html")
    page = (tmp_path / "april.html").read_text(encoding="utf-8")
    assert '"id":"llama-4"' in page and '"id":"alibaba"' not in page and '"id":"meta"' not in page
    run("export", *where, "-f", "neo4j-csv", "--since", "2025-03-01", "--until", "2025-03-31", "-o", tmp_path / "csv")
    with open(tmp_path / "csv" / "relationships_OUTPERFORMS.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r[":START_ID"], r[":END_ID"], r["first_seen:date"]) for r in rows] == [("llama-4", "gpt-oss", "2025-03-10")]


def test_time_neighbors_and_path_take_since_until(dated):
    early = run("neighbors", "gpt-oss", "-g", dated / "g.json", "-t", "OUTPERFORMS", "--until", "2025-02-28")
    assert "Qwen3" in early and "Llama 4" not in early
    assert "Llama 4" in run("neighbors", "gpt-oss", "--db", dated / "g.db", "-t", "OUTPERFORMS")
    path = run("path", "Alibaba", "Meta", "-g", dated / "g.json", "--until", "2025-03-31").splitlines()
    assert path[0] == "Alibaba [Organization]" and path[-1].endswith("Meta [Organization]")
    late = CliRunner().invoke(main, ["path", "Qwen3", "Meta", "-g", str(dated / "g.json"), "--since", "2025-04-01"])
    assert late.exit_code == 1 and "no node named 'Meta'" in late.output


def test_time_a_bad_date_is_a_one_line_error(dated):
    result = CliRunner().invoke(main, ["neighbors", "Qwen3", "-g", str(dated / "g.json"), "--since", "March"])
    assert result.exit_code == 1 and "not a date: 'March' (use YYYY-MM-DD)" in result.output
    assert "Traceback" not in result.output


def test_time_every_evidence_in_the_examples_has_a_date():
    kg = build_graph([EXAMPLES]).kg
    evidence = [ev for edge in kg.edges() for ev in edge.evidence]
    assert evidence and all(ev.published is not None for ev in evidence)
    assert all(e.first_seen and e.last_seen for e in kg.edges())
    assert all(n.first_seen and n.last_seen for n in kg.nodes())
    assert any(ev.when == "1月20日" and str(ev.when_date) == "2025-01-20" for ev in evidence)
    assert all(ev.when_date is None or abs((ev.when_date - ev.published).days) < 200 for ev in evidence)
