"""A small graph for the HTML view tests: Chinese names, aliases in both scripts, hostile text.

Ids start with ``t-`` and names are made up, so the graph can be merged into the one built
from ``examples/`` without meeting its nodes.
"""
from __future__ import annotations

import json
import re

from newsgraph.graph.knowledge import KnowledgeGraph
from newsgraph.schema import Edge, Evidence, Model, Organization, Policy, Source

XSS_TITLE = "<script>alert(1)</script> \"quoted\" & 'single'"
XSS_NAME = "<img src=x onerror=\"window.__pwned=1\">"
SENTENCE = "深度測試實驗室發佈了千問測試版,擊敗了gpt-test。"
HOSTILE_SENTENCE = "Deep Test Lab released Qwen Test </script><script>alert(3)</script>"
ENTITIES = ("t-lab", "t-opentest", "t-bureau", "t-qwen", "t-gpt", "t-plan", "t-daily", "t-xss")


def _ev(article: str, sentence: str) -> Evidence:
    return Evidence(article=article, sentence=sentence, start=0, end=len(sentence), rule="test.rule", confidence=0.9)


def hostile_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_node(Source(id="t-a-xss", name="t-a-xss", kind="article", title=XSS_TITLE,
                       url="https://example.com/news/1?a=1&b=<2>"))
    kg.add_node(Source(id="t-a-zh", name="t-a-zh", kind="article", title="測試報道:中國開源AI將主導世界?",
                       url="javascript:alert(2)"))
    kg.add_node(Source(id="t-daily", name="測試日報", aliases=["Test Daily", "测试日报"], kind="outlet"))
    kg.add_node(Organization(id="t-lab", name="深度測試實驗室", aliases=["Deep Test Lab", "深度测试实验室"]))
    kg.add_node(Organization(id="t-opentest", name="OpenTest", aliases=["開放測試"]))
    kg.add_node(Organization(id="t-bureau", name="華盛頓測試局", aliases=["Washington Test Bureau", "华盛顿测试局"]))
    kg.add_node(Organization(id="t-xss", name=XSS_NAME))
    kg.add_node(Model(id="t-qwen", name="千問測試版", aliases=["Qwen Test", "千问测试版"]))
    kg.add_node(Model(id="t-gpt", name="gpt-test", aliases=["grt -test"]))
    kg.add_node(Policy(id="t-plan", name="AI測試計劃", aliases=["AI Test Plan", "AI测试计划"]))
    for article in ("t-a-xss", "t-a-zh"):
        for entity in ENTITIES:
            kg.add_edge(Edge(source=article, target=entity, type="MENTIONS", evidence=[_ev(article, entity)]))
    kg.add_edge(Edge(source="t-daily", target="t-a-zh", type="PUBLISHED"))
    kg.add_edge(Edge(source="t-lab", target="t-qwen", type="RELEASED",
                     evidence=[_ev("t-a-zh", SENTENCE), _ev("t-a-xss", HOSTILE_SENTENCE)]))
    kg.add_edge(Edge(source="t-opentest", target="t-gpt", type="RELEASED", evidence=[_ev("t-a-zh", "OpenTest發佈了gpt-test。")]))
    kg.add_edge(Edge(source="t-lab", target="t-plan", type="RELEASED", evidence=[_ev("t-a-zh", "深度測試實驗室公佈AI測試計劃。")]))
    kg.add_edge(Edge(source="t-qwen", target="t-gpt", type="OUTPERFORMS", evidence=[_ev("t-a-zh", SENTENCE)]))
    kg.add_edge(Edge(source="t-a-zh", target="t-daily", type="CITES", evidence=[_ev("t-a-zh", "《測試日報》刊文稱")]))
    kg.add_edge(Edge(source="t-xss", target="t-bureau", type="WORRIES",
                     evidence=[_ev("t-a-xss", "line\u2028separator\u2029and <!-- comment --> & more")]))
    return kg


def page_data(html: str) -> dict[str, object]:
    """The three JSON blocks of a rendered page: nodes, edges, options."""
    blocks = dict(re.findall(r'<script type="application/json" id="ng-(\w+)">(.*?)</script>', html, re.S))
    return {name: json.loads(text) for name, text in blocks.items()}
