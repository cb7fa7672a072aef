"""Reliability probes for reading (issue 9, items 5, 6, 10, 11, 16, 17): deep nesting, unreadable
directories, the per-article budget, YAML bombs, mixed encodings, front-matter oddities, feeds
that look like paths. Each input is reported (an InputError naming it) or read, never a crash."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from reliability_tools import GOOD, OTHER, article, one_line_error, run_cli, unprivileged

from newsgraph.graph.cli import main
from newsgraph.graph.pipeline import build_graph
from newsgraph.loaders.readers import read_items, read_paths
from newsgraph.schema import Article, InputError

DEEP = "[" * 100_000 + "]" * 100_000


def cli(*args):
    return CliRunner().invoke(main, list(args))


def everything(path, **kw) -> list:
    """What reading one file gives: its articles and record errors, or the one error for the whole file."""
    try:
        return read_items(path, **kw)
    except InputError as exc:
        return [exc]


def items(path, **kw):
    return [(type(i).__name__, getattr(i, "title", None) or getattr(i, "reason", None)) for i in everything(path, **kw)]


# -- item 5: deep JSON nesting -----------------------------------------------------------------

def test_deeply_nested_json_is_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "deep.json").write_text(DEEP, encoding="utf-8")
    (tmp_path / "z.txt").write_text(OTHER, encoding="utf-8")
    result = cli("build", str(tmp_path), "-o", str(tmp_path / "out" / "g.json"), "--no-db")
    assert result.exit_code == 0, result.output
    assert "articles read: 2, skipped: 1" in result.output and "deep.json: JSON nested too deeply" in result.output


def test_deeply_nested_object_in_a_json_record_file(tmp_path):
    (tmp_path / "deep.json").write_text('{"title": "x", "text": ' + '{"a": ' * 50_000 + "1" + "}" * 50_001, encoding="utf-8")
    [(kind, reason)] = items(tmp_path / "deep.json")
    assert kind == "InputError" and "nested too deeply" in reason


def test_one_deep_jsonl_line_keeps_the_good_lines_of_its_file(tmp_path):
    lines = [json.dumps({"title": "first", "text": "OpenAI released GPT-5 today."}),
             '{"title": "bomb", "text": ' + DEEP + "}",
             json.dumps({"title": "third", "text": "Google released Gemma 3."})]
    (tmp_path / "w.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = everything(tmp_path / "w.jsonl")
    assert [a.title for a in found if isinstance(a, Article)] == ["first", "third"]
    [bad] = [e for e in found if isinstance(e, InputError)]
    assert bad.path == f"{tmp_path / 'w.jsonl'}:2" and "nested too deeply" in bad.reason


def test_deep_jsonl_first_line_is_still_jsonl(tmp_path):
    lines = ['{"title": "bomb", "text": ' + DEEP + "}", json.dumps({"title": "ok", "text": "Meta released Llama 4."})]
    (tmp_path / "w.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [k for k, _ in items(tmp_path / "w.jsonl")] == ["InputError", "Article"]


@pytest.mark.parametrize("name", ["n.json", "n.jsonl"])
def test_a_number_of_thousands_of_digits_is_malformed_json_and_the_good_lines_stay(tmp_path, name):
    """Python reads no integer of more than 4,300 digits: the record was reported as "cannot tell the format:
    ValueError: … use sys.set_int_max_str_digits()", and a JSON Lines file lost its good lines with it."""
    bad = '{"title": "big", "text": "OpenAI released GPT-5 today.", "views": ' + "9" * 5000 + "}"
    good = json.dumps({"title": "ok", "text": "Meta released Llama 4."})
    (tmp_path / name).write_text(bad + ("\n" + good + "\n" if name.endswith("l") else ""), encoding="utf-8")
    found = items(tmp_path / name)
    assert [k for k, _ in found] == (["InputError", "Article"] if name.endswith("l") else ["InputError"])
    reason = found[0][1]
    assert "malformed JSON: a number of 5,000 digits" in reason and "sys." not in reason


