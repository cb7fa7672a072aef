"""The scale benchmark's figures as Markdown: one table row per (size, mode), notes below it."""
from __future__ import annotations

PHASES = ("read", "extract", "merge", "json", "db", "html")
HEADER = ("size", "mode", "articles", "wall s", "work s", "CPU s", "CPU ms/article", "ingest CPU ms/article", "articles/s", "k chars/s",
          "peak RSS MB", "× floor", "× floor CPU", "× raw floor CPU") + tuple(f"{p} s" for p in PHASES) + ("other s",)
NOTES = """\
- *work s*: wall time of the timed phases (interpreter start, imports and exit left out); *articles/s* and
  *k chars/s* are per work second. *× floor* = work s ÷ the floor's work s; *× floor CPU* the same in CPU
  seconds (what to trust when the machine is shared). *CPU s* and *peak RSS* are the whole child process
  (`wait4`); *CPU ms/article* = CPU s ÷ articles; *ingest CPU ms/article* = CPU of read + extract + merge ÷
  articles, the per-article cost that should not grow with the corpus.
- *raw floor*: the same fold and scan over every file's decoded bytes, without the readers (× raw floor CPU is
  the build's CPU work over it). Phase cells: wall seconds (CPU seconds). Floor row: *read* = the project's
  readers, *extract* = OpenCC t2s + Aho-Corasick scan of the gazetteer. *other s* = wall − the phase columns (start, imports, extractor setup, exit).
- ✗: the run did not finish (reason below); its figures cover the articles done before it stopped (†)."""


def work(run: dict, clock: str = "wall") -> float | None:
    """Seconds of work on ``clock`` (wall or cpu): every timed phase but the imports."""
    if run["mode"] == "floor":
        return run.get("seconds" if clock == "wall" else "cpu_work_s")
    if run["mode"] == "raw floor":
        return run.get("raw_seconds" if clock == "wall" else "raw_cpu_s")
    phases = run.get("phase_s" if clock == "wall" else "phase_cpu_s") or {}
    return sum(v for k, v in phases.items() if k != "import") or None


def _num(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def raw_floor(floor: dict) -> dict | None:
    """The floor's raw pass (no readers) as a row of its own."""
    if floor.get("raw_seconds") is None:
        return None
    return {"mode": "raw floor", "status": "ok", "raw_seconds": floor["raw_seconds"], "raw_cpu_s": floor["raw_cpu_s"],
            "cpu_s": floor["raw_cpu_s"]}


def _phases(run: dict) -> tuple[dict, dict]:
    if run["mode"] == "raw floor":
        return {}, {}
    if run["mode"] == "floor":
        return {"read": run.get("read_s"), "extract": run.get("scan_s")}, {}
    return dict(run.get("phase_s") or {}), dict(run.get("phase_cpu_s") or {})


def row(size: int, run: dict, floor: dict) -> list[str]:
    done = run.get("status") == "ok"
    articles = (run.get("articles") or floor.get("articles")) if done else run.get("articles_done")
    chars = run.get("chars") or floor.get("chars")
    wall_work, cpu_work = work(run), work(run, "cpu")
    wall, cpu = _phases(run)
    rate = (lambda n: n / wall_work if done and wall_work and n else None)
    ratio = (lambda mine, base: mine / base if done and mine and base else None)
    per_article = _num(run["cpu_s"] * 1000 / articles if done and articles else None, 1)
    ingest = sum(cpu.get(p, 0) for p in ("read", "extract", "merge"))
    ingest = _num(ingest * 1000 / articles, 1) + ("" if done else " †") if articles and ingest else "–"
    timed = sum(v for k, v in wall.items() if k in (*PHASES, "build") and v)
    base = {"mode": "floor", **floor}
    cells = [_num(wall[p], 2) + (f" ({cpu[p]:,.1f})" if p in cpu else "") if wall.get(p) is not None else "–"
             for p in PHASES]
    return [f"{size:,}", run["mode"] + ("" if done or "floor" in run["mode"] else " ✗"), _num(articles, 0),
            _num(run.get("wall_s")), _num(wall_work), _num(run.get("cpu_s")), per_article, ingest,
            _num(rate(articles), 0), _num(rate(chars) / 1000 if rate(chars) else None, 0),
            _num(run.get("peak_rss_mb"), 0),
            _num(ratio(wall_work, work(base)), 2 if "floor" in run["mode"] else 1),
            _num(ratio(cpu_work, work(base, "cpu")), 2 if "floor" in run["mode"] else 1),
            _num(ratio(cpu_work, floor.get("raw_cpu_s")), 1),
            *cells, _num(run["wall_s"] - timed, 2) if run.get("wall_s") else "–"]


def table(report: dict) -> str:
    lines = ["| " + " | ".join(HEADER) + " |",
             "|" + "|".join("---" if i < 2 else "---:" for i in range(len(HEADER))) + "|"]
    for entry in report["sizes"]:
        size = entry["manifest"].get("articles") or 0
        for run in [entry["floor"], raw_floor(entry["floor"]), *entry["runs"]]:
            if run is None:
                continue
            lines.append("| " + " | ".join(row(size, run, entry["floor"])) + " |")
    return "\n".join(lines)


def details(report: dict) -> str:
    out = []
    for entry in report["sizes"]:
        man, floor = entry["manifest"], entry["floor"]
        out.append(f"corpus `{entry['corpus']}`: {man.get('articles')} articles, {man.get('files')} files, "
                   f"{man.get('chars', 0):,} chars, {man.get('model_variants')} model variants")
        out.append(f"- floor: {floor.get('status')}; {floor.get('alias_hits', 0):,} alias hits; "
                   f"1-min load average before/after {floor.get('load_avg')}")
        for run in entry["runs"]:
            graph = run.get("graph") or {}
            nodes = ", ".join(f"{k} {v}" for k, v in (graph.get("nodes") or {}).items())
            edges = ", ".join(f"{k} {v}" for k, v in (graph.get("edges") or {}).items())
            rss = ", ".join(f"{k} {v:.0f}" for k, v in (run.get("peak_rss_after_mb") or {}).items())
            outs = ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sorted((run.get("output_bytes") or {}).items()))
            workers = run.get("workers_used")
            out.append(f"- {run['mode']}: {run.get('status')}; load average before/after {run.get('load_avg')}"
                       + (f"; ran with {workers} worker(s) of {report['workers']} asked"
                          if workers and workers != report["workers"] else "")
                       + (f" (fallback: {run['fallback']})" if run.get("fallback") else "")
                       + (f"; nodes: {nodes}; edges: {edges}" if nodes else "")
                       + (f"; outputs: {outs}" if outs else "") + (f"; peak RSS MB after: {rss}" if rss else "")
                       + (f"; peak RSS of the process tree (with its workers) {run['tree_peak_rss_mb']:.0f} MB"
                          if run.get("tree_peak_rss_mb") else ""))
    return "\n".join(out)


def print_report(report: dict) -> None:
    m = report["machine"]
    print(f"\n{m['date']}, commit {m['commit']}: {m['cpus']} CPUs, {m['mem_gb']} GB RAM, Python {m['python']}; "
          f"workers {report['workers']}\n`{report['command']}`\n")
    print(table(report))
    print("\n" + NOTES + "\n")
    print(details(report))
