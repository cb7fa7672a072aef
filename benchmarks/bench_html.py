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
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from newsgraph.graph.export.html_view import write_html
from newsgraph.graph.export.jsonio import write_json

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))
from html_fixtures import synthetic_graph  # noqa: E402 - the graph the browser tests use too

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
    const t0 = performance.now();
    ACTION;
    const next = drawn();  // the drawing after the action (one it may have drawn itself does not count)
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
