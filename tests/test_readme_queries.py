"""Every ```cypher query in the README's "Querying with Cypher" section, run against the
embedded database built from examples/, returns the rows the README promises."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newsgraph.graph.pipeline import build_graph
from newsgraph.graph.store import LadybugStore

ROOT = Path(__file__).parent.parent


def readme_queries() -> list[tuple[str, str]]:
    """(description line, query) for each ```cypher block of the section, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Querying with Cypher\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    assert section, "README has no '## Querying with Cypher' section"
    return re.findall(r"^([^\n`][^\n]*)\n+```cypher\n(.*?)```", section.group(1), flags=re.M | re.S)


def params_of(description: str) -> dict:
    return dict(re.findall(r"--param (\w+)=([^`\s]+)", description))


def pairs(rows, *keys) -> set:
    return {tuple(r[k] for k in keys) for r in rows}


def _released(rows):
    assert {("Alibaba", "Qwen3", "Model"), ("OpenAI", "gpt-oss-120b", "Model"), ("OpenAI", "gpt-oss-20b", "Model"),
            ("DeepSeek", "DeepSeek R1", "Model"), ("Google", "Gemma 3", "Model")} <= pairs(
        rows, "organization", "released", "type")
    assert "Policy" in {r["type"] for r in rows}
    assert rows == sorted(rows, key=lambda r: (r["organization"], r["released"]))


def _outperforms(rows):
    assert {"DeepSeek R1", "Qwen3"} <= {r["model"] for r in rows}
    assert all("gpt-oss" in r["sentence"] and r["articles"] >= 1 for r in rows)


def _cited(rows):
    assert {"Reuters", "Bloomberg", "Financial Times"} <= {r["cited"] for r in rows[:4]}
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    assert rows[0]["articles"] >= 3


def _worries(rows):
    assert {("China", "Organization"), ("DeepSeek V3", "Model")} <= pairs(rows, "cause", "type")


def _behind_edge(rows):
    assert len(rows) >= 2 and "深度求索發佈R1推理模型　矽谷與華爾街震動" in {r["article"] for r in rows}
    assert all(isinstance(r["published"], dt.date) for r in rows)
    assert [r["published"] for r in rows] == sorted(r["published"] for r in rows)


def _two_hops(rows):
    assert {("Alibaba", "Qwen3", "gpt-oss-120b", "OpenAI"), ("Moonshot AI", "Kimi K2", "DeepSeek V3", "DeepSeek"),
            ("DeepSeek", "DeepSeek R1", "gpt-oss-120b", "OpenAI")} <= pairs(
        rows, "organization", "model", "outperforms", "rival")
    assert all(r["organization"] != r["rival"] for r in rows)


def _mentioned(rows):
    assert len(rows) == 10 and {"OpenAI", "DeepSeek"} <= {r["entity"] for r in rows}
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    assert rows[0]["articles"] >= 8
    # a MENTIONS edge keeps its first mention's evidence and counts the article's mentions: never fewer than articles
    assert all(r["mentions"] >= r["articles"] for r in rows) and any(r["mentions"] > r["articles"] for r in rows)


def _first_seen(rows):
    assert len(rows) == 15 and "Source" not in {r["type"] for r in rows}
    assert [r["first_seen"] for r in rows] == sorted(r["first_seen"] for r in rows)
    assert rows[0]["first_seen"] == dt.date(2024, 12, 27)
    assert "DeepSeek V3" in {r["entity"] for r in rows if r["first_seen"] == dt.date(2024, 12, 27)}


def _corroborated(rows):
    assert ("DeepSeek", "RELEASED", "DeepSeek R1", 4) in pairs(rows, "source", "relation", "target", "articles")
    assert all(r["articles"] > 1 and r["relation"] != "MENTIONS" for r in rows)


def _any_spelling(rows):
    assert [(r["name"], r["type"]) for r in rows] == [("DeepSeek", "Organization")]


def _outlets(rows):
    assert rows[0] == {"outlet": "Example Tech Wire", "articles": 4}
    assert sum(r["articles"] for r in rows) == 14


def _claimed_in_range(rows):
    assert ("DeepSeek R1", "Claude 3.5 Sonnet", dt.date(2025, 1, 28)) in pairs(rows, "winner", "loser", "claimed")
    assert ("Qwen3", "DeepSeek R1", dt.date(2025, 4, 29)) in pairs(rows, "winner", "loser", "claimed")
    assert all(dt.date(2025, 1, 1) <= r["claimed"] <= dt.date(2025, 4, 30) for r in rows)
    assert "gpt-oss-120b" not in {r["loser"] for r in rows}  # claimed in July and August
    assert [r["claimed"] for r in rows] == sorted(r["claimed"] for r in rows)


def _timeline(rows):
    assert rows[0]["first_seen"] == dt.date(2025, 4, 29) and ("Alibaba", "RELEASED", "Qwen3") in pairs(
        rows, "source", "relation", "target")
    assert ("Qwen3", "OUTPERFORMS", "gpt-oss-120b") in pairs(rows, "source", "relation", "target")
    assert all("Qwen3" in (r["source"], r["target"]) and r["relation"] != "MENTIONS" for r in rows)
    assert [r["first_seen"] for r in rows] == sorted(r["first_seen"] for r in rows)
    assert all(r["first_seen"] <= r["last_seen"] for r in rows)


def _worried_in_quarter(rows):
    # Beijing's regulator summoned Nvidia over the H20 (an August article)
    assert ("Cyberspace Administration of China", "Nvidia") in pairs(rows, "worried", "worry")
    assert all(dt.date(2025, 7, 1) <= r["published"] <= dt.date(2025, 9, 30) for r in rows)


def _stated_times(rows):
    assert {("DeepSeek", "DeepSeek R1", "1月20日"), ("Alibaba", "Qwen3", "4月29日"),
            ("Meta", "Llama 4 Scout", "on Saturday")} <= pairs(rows, "organization", "released", "stated")
    assert all(r["stated"] for r in rows)


EXPECTED = {
    "Who released what": _released,
    "What outperforms a given model": _outperforms,
    "Which sources the articles cite": _cited,
    "What worries Washington": _worries,
    "The articles behind an edge": _behind_edge,
    "Two hops": _two_hops,
    "The most-mentioned entities": _mentioned,
    "Entities by the date they were first seen": _first_seen,
    "Facts backed by more than one article": _corroborated,
    "Any spelling, in any script": _any_spelling,
    "Comparisons claimed in a date range": _claimed_in_range,
    "The timeline of one model": _timeline,
    "What worried whom": _worried_in_quarter,
    "Releases with the time": _stated_times,
    "How many articles each outlet published": _outlets,
}


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    result = build_graph([ROOT / "examples"])
    assert len(result.articles) == 14 and not result.skipped
    with LadybugStore(tmp_path_factory.mktemp("readme") / "examples.db") as store:
        store.write(result.kg)
        yield store


def test_readme_queries_section_has_eight_or_more_described_queries():
    queries = readme_queries()
    assert len(queries) >= 8
    described = [next((k for k in EXPECTED if d.startswith(k)), None) for d, _ in queries]
    assert None not in described, [d for d, k in zip(queries, described) if k is None]
    assert len(set(described)) == len(described)


@pytest.mark.parametrize("description,query", readme_queries(), ids=[d[:40] for d, _ in readme_queries()])
def test_readme_queries_return_the_promised_rows(examples_db, description, query):
    rows = examples_db.query(query, params_of(description))
    assert rows, f"no rows for: {description}"
    check = next(v for k, v in EXPECTED.items() if description.startswith(k))
    check(rows)
