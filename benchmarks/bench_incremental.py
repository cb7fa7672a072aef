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


EVERYTHING = ["MATCH (n) RETURN n.id AS id, n AS node ORDER BY id",
              "MATCH (a)-[e]->(b) RETURN a.id AS src, e.type AS t, b.id AS dst, e AS edge ORDER BY src, t, dst"]
BOTH_ENDS = ["MATCH (a)-[e]->(b) RETURN a.id AS src, e.type AS t, b.id AS dst, e AS edge ORDER BY src, t, dst",
             "MATCH (b)<-[e]-(a) RETURN a.id AS src, e.type AS t, b.id AS dst, e AS edge ORDER BY src, t, dst"]


def compare(written: Path, fresh: Path) -> str:
    """What differs between two databases (every node and edge, all values), and between the edges of
    ``written`` read from their source and read from their target."""
    out = []
    with LadybugStore(written, read_only=True) as a, LadybugStore(fresh, read_only=True) as b:
        for what, query in zip(("nodes", "edges"), EVERYTHING):
            mine, theirs = a.query(query), b.query(query)
            wrong = sum(1 for x, y in zip(mine, theirs) if x != y) + abs(len(mine) - len(theirs))
            out.append(f"{what} {len(mine):,}/{len(theirs):,}, {wrong:,} differ")
        forward, backward = (a.query(q) for q in BOTH_ENDS)
        wrong = [(x, y) for x, y in zip(forward, backward) if x != y]
        fields = collections.Counter(k for x, y in wrong for k in x["edge"] if x["edge"][k] != y["edge"].get(k))
        out.append(f"edges read from their target differing from the same edges read from their source: "
                   f"{len(wrong):,} {dict(fields)}")
    return "; ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, type=Path)
    parser.add_argument("--new", required=True, nargs="+")
    parser.add_argument("--cache", default=None)
    parser.add_argument("--keep", type=Path, help="keep the written copy here")
    parser.add_argument("--fresh", type=Path, help="a database built afresh from the base articles and the new "
                        "ones: the written copy is compared with it row for row, and each of its edges is read "
                        "from both ends")
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
        cpu: collections.Counter = collections.Counter()

        def kind_of(cypher: str) -> str:
            words = cypher.split()
            verb = next((w for w in ("CREATE", "SET", "DELETE", "RETURN") if w in words), "")
            return " ".join(words[:6])[:70] + " … " + verb

        calls: collections.Counter = collections.Counter()
        with LadybugStore(db, isolate=not args.profile) as store:
            if args.profile:
                run = store._run

                def timed(cypher, params=None):
                    t, c = time.perf_counter(), time.process_time()
                    try:
                        return run(cypher, params)
                    finally:
                        cpu[kind_of(cypher)] += time.process_time() - c
                        kind = kind_of(cypher)
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
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak, child_cpu = children.ru_maxrss / 1024, children.ru_utime + children.ru_stime
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
        print(f"writer CPU {child_cpu:.1f} s; writer peak {peak:,.0f} MB (this process {self_peak:,.0f} MB); file {before / 2**20:,.1f} → "
              f"{after / 2**20:,.1f} MiB (+{(after - before) / 2**20:,.1f})")
        print(f"again: {again_took:.2f} s, nodes_changed {again['nodes_changed']}, edges_changed {again['edges_changed']}")
        if args.profile:
            for kind, t in times.most_common():
                print(f"  {t:8.2f} s  (CPU {cpu[kind]:7.2f} s) {calls[kind]:5d}×  {kind}")
            print(f"  total CPU in statements {sum(cpu.values()):.2f} s, wall {sum(times.values()):.2f} s")
        if args.fresh:
            print("row for row against", args.fresh, ":", compare(db, args.fresh))
        if args.keep:
            shutil.copy(db, args.keep)


if __name__ == "__main__":
    main()
