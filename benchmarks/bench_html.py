"""How long the HTML export of a synthetic news graph takes (default: 10,000 nodes), against a floor.

    python benchmarks/bench_html.py                   # 10k nodes, all of them drawn (--max-nodes 0)
    python benchmarks/bench_html.py --articles 10000 --max-nodes 2000   # 10,000 articles (80k nodes)
    python benchmarks/bench_html.py --browser         # also open the page in headless Chromium
    python benchmarks/bench_html.py --out /tmp/bench.html   # keep the page to look at

The graph looks like the real thing: one article in eight nodes, each naming up to 24 entities
(popular ones more often), semantic edges with one to three evidence sentences, outlets
publishing the articles, articles dated over a year. Building it is not timed; ``write_html`` is,
best of ``--repeat``, as a ratio to the floor: ``write_json`` of the same graph in the same run
(time, and peak memory by tracemalloc). ``--browser`` measures in Chromium (tests/html_cdp.py)
the load to the first drawing and each control's response (handler plus the next drawing),
as ratios to a bare redraw of the same page.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from newsgraph.graph.export.html_view import write_html
from newsgraph.graph.export.jsonio import write_json
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
                           url=f"https://news.example/{i}", published=dt.date(2025, 1, 1) + dt.timedelta(days=i % 365),
                           language=("zh-Hant", "zh-Hans", "en")[i % 3]))
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


def _timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def _peak(fn) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


# One page-side measurement: run the action, then wait for the drawing it causes (ms).
BROWSER_STEP = """(async () => {
    const v = ngView, drawn = () => new Promise(r => v.network.once('afterDrawing', () => r(performance.now())));
    const t0 = performance.now(), next = drawn();
    ACTION;
    v.network.redraw();
    const t1 = await next;
    return t1 - t0;
})()"""
BROWSER_ACTIONS = {
    "bare redraw (floor)": "0",
    "articles on": "document.querySelector('#ng-show input[value=articles]').click()",
    "articles off": "document.querySelector('#ng-show input[value=articles]').click()",
    "edge type off": "document.querySelector('#ng-edge-types input[value=RELEASED]').click()",
    "edge type on": "document.querySelector('#ng-edge-types input[value=RELEASED]').click()",
    "node type off": "document.querySelector('#ng-node-types input[value=Model]').click()",
    "node type on": "document.querySelector('#ng-node-types input[value=Model]').click()",
    "date range (half)": "v.setRange(0, Math.floor(v.meta.dates.length / 2))",
    "date range (all)": "v.setRange(0, v.meta.dates.length - 1)",
    "search": "v.search('Entity 5')",
    "script: English": "v.setScript('en')",
    "script: 简体": "v.setScript('hans')",
    "colour: type": "v.setColorBy('type')",
    "colour: community": "v.setColorBy('community')",
}


def browser_timings(page: Path) -> dict[str, float]:
    """Milliseconds in headless Chromium: load to first drawing, then each control (median of 3)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from html_cdp import Browser, find_chromium

    executable = find_chromium()
    if executable is None:
        raise SystemExit("--browser needs chromium")
    b = Browser(executable)
    try:
        b.page("Page.enable")
        b.page("Runtime.enable")
        started = time.perf_counter()
        b.page("Page.navigate", url=page.resolve().as_uri())
        b.wait_for("window.ngView && window.ngView.ready === true", timeout=300)
        out = {"load to first drawing": (time.perf_counter() - started) * 1000}
        for name, action in BROWSER_ACTIONS.items():
            runs = sorted(b.evaluate(BROWSER_STEP.replace("ACTION", action)) for _ in range(1 if "on" in name or "off" in name else 3))
            out[name] = runs[len(runs) // 2]
        return out
    finally:
        b.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--articles", type=int, help="build a graph with this many articles (8 nodes per article)")
    parser.add_argument("--max-nodes", type=int, default=0, help="0 draws every node")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also measure the page in headless Chromium")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    kg = synthetic_graph(args.articles * 8 if args.articles else args.nodes)
    counts = kg.counts()
    print(f"built {len(kg)} nodes, {sum(counts['edges'].values())} edges in {time.perf_counter() - started:.1f} s "
          f"(not timed): {counts['edges']}")
    folder = Path(tempfile.mkdtemp())
    out = args.out or folder / "bench.html"
    floor = _timed(lambda: write_json(kg, folder / "floor.json"), args.repeat)
    times = _timed(lambda: write_html(kg, out, max_nodes=args.max_nodes), args.repeat)
    peak_floor = _peak(lambda: write_json(kg, folder / "floor.json"))
    peak_html = _peak(lambda: write_html(kg, out, max_nodes=args.max_nodes))
    print(f"write_json (floor): best {min(floor):.2f} s [{', '.join(f'{t:.2f}' for t in floor)}], peak {peak_floor:.0f} MB")
    print(f"write_html(max_nodes={args.max_nodes}): best {min(times):.2f} s [{', '.join(f'{t:.2f}' for t in times)}] "
          f"= {min(times) / min(floor):.2f}x the floor; peak {peak_html:.0f} MB = {peak_html / peak_floor:.2f}x the floor; "
          f"{out.stat().st_size / 1e6:.1f} MB page -> {out}")
    if args.browser:
        timings = browser_timings(out)
        bare = timings["bare redraw (floor)"]
        for name, ms in timings.items():
            print(f"  chromium {name:24s} {ms:8.1f} ms  = {ms / bare:6.1f}x a bare redraw")
        print(json.dumps({k: round(v, 1) for k, v in timings.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