def test_deeply_nested_yaml_front_matter_is_reported(tmp_path):
    (tmp_path / "deep.md").write_text("---\ntitle: x\nauthor: " + "[" * 5000 + "]" * 5000 + "\n---\nMeta released Llama 4.\n",
                                      encoding="utf-8")
    [(kind, reason)] = items(tmp_path / "deep.md")
    assert kind == "InputError" and "front matter" in reason


def test_deeply_nested_html_is_read_or_reported(tmp_path):
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 20_000 + "<p>OpenAI released GPT-5 today, a big step.</p>"
                                        + "</div>" * 20_000 + "</body></html>", encoding="utf-8")
    found = everything(tmp_path / "deep.html")
    assert all(isinstance(i, (Article, InputError)) for i in found)


# -- item 6: permissions in directory walks ----------------------------------------------------

@pytest.fixture
def locked_tree(tmp_path):
    root = tmp_path / "in"
    (root / "open").mkdir(parents=True)
    (root / "open" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "closed").mkdir()
    (root / "closed" / "b.txt").write_text(OTHER, encoding="utf-8")
    (root / "unsearchable").mkdir()
    (root / "unsearchable" / "c.txt").write_text(OTHER, encoding="utf-8")
    (root / "closed").chmod(0o000)
    (root / "unsearchable").chmod(0o600)
    yield root
    (root / "closed").chmod(0o755)
    (root / "unsearchable").chmod(0o755)


def test_an_unreadable_directory_in_a_walk_is_reported_and_strict_fails(locked_tree, tmp_path):
    prefix = unprivileged()
    out = tmp_path / "g.json"
    result = run_cli("build", str(locked_tree), "-o", str(out), "--no-db", prefix=prefix)
    assert result.returncode == 0, result.stderr
    assert "articles read: 1, skipped: 2" in result.stderr
    assert f"{locked_tree / 'closed'}: cannot list directory: Permission denied" in result.stderr
    assert str(locked_tree / "unsearchable") in result.stderr
    strict = run_cli("build", str(locked_tree), "-o", str(out), "--no-db", "--strict", prefix=prefix)
    assert strict.returncode == 1 and "closed" in one_line_error(strict)


def test_a_file_inside_a_non_searchable_directory_named_explicitly(locked_tree, tmp_path):
    prefix = unprivileged()
    hidden = locked_tree / "unsearchable" / "c.txt"
    result = run_cli("build", str(locked_tree / "open" / "a.txt"), str(hidden), "-o", str(tmp_path / "g.json"), "--no-db",
                     prefix=prefix)
    assert result.returncode == 0, result.stderr
    assert "articles read: 1, skipped: 1" in result.stderr and f"{hidden}: cannot read" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreadable_file_is_reported(tmp_path):
    prefix = unprivileged()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0o000)
    result = run_cli("build", str(tmp_path), "-o", str(tmp_path / "out" / "g.json"), "--no-db", prefix=prefix)
    assert result.returncode == 0 and "secret.txt: cannot read file: Permission denied" in result.stderr


# -- item 10: the per-article budget -----------------------------------------------------------

def test_an_article_over_the_budget_is_skipped_with_a_reason(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "long.txt").write_text(article("A very long one", "OpenAI released GPT-5. " * 400), encoding="utf-8")
    out = tmp_path / "out" / "g.json"
    result = cli("build", str(tmp_path), "-o", str(out), "--no-db", "--max-article-chars", "5000")
    assert result.exit_code == 0, result.output
    assert "articles read: 1, skipped: 1" in result.output
    assert "long.txt: article too long: " in result.output and "(limit 5,000; see --max-article-chars)" in result.output
    strict = cli("build", str(tmp_path), "-o", str(out), "--no-db", "--max-article-chars", "5000", "--strict")
    assert strict.exit_code == 1 and "article too long" in one_line_error(strict)
    unlimited = cli("build", str(tmp_path), "-o", str(out), "--no-db", "--max-article-chars", "0")
    assert "articles read: 2, skipped: 0" in unlimited.output


def test_the_default_budget_is_about_a_million_characters(tmp_path):
    (tmp_path / "huge.txt").write_text("Huge\n" + ("ab\n" * 400_000), encoding="utf-8")
    [(kind, reason)] = items(tmp_path / "huge.txt")
    assert kind == "InputError" and reason.startswith("article too long: 1,200,005 characters (limit 1,000,000")


