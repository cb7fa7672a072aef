import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.graph.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLE = "Alibaba unveils Qwen3\nAlibaba released Qwen3 on Tuesday. Qwen3 beats gpt-oss on math, according to Reuters.\n"


@pytest.fixture
def built(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("阿里巴巴發佈Qwen3\n阿里巴巴發佈了Qwen3。據路透社報道，千問3擊敗了gpt-oss。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "g.json"), "--no-db"])
    assert result.exit_code == 0, result.output
    return tmp_path


def test_cli_build_summarises_and_merges_facts_across_articles(built):
    data = json.loads((built / "g.json").read_text(encoding="utf-8"))
    edge = next(e for e in data["edges"] if (e["source"], e["type"], e["target"]) == ("qwen3", "OUTPERFORMS", "gpt-oss"))
    assert edge["support"] == 2 and len({ev["article"] for ev in edge["evidence"]}) == 2


def test_cli_build_twice_gives_byte_identical_json(built):
    first = (built / "g.json").read_bytes()
    CliRunner().invoke(main, ["build", str(built / "in"), "-o", str(built / "g.json"), "--no-db"])
    assert (built / "g.json").read_bytes() == first


def test_cli_build_reports_and_skips_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "broken.json").write_text('{"title": "x", "text": ', encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(out), "--no-db"])
    assert result.exit_code == 0
    assert "articles read: 1, skipped: 3" in result.output
    for name in ("empty.txt", "binary.txt", "broken.json"):
        assert name in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["nodes"]
    strict = runner.invoke(main, ["build", str(tmp_path), "-o", str(out), "--no-db", "--strict"])
    assert strict.exit_code != 0 and "3 input(s) skipped" in strict.output and "Traceback" not in strict.output


def test_cli_build_with_nothing_readable_fails_cleanly_and_keeps_the_old_graph(built):
    before = (built / "g.json").read_bytes()
    (built / "junk").mkdir()
    (built / "junk" / "x.txt").write_bytes(b"\x00\x00")
    result = CliRunner().invoke(main, ["build", str(built / "junk"), "-o", str(built / "g.json"), "--no-db"])
    assert result.exit_code == 1 and "no article could be read" in result.output
    assert (built / "g.json").read_bytes() == before


def test_cli_stats(built):
    result = CliRunner().invoke(main, ["stats", str(built / "g.json"), "--json"])
    stats = json.loads(result.output)
    assert stats["articles"] == 2 and stats["edges"]["OUTPERFORMS"] == 1


@pytest.mark.parametrize("name", ["Qwen3", "千問3", "千问3", "qwen 3"])
def test_cli_neighbors_by_any_alias(built, name):
    result = CliRunner().invoke(main, ["neighbors", name, "-g", str(built / "g.json"), "-t", "OUTPERFORMS"])
    assert result.exit_code == 0, result.output
    assert "-> OUTPERFORMS gpt-oss [Model] support=2" in result.output


def test_cli_neighbors_unknown_name_is_a_clean_error(built):
    result = CliRunner().invoke(main, ["neighbors", "Nobody", "-g", str(built / "g.json")])
    assert result.exit_code == 1 and "no node named 'Nobody'" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("command", [["neighbors", "Qwenn3"], ["path", "Qwenn3", "Alibaba"],
                                     ["export", "-f", "html", "-o", "v.html", "--focus", "Qwenn3"]])
def test_cli_unknown_name_lists_the_nearest_names(built, command, monkeypatch):
    monkeypatch.chdir(built)
    result = CliRunner().invoke(main, command + ["-g", "g.json"])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: no node named 'Qwenn3'; did you mean: Qwen3")
    far = CliRunner().invoke(main, ["neighbors", "zzzzqqq", "-g", "g.json"])
    assert far.exit_code == 1 and "no node named 'zzzzqqq' (the graph has " in far.output



@pytest.mark.parametrize("command", [["stats"], ["neighbors", "Qwen3"], ["path", "Qwen3", "gpt-oss"],
                                     ["export", "-f", "json", "-o", "x.json"]])
