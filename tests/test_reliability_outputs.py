"""Reliability probes for outputs (issue 9, items 2, 4, 7, 8 and 16's Ctrl-C): an output never
overwrites an input or another output, nothing is written when a build fails, file modes are kept,
and every OS error is one line naming the path (exit 1; 2 for usage errors; 130 for SIGINT)."""
from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import time

import pytest
from click.testing import CliRunner
from lxml import etree
from reliability_tools import CLI, GOOD, OTHER, article, one_line_error, run_cli, unprivileged

from newsgraph.graph.cli import main


def cli(*args):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.md").write_text("# Google ships Gemma\n\nGoogle released Gemma 3 this week.\n", encoding="utf-8")
    return tmp_path


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- item 2: -o naming an input ---------------------------------------------------------------

def test_output_naming_an_input_file_is_a_usage_error_and_the_article_is_kept(inputs):
    a, b = inputs / "in" / "a.txt", inputs / "in" / "b.md"
    result = cli("build", str(a), str(b), "-o", str(a), "--no-db")
    assert result.exit_code == 2, result.output
    assert str(a) in one_line_error(result) and "input" in result.output
    assert a.read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize("option", ["--html", "--graphml"])
def test_html_or_graphml_naming_an_input_is_refused(inputs, option):
    a = inputs / "in" / "a.txt"
    result = cli("build", str(inputs / "in"), "-o", str(inputs / "g.json"), option, str(a), "--no-db")
    assert result.exit_code == 2 and str(a) in one_line_error(result)
    assert a.read_text(encoding="utf-8") == GOOD and not (inputs / "g.json").exists()


def test_an_article_inside_a_walked_directory_is_not_overwritten(inputs):
    a = inputs / "in" / "a.txt"
    result = cli("build", str(inputs / "in"), "-o", str(a), "--no-db")
    assert result.exit_code == 2 and str(a) in one_line_error(result)
    assert a.read_text(encoding="utf-8") == GOOD


def test_a_previous_output_inside_the_input_directory_is_still_replaced_and_not_read(inputs):
    out = inputs / "in" / "graph.json"
    assert cli("build", str(inputs / "in"), "-o", str(out), "--no-db").exit_code == 0
    again = cli("build", str(inputs / "in"), "-o", str(out), "--no-db", "--html", str(inputs / "in" / "v.html"))
    assert again.exit_code == 0, again.output
    third = cli("build", str(inputs / "in"), "-o", str(out), "--no-db", "--html", str(inputs / "in" / "v.html"))
    assert third.exit_code == 0 and "articles read: 2, skipped: 0" in third.output


def test_two_outputs_naming_the_same_file_are_refused(inputs):
    out = inputs / "g.json"
    result = cli("build", str(inputs / "in"), "-o", str(out), "--graphml", str(out), "--no-db")
    assert result.exit_code == 2 and str(out) in one_line_error(result)
    assert not out.exists()


def test_database_naming_an_input_file_is_refused(inputs):
    a = inputs / "in" / "a.txt"
    result = cli("build", str(a), "-o", str(inputs / "g.json"), "--db", str(a))
    assert result.exit_code == 2 and str(a) in one_line_error(result)
    assert a.read_text(encoding="utf-8") == GOOD



@pytest.mark.parametrize("option", ["-o", "--html", "--graphml", "--db"])
def test_an_output_naming_the_gazetteer_file_is_refused(inputs, option):
    gazetteer = inputs / "extra.yaml"
    gazetteer.write_text("- {id: acme-ai, type: Organization, en: Acme AI}\n", encoding="utf-8")
    before = gazetteer.read_bytes()
    args = ["build", str(inputs / "in"), "--gazetteer", str(gazetteer), "-o", str(inputs / "g.json"), "-q"]
    args += [option, str(gazetteer)] + ([] if option == "--db" else ["--no-db"])
    result = cli(*args)
    assert result.exit_code == 2 and "--gazetteer" in one_line_error(result), result.output
    assert str(gazetteer) in result.output and gazetteer.read_bytes() == before


@pytest.mark.parametrize("given, how", [("in", "is the input"), ("in/a.txt", "holds the input"),
                                        ("in/*.txt", "holds the input")])
def test_a_neo4j_csv_folder_holding_an_input_is_refused_not_an_empty_build(inputs, given, how):
    result = cli("build", str(inputs / given), "-o", str(inputs / "g.json"), "--neo4j-csv", str(inputs / "in"),
                 "--no-db", "-q")
    assert result.exit_code == 2, result.output
    assert f"{inputs / 'in'}: the --neo4j-csv folder {how}" in one_line_error(result)
    assert "no input files" not in result.output and not (inputs / "g.json").exists()
    below = cli("build", str(inputs / "in"), "-o", str(inputs / "g.json"), "--neo4j-csv", str(inputs / "in" / "csv"),
                "--no-db", "-q")
    assert below.exit_code == 0 and "articles read: 2, skipped: 0" in below.output, below.output


