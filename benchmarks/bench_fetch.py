"""The fetch-before-write of an incremental build: stored edges read by key, cost flat as the table grows.

    python3 benchmarks/bench_fetch.py                       # tables of 20k and 200k edges
    python3 benchmarks/bench_fetch.py --edges 20000,400000

For each size: a synthetic graph (``bench_store.synthetic``) loaded into a fresh embedded database
(the bulk first load, whose rows/s it prints), then the store's own ``fetch_edges`` statement for
2,000 random stored (source, target) keys of its largest edge group, best of three; and, as the
floor of any such query, binding the same 2,000 keys alone (``UNWIND $rows … count(*)``).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import synthetic  # noqa: E402

from newsgraph.graph.store import LadybugStore  # noqa: E402
from newsgraph.graph.store import ladybug_cypher as cy  # noqa: E402
from newsgraph.graph.store.rows import edge_groups  # noqa: E402


def best(store, query: str, params: dict, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        store.query(query, params)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", default="20000,200000")
    parser.add_argument("--keys", type=int, default=2000)
    args = parser.parse_args()
    base = None
    for n in [int(x) for x in args.edges.split(",")]:
        kg = synthetic(n)
        with tempfile.TemporaryDirectory() as tmp, LadybugStore(Path(tmp) / "f.db") as store:
            started = time.perf_counter()
            written = store.write(kg)
            load = time.perf_counter() - started
            group, rows = max(edge_groups(kg).items(), key=lambda item: len(item[1]))
            keys = [{"source": r["source"], "target": r["target"]} for r in random.Random(1).sample(rows, args.keys)]
            fetch = best(store, cy.fetch_edges(*group), {"rows": keys})
            bind = best(store, "UNWIND $rows AS r RETURN count(*) AS n", {"rows": keys})
        base = base or fetch
        rows_written = written["nodes"] + written["edges"]
        print(f"{n:,} edges ({len(rows):,} in {group[0]} {group[1]}→{group[2]}): first load {rows_written:,} rows in "
              f"{load:.1f} s = {rows_written / load:,.0f} rows/s; fetch {args.keys:,} keys {fetch:.3f} s "
              f"(binding alone {bind:.3f} s), {fetch / base:.2f}× the smallest table's")


if __name__ == "__main__":
    main()
