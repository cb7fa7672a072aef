"""Graphs for the HTML view tests: a small one with Chinese names, aliases in both scripts and
hostile text; a large synthetic news graph (also benchmarks/bench_html.py's).

The small graph's ids start with ``t-`` and its names are made up, so it can be merged into the
one built from ``examples/`` without meeting its nodes.
"""
from __future__ import annotations

import datetime as dt
import json
import random
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


KINDS = [(Organization, "機構"), (Model, "模型"), (Policy, "政策")]


def synthetic_graph(n_nodes: int, seed: int = 5) -> KnowledgeGraph:
    """One article in eight nodes, each naming 8 to 24 entities (popular ones more often), facts with one
    to three evidence sentences, outlets publishing the articles, articles dated over a year."""
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    n_articles, n_outlets = n_nodes // 8, max(1, n_nodes // 200)
    entities = []
    for i in range(n_nodes - n_articles - n_outlets):
        cls, word = KINDS[i % 3] if i % 10 else KINDS[1]
        kg.add_node(cls(id=f"e{i}", name=f"{word}{i}號", aliases=[f"{word}{i}号", f"Entity {i}"]))
        entities.append((f"e{i}", cls))
    for i in range(n_outlets):
        kg.add_node(Source(id=f"o{i}", name=f"報社{i}", aliases=[f"Outlet {i}"], kind="outlet"))
    weights = [1 / (rank + 1) for rank in range(len(entities))]  # a few entities are in every story
    for i in range(n_articles):
        kg.add_node(Source(id=f"a{i}", name=f"a{i}", kind="article", title=f"第{i}篇報道:中國開源AI模型",
                           url=f"https://news.example/{i}", published=dt.date(2025, 1, 1) + dt.timedelta(days=i % 365),
                           language=("zh-Hant", "zh-Hans", "en")[i % 3]))
        kg.add_edge(Edge(source=f"o{i % n_outlets}", target=f"a{i}", type="PUBLISHED"))
        named = sorted(set(rng.choices(entities, weights, k=rng.randint(8, 24))), key=lambda e: e[0])
        for node_id, _ in named:
            kg.add_edge(Edge(source=f"a{i}", target=node_id, type="MENTIONS"))
        orgs = [e for e, c in named if c is Organization]
        models = [e for e, c in named if c is Model]
        for org in orgs[:1]:
            for model in models[:2]:
                kg.add_edge(_fact(org, model, "RELEASED", f"a{i}", rng))
        if len(models) >= 2:
            kg.add_edge(_fact(models[0], models[1], "OUTPERFORMS", f"a{i}", rng))
        if len(orgs) >= 2:
            kg.add_edge(_fact(orgs[0], orgs[1], "WORRIES", f"a{i}", rng))
    return kg


def _fact(source: str, target: str, kind: str, article: str, rng: random.Random) -> Edge:
    evidence = [Evidence(article=article, sentence=f"據報道,{source}與{target}之間的關係是{kind}。第{k}句。",
                         start=10 * k, end=10 * k + 30, rule=f"{kind.lower()}.cue", confidence=0.8)
                for k in range(rng.randint(1, 3))]
    return Edge(source=source, target=target, type=kind, evidence=evidence)
