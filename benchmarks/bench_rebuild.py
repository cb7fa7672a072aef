"""A daily build: an unchanged re-build of 1,000 articles against the first build of them.

    python3 benchmarks/bench_rebuild.py                  # 1,000 short synthetic articles (benchmarks/news_corpus.py)
    python3 benchmarks/bench_rebuild.py --copies-of benchmarks/heldout*/articles   # 1,000 copies of news-length articles

Runs, in one process and one folder: the first build (JSON + embedded database, empty
extraction cache), the same build again (nothing changed: no article may be extracted and the
database must not change), and a build with 1% of the articles new. Prints each time and its
ratio to the first build, plus a floor measured in the same run (reading the files alone), so
the figures hold on a loaded machine.
"""
from __future__ import annotations

import argparse
import glob
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from news_corpus import write_corpus  # noqa: E402

from newsgraph.graph.pipeline import build  # noqa: E402
from newsgraph.loaders.readers import read_paths  # noqa: E402


def timed(label: str, func):
    started = time.perf_counter()
    out = func()
    took = time.perf_counter() - started
    return took, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--copies-of", nargs="+", metavar="DIR",
                        help="Fill the corpus with copies of the files in these folders (each copy its own article, "
                             "known by its path) instead of synthetic articles.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        if args.copies_of:
            sources = sorted(p for d in args.copies_of for p in map(Path, glob.glob(d)) for p in sorted(p.iterdir())
                             if p.is_file())
            corpus.mkdir()
            for i in range(args.articles):
                source = sources[i % len(sources)]
                shutil.copy(source, corpus / f"{i:05d}_{source.name}")
        else:
            write_corpus(corpus, args.articles)
        db, out, cache = tmp / "g.db", tmp / "g.json", tmp / "cache"

        def run():
            return build([corpus], output=out, stores=[db], cache=cache)

        floor, items = timed("read", lambda: sum(1 for _ in read_paths([corpus])))
        first_time, first = timed("first", run)
        first_json = out.read_bytes()
        again_time, again = timed("again", run)
        written = again.stores[str(db)]["written"]
        assert again.extracted == 0 and again.cached == len(first.articles), (again.extracted, again.cached)
        assert written["articles_unchanged"] == len(first.articles) and written["nodes_changed"] == 0
        assert written["edges_changed"] == 0 and out.read_bytes() == first_json
        if not args.copies_of:
            new = max(1, args.articles // 100)
            write_corpus(corpus, new, start=args.articles)
            daily_time, daily = timed("daily", run)
            assert daily.extracted == new, daily.extracted
        n = len(first.articles)
        print(f"{n} articles ({items} read), {first.kg.graph.number_of_nodes()} nodes, "
              f"{first.kg.graph.number_of_edges()} edges")
        print(f"floor: reading the files alone          {floor:7.2f} s")
        print(f"first build (extract all, write db)      {first_time:7.2f} s  = {first_time / floor:5.1f} x floor")
        print(f"unchanged re-build (0 extracted)         {again_time:7.2f} s  = {again_time / first_time:5.1%} of the "
              f"first build, {again_time / floor:4.1f} x floor")
        if not args.copies_of:
            print(f"daily build (+{new} new articles)          {daily_time:7.2f} s  = {daily_time / first_time:5.1%} of the "
                  f"first build")


if __name__ == "__main__":
    main()
