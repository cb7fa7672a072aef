"""A daily increment: new articles merged into a large embedded database, rows/s, writer memory, file growth.

    python3 benchmarks/bench_incremental.py --base BASE.db --new NEWDIR [--cache DIR] [--profile]

Copies ``BASE.db`` (a database built from the archive) to a scratch folder, reads and extracts the
articles under ``NEWDIR`` (from the extraction cache when it has them), then times the store's
``write`` of their graph into the copy (the writer is the store's child process: its peak RSS is
the children's ``ru_maxrss``), and the same write again (it must change nothing). Prints rows
written per second, the writer's peak, the file's growth, and as a floor measured in the same run
the time to read every stored edge of the copy back (``MATCH ()-[e]->() RETURN count(e)`` over the
list columns would be slower; the floor is the count of rows alone). ``--profile`` runs the write
in this process and prints the time per statement kind.
"""
from __future__ import annotations

import argparse
import collections
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.graph.pipeline import build_graph
from newsgraph.graph.store import LadybugStore


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, type=Path)
    parser.add_argument("--new", required=True, nargs="+")
    parser.add_argument("--cache", default=None)
    parser.add_argument("--keep", type=Path, help="keep the written copy here")
    parser.add_argument("--profile", action="store_true", help="write in this process, time each statement kind")
    parser.add_argument("--split-checkpoint", action="store_true", help="with --profile: COMMIT without the "
                        "automatic checkpoint, then CHECKPOINT on its own")
    parser.add_argument("--only", help="write only the edges of these types (comma-separated): to see what costs")
    args = parser.parse_args()
    result = build_graph(args.new, cache=args.cache, workers=1)
    kg = result.kg
    if args.only:
        keep = set(args.only.split(","))
        kg.graph.remove_edges_from([(u, v, k) for u, v, k in kg.graph.edges(keys=True) if k not in keep])
    with tempfile.TemporaryDirectory(dir=str(args.base.parent)) as tmp:
        db = Path(tmp) / "x.db"
        shutil.copy(args.base, db)
        before = _size(db)
        started = time.perf_counter()
        with LadybugStore(db) as store:
            floor_started = time.perf_counter()
            store.query("MATCH ()-[e]->() RETURN count(e) AS n")
            floor = time.perf_counter() - floor_started
        times: collections.Counter = collections.Counter()
        calls: collections.Counter = collections.Counter()
        with LadybugStore(db, isolate=not args.profile) as store:
            if args.profile:
                run = store._run

                def timed(cypher, params=None):
                    t = time.perf_counter()
                    try:
                        return run(cypher, params)
                    finally:
                        words = cypher.split()
                        verb = next((w for w in ("CREATE", "SET", "DELETE", "RETURN") if w in words), "")
                        kind = " ".join(words[:6])[:70] + " … " + verb
                        times[kind] += time.perf_counter() - t
                        calls[kind] += 1
                store._run = timed
            if args.split_checkpoint:
                store._run("CALL checkpoint_threshold=100000000000")
            started = time.perf_counter()
            written = store.write(kg)
            if args.split_checkpoint:
                store._run("CHECKPOINT")
            took = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        after = _size(db)
        with LadybugStore(db) as store:
            started = time.perf_counter()
            again = store.write(kg)
            again_took = time.perf_counter() - started
        rows = written["nodes_changed"] + written["edges_changed"]
        print(f"{len(result.articles)} articles → {kg.graph.number_of_nodes()} nodes, {kg.graph.number_of_edges()} edges")
        print(f"written: {written}")
        print(f"write {took:.2f} s: {rows:,} rows changed = {rows / took:,.0f} rows/s "
              f"({written['nodes'] + written['edges']:,} sent = {(written['nodes'] + written['edges']) / took:,.0f}/s); "
              f"floor (count every edge) {floor:.3f} s, write = {took / floor:.1f}× floor")
        print(f"writer peak {peak:,.0f} MB (this process {self_peak:,.0f} MB); file {before / 2**20:,.1f} → "
              f"{after / 2**20:,.1f} MiB (+{(after - before) / 2**20:,.1f})")
        print(f"again: {again_took:.2f} s, nodes_changed {again['nodes_changed']}, edges_changed {again['edges_changed']}")
        if args.profile:
            for kind, t in times.most_common():
                print(f"  {t:8.2f} s  {calls[kind]:5d}×  {kind}")
        if args.keep:
            shutil.copy(db, args.keep)


if __name__ == "__main__":
    main()