@pytest.mark.parametrize("where", ["g.json", "folder"])
def test_a_database_path_holding_another_file_is_refused_before_reading(inputs, where, monkeypatch):
    graph = inputs / "g.json"
    assert cli("build", str(inputs / "in"), "-o", str(graph), "--no-db").exit_code == 0
    if where == "folder":
        (inputs / "folder").mkdir()
        (inputs / "folder" / "newsgraph.db").write_bytes(graph.read_bytes())
    before = snapshot(inputs)
    read = []
    import newsgraph.graph.pipeline as pipeline

    monkeypatch.setattr(pipeline, "build_graph", lambda *a, **k: read.append(1))
    result = cli("build", str(inputs / "in"), "-o", str(inputs / "new.json"), "--db", str(inputs / where))
    assert result.exit_code == 2 and read == [], result.output
    shown = inputs / where if where == "g.json" else inputs / "folder" / "newsgraph.db"
    assert f"{shown}: not a LadybugDB database (it begins b'{{" in one_line_error(result)
    assert snapshot(inputs) == before

def test_export_output_naming_its_graph_is_refused(inputs):
    graph = inputs / "g.json"
    assert cli("build", str(inputs / "in"), "-o", str(graph), "--no-db").exit_code == 0
    before = graph.read_bytes()
    result = cli("export", "-g", str(graph), "-f", "html", "-o", str(graph))
    assert result.exit_code == 2 and str(graph) in one_line_error(result)
    assert graph.read_bytes() == before


# -- item 4: --strict checks first; modes kept ----------------------------------------------

def test_strict_fails_before_writing_any_output_or_database(inputs):
    (inputs / "in" / "bad.json").write_text("{oops", encoding="utf-8")
    out, html, db = inputs / "g.json", inputs / "g.html", inputs / "g.db"
    result = cli("build", str(inputs / "in"), "-o", str(out), "--html", str(html), "--db", str(db), "--strict")
    assert result.exit_code == 1 and "bad.json" in one_line_error(result)
    assert not out.exists() and not html.exists() and not db.exists()


def test_strict_failure_leaves_previous_outputs_and_database_untouched(inputs):
    out, db = inputs / "g.json", inputs / "g.db"
    assert cli("build", str(inputs / "in" / "a.txt"), "-o", str(out), "--db", str(db)).exit_code == 0
    before = out.read_bytes()
    info = json.loads(cli("db", "info", "--db", str(db), "--json").output)
    (inputs / "in" / "bad.json").write_text("{oops", encoding="utf-8")
    assert cli("build", str(inputs / "in"), "-o", str(out), "--db", str(db), "--strict").exit_code == 1
    assert out.read_bytes() == before
    assert json.loads(cli("db", "info", "--db", str(db), "--json").output) == info


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o604])
def test_rebuilding_keeps_each_output_files_mode(inputs, mode):
    paths = {"-o": inputs / "g.json", "--html": inputs / "g.html", "--graphml": inputs / "g.graphml"}
    args = [x for option, path in paths.items() for x in (option, str(path))]
    assert cli("build", str(inputs / "in"), *args, "--no-db").exit_code == 0
    for path in paths.values():
        path.chmod(mode)
    assert cli("build", str(inputs / "in"), *args, "--no-db").exit_code == 0
    for path in paths.values():
        assert stat.S_IMODE(path.stat().st_mode) == mode, path


def test_a_new_output_gets_the_usual_mode(inputs):
    old = os.umask(0o022)
    try:
        assert cli("build", str(inputs / "in"), "-o", str(inputs / "g.json"), "--no-db").exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((inputs / "g.json").stat().st_mode) == 0o644


# -- item 7: control characters; no half-written set of outputs ------------------------------

def test_escape_and_vertical_tab_in_titles_and_names_give_valid_graphml(tmp_path):
    (tmp_path / "x.txt").write_text(article("Bad\x1b[31m title\x0b here\x07", "OpenAI released GPT-5.\x0c It beats Gemini."),
                                    encoding="utf-8")
    (tmp_path / "y.md").write_text("---\ntitle: \"Ring\\a the \\e[2Jbell\"\npublisher: \"Evil\\x1bNews\"\n---\n"
                                   "Google released Gemma 3.\n", encoding="utf-8")
    out, graphml = tmp_path / "g.json", tmp_path / "g.graphml"
    result = cli("build", str(tmp_path / "x.txt"), str(tmp_path / "y.md"), "-o", str(out), "--graphml", str(graphml), "--no-db")
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(graphml))  # a strict XML parser: no control characters got through
    text = etree.tostring(tree, encoding="unicode")
    assert "Bad" in text and "Evil" in text
    titles = [n.get("title") for n in json.loads(out.read_text(encoding="utf-8"))["nodes"] if n.get("title")]
    assert titles and not any(ch in t for t in titles for ch in "\x1b\x0b\x07\x0c")