@pytest.mark.parametrize("name, content", [
    ("records.json", json.dumps([{"title": "short", "text": "Meta released Llama 4."},
                                 {"title": "long", "text": "<p>" + "Meta released Llama 4. " * 300 + "</p>"}])),
    ("feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                 "<item><title>short</title><description>Meta released Llama 4.</description></item>"
                 "<item><title>long</title><description>" + "Meta released Llama 4. " * 300 + "</description></item>"
                 "</channel></rss>"),
], ids=["json-records", "rss-items"])
def test_the_budget_applies_per_record_and_per_feed_item(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    found = everything(tmp_path / name, max_chars=3000)
    assert [a.title for a in found if isinstance(a, Article)] == ["short"]
    [bad] = [e for e in found if isinstance(e, InputError)]
    assert "article too long" in bad.reason and bad.path != str(tmp_path / name)  # names the record, not the file


def test_the_budget_applies_to_html_main_text(tmp_path):
    (tmp_path / "page.html").write_text("<html><body><article><h1>T</h1>" + "<p>Meta released Llama 4 today.</p>" * 200
                                        + "</article></body></html>", encoding="utf-8")
    [(kind, reason)] = items(tmp_path / "page.html", max_chars=2000)
    assert kind == "InputError" and "article too long" in reason


def test_build_graph_checks_articles_a_plug_in_reader_gives(tmp_path):
    from newsgraph.loaders.readers import READERS, register_format

    register_format("bigtest", lambda data, path: [Article(id="x", title="x", text="OpenAI released GPT-5. " * 100)],
                    detect=lambda text: text.startswith("BIGTEST"))
    try:
        (tmp_path / "a.big").write_text("BIGTEST\n", encoding="utf-8")
        result = build_graph([tmp_path], max_article_chars=1000)
    finally:
        READERS.remove("bigtest")
    assert not result.articles and "article too long" in result.skipped[0].reason


def test_the_cli_default_matches_the_library_default():
    from newsgraph.graph.cli.build_cmd import MAX_ARTICLE_CHARS as cli_default
    from newsgraph.loaders.readers.budget import MAX_ARTICLE_CHARS

    assert cli_default == MAX_ARTICLE_CHARS == 1_000_000


# -- item 11: YAML bombs ---------------------------------------------------------------------

BOMB = """---
title: Bomb
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
author: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
---
OpenAI released GPT-5.
"""


def test_yaml_alias_chain_in_front_matter_is_refused_not_expanded(tmp_path):
    (tmp_path / "bomb.md").write_text(BOMB, encoding="utf-8")
    [(kind, reason)] = items(tmp_path / "bomb.md")
    assert kind == "InputError" and "aliases" in reason and "line 4" in reason


def test_a_single_alias_is_refused_too(tmp_path):
    (tmp_path / "alias.md").write_text("---\ntitle: &t Hello\nheadline: *t\n---\nOpenAI released GPT-5.\n", encoding="utf-8")
    [(kind, reason)] = items(tmp_path / "alias.md")
    assert kind == "InputError" and "aliases (*t)" in reason


# -- item 16: encodings, front matter, mapping-valued fields ------------------------------------

def test_a_mixed_encoding_file_is_reported_not_garbled(tmp_path):
    data = "阿里巴巴發佈Qwen3\n阿里巴巴今天發佈了新模型。\n".encode() + "華為也發佈了盤古模型。\n".encode("big5")
    (tmp_path / "mixed.txt").write_bytes(data)
    [(kind, reason)] = items(tmp_path / "mixed.txt")
    assert kind == "InputError" and reason.startswith("mixed encodings") and "line 3" in reason


def test_a_whole_big5_file_still_reads(tmp_path):
    (tmp_path / "big5.txt").write_bytes("華為發佈盤古模型\n華為今天發佈了盤古大模型。\n".encode("big5"))
    assert items(tmp_path / "big5.txt") == [("Article", "華為發佈盤古模型")]


@pytest.mark.parametrize("front", ["---\ndate: 2025-08-01\n---\n", "---\nauthor: Someone\nsource:\n---\n",
                                   "---\ntitle:\n---\n", "---\ntags: [a, b]\n---\n"])
def test_front_matter_without_a_title_is_not_titled_with_the_fence(tmp_path, front):
    (tmp_path / "a.md").write_text(front + "\nOpenAI ships GPT-5\n\nOpenAI released GPT-5 today.\n", encoding="utf-8")
    [(kind, title)] = items(tmp_path / "a.md")
    assert kind == "Article" and title == "OpenAI ships GPT-5"


def test_a_mapping_valued_publisher_is_reported(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: T\npublisher:\n  nested: {deep: value}\n---\nOpenAI released GPT-5.\n",
                                   encoding="utf-8")
    [(kind, reason)] = items(tmp_path / "a.md")
    assert kind == "InputError" and "'publisher' is a mapping" in reason


def test_a_mapping_with_a_name_gives_that_name(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: T\npublisher: {name: Reuters, url: 'https://reuters.com'}\n---\n"
                                   "OpenAI released GPT-5.\n", encoding="utf-8")
    [art] = read_items(tmp_path / "a.md")
    assert art.publisher == "Reuters"


def test_control_characters_never_reach_titles_or_publishers(tmp_path):
    (tmp_path / "a.md").write_text('---\ntitle: "Ring\\a \\e[2Jthe bell"\npublisher: "Evil\\x1bNews"\nauthor: "A\\x00B"\n---\n'
                                   "OpenAI released GPT-5.\n", encoding="utf-8")
    [art] = read_items(tmp_path / "a.md")
    assert (art.title, art.publisher, art.author) == ("Ring the bell", "EvilNews", "AB")


def test_lone_surrogates_from_json_escapes_are_replaced(tmp_path):
    (tmp_path / "s.json").write_text('{"title": "T\\ud800", "text": "OpenAI released GPT-5 \\udc00 today."}', encoding="utf-8")
    [art] = read_items(tmp_path / "s.json")
    assert art.title == "T\ufffd" and "\ufffd" in art.text
    art.text.encode("utf-8")


# -- item 17: a feed is parsed from a stream, never opened as a path ---------------------------

def test_feed_content_that_is_also_a_file_name_is_parsed_as_content(tmp_path, monkeypatch):
    content = ('<rss version="2.0"><channel><title>Real<title><item><title>Real item<title>'
               "<description>Real body text here.<description><item><channel><rss>")
    decoy = ('<rss version="2.0"><channel><title>Decoy</title><item><title>Decoy item</title>'
             "<description>OpenAI released GPT-5.</description></item></channel></rss>")
    monkeypatch.chdir(tmp_path)
    (tmp_path / content).write_text(decoy, encoding="utf-8")  # a file named exactly like the feed's content
    (tmp_path / "feed.xml").write_text(content, encoding="utf-8")
    found = everything(tmp_path / "feed.xml")
    assert "Decoy item" not in [getattr(i, "title", None) for i in found]
    assert all(isinstance(i, (Article, InputError)) for i in found)


def test_read_paths_never_raises_for_a_path_that_cannot_be_looked_at(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    long_name = tmp_path / ("x" * 300)  # ENAMETOOLONG from stat
    found = list(read_paths([tmp_path / "a.txt", long_name, str(tmp_path / "*.none")]))
    assert [type(i).__name__ for i in found] == ["InputError", "InputError", "Article"]


def test_a_pipe_or_a_device_given_as_input_is_skipped_not_waited_on(tmp_path):
    import os
    import resource
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    child = ("import sys\nfrom newsgraph.loaders.readers import read_paths\n"
             "for i in read_paths(sys.argv[1:]): print(type(i).__name__, getattr(i, 'reason', ''))")

    def limits():  # code that reads /dev/zero to the end must fail here, not exhaust the machine's memory
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    done = subprocess.run([sys.executable, "-c", child, str(tmp_path / "a.txt"), str(tmp_path / "pipe"), "/dev/zero"],
                          capture_output=True, text=True, timeout=120, preexec_fn=limits)
    assert done.returncode == 0, done.stderr[-300:]
    assert sorted(done.stdout.splitlines()) == ["Article ", "InputError not a regular file (a pipe, socket or device)",
                                                "InputError not a regular file (a pipe, socket or device)"]