def test_cli_since_later_than_until_is_a_usage_error_not_an_empty_graph(built, command, monkeypatch):
    monkeypatch.chdir(built)
    graph = ["-g", "g.json"] if command[0] != "stats" else ["g.json"]
    result = CliRunner().invoke(main, command + graph + ["--since", "2025-06-01", "--until", "2025-01-31"])
    assert result.exit_code == 2, result.output
    assert "Error: --since 2025-06-01 is later than --until 2025-01-31" in result.output
    assert not (built / "x.json").exists()
    bad = CliRunner().invoke(main, command + graph + ["--until", "yesterday"])
    assert bad.exit_code == 1 and "Error: --until: not a date: 'yesterday'" in bad.output
    same_day = CliRunner().invoke(main, ["stats", "g.json", "--since", "2025-01-31", "--until", "2025-01-31"])
    assert same_day.exit_code == 0, same_day.output

def test_cli_path(built):
    result = CliRunner().invoke(main, ["path", "阿里巴巴", "gpt-oss", "-g", str(built / "g.json")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["Alibaba [Organization]", "  -[RELEASED]-> Qwen3 [Model]", "  -[OUTPERFORMS]-> gpt-oss [Model]"]


def test_cli_path_shows_edges_walked_backwards(built):
    result = CliRunner().invoke(main, ["path", "gpt-oss", "Alibaba", "-g", str(built / "g.json")])
    assert result.output.splitlines()[1:] == ["  <-[OUTPERFORMS]- Qwen3 [Model]", "  <-[RELEASED]- Alibaba [Organization]"]


@pytest.mark.parametrize("fmt, check", [
    ("json", lambda p: json.loads(p.read_text(encoding="utf-8"))["edges"]),
    ("graphml", lambda p: "<graphml" in p.read_text(encoding="utf-8")),
])
def test_cli_export(built, fmt, check):
    out = built / f"out.{fmt}"
    result = CliRunner().invoke(main, ["export", "-g", str(built / "g.json"), "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert check(out)


def test_cli_build_and_export_write_the_html_view(built):
    runner = CliRunner()
    page = built / "view.html"
    result = runner.invoke(main, ["build", str(built / "in"), "-o", str(built / "g.json"), "--html", str(page), "--no-db", "-q"])
    assert result.exit_code == 0, result.output
    assert "<meta charset" in page.read_text(encoding="utf-8")
    focus = built / "focus.html"
    result = runner.invoke(main, ["export", "-g", str(built / "g.json"), "-f", "html", "-o", str(focus),
                                  "--focus", "千問3", "--depth", "1", "--edge-types", "OUTPERFORMS"])
    assert result.exit_code == 0, result.output
    html = focus.read_text(encoding="utf-8")
    assert "\"id\":\"gpt-oss\"" in html and "\"id\":\"alibaba\"" not in html
    bad = runner.invoke(main, ["export", "-g", str(built / "g.json"), "-f", "html", "-o", str(focus), "--focus", "Nobody"])
    assert bad.exit_code == 1 and "Nobody" in bad.output


def test_cli_build_and_export_take_the_view_options(built):
    from html_fixtures import page_data

    from newsgraph.graph.cli.options import COLOR_BY, LABEL_SCRIPTS
    from newsgraph.graph.export.html_view import COLOR_BY as VIEW_COLOR_BY
    from newsgraph.graph.export.html_view import LABEL_SCRIPTS as VIEW_SCRIPTS

    assert set(COLOR_BY) == set(VIEW_COLOR_BY) and set(LABEL_SCRIPTS) == set(VIEW_SCRIPTS)
    runner = CliRunner()
    page = built / "typed.html"
    result = runner.invoke(main, ["build", str(built / "in"), "-o", str(built / "g2.json"), "--html", str(page), "--no-db",
                                  "-q", "--color-by", "type", "--label-script", "hans"])
    assert result.exit_code == 0, result.output
    meta = page_data(page.read_text(encoding="utf-8"))["options"]["meta"]
    assert (meta["colorBy"], meta["script"]) == ("type", "hans")
    exported = built / "en.html"
    result = runner.invoke(main, ["export", "-g", str(built / "g2.json"), "-f", "html", "-o", str(exported),
                                  "--label-script", "en"])
    assert result.exit_code == 0, result.output
    meta = page_data(exported.read_text(encoding="utf-8"))["options"]["meta"]
    assert (meta["colorBy"], meta["script"]) == ("community", "en")
    bad = runner.invoke(main, ["export", "-g", str(built / "g2.json"), "-f", "html", "-o", str(exported), "--color-by", "size"])
    assert bad.exit_code == 2 and "community" in bad.output and "type" in bad.output


@pytest.mark.parametrize("options, message", [
    (["--focus", "Qwen3", "--depth", "-1"], "Invalid value for '--depth': -1 is not in the range x>=0"),
    (["--max-nodes", "-5"], "Invalid value for '--max-nodes': -5 is not in the range x>=0"),
    (["--depth", "3"], "--depth 3 counts hops around --focus"),
])
def test_cli_export_html_view_numbers_out_of_range_are_usage_errors(built, options, message):
    out = built / "v.html"
    result = CliRunner().invoke(main, ["export", "-g", str(built / "g.json"), "-f", "html", "-o", str(out)] + options)
    assert result.exit_code == 2 and message in result.output, result.output
    assert not out.exists()


def test_html_selection_refuses_negative_numbers():
    from newsgraph.graph.export.html_select import select
    from newsgraph.graph.knowledge import KnowledgeGraph
    from newsgraph.schema.errors import UsageError

    with pytest.raises(UsageError, match="--max-nodes is a number of nodes, 0 or more, not -1"):
        select(KnowledgeGraph(), max_nodes=-1)
    with pytest.raises(UsageError, match="--depth is a number of hops, 0 or more, not -2"):
        select(KnowledgeGraph(), focus="x", depth=-2)

def test_cli_export_unreadable_graph_names_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "-g", str(bad), "-f", "json", "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 1 and "bad.json" in result.output



@pytest.mark.parametrize("graph, problem", [
    ({"nodes": 5, "edges": []}, "'nodes' is not a list"),
    ({"nodes": [1], "edges": []}, "nodes[0]: a JSON int, not an object"),
    ({"nodes": [], "edges": [{"source": "a", "type": "RELEASED"}]}, "edges[0]: 'target' is missing"),
    ({"nodes": [{"id": "a", "type": "Bogus", "name": "A"}], "edges": []}, "available: Organization"),
    ({"nodes": []}, "'edges' is missing"),
])
def test_cli_graph_json_of_the_wrong_shape_is_one_line_naming_the_file_and_the_part(tmp_path, graph, problem):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(graph), encoding="utf-8")
    for args in (["stats", str(bad)], ["neighbors", "Qwen3", "-g", str(bad)],
                 ["export", "-g", str(bad), "-f", "json", "-o", str(tmp_path / "x.json")]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), (args, result.output)
        assert result.output.startswith(f"Error: {bad}: not a newsgraph JSON graph: ") and problem in result.output
        assert result.output.count("\n") == 1, result.output
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("graph, problem", [
    ({"nodes": 5}, "'nodes' is a JSON int, not a list"),
    ({"nodes": [{"id": "a"}, 7]}, "nodes[1] is a JSON int, not an object"),
    ({"nodes": [], "links": ["x"]}, "edges[0] is a JSON str, not an object"),
])
def test_cli_eval_of_a_graph_json_of_the_wrong_shape_is_a_clean_error(tmp_path, graph, problem):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"entities": {"q": {"type": "Model", "aliases": ["Qwen3"]}}, "edges": []}),
                    encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(graph), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "-g", str(bad)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert result.output == f"Error: {bad}: not a node-link graph ({problem})\n"


def test_cli_build_examples_reads_every_file(tmp_path):
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(tmp_path / "g.json"), "--no-db", "-q"])
    assert result.exit_code == 0, result.output
    assert "skipped: 0" in result.output
    types = {e["type"] for e in json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["edges"]}
    assert types == {"RELEASED", "OUTPERFORMS", "CITES", "WORRIES", "MENTIONS", "PUBLISHED"}


def test_cli_build_reads_a_file_whose_name_is_not_utf8(tmp_path):
    """A file name with a byte that is not UTF-8 (Python holds it as a lone surrogate) is read like any
    other, with the byte written ``\\xNN`` in its key; a binary one is skipped naming it the same way;
    building twice (from the extraction cache) and into the database works too."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    try:
        (folder / os.fsdecode(b"caf\xe9.txt")).write_text(ARTICLE, encoding="utf-8")
        (folder / os.fsdecode(b"bin\xffary.txt")).write_bytes(b"\x00\x01\x02PNG")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system takes only UTF-8 file names")
    args = ["build", str(folder), "-o", str(tmp_path / "g.json"), "--db", str(tmp_path / "g.db"), "--workers", "1"]
    for _ in range(2):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "articles read: 1, skipped: 1" in result.output and "bin\\xffary.txt: binary file" in result.output
    keys = [n["key"] for n in json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["nodes"] if "key" in n]
    assert keys == [(folder / "caf").as_posix() + "\\xe9.txt"]