def test_graphml_export_of_names_with_control_characters_from_a_graph_file(tmp_path):
    graph = {"format": "newsgraph/node-link", "version": 1, "directed": True, "multigraph": True, "edges": [],
             "nodes": [{"id": "evil", "name": "Evil\x1b]0;pwned\x07 Corp\x0b", "type": "Organization", "aliases": ["E\x0cvil"]}]}
    (tmp_path / "g.json").write_text(json.dumps(graph), encoding="utf-8")
    result = cli("export", "-g", str(tmp_path / "g.json"), "-f", "graphml", "-o", str(tmp_path / "g.graphml"))
    assert result.exit_code == 0, result.output
    assert "Evil" in etree.tostring(etree.parse(str(tmp_path / "g.graphml")), encoding="unicode")


def test_a_later_output_failing_leaves_the_earlier_outputs_and_database_as_they_were(inputs):
    out, html, db = inputs / "g.json", inputs / "g.html", inputs / "g.db"
    assert cli("build", str(inputs / "in" / "a.txt"), "-o", str(out), "--db", str(db)).exit_code == 0
    before = out.read_bytes()
    info = json.loads(cli("db", "info", "--db", str(db), "--json").output)
    # the JSON fits under the limit, the HTML page (it inlines vis-network) does not: the disk "fills up"
    result = run_cli("build", str(inputs / "in"), "-o", str(out), "--html", str(html), "--db", str(db),
                     fsize=max(len(before) * 4, 64_000))
    assert result.returncode == 1, result.stderr
    assert str(html) in one_line_error(result)
    assert out.read_bytes() == before and not html.exists()
    assert json.loads(cli("db", "info", "--db", str(db), "--json").output) == info
    assert not [p for p in inputs.iterdir() if p.name.startswith(".")], list(inputs.iterdir())  # no temporary files left


# -- item 8: -o a directory, unwritable, full disk ---------------------------------------------

def test_output_that_is_a_directory(inputs):
    (inputs / "out").mkdir()
    result = cli("build", str(inputs / "in"), "-o", str(inputs / "out"), "--no-db")
    assert result.exit_code == 1 and str(inputs / "out") in one_line_error(result) and "directory" in result.output


def test_output_under_a_regular_file(inputs):
    target = inputs / "in" / "a.txt" / "g.json"
    result = cli("build", str(inputs / "in" / "b.md"), "-o", str(target), "--no-db")
    assert result.exit_code == 1 and str(target) in one_line_error(result)


def test_export_to_a_directory(inputs):
    assert cli("build", str(inputs / "in"), "-o", str(inputs / "g.json"), "--no-db").exit_code == 0
    (inputs / "out").mkdir()
    result = cli("export", "-g", str(inputs / "g.json"), "-f", "graphml", "-o", str(inputs / "out"))
    assert result.exit_code == 1 and str(inputs / "out") in one_line_error(result)


def test_output_in_an_unwritable_directory(inputs):
    prefix = unprivileged()
    locked = inputs / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = run_cli("build", str(inputs / "in"), "-o", str(locked / "g.json"), "--no-db", prefix=prefix)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1, result.stderr
    line = one_line_error(result)
    assert str(locked / "g.json") in line and "ermission denied" in line


def test_full_disk_for_the_output_is_one_line_and_keeps_the_old_file(inputs):
    out = inputs / "g.json"
    assert cli("build", str(inputs / "in" / "a.txt"), "-o", str(out), "--no-db").exit_code == 0
    before = out.read_bytes()
    result = run_cli("build", str(inputs / "in"), "-o", str(out), "--no-db", fsize=1024)
    assert result.returncode == 1, result.stderr
    assert str(out) in one_line_error(result)
    assert out.read_bytes() == before
    assert [p.name for p in inputs.iterdir() if p.name.startswith(".")] == []


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 1 MiB tmpfs (needs root's mount permission; skipped otherwise)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + done.stderr.decode(errors="replace").strip())
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_no_space_left_on_a_real_small_disk(inputs, tiny_disk):
    out = tiny_disk / "g.json"
    assert cli("build", str(inputs / "in" / "a.txt"), "-o", str(out), "--no-db").exit_code == 0
    before = out.read_bytes()
    (tiny_disk / "filler").write_bytes(b"\0" * (256 * 1024 - 2 * 4096 - len(before)))
    result = cli("build", str(inputs / "in"), "-o", str(out), "--html", str(tiny_disk / "g.html"), "--no-db")
    assert result.exit_code == 1 and "No space left on device" in one_line_error(result)
    assert out.read_bytes() == before and sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "g.json"]


