"""Articles added to an embedded database day after day make the database one build of all of them
makes, row for row (the daily increment takes the merging path, the fresh build the bulk load), and
the same increment written again changes nothing. Real articles read and extracted by the pipeline
(short ones written for this test), a real database."""
from __future__ import annotations

import pytest
from test_store_ladybug_write import dump

from newsgraph.graph.pipeline import build_graph
from newsgraph.graph.store import LadybugStore

DAY_ONE = {
    "a1.md": "---\ntitle: Lab news\nurl: https://news.example/a1\npublished: 2025-03-01\n---\n"
             "OpenAI released GPT-5 on Monday. Analysts said GPT-5 outperforms Claude 3 on coding tests.\n",
    "a2.txt": "DeepSeek 發布了 DeepSeek-V3。報導指出 DeepSeek-V3 超越了 GPT-4o。\n",
    "a3.md": "---\ntitle: 模型\nurl: https://news.example/a3\npublished: 2025-03-02\n---\n"
             "阿里巴巴发布了 Qwen3。Qwen3 在测试中超过了 DeepSeek-V3。\n",
}
DAY_TWO = {
    "b1.md": "---\ntitle: More\nurl: https://news.example/b1\npublished: 2025-03-05\n---\n"
             "OpenAI released GPT-5 to every user. GPT-5 outperforms Claude 3, the company said.\n",
    "b2.txt": "DeepSeek 發布了 DeepSeek-R1。DeepSeek-R1 超越了 GPT-4o 與 Qwen3。\n",
    "b3.md": "---\ntitle: Policy\nurl: https://news.example/b3\npublished: 2025-03-06\n---\n"
             "Anthropic released Claude 4. Claude 4 beats GPT-5 on reasoning, according to the lab.\n",
}


def _folder(root, name: str, files: dict[str, str]):
    folder = root / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _articles(kg) -> int:
    return sum(1 for _, data in kg.graph.nodes(data=True) if data.get("type") == "Source" and data.get("content_hash"))


@pytest.mark.parametrize("isolate", [False, True], ids=["in-process", "child-process"])
def test_store_ladybug_increment_makes_the_database_a_fresh_build_makes(tmp_path, isolate):
    one, two = _folder(tmp_path, "one", DAY_ONE), _folder(tmp_path, "two", DAY_TWO)
    first, second = build_graph([one], cache=False).kg, build_graph([two], cache=False).kg
    both = build_graph([one, two], cache=False).kg
    assert second.graph.number_of_edges() and both.graph.number_of_edges() > first.graph.number_of_edges()
    with LadybugStore(tmp_path / "daily.db", isolate=isolate) as daily, LadybugStore(tmp_path / "fresh.db") as fresh:
        daily.write(first)  # a bulk load: the database was empty
        added = daily.write(second)  # the increment: the merging path
        assert added["articles_new"] == _articles(second) >= 2 and added["edges_added"] and added["edges_updated"]
        fresh.write(both)
        assert dump(daily) == dump(fresh)
        again = daily.write(second)
        assert again["articles_unchanged"] == _articles(second)
        assert again["nodes_changed"] == again["edges_changed"] == 0
        assert dump(daily) == dump(fresh)
