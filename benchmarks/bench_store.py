"""Write throughput of the embedded LadybugDB store on a synthetic graph of ≥ 100k edges.

    python3 benchmarks/bench_store.py                 # 120k edges, default batch size
    python3 benchmarks/bench_store.py --edges 200000 --batch-size 5000

Prints rows/s (node rows + edge rows) for the first write into an empty database and for
an identical second write (every row read back and compared; nothing changes).

    python3 benchmarks/bench_store.py --profile       # the first load's two halves, apart
    python3 benchmarks/bench_store.py --profile --graph /tmp/s10k/graph.json   # … of a real graph

``--profile`` splits a first load (the bulk load, :meth:`LadybugStore._bulk_load`) into its two
halves, run one after the other in this process: this process staging the graph as Parquet files
(Python), then LadybugDB's ``COPY FROM`` of each file into a new database — wall and CPU seconds
(CPU is what to trust on a shared machine), rows/s of each, and the peak RSS after each COPY (the COPY runs in
a spawned child process, so that peak is the loader's own). ``--graph graph.json`` profiles a real graph.
"""
from __future__ import annotations

import argparse
import random
import resource
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
    parser.add_argument("--profile", action="store_true", help="time staging and COPY of a first load apart")
    parser.add_argument("--buffer-pool", type=int, default=0, metavar="MB",
                        help="with --profile: LadybugDB's buffer pool (0: its default, ~80%% of the memory)")
    parser.add_argument("--graph", type=Path, metavar="JSON",
                        help="a graph.json (e.g. of a 10k build, `scale.py --keep`) instead of the synthetic graph")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.graph:
        from newsgraph.graph.export.jsonio import read_json

        kg = read_json(args.graph)
    else:
        kg = synthetic(args.edges)
    n_nodes, n_edges = len(kg), kg.graph.number_of_edges()
    print(f"graph: {n_nodes} nodes, {n_edges} edges ({'read' if args.graph else 'built'} in "
          f"{time.perf_counter() - started:.1f} s; peak RSS {_peak_mb():,.0f} MB)")
    if args.profile:
        profile(kg, args.buffer_pool)
        return
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


def profile(kg, pool_mb: int = 0) -> None:
    """A first load's halves apart: staging (Python → Parquet) in this process, then the engine's COPY of
    each file in a child process of its own (spawned: its peak RSS is the loader's alone, as the embedded
    store's writer process is, not this process's graph)."""
    import multiprocessing

    from newsgraph.graph.store.staging import stage_graph

    with tempfile.TemporaryDirectory() as tmp:
        w, c = time.perf_counter(), time.process_time()
        staged = stage_graph(kg, tmp)
        w, c = time.perf_counter() - w, time.process_time() - c
        rows = sum(s.rows for s in staged)
        print(f"staging (Python, Parquet): {rows} rows in {w:.1f} s wall, {c:.1f} s CPU = {rows / w:,.0f} rows/s "
              f"wall, {rows / c:,.0f} rows per CPU second; peak RSS {_peak_mb():,.0f} MB (this process)")
        size = sum(Path(s.path).stat().st_size for s in staged)
        print(f"staged files: {size / 2**20:,.0f} MB")
        child = multiprocessing.get_context("spawn").Process(
            target=_copy_all,
            args=([(s.group, str(s.path), s.rows) for s in staged], str(Path(tmp) / "profile.db"), pool_mb))
        child.start()
        child.join()


def _peak_mb() -> float:
    """This process's peak resident memory: VmHWM (reset by exec, unlike ``ru_maxrss``, which a spawned child
    inherits from its parent), else ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _copy_all(staged: list, db_path: str, pool_mb: int) -> None:
    """The engine's COPY of each staged file into a new database, in this (child) process."""
    import ladybug

    from newsgraph.graph.store import ladybug_cypher as cy

    rows = sum(n for _, _, n in staged)
    print(f"loader process: peak RSS {_peak_mb():,.0f} MB before the database opens", flush=True)
    w, c = time.perf_counter(), time.process_time()
    db = ladybug.Database(db_path, compression=False, buffer_pool_size=pool_mb << 20)
    conn = ladybug.Connection(db)
    for statement in cy.schema_statements():
        conn.execute(statement)
    for group, path, n in staged:
        fw, fc = time.perf_counter(), time.process_time()
        conn.execute(cy.copy_nodes(group, path) if isinstance(group, str) else cy.copy_edges(*group, path))
        fw, fc = time.perf_counter() - fw, time.process_time() - fc
        print(f"  COPY {'/'.join([group] if isinstance(group, str) else group)}: {n} rows, {fw:.2f} s "
              f"wall, {fc:.2f} s CPU ({n / max(fc, 1e-3):,.0f} rows per CPU second); "
              f"peak RSS {_peak_mb():,.0f} MB", flush=True)
    conn.execute("CHECKPOINT")
    conn.close()
    db.close()
    w, c = time.perf_counter() - w, time.process_time() - c
    print(f"COPY (engine, every thread): {rows} rows in {w:.1f} s wall, {c:.1f} s CPU = {rows / w:,.0f} rows/s "
          f"wall, {rows / c:,.0f} rows per CPU second; loader peak RSS {_peak_mb():,.0f} MB "
          f"(buffer pool {pool_mb or 'default'}{' MB' if pool_mb else ''})", flush=True)


if __name__ == "__main__":
    main()