# -- item 16 (part): Ctrl-C exits 130 and leaves no partial output ----------------------------

def _sigint_as_at_a_terminal():
    """In the child before exec: SIGINT at its default, as in a foreground job at a terminal. A test
    run started in the background by a shell (``pytest &``) inherits SIGINT ignored, and Python keeps
    an ignored SIGINT ignored (no KeyboardInterrupt): these tests would then wait for nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sigint_during_a_build_exits_130_without_a_traceback_or_partial_output(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:04d}.txt").write_text(GOOD if i % 2 else OTHER, encoding="utf-8")
    out = tmp_path / "g.json"
    proc = subprocess.Popen([*CLI, "build", str(folder), "-o", str(out), "--no-db"], stderr=subprocess.PIPE, text=True,
                            preexec_fn=_sigint_as_at_a_terminal)
    assert proc.stderr.readline().startswith("reading ")  # reading has begun
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 130, err
    assert "Traceback" not in err and "Aborted" not in err
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["many"]


@pytest.mark.parametrize("after", [False, True])
def test_ctrl_c_once_the_database_holds_the_build_writes_the_files_to_match(inputs, monkeypatch, after):
    """Ctrl-C while the database takes the build in leaves every output as before; once it holds the build
    (here: while its totals are counted), the staged files are written too and the message says so."""
    from newsgraph.graph.store.base import GraphStore
    from newsgraph.graph.store.ladybug_store import LadybugStore

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt

    out, db = inputs / "g.json", inputs / "g.db"
    out.write_text("old", encoding="utf-8")
    monkeypatch.setattr(GraphStore if after else LadybugStore, "counts" if after else "write", interrupted)
    result = cli("build", str(inputs / "in"), "-o", str(out), "--db", str(db), "-q")
    assert result.exit_code == 130, result.output
    if after:
        assert "already held the new build; the other outputs were written to match it" in result.output
        assert json.loads(out.read_text(encoding="utf-8"))["edges"] and db.exists()
    else:
        assert out.read_text(encoding="utf-8") == "old" and "already held" not in result.output


def test_sigint_during_a_long_query_stops_it_and_exits_130(tmp_path):
    db = tmp_path / "g.db"
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.json"), "--db", str(db)).exit_code == 0
    endless = ("UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 100000) AS c "
               "WITH a, b, c WHERE a + b + c = -1 RETURN count(*) AS n")
    proc = subprocess.Popen([*CLI, "query", endless, "--db", str(db), "--timeout", "0"], stderr=subprocess.PIPE, text=True,
                            preexec_fn=_sigint_as_at_a_terminal)
    time.sleep(3)  # started, and running
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 130, err
    assert "Traceback" not in err


# -- outputs that are not files -----------------------------------------------------------------

@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_an_output_that_is_a_pipe_or_a_device_is_refused_and_left_alone(inputs, kind):
    # never the real /dev/null: code that replaces its output by a rename would replace the system's
    target = inputs / kind
    if kind == "pipe":
        os.mkfifo(target)
    else:
        try:
            os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a null device of our own
        except PermissionError:
            pytest.skip("making a device node needs root")
    result = cli("build", str(inputs / "in"), "-o", str(target), "--no-db")
    assert result.exit_code == 1 and "not a regular file" in one_line_error(result)
    mode = os.stat(target).st_mode
    assert stat.S_ISFIFO(mode) if kind == "pipe" else stat.S_ISCHR(mode)


def test_an_output_through_a_symbolic_link_replaces_the_target_and_keeps_the_link(inputs):
    (inputs / "real").mkdir()
    link = inputs / "link.json"
    link.symlink_to(inputs / "real" / "g.json")
    assert cli("build", str(inputs / "in"), "-o", str(link), "--no-db").exit_code == 0
    assert link.is_symlink() and json.loads((inputs / "real" / "g.json").read_text(encoding="utf-8"))["nodes"]


def test_a_graph_json_nested_too_deeply_is_one_line(tmp_path):
    (tmp_path / "g.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for args in (["stats", str(tmp_path / "g.json")], ["export", "-g", str(tmp_path / "g.json"), "-o", str(tmp_path / "x.graphml"),
                                                       "-f", "graphml"]):
        result = cli(*args)
        assert result.exit_code == 1 and "nested too deeply" in one_line_error(result)
