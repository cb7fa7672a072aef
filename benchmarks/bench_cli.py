"""CLI start-up: wall time of ``newsgraph --help`` and ``COMMAND --help``, against the interpreter's own start.

Run: python3 benchmarks/bench_cli.py [RUNS]
The floor is ``python3 -c pass`` with the same interpreter, measured in the same run; the
command is run through the installed console script's interpreter, not through a shell shim.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time

COMMANDS = [["--help"], ["build", "--help"], ["query", "--help"], ["export", "--help"], ["--version"]]


def wall(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(runs: int = 15) -> None:
    floor = wall([sys.executable, "-c", "pass"], runs)
    cli = [sys.executable, "-c", "from newsgraph.graph.cli import main; main()"]
    print(f"python3 -c pass (floor): {floor * 1000:.0f} ms (median of {runs})")
    for argv in COMMANDS:
        seconds = wall(cli + argv, runs)
        print(f"newsgraph {' '.join(argv):<16} {seconds * 1000:5.0f} ms  ({seconds / floor:.1f}x the floor)")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
