"""Scale benchmark: corpus → floor → one build per mode in a fresh child process → a Markdown table.

    python3 benchmarks/scale.py --size 1000                       # modes nodb,db,html
    python3 benchmarks/scale.py --size 10000 --modes nodb,db --timeout 1200 --json /tmp/s10k.json

Modes: ``nodb`` (graph JSON only, like ``--no-db``), ``db`` (JSON + the embedded database),
``html`` (JSON + ``--html``, no database). Each build and the floor run in a child process of their
own, so peak RSS (from ``wait4``) and CPU are per run; a run over ``--timeout`` seconds is killed
and reported with how far it got. Per-phase seconds come from timers around each phase of a
library build (``build_phases`` below: the only code here that knows the project's internals);
if that API is gone the child runs ``newsgraph build`` as one phase instead.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build_phases(corpus: Path, out: Path, mode: str, workers: int, phase, progress) -> dict:
    """ADAPTER — all use of project internals. Build ``corpus`` with a timer (``phase(name)``) around
    each phase, write the outputs of ``mode`` under ``out``; return what was read and the graph's counts.

    The library's own ``build_graph`` runs (no extraction cache: every article is extracted), with
    timers around its per-file read (``read``, one worker only: with more, workers read) and its
    merge stage (``merge``); ``extract`` is the rest of the build (identity, extraction, and with
    several workers the wait for their results), its CPU the workers' (``RUSAGE_CHILDREN``) plus this
    process's. The peak RSS of the whole process tree (this process, its workers and the database
    writer, sampled) is returned as ``tree_peak_rss_mb``."""
    sampler = TreeRSS()
    with phase("import"):
        from newsgraph.graph import pipeline
        from newsgraph.graph.export import export_graph
        from newsgraph.graph.store import open_store
    recorder = getattr(phase, "__self__", None)
    counted = {"articles": 0, "skipped": 0, "chars": 0}

    def seen(item) -> None:
        if hasattr(item, "text"):
            counted["articles"] += 1
            counted["chars"] += len(item.text)
            progress(counted["articles"])

    read_input, merge = pipeline.read_input, pipeline._merge

    def timed_read(*a, **k):
        with phase("read"):
            return read_input(*a, **k)

    def timed_merge(*a, **k):
        with phase("merge"):
            return merge(*a, **k)

    pipeline.read_input, pipeline._merge = timed_read, timed_merge
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w, c = time.perf_counter(), time.process_time()
    try:
        result = pipeline.build_graph([corpus], exclude=[out], progress=seen, workers=workers, cache=False)
    finally:
        pipeline.read_input, pipeline._merge = read_input, merge
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if recorder is not None:
        wall, cpu = time.perf_counter() - w, time.process_time() - c
        children = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        recorder.wall["extract"] = wall - recorder.wall.get("read", 0.0) - recorder.wall.get("merge", 0.0)
        recorder.cpu["extract"] = cpu - recorder.cpu.get("read", 0.0) - recorder.cpu.get("merge", 0.0) + children
    kg = result.kg
    with phase("json"):
        export_graph(kg, "json", out / "graph.json")
    if mode == "html":
        with phase("html"):
            export_graph(kg, "html", out / "graph.html")
    if mode == "db":
        with phase("db"), open_store(out / "newsgraph.db") as store:
            store.write(kg)
    return {"articles": len(result.articles), "skipped": len(result.skipped), "chars": counted["chars"],
            "graph": kg.counts(), "workers_used": workers, "tree_peak_rss_mb": sampler.stop()}


class TreeRSS:
    """The peak resident memory of this process and all its descendants, sampled every 0.2 s."""

    def __init__(self) -> None:
        import threading

        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def _tree(pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            current = todo.pop()
            out.append(current)
            for task in Path(f"/proc/{current}/task").glob("*/children"):
                with contextlib.suppress(OSError):
                    todo.extend(int(c) for c in task.read_text().split())
        return out

    def _run(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while not self._stop.wait(0.2):
            total = 0
            for pid in self._tree(os.getpid()):
                with contextlib.suppress(OSError, ValueError, IndexError):
                    total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
            self.peak = max(self.peak, total / 2**20)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak, 1)


def build_cli(corpus: Path, out: Path, mode: str, workers: int, phase, progress) -> dict:
    """Fallback when ``build_phases`` no longer fits the library: the CLI, timed as one phase."""
    args = ["build", str(corpus), "-o", str(out / "graph.json"), "-q"]
    args += {"nodb": ["--no-db"], "db": ["--db", str(out / "newsgraph.db")], "html": ["--no-db", "--html", str(out / "graph.html")]}[mode]
    with phase("import"):
        from newsgraph.graph.cli import main as cli
    with phase("build"):
        cli.main(args, standalone_mode=False)
    return {"articles": None, "skipped": None, "chars": None, "graph": None, "workers_used": None}


# ----------------------------------------------------------------------------- child process

class Recorder:
    """Seconds (wall and CPU) and peak RSS per phase, written to a JSON file as the build goes."""

    def __init__(self, path: Path):
        self.path, self.wall, self.cpu, self.rss = path, {}, {}, {}
        self.result: dict = {"status": "running", "articles_done": 0}
        self.last_save = 0.0

    @contextlib.contextmanager
    def phase(self, name: str):
        w, c = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - w
            self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - c
            if name not in ("read", "extract", "merge"):  # per article: too often to ask
                self.rss[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                self.save()

    def progress(self, articles: int) -> None:
        self.result["articles_done"] = articles
        if time.monotonic() - self.last_save > 2:
            self.rss["read+extract+merge"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            self.save()

    def save(self, **extra) -> None:
        self.result.update(extra, phase_s=self.wall, phase_cpu_s=self.cpu, peak_rss_after_mb=self.rss)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.result, indent=2), encoding="utf-8")
        os.replace(tmp, self.path)
        self.last_save = time.monotonic()


def child(args) -> int:
    rec = Recorder(args.result)
    fallback = None
    try:
        if args.via_cli:
            raise ImportError("--via-cli")
        info = build_phases(args.corpus, args.out, args.child, args.workers, rec.phase, rec.progress)
    except (ImportError, AttributeError, TypeError) as exc:  # the library API moved: time the CLI instead
        if rec.result["articles_done"]:
            raise
        fallback = f"{type(exc).__name__}: {exc}"
        rec.wall.clear(), rec.cpu.clear()
        info = build_cli(args.corpus, args.out, args.child, args.workers, rec.phase, rec.progress)
    rec.save(status="ok", fallback=fallback, **info)
    return 0


# ----------------------------------------------------------------------------- parent process

def run_child(cmd: list[str], log: Path, timeout: float) -> dict:
    """Run ``cmd``; its wall time, CPU and peak RSS (``wait4``), and whether it timed out."""
    started, load = time.perf_counter(), os.getloadavg()[0]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    timed_out = False
    try:
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout and not timed_out:
                os.kill(proc.pid, signal.SIGKILL)  # our own child, by its id
                timed_out = True
            time.sleep(0.05)
    except BaseException:  # interrupted: do not leave the child running
        os.kill(proc.pid, signal.SIGKILL)
        os.wait4(proc.pid, 0)
        raise
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": time.perf_counter() - started, "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_rss_mb": usage.ru_maxrss / 1024, "returncode": proc.returncode, "timed_out": timed_out,
            "load_avg": [round(load, 2), round(os.getloadavg()[0], 2)]}  # 1-minute load before and after


def run_floor(corpus: Path, work: Path, timeout: float) -> dict:
    result = work / "floor.json"
    usage = run_child([sys.executable, str(Path(__file__).with_name("floor.py")), str(corpus), "--json", str(result)],
                      work / "floor.log", timeout)
    floor = json.loads(result.read_text()) if result.exists() else {}
    return {**floor, **usage, "mode": "floor", "status": "ok" if usage["returncode"] == 0 else "failed"}


def run_mode(corpus: Path, mode: str, work: Path, workers: int, timeout: float, via_cli: bool = False) -> dict:
    out, result, log = work / mode, work / f"{mode}.json", work / f"{mode}.log"
    out.mkdir()
    usage = run_child([sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--out", str(out),
                       "--result", str(result), "--workers", str(workers)] + ["--via-cli"] * via_cli, log, timeout)
    run = json.loads(result.read_text()) if result.exists() else {}
    if usage["timed_out"]:
        run["status"] = f"timeout after {usage['wall_s']:.0f} s ({run.get('articles_done', 0)} articles extracted)"
    elif usage["returncode"] != 0:
        tail = log.read_text(errors="replace").strip().splitlines()[-1:] or ["no output"]
        run["status"] = f"failed ({usage['returncode']}): {tail[0][:200]}"
    sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
    return {**run, **usage, "mode": mode, "output_bytes": sizes}


def machine() -> dict:
    mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=Path(__file__).parent,
                                capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = ""
    return {"cpus": os.cpu_count(), "mem_gb": round(mem / 2**20, 1), "python": sys.version.split()[0],
            "commit": commit, "date": time.strftime("%Y-%m-%d")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1000", help="articles; a comma list runs several sizes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="use this corpus directory (default: generate or reuse "
                                                    "benchmarks/.corpus/nSIZE-sSEED)")
    parser.add_argument("--modes", default="nodb,db,html")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1200, help="seconds per run (default 20 minutes)")
    parser.add_argument("--json", type=Path, help="save every figure here")
    parser.add_argument("--keep", action="store_true", help="keep the outputs (graph.json, db…) of each run")
    parser.add_argument("--report", type=Path, metavar="JSON", help="only print the table of a saved --json file")
    parser.add_argument("--via-cli", action="store_true", help="time `newsgraph build` as one phase, not the library phases")
    parser.add_argument("--child", choices=("nodb", "db", "html"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import corpus as corpus_gen
    from scale_report import print_report

    if args.report:
        print_report(json.loads(args.report.read_text(encoding="utf-8")))
        return 0

    modes = [m for m in args.modes.split(",") if m]
    report = {"machine": machine(), "command": " ".join(["python3", "benchmarks/scale.py", *sys.argv[1:]]),
              "workers": args.workers, "sizes": []}
    for size in [int(s) for s in args.size.split(",")]:
        started = time.perf_counter()
        if args.corpus:
            where, manifest = args.corpus, corpus_gen.read_manifest(args.corpus) or {}
        else:
            where, manifest = corpus_gen.ensure(size, args.seed)
        print(f"corpus {where}: {manifest.get('articles')} articles, {manifest.get('files')} files "
              f"({time.perf_counter() - started:.1f} s to generate or check)", file=sys.stderr)
        work = Path(tempfile.mkdtemp(prefix=f"newsgraph-scale-{size}-"))
        floor = run_floor(where, work, args.timeout)
        print(f"  floor: {floor.get('seconds', float('nan')):.2f} s", file=sys.stderr)
        runs = []
        for mode in modes:
            runs.append(run_mode(where, mode, work, args.workers, args.timeout, args.via_cli))
            print(f"  {mode}: {runs[-1].get('status')} in {runs[-1]['wall_s']:.1f} s", file=sys.stderr)
        report["sizes"].append({"corpus": str(where), "manifest": manifest, "floor": floor, "runs": runs,
                                "work_dir": str(work) if args.keep else None})
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
