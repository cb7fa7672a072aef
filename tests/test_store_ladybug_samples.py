"""Sample graphs for the store tests (imported by the other test_store_* and CLI tests).

Values are hostile on purpose: Chinese sentences, quotes, apostrophes, backslashes and
markup prove that every value travels as a parameter, never as query text.
"""
from __future__ import annotations

import datetime as dt

from newsgraph.graph import KnowledgeGraph
from newsgraph.schema import Edge, Evidence, Model, Organization, Policy, Source

HOSTILE = "O'Reilly \"quoted\" \\backslash\\ <script>alert('x')</script> }) DETACH DELETE n //"
SENTENCE_ZH = "阿里巴巴的Qwen3擊敗了OpenAI的gpt-oss,“中國在開源AI領域的領先地位震驚了華盛頓和硅谷”。"


def _ev(article: str, sentence: str, start: int, rule: str, confidence: float = 0.9, aspect=None) -> Evidence:
    return Evidence(article=article, sentence=sentence, start=start, end=start + len(sentence),
                    rule=rule, confidence=confidence, aspect=aspect)


def sample_graph(prefix: str = "") -> KnowledgeGraph:
    """One article's worth of graph: four node types, all six edge types, every allowed pair kind."""
    p = prefix
    kg = KnowledgeGraph()
    for node in [
        Organization(id=p + "alibaba", name="Alibaba", aliases=["阿里巴巴"], first_seen=dt.date(2025, 8, 12)),
        Organization(id=p + "openai", name="OpenAI", first_seen=dt.date(2025, 8, 12)),
        Organization(id=p + "google", name="Google", aliases=["谷歌"]),
        Organization(id=p + "washington", name="Washington", aliases=["華盛頓", "华盛顿"], kind="government"),
        Organization(id=p + "china", name="China", aliases=["中國"], kind="country", confidence=0.8),
        Organization(id=p + "us-gov", name="Trump administration", aliases=["特朗普政府"]),
        Model(id=p + "qwen3", name="Qwen3", family=p + "qwen", first_seen=dt.date(2025, 8, 12)),
        Model(id=p + "gpt-oss", name="gpt-oss", aliases=["grt -oss"]),
        Model(id=p + "gemma", name="Gemma"),
        Policy(id=p + "ai-action-plan", name="AI Action Plan", aliases=["AI行動計劃"]),
        Source(id=p + "a1", name="美媒關注:中國開源AI將主導世界?", kind="article", title=HOSTILE,
               url="https://example.com/a1?x='1'&y=\"2\"", published=dt.date(2025, 8, 13), language="zh-Hant"),
        Source(id=p + "wsj", name="Wall Street Journal", aliases=["華爾街日報"], kind="outlet"),
        Source(id=p + "guancha", name="觀察者網", kind="outlet"),
        Source(id=p + "hostile", name=HOSTILE, aliases=["a\\b", "it's"], kind="person"),
    ]:
        kg.add_node(node)
    a1 = p + "a1"
    edges = [
        ("alibaba", "qwen3", "RELEASED", [_ev(a1, "阿里巴巴Qwen模型緊隨其後;", 120, "released.possessive")]),
        ("openai", "gpt-oss", "RELEASED", [_ev(a1, "OpenAI發佈了其首款開源模型gpt-oss。", 400, "released.verb")]),
        ("google", "gemma", "RELEASED", [_ev(a1, "Google's Gemma \"open\" weights \\o/", 900, "released.en")]),
        ("us-gov", "ai-action-plan", "RELEASED", [_ev(a1, "特朗普政府發佈的AI行動計劃", 950, "released.policy")]),
        ("qwen3", "gpt-oss", "OUTPERFORMS", [_ev(a1, SENTENCE_ZH, 500, "outperforms.beat", aspect="benchmarks"),
                                             _ev(a1, HOSTILE, 700, "outperforms.trails", 0.6)]),
        ("a1", "wsj", "CITES", [_ev(a1, "《華爾街日報》8月12日刊文稱", 200, "cites.according")]),
        ("a1", "alibaba", "CITES", [_ev(a1, "根據阿里巴巴的數據", 300, "cites.data")]),
        ("china", "washington", "WORRIES", [_ev(a1, SENTENCE_ZH, 520, "worries.shock")]),
        ("qwen3", "washington", "WORRIES", [_ev(a1, "Qwen3令華盛頓擔憂", 640, "worries.cause")]),
        ("ai-action-plan", "china", "WORRIES", [_ev(a1, "AI行動計劃令中國擔憂", 660, "worries.cause")]),
        ("hostile", "us-gov", "WORRIES", [_ev(a1, HOSTILE, 680, "worries.quote")]),
        ("guancha", "a1", "PUBLISHED", []),
    ]
    for target in ["alibaba", "openai", "google", "washington", "china", "qwen3", "gpt-oss", "gemma",
                   "ai-action-plan", "wsj", "hostile"]:
        edges.append(("a1", target, "MENTIONS", [_ev(a1, "…", 1, "mention")]))
    for source, target, edge_type, evidence in edges:
        kg.add_edge(Edge(source=p + source, target=p + target, type=edge_type, evidence=evidence))
    return kg


