"""Extraction throughput: articles/s and characters/s of the rule extractor.

Run: python3 benchmarks/bench_extract.py [N_ARTICLES]
The articles are the bundled examples, repeated with their ids changed, so the
figure reflects realistic mixed zh-Hant / zh-Hans / English text.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from newsgraph.graph import KnowledgeGraph
from newsgraph.loaders.extract import RuleExtractor
from newsgraph.loaders.readers import read_paths
from newsgraph.schema import Article


def main(n: int = 2000) -> None:
    examples = [a for a in read_paths([Path(__file__).resolve().parent.parent / "examples"]) if isinstance(a, Article)]
    started = time.perf_counter()
    extractor = RuleExtractor()
    setup = time.perf_counter() - started
    articles = [examples[i % len(examples)].model_copy(update={"id": f"article-{i:06d}"}) for i in range(n)]
    chars = sum(len(a.text) for a in articles)
    kg = KnowledgeGraph()
    started = time.perf_counter()
    for article in articles:
        kg.add_extraction(extractor.extract(article))
    elapsed = time.perf_counter() - started
    print(f"gazetteer load + automaton: {setup:.2f} s ({len(extractor.gazetteer)} entries)")
    print(f"{n} articles, {chars} chars in {elapsed:.2f} s: {n / elapsed:.0f} articles/s, {chars / elapsed / 1000:.0f} k chars/s")
    print(f"graph: {kg.graph.number_of_nodes()} nodes, {kg.graph.number_of_edges()} edges")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
