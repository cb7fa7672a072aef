"""The LLM extractor end to end: the real ``openai`` client against a scripted OpenAI-compatible server on
127.0.0.1 (tests/llm_server.py), through ``newsgraph build --extractor llm|rules+llm``.

Covers issue 11's done-when: edges are exactly the grounded facts with their evidence verbatim at its
offsets, hallucinated facts are dropped and reported, ``rules+llm`` is the union, a second run is
answered from the cache without a request; and every fault: wrong types, malformed JSON (once, twice),
429/503 then success, a timeout (once, always), response_format rejected, setup errors.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from llm_server import FakeLLM, Step, completion, error, fact, facts

from newsgraph.graph.cli import main
from newsgraph.schema.merging import first_mention

EN = ("Qwen3 news\nAlibaba released Qwen3 on Monday. Qwen3 beats gpt-oss on math.\n"
      "Klarwerk, a Berlin start-up, launched Nova-7. Washington is worried about DeepSeek.\n")
HANT = "月之暗面新聞\n月之暗面上週發佈了Kimi K2。在編程測試中，Kimi K2擊敗了DeepSeek V3。\n"
MODEL = "test-model"
RULE = f"llm:{MODEL}"

GOOD = {
    "Alibaba": [
        fact("RELEASED", "Alibaba", "Organization", "Qwen3", "Model", "Alibaba released Qwen3 on Monday."),
        fact("RELEASED", "Klarwerk", "Organization", "Nova-7", "Model", "Klarwerk, a Berlin start-up, launched Nova-7."),
        fact("WORRIES", "DeepSeek", "Organization", "Washington", "Organization", "Washington is worried about DeepSeek."),
        # hallucinated: the article never says so
        fact("RELEASED", "OpenAI", "Organization", "GPT-5", "Model", "OpenAI released GPT-5 on Monday."),
    ],
    "月之暗面": [
        fact("RELEASED", "月之暗面", "Organization", "Kimi K2", "Model", "月之暗面上週發佈了Kimi K2。"),
        fact("OUTPERFORMS", "Kimi K2", "Model", "DeepSeek V3", "Model", "在編程測試中，Kimi K2擊敗了DeepSeek V3。"),
    ],
}
GROUNDED = {("RELEASED", "alibaba", "qwen3"), ("RELEASED", "klarwerk", "nova-7"), ("WORRIES", "deepseek", "washington"),
            ("RELEASED", "moonshot-ai", "kimi-k2"), ("OUTPERFORMS", "kimi-k2", "deepseek-v3")}


def by_article(table: dict):
    """A responder: the facts listed under the first key the request's text contains."""
    def respond(text: str) -> Step:
        return facts(*next((v for k, v in table.items() if k in text), []))
    return respond


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(EN, encoding="utf-8")
    (folder / "b.txt").write_text(HANT, encoding="utf-8")
    return folder


@pytest.fixture
def env(monkeypatch, tmp_path):
    """A clean LLM environment: the cache under tmp_path, a key, the model, quick retries."""
    for name in list(os.environ):  # and no proxy: every request stays on 127.0.0.1
        if name.startswith(("OPENAI_", "NEWSGRAPH_")) or name.lower() in ("http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.delenv(name)
    values = {"NEWSGRAPH_CACHE_DIR": str(tmp_path / "cache"), "OPENAI_API_KEY": "test-key",
              "NEWSGRAPH_LLM_MODEL": MODEL, "NEWSGRAPH_LLM_RETRIES": "2", "NEWSGRAPH_LLM_TIMEOUT": "10"}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


@pytest.fixture
def server(env, monkeypatch):
    with FakeLLM(by_article(GOOD)) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        yield srv


def build(corpus, *args, out="g.json"):
    target = corpus.parent / out
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(target), "--no-db", "-q", *args])
    graph = json.loads(target.read_text(encoding="utf-8")) if target.exists() else None
    return result, graph


def semantic(graph) -> dict:
    return {(e["type"], e["source"], e["target"]): e["evidence"] for e in graph["edges"]
            if e["type"] not in ("MENTIONS", "PUBLISHED")}


