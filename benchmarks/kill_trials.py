"""Kill a build at random moments; the database and the JSON must hold the state before it or after it.

    python3 benchmarks/kill_trials.py                        # 20 kill -9 trials on 300 articles
    python3 benchmarks/kill_trials.py --trials 40 --signal INT --articles 400
    python3 benchmarks/kill_trials.py --moment commit        # kill the writing process while it commits

Day 1 builds the first half of a synthetic corpus (benchmarks/news_corpus.py) into a database
and a graph JSON. Day 2 builds all of it into copies of those, and is killed (SIGKILL by
default, or SIGINT as Ctrl-C sends) at a random moment between its start and its end (the
extraction cache is warm, as in a daily build, so the database write is most of the run). After
each kill the database is opened by a new process: its node and edge counts by type must equal
day 1's or day 2's exactly, the database must open and answer, and the JSON must be byte-equal to
day 1's or day 2's file. Prints one line per trial and the tally; exits 1 on any in-between state.

``--moment commit`` aims at the narrowest window instead: the process that writes the database
reports when it starts COMMIT (this script runs the build with that one statement traced), and
is killed at a random moment within the next 30 ms, while LadybugDB writes its log.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from news_corpus import write_corpus  # noqa: E402

NEWSGRAPH = [sys.executable, "-c", "from newsgraph.graph.cli import main; main()"]
TRACED = [sys.executable, __file__, "--traced"]
COMMIT_WINDOW = 0.03


def traced_build(argv: list[str]) -> None:
    """``newsgraph`` with one change: the database writer prints ``COMMIT <pid>`` to this script's
    pipe just before it runs COMMIT (the writer is a child process: the pipe is inherited)."""
    out = os.dup(2)
    from newsgraph.graph.store import ladybug_store

    run = ladybug_store.LadybugStore._run

    def traced(self, cypher, params=None):
        if cypher == "COMMIT":
            os.write(out, f"COMMIT {os.getpid()}\n".encode())
        return run(self, cypher, params)

    ladybug_store.LadybugStore._run = traced
    from newsgraph.graph.cli import main as cli

    sys.argv = ["newsgraph", *argv]
    cli()


def _interruptible() -> None:
    """In a build about to start: Ctrl-C ends it, also when this script runs in the background (where
    the shell made SIGINT ignored, and Python would then never raise KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def newsgraph(*args: str, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSGRAPH, *args], env=env, capture_output=True, text=True, check=check)


def counts(db: Path, env: dict, notes: list | None = None) -> dict | str:
    """Node and edge counts by type, read by a new process (what the next command would see);
    what that process said on opening (an interrupted write finished) goes to ``notes``."""
    done = newsgraph("db", "info", "--json", "--db", str(db), env=env, check=False)
    if done.returncode != 0:
        return "cannot open: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    if notes is not None and done.stderr.strip():
        notes.append(done.stderr.strip())
    info = json.loads(done.stdout)
    return {"nodes": info["nodes"], "edges": info["edges"]}


