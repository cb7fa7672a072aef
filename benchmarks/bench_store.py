"""Write throughput of the embedded LadybugDB store on a synthetic graph of ≥ 100k edges.

    python3 benchmarks/bench_store.py                 # 120k edges, default batch size
    python3 benchmarks/bench_store.py --edges 200000 --batch-size 5000

Prints rows/s (node rows + edge rows) for the first write into an empty database and for
an identical second write (every row read back and compared; nothing changes).
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.store import LadybugStore
from newsgraph.graph.store.rows import DEFAULT_BATCH_SIZE
from newsgraph.schema import Edge, Evidence, Model, Organization, Source

# (edge type, source prefix, target prefix, share of the edges)
MIX = [("MENTIONS", "a", "m", 0.5), ("OUTPERFORMS", "m", "m", 0.3), ("RELEASED", "o", "m", 0.1),
       ("WORRIES", "m", "o", 0.05), ("CITES", "a", "o", 0.05)]


def synthetic(n_edges: int, seed: int = 1) -> KnowledgeGraph:
    rng = random.Random(seed)
    counts = {"a": max(10, n_edges // 50), "m": max(10, n_edges // 20), "o": max(10, n_edges // 100)}
    kg = KnowledgeGraph()
    for i in range(counts["a"]):
        kg.add_node(Source(id=f"a{i}", name=f"文章 {i}", kind="article", url=f"https://example.com/{i}"))
    for i in range(counts["m"]):
        kg.add_node(Model(id=f"m{i}", name=f"Model {i}", aliases=[f"模型{i}"]))
    for i in range(counts["o"]):
        kg.add_node(Organization(id=f"o{i}", name=f"Org {i}", aliases=[f"公司{i}"]))
    for edge_type, src, dst, share in MIX:
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < int(n_edges * share):
            a, b = rng.randrange(counts[src]), rng.randrange(counts[dst])
            if (src, a) != (dst, b):
                pairs.add((a, b))
        for a, b in pairs:
            article = f"a{rng.randrange(counts['a'])}"
            ev = Evidence(article=article, sentence=f"{src}{a} {edge_type} {dst}{b}。", start=a, end=a + 12,
                          rule=f"{edge_type.lower()}.bench", confidence=0.8)
            kg.add_edge(Edge(source=f"{src}{a}", target=f"{dst}{b}", type=edge_type, evidence=[ev]))
    return kg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", type=int, default=120_000)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = parser.parse_args()
    started = time.perf_counter()
    kg = synthetic(args.edges)
    n_nodes, n_edges = len(kg), kg.graph.number_of_edges()
    print(f"graph: {n_nodes} nodes, {n_edges} edges (built in {time.perf_counter() - started:.1f} s)")
    with tempfile.TemporaryDirectory() as tmp, LadybugStore(Path(tmp) / "bench.db", batch_size=args.batch_size) as store:
        for label in ("first write (empty database)", "second write (same graph)"):
            started = time.perf_counter()
            written = store.write(kg)
            seconds = time.perf_counter() - started
            rows = written["nodes"] + written["edges"]
            print(f"{label}: {rows} rows in {seconds:.1f} s = {rows / seconds:,.0f} rows/s "
                  f"({written['edges'] / seconds:,.0f} edges/s; changed {written['nodes_changed']} nodes, "
                  f"{written['edges_changed']} edges; batch size {args.batch_size})")
        assert sum(store.counts()["edges"].values()) == n_edges


if __name__ == "__main__":
    main()