def test_llm_done_when_the_cli_builds_exactly_the_grounded_facts(corpus, server):
    env = {**os.environ}
    done = subprocess.run([sys.executable, "-c", "from newsgraph.graph.cli import main; main()", "build", str(corpus),
                           "-o", "g.json", "--no-db", "--extractor", "llm"],
                          cwd=corpus.parent, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    graph = json.loads((corpus.parent / "g.json").read_text(encoding="utf-8"))
    edges = semantic(graph)
    assert set(edges) == GROUNDED
    files = {p.name: p.read_text(encoding="utf-8") for p in corpus.iterdir()}
    articles = {n["id"]: n["title"] for n in graph["nodes"] if n.get("kind") == "article"}
    text_of = {aid: files["a.txt"] if title == "Qwen3 news" else files["b.txt"] for aid, title in articles.items()}
    for evidence in edges.values():
        for ev in evidence:
            assert ev["rule"] == RULE
            assert text_of[ev["article"]][ev["start"]:ev["end"]] == ev["sentence"]
    mentioned = {e["target"] for e in graph["edges"] if e["type"] == "MENTIONS"}
    assert mentioned == {end for _, s, t in GROUNDED for end in (s, t)}
    assert "llm facts: 5 kept, 1 dropped (ungrounded: 1)" in done.stderr
    assert "llm requests: 2 sent, 0 answered from the cache; tokens: 200 prompt + 40 completion" in done.stderr
    assert all(r["headers"].get("authorization") == "Bearer test-key" for r in server.requests)


def test_llm_requests_carry_the_schema_and_the_articles_language(corpus, server):
    build(corpus, "--extractor", "llm", "--llm-concurrency", "1")
    bodies = server.completions()
    assert [b["response_format"]["type"] for b in bodies] == ["json_schema", "json_schema"]
    schema = bodies[0]["response_format"]["json_schema"]["schema"]
    assert set(schema["$defs"]["LLMFact"]["properties"]) == {"type", "source", "source_type", "target", "target_type", "evidence"}
    prompts = {b["messages"][-1]["content"].split("\n", 1)[1].strip(): b["messages"][0]["content"] for b in bodies}
    assert "擔憂" in prompts[HANT.split("\n", 1)[1].strip()]  # a zh-Hant article is asked in Traditional Chinese
    assert "worries" in prompts[EN.split("\n", 1)[1].strip()]


def test_llm_a_second_run_is_answered_from_the_cache_byte_for_byte(corpus, server, tmp_path):
    first, _ = build(corpus, "--extractor", "llm", out="one.json")
    sent = len(server.requests)
    # a fresh extraction cache: the articles are extracted again, and the LLM's answers come from its cache
    second, _ = build(corpus, "--extractor", "llm", "--cache", str(tmp_path / "fresh-extractions"), out="two.json")
    assert first.exit_code == second.exit_code == 0
    assert len(server.requests) == sent == 2
    assert (corpus.parent / "one.json").read_bytes() == (corpus.parent / "two.json").read_bytes()
    assert "llm requests: 0 sent, 2 answered from the cache; tokens: 0 prompt + 0 completion" in second.stderr
    # the extraction cache: the extractor is not even made
    third, _ = build(corpus, "--extractor", "llm", out="three.json")
    assert third.exit_code == 0 and len(server.requests) == 2 and "llm requests" not in third.stderr
    assert "extracted: 0, from the extraction cache: 2" in third.stderr
    assert (corpus.parent / "one.json").read_bytes() == (corpus.parent / "three.json").read_bytes()
    cached = sorted((tmp_path / "cache" / "llm").rglob("*.json"))
    assert len(cached) == 2


def test_llm_the_cache_key_has_the_model_and_no_cache_bypasses_it(corpus, server, tmp_path):
    server.models.append("other-model")
    build(corpus, "--extractor", "llm")
    build(corpus, "--extractor", "llm", "--llm-model", "other-model")
    assert [b["model"] for b in server.completions()].count("other-model") == 2
    files = sorted((tmp_path / "cache" / "llm").rglob("*.json"))
    result, _ = build(corpus, "--extractor", "llm", "--no-cache")
    assert result.exit_code == 0 and len(server.completions()) == 6
    assert sorted((tmp_path / "cache" / "llm").rglob("*.json")) == files


def test_llm_flags_override_the_environment(corpus, server, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_LLM_MODEL", "absent-model")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{_free_port()}/v1")
    result, graph = build(corpus, "--extractor", "llm", "--llm-model", MODEL, "--llm-base-url", server.base_url)
    assert result.exit_code == 0, result.output
    assert set(semantic(graph)) == GROUNDED


def test_llm_a_proxy_in_the_environment_is_not_used_for_a_local_server(corpus, server, monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{_free_port()}")  # nothing listens there
    result, graph = build(corpus, "--extractor", "llm")
    assert result.exit_code == 0, result.output
    assert set(semantic(graph)) == GROUNDED


def test_llm_rules_plus_llm_is_the_union_of_both(corpus, server):
    _, rules = build(corpus, "--extractor", "rules", out="rules.json")
    _, llm = build(corpus, "--extractor", "llm", out="llm.json")
    result, both = build(corpus, "--extractor", "rules+llm", out="both.json")
    assert result.exit_code == 0, result.output
    key = lambda ev: (ev["article"], ev["start"], ev["end"], ev["rule"])  # noqa: E731
    for kind in ("edges", "nodes"):
        assert len(both[kind]) < len(rules[kind]) + len(llm[kind])  # they share some
    expected: dict = {}
    for graph in (rules, llm):
        for e in graph["edges"]:
            expected.setdefault((e["type"], e["source"], e["target"]), {}).update({key(ev): ev for ev in e["evidence"]})
    got = {(e["type"], e["source"], e["target"]): e["evidence"] for e in both["edges"]}
    # a MENTIONS edge keeps one piece, the first of both, counting the mentions both pieces stood for
    assert got == {k: first_mention([v[x] for x in sorted(v)]) if k[0] == "MENTIONS" else [v[x] for x in sorted(v)]
                   for k, v in expected.items()}
    assert {n["id"] for n in both["nodes"]} == {n["id"] for n in rules["nodes"]} | {n["id"] for n in llm["nodes"]}
    released = {ev["rule"] for ev in got[("RELEASED", "alibaba", "qwen3")]}
    assert RULE in released and any(not r.startswith("llm:") for r in released)  # found by both: both evidence items
    assert {ev["rule"] for ev in got[("RELEASED", "klarwerk", "nova-7")]} == {RULE}  # the LLM alone


def test_llm_output_is_the_same_whatever_the_concurrency(corpus, server):
    build(corpus, "--extractor", "rules+llm", "--no-cache", "--llm-concurrency", "1", out="one.json")
    build(corpus, "--extractor", "rules+llm", "--no-cache", "--llm-concurrency", "4", out="four.json")
    assert (corpus.parent / "one.json").read_bytes() == (corpus.parent / "four.json").read_bytes()


def test_llm_requests_run_in_parallel_up_to_the_concurrency(tmp_path, env, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.txt").write_text(f"News {i}\nAlibaba released Qwen{i} today.\n", encoding="utf-8")
    with FakeLLM(lambda text: Step(**{**vars(facts()), "delay": 0.3})) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        result, _ = build(folder, "--extractor", "llm", "--llm-concurrency", "3")
    assert result.exit_code == 0, result.output
    assert len(srv.completions()) == 6 and 2 <= srv.max_in_flight <= 3


def test_llm_long_articles_are_asked_about_in_pieces(tmp_path, env, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [f"Klarwerk released Nova-{i} in the spring of that year." for i in range(12)]
    (folder / "long.txt").write_text("Long news\n" + "\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_LLM_CHUNK_TOKENS", "60")

    def respond(text):
        return facts(*[fact("RELEASED", "Klarwerk", "Organization", m.group(1), "Model", m.group(0))
                       for m in re.finditer(r"Klarwerk released (Nova-\d+) in the spring of that year\.", text)])

    with FakeLLM(respond) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        result, graph = build(folder, "--extractor", "llm")
    assert result.exit_code == 0, result.output
    pieces = [b["messages"][-1]["content"] for b in srv.completions()]
    assert len(pieces) > 2 and all(p.count("Klarwerk") < 12 for p in pieces)
    assert sum(p.count("Klarwerk") for p in pieces) == 12  # every line in exactly one piece
    assert set(semantic(graph)) == {("RELEASED", "klarwerk", f"nova-{i}") for i in range(12)}


# -- faults --------------------------------------------------------------------------------------

def test_llm_wrong_types_are_dropped_and_counted(corpus, env, monkeypatch):
    table = {"Alibaba": [fact("RELEASED", "Qwen3", "Model", "Alibaba", "Organization", "Alibaba released Qwen3 on Monday."),
                         {**fact("RELEASED", "Alibaba", "Organization", "Qwen3", "Model", "Alibaba released Qwen3 on Monday."),
                          "type": "ACQUIRED"},
                         fact("WORRIES", "Alibaba", "Organization", "Qwen3", "Organization", "Alibaba released Qwen3 on Monday.")]}
    with FakeLLM(by_article(table)) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        result, graph = build(corpus, "--extractor", "llm")
    assert result.exit_code == 0, result.output
    assert semantic(graph) == {}
    assert "llm facts: 0 kept, 3 dropped (bad type: 3)" in result.stderr


def test_llm_malformed_json_is_asked_again_once(corpus, server):
    server.queue.append(completion('{"facts": [{"type": "RELEASED", '))
    result, graph = build(corpus, "--extractor", "llm", "--llm-concurrency", "1")
    assert result.exit_code == 0, result.output
    assert set(semantic(graph)) == GROUNDED and len(server.completions()) == 3
    assert "llm requests: 3 sent (1 asked again after malformed JSON)" in result.stderr


def test_llm_malformed_json_twice_falls_back_to_the_rules(corpus, server):
    server.queue.extend([completion("Sure! Here are the facts: none."), completion("```json\n{facts: []}\n```")])
    _, rules = build(corpus, "--extractor", "rules", out="rules.json")
    result, graph = build(corpus, "--extractor", "llm", "--llm-concurrency", "1")
    assert result.exit_code == 0, result.output
    article_a = next(n["id"] for n in graph["nodes"] if n.get("title") == "Qwen3 news")
    from_a = {k: v for k, v in semantic(graph).items() if v[0]["article"] == article_a}
    assert from_a == {k: v for k, v in semantic(rules).items() if v[0]["article"] == article_a}
    assert ("RELEASED", "moonshot-ai", "kimi-k2") in semantic(graph)  # the other article is the model's
    assert "llm: 1 article(s) fell back to the rules:" in result.stderr
    assert re.search(r"a\.txt: malformed JSON twice \(not JSON", result.stderr)


@pytest.mark.parametrize("status", [429, 503])
def test_llm_rate_limits_and_server_errors_are_retried(corpus, server, status):
    server.queue.append(error(status, "slow down", retry_after_ms="20"))
    result, graph = build(corpus, "--extractor", "llm", "--llm-concurrency", "1")
    assert result.exit_code == 0, result.output
    assert set(semantic(graph)) == GROUNDED
    assert [r["headers"].get("x-stainless-retry-count") for r in server.requests[:2]] == ["0", "1"]
    assert "llm requests: 3 sent (1 retried after 429/5xx/timeout)" in result.stderr


def test_llm_a_timeout_is_retried(corpus, server, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_LLM_TIMEOUT", "0.5")
    server.queue.append(Step(**{**vars(facts()), "delay": 3}))
    result, graph = build(corpus, "--extractor", "llm", "--llm-concurrency", "1")
    assert result.exit_code == 0, result.output
    assert set(semantic(graph)) == GROUNDED
    assert "1 retried after 429/5xx/timeout" in result.stderr


def test_llm_timing_out_after_every_retry_falls_back_to_the_rules(corpus, env, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_LLM_TIMEOUT", "0.3")
    monkeypatch.setenv("NEWSGRAPH_LLM_RETRIES", "1")
    def respond(text):
        return Step(**{**vars(facts()), "delay": 2}) if "Alibaba" in text else by_article(GOOD)(text)

    with FakeLLM(respond) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        result, graph = build(corpus, "--extractor", "llm", "--llm-concurrency", "1")
    assert result.exit_code == 0, result.output
    assert ("RELEASED", "alibaba", "qwen3") in semantic(graph)  # from the rules
    assert {ev["rule"] for ev in semantic(graph)[("RELEASED", "alibaba", "qwen3")]} != {RULE}
    assert "a.txt: timed out after 1 retries (0.3 s each)" in result.stderr


def test_llm_a_connection_lost_after_the_server_has_answered_falls_back_to_the_rules(corpus, env, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_LLM_RETRIES", "1")

    def respond(text):
        return Step(status=0) if "月之暗面" in text else by_article(GOOD)(text)

    with FakeLLM(respond) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        result, graph = build(corpus, "--extractor", "llm", "--llm-concurrency", "1")
    assert result.exit_code == 0, result.output
    assert len(srv.completions()) == 3  # a.txt, then b.txt and its one retry
    assert ("RELEASED", "klarwerk", "nova-7") in semantic(graph)  # a.txt: the model's
    assert {ev["rule"] for ev in semantic(graph)[("RELEASED", "moonshot-ai", "kimi-k2")]} != {RULE}  # b.txt: the rules'
    assert re.search(r"b\.txt: connection lost after 1 retries", result.stderr)


def test_llm_a_server_without_json_schema_gets_plain_json_instructions(corpus, env, monkeypatch):
    with FakeLLM(by_article(GOOD), reject_response_format=True) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.base_url)
        result, graph = build(corpus, "--extractor", "llm", "--llm-concurrency", "1")
    assert result.exit_code == 0, result.output
    assert set(semantic(graph)) == GROUNDED
    assert ["response_format" in b for b in srv.completions()] == [True, False, False]
    assert '{"facts": [{"type": "RELEASED|OUTPERFORMS|CITES|WORRIES"' in srv.completions()[-1]["messages"][0]["content"]
    assert "llm: the server does not take response_format; asked without (the JSON shape is in the prompt)" in result.stderr


# -- setup errors: one line, nothing written --------------------------------------------------------

def test_llm_no_model_lists_what_the_server_offers(corpus, server, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_LLM_MODEL")
    result, graph = build(corpus, "--extractor", "llm")
    assert result.exit_code == 1 and graph is None
    assert f"Error: no LLM model given: set NEWSGRAPH_LLM_MODEL or pass --llm-model; {server.base_url} offers: test-model" in result.stderr


def test_llm_an_unknown_model_ends_the_build_with_one_line(corpus, server):
    result, graph = build(corpus, "--extractor", "llm", "--llm-model", "nope")
    assert result.exit_code == 1 and graph is None
    assert "answered 404 for model 'nope'" in result.stderr and "models offered: test-model" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_llm_nothing_listening_ends_the_build_with_one_line(corpus, env, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{_free_port()}/v1")
    monkeypatch.setenv("NEWSGRAPH_LLM_RETRIES", "0")
    result, graph = build(corpus, "--extractor", "llm")
    assert result.exit_code == 1 and graph is None
    assert "cannot reach the LLM endpoint http://127.0.0.1:" in result.stderr and "Traceback" not in result.output


def test_llm_without_the_openai_package_says_how_to_install_it(corpus, server):
    code = ("import sys; sys.modules['openai'] = None\n"
            "from newsgraph.graph.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", code, "build", str(corpus), "-o", "g.json", "--no-db", "--extractor", "llm"],
                          cwd=corpus.parent, capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.strip() == 'Error: the LLM extractor needs the openai package: pip install "newsgraph[llm]"'
    assert not (corpus.parent / "g.json").exists()


def test_llm_the_default_build_never_asks_the_model(corpus, server):
    _, default = build(corpus, out="default.json")
    _, rules = build(corpus, "--extractor", "rules", out="rules.json")
    assert server.requests == [] and default == rules
    assert not any(ev["rule"].startswith("llm:") for e in default["edges"] for ev in e["evidence"])
    # --no-cache: the rules (no response cache of their own) extract every article again, same graph
    result, again = build(corpus, "--no-cache", out="x.json")
    assert result.exit_code == 0, result.output
    assert "from the extraction cache: 0" in result.stderr and again == default


def test_llm_importing_the_extractor_does_not_import_openai():
    probe = ("import sys, newsgraph.loaders.extract.llm.extractor, newsgraph.loaders.extract.llm.client\n"
             "print('openai' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