def copy_db(src: Path, dst: Path) -> None:
    for old in dst.parent.glob(dst.name + "*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    for item in src.parent.glob(src.name + "*"):
        target = dst.parent / (dst.name + item.name[len(src.name):])
        shutil.copytree(item, target) if item.is_dir() else shutil.copy2(item, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--signal", choices=["KILL", "INT"], default="KILL")
    parser.add_argument("--moment", choices=["random", "commit"], default="random",
                        help="random: anywhere in the build; commit: while the database commits")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="Work in this folder and keep it (default: a temporary one).")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(args.keep or tempfile.mkdtemp(prefix="newsgraph-kill-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NEWSGRAPH_CACHE_DIR": str(work / "cache"), "PYTHONUNBUFFERED": "1"}
    day1, day2 = work / "day1", work / "day2"
    half = args.articles // 2
    write_corpus(day1, half)
    write_corpus(day2, args.articles)

    base_db, base_json = work / "base" / "g.db", work / "base" / "g.json"
    base_db.parent.mkdir(exist_ok=True)
    newsgraph("build", str(day1), "-o", str(base_json), "--db", str(base_db), "-q", env=env)
    old = counts(base_db, env)
    ref_db, ref_json = work / "ref" / "g.db", work / "ref" / "g.json"
    ref_db.parent.mkdir(exist_ok=True)
    copy_db(base_db, ref_db)
    shutil.copy2(base_json, ref_json)
    started = time.perf_counter()
    newsgraph("build", str(day2), "-o", str(ref_json), "--db", str(ref_db), "-q", env=env)  # warms the cache too
    new = counts(ref_db, env)
    copy_db(base_db, ref_db)
    started = time.perf_counter()
    newsgraph("build", str(day2), "-o", str(ref_json), "--db", str(ref_db), "-q", env=env)
    span = time.perf_counter() - started
    old_json, new_json = base_json.read_bytes(), ref_json.read_bytes()
    assert old != new and old_json != new_json, "day 2 must change the database and the JSON"
    total = lambda c: (sum(c["nodes"].values()), sum(c["edges"].values()))  # noqa: E731
    print(f"day 1: {half} articles, nodes/edges {total(old)}; day 2: {args.articles} articles, {total(new)}; "
          f"an uninterrupted day-2 build takes {span:.1f} s")

    tally = {"old": 0, "new": 0, "in-between": 0, "unopenable": 0}
    json_tally = {"old": 0, "new": 0, "other": 0}
    sig = signal.SIGKILL if args.signal == "KILL" else signal.SIGINT
    trial_db, trial_json = work / "trial" / "g.db", work / "trial" / "g.json"
    trial_db.parent.mkdir(exist_ok=True)
    for trial in range(args.trials):
        copy_db(base_db, trial_db)
        shutil.copy2(base_json, trial_json)
        command = ["build", str(day2), "-o", str(trial_json), "--db", str(trial_db), "-q"]
        if args.moment == "random":
            at = rng.uniform(0.05, 1.05) * span
            proc = subprocess.Popen([*NEWSGRAPH, *command], env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible)
            time.sleep(at)
            finished = proc.poll() is not None
            if not finished:
                proc.send_signal(sig)
            stderr = proc.communicate()[1]
            if finished:  # builds run faster than the reference did (a loaded machine): aim earlier from now on
                span = min(span, at)
        else:
            at = rng.uniform(0, COMMIT_WINDOW)
            proc = subprocess.Popen([*TRACED, *command], env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible)
            lines = []
            for line in proc.stderr:
                if line.startswith("COMMIT "):
                    time.sleep(at)
                    for pid in (int(line.split()[1]), proc.pid):  # the writer, then the command
                        try:
                            os.kill(pid, sig)
                        except ProcessLookupError:
                            pass
                    break
                lines.append(line)
            finished = False
            stderr = "".join(lines) + proc.communicate()[1]
        notes: list[str] = []
        found = counts(trial_db, env, notes)
        recovered = ""
        if notes:
            recovered = " (opening finished an interrupted write: " + (
                "torn log set aside)" if "partial log" in notes[0] else "committed)" if "from after" in notes[0]
                else "nothing committed)")
        if isinstance(found, str):
            state = "unopenable"
        else:
            state = "old" if found == old else "new" if found == new else "in-between"
        tally[state] += 1
        data = trial_json.read_bytes()
        json_state = "old" if data == old_json else "new" if data == new_json else "other"
        json_tally[json_state] += 1
        last = (stderr.strip().splitlines() or [""])[-1][:100]
        when = f"{at:5.2f} s" if args.moment == "random" else f"COMMIT + {at * 1000:4.1f} ms"
        print(f"trial {trial + 1:2d}: {args.signal} at {when}{' (already done)' if finished else ''}, "
              f"exit {proc.returncode}: database {state}"
              f"{'' if state in ('old', 'new') else ' ' + str(found)}{recovered}, json {json_state}"
              + (f" | {last}" if last and args.moment == "random" else ""))
    print(f"database: {tally}; json: {json_tally}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if tally["in-between"] == tally["unopenable"] == json_tally["other"] == 0 else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--traced"]:
        traced_build(sys.argv[2:])
    else:
        sys.exit(main())
