"""How long the HTML export of a synthetic news graph takes (default: 10,000 nodes).

    python benchmarks/bench_html.py                   # 10k nodes, all of them drawn (--max-nodes 0)
    python benchmarks/bench_html.py --nodes 50000 --max-nodes 2000
    python benchmarks/bench_html.py --out /tmp/bench.html   # keep the page to look at

The graph looks like the real thing: one article in eight nodes, each naming up to 24 entities
(popular ones more often), semantic edges with one to three evidence sentences, outlets
publishing the articles. Building it is not timed; ``write_html`` is, best of ``--repeat``.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.graph.export.html_view import write_html
from newsgraph.graph.knowledge import KnowledgeGraph
from newsgraph.schema import Edge, Evidence, Model, Organization, Policy, Source

KINDS = [(Organization, "機構"), (Model, "模型"), (Policy, "政策")]


def synthetic_graph(n_nodes: int, seed: int = 5) -> KnowledgeGraph:
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
                           url=f"https://news.example/{i}"))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--max-nodes", type=int, default=0, help="0 draws every node")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    kg = synthetic_graph(args.nodes)
    counts = kg.counts()
    print(f"built {len(kg)} nodes, {sum(counts['edges'].values())} edges in {time.perf_counter() - started:.1f} s "
          f"(not timed): {counts['edges']}")
    out = args.out or Path(tempfile.mkdtemp()) / "bench.html"
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        write_html(kg, out, max_nodes=args.max_nodes)
        times.append(time.perf_counter() - started)
    runs = ", ".join(f"{t:.2f}" for t in times)
    print(f"write_html(max_nodes={args.max_nodes}): first (cold) {times[0]:.2f} s, best {min(times):.2f} s "
          f"[{runs}]; {out.stat().st_size / 1e6:.1f} MB -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
