"""Paired A/B of extraction CPU between two checkouts of the project, for changes of a few per cent.

Run:
    python benchmarks/ab_extract.py OLD_DIR NEW_DIR [--pairs 12] [--articles 200] [--cpu 1]

Each DIR is a work tree with its own ``.venv`` (``pip install -e .``). One long-lived process per tree
reads ``bench_extract``'s realistic articles (seed 7) and extracts them once (regexes compiled, caches
warm); then the two extract every article in turn, ``--pairs`` times, alternating which goes first, both
pinned to the same CPU (``taskset``). Each pass is CPU seconds of its process. Printed: every pair, then
the median of new/old over the pairs, the ratio of the medians and of the minima, and each side's edge
count (the same code finds the same edges).

Why: on a shared machine CPU seconds of one run vary by ±15 % and more with the other jobs, and two
processes left to the scheduler may sit on cores that are loaded differently for minutes (an A/A run
unpinned showed one side 3–15 % slower for half the pairs). Paired passes close in time, on one CPU,
resolve about ±3 %; a smaller effect is not measurable here.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()


def worker(articles: int) -> None:
    """Read the articles, extract them once, then one timed pass per line read on standard input."""
    sys.path.insert(0, str(HERE.parent))
    import bench_extract
    from newsgraph.loaders.extract import RuleExtractor
    from newsgraph.loaders.readers import read_paths

    with tempfile.TemporaryDirectory() as tmp:
        read = list(read_paths(bench_extract.realistic_articles(Path(tmp), articles, 7)))
    extractor = RuleExtractor()
    print(sum(len(extractor.extract(a).edges) for a in read), flush=True)
    for _ in sys.stdin:
        started = time.process_time()
        for article in read:
            extractor.extract(article)
        print(time.process_time() - started, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old")
    parser.add_argument("new", nargs="?")
    parser.add_argument("--pairs", type=int, default=12)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--cpu", default="1", help="the CPU both processes are pinned to (taskset -c)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.articles)
    trees = [Path(args.old).resolve(), Path(args.new).resolve()]
    procs = [subprocess.Popen(["taskset", "-c", args.cpu, str(tree / ".venv/bin/python"), str(HERE),
                               "--worker", str(tree), "--articles", str(args.articles)],
                              cwd=tree, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for tree in trees]
    edges = [p.stdout.readline().strip() for p in procs]
    times: list[list[float]] = [[], []]
    for i in range(args.pairs):
        for side in ((0, 1) if i % 2 == 0 else (1, 0)):
            procs[side].stdin.write("go\n")
            procs[side].stdin.flush()
            times[side].append(float(procs[side].stdout.readline()))
        print(f"pair {i}: old {times[0][-1]:.3f} s, new {times[1][-1]:.3f} s, new/old {times[1][-1] / times[0][-1]:.3f}", flush=True)
    for p in procs:
        p.stdin.close()
        p.wait()
    old, new = times
    print(f"median pair new/old {statistics.median(n / o for o, n in zip(old, new)):.3f}; medians {statistics.median(old):.3f} "
          f"→ {statistics.median(new):.3f} s ({statistics.median(new) / statistics.median(old):.3f}); minima {min(old):.3f} → "
          f"{min(new):.3f} s ({min(new) / min(old):.3f}); edges {edges[0]} and {edges[1]}")


if __name__ == "__main__":
    main()