def second_article_graph(prefix: str = "") -> KnowledgeGraph:
    """A second article: new evidence for an existing edge, a new alias, a new node and edge."""
    p = prefix
    kg = KnowledgeGraph()
    kg.add_node(Organization(id=p + "alibaba", name="Alibaba", aliases=["阿里巴巴集团"], first_seen=dt.date(2025, 8, 1)))
    kg.add_node(Model(id=p + "qwen3", name="Qwen3", aliases=["千問3"]))
    kg.add_node(Model(id=p + "gpt-oss", name="gpt-oss"))
    kg.add_node(Model(id=p + "deepseek-r1", name="DeepSeek R1"))
    kg.add_node(Source(id=p + "a2", name="中国推动开源模型令硅谷和华盛顿担忧", kind="article"))
    ev = _ev(p + "a2", "Qwen3 在多项基准上超过 gpt-oss", 42, "outperforms.beat")
    kg.add_edge(Edge(source=p + "qwen3", target=p + "gpt-oss", type="OUTPERFORMS", evidence=[ev]))
    kg.add_edge(Edge(source=p + "deepseek-r1", target=p + "gpt-oss", type="OUTPERFORMS",
                     evidence=[_ev(p + "a2", "DeepSeek R1 beats gpt-oss", 80, "outperforms.en")]))
    kg.add_edge(Edge(source=p + "a2", target=p + "qwen3", type="MENTIONS", evidence=[_ev(p + "a2", "…", 1, "mention")]))
    return kg


def synthetic_graph(n_models: int, n_edges: int, seed: int = 7) -> KnowledgeGraph:
    """Many models and OUTPERFORMS edges with one piece of evidence each (for batching and benchmarks)."""
    import random

    rng = random.Random(seed)
    kg = KnowledgeGraph()
    for i in range(n_models):
        kg.add_node(Model(id=f"m{i}", name=f"Model {i}", aliases=[f"模型{i}"]))
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n_edges:
        a, b = rng.randrange(n_models), rng.randrange(n_models)
        if a != b:
            pairs.add((a, b))
    for a, b in sorted(pairs):
        kg.add_edge(Edge(source=f"m{a}", target=f"m{b}", type="OUTPERFORMS",
                         evidence=[_ev(f"art{a % 97}", f"模型{a}擊敗了模型{b}", a, "outperforms.beat")]))
    return kg


def test_store_ladybug_samples_cover_every_edge_type_and_pair():
    from newsgraph.graph.store.rows import edge_groups
    from newsgraph.schema import ALLOWED_ENDPOINTS

    groups = {(t, s, d) for t, s, d in edge_groups(sample_graph())}
    assert {t for t, _, _ in groups} == {t.value for t in ALLOWED_ENDPOINTS}
    assert len(groups) >= 10
