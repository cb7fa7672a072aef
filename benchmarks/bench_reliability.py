"""Cost of hostile inputs: each bomb read (or reported) in a fresh process, its wall time and peak
memory, against a floor measured in the same run (reading one ordinary article, the same way).

Run: python3 benchmarks/bench_reliability.py [NAME …]
Figures are ratios to the floor: the machine's load changes the seconds, not the ratios much.
The bombs are the ones tests/test_reliability_bombs.py guards, plus the issue's sizes: the 442-byte
YAML alias chain, a 50 MB single-article file (skipped by the per-article budget before any parsing).
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_reliability_bombs import BOMBS  # noqa: E402

CHILD = """
import resource, sys, time
from newsgraph.loaders.readers import read_items
from newsgraph.schema import InputError
import newsgraph.loaders.readers.html, newsgraph.loaders.readers.markdown, yaml, trafilatura  # imports out of the timing
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    found = read_items(sys.argv[1])
except InputError as exc:
    found = [exc]
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kind = type(found[0]).__name__
print(elapsed, (peak - before) / 1024, peak / 1024, kind + " " + getattr(found[0], "reason", "")[:60])
"""

ORDINARY = ("# OpenAI ships GPT-5\n\nOpenAI released GPT-5 on Thursday. The model beats Gemini 2.5 Pro on coding, "
            "according to Reuters.\n\n阿里巴巴發佈了Qwen3。千問3擊敗了gpt-oss。\n")


def measure(path: Path) -> tuple[float, float, float, str]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        return float("nan"), float("nan"), float("nan"), f"failed: {out.stderr.strip().splitlines()[-1:]}"
    seconds, grown, peak, what = out.stdout.split(" ", 3)
    return float(seconds), float(grown), float(peak), what.strip()


def main(names: list[str]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-reliability-"))
    cases = dict(BOMBS)
    cases["huge-50MB.txt"] = "Huge\n" + ("OpenAI released GPT-5. " * 2_200_000)  # ~50 MB, under the 50 MiB file cap
    cases["records-1000.jsonl"] = "\n".join(json.dumps({"title": f"t{i}", "text": ORDINARY}) for i in range(1000))
    floor_path = folder / "ordinary.md"
    floor_path.write_text(ORDINARY, encoding="utf-8")
    floor = min(measure(floor_path)[0] for _ in range(3))
    print(f"floor: one ordinary article read in {floor * 1000:.1f} ms (best of 3)")
    print(f"{'input':22} {'bytes':>11} {'seconds':>8} {'x floor':>8} {'+MB':>7} {'peak MB':>8}  outcome")
    for name, text in cases.items():
        if names and name not in names:
            continue
        path = folder / name
        path.write_text(text, encoding="utf-8")
        seconds, grown, peak, what = measure(path)
        print(f"{name:22} {path.stat().st_size:>11,} {seconds:>8.2f} {seconds / floor:>8.0f} {grown:>7.0f} {peak:>8.0f}  {what}")


if __name__ == "__main__":
    main(sys.argv[1:])
