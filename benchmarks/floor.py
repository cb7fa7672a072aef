"""The floor of a build: read every file, fold the text with OpenCC t2s, scan it for gazetteer aliases.

    python3 benchmarks/floor.py benchmarks/.corpus/n1000-s1 [--json floor.json]

No build can do less than this: the project's readers (``read_paths``), one OpenCC t2s converter,
one pyahocorasick automaton of the gazetteer's aliases (folded the same way). Prints seconds
(reading and folding+scanning apart), articles/s and chars/s. Imports are not timed.

It also measures a *raw* floor, without the readers: every file's bytes decoded (UTF-8, else
GB18030/Big5), folded and scanned whole, markup and all — the cost of touching the text at all.
The readers are most of the floor (about 85 % at the baseline), so the raw floor is the one to
compare with when the question is "how far is the build from reading the bytes?".
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def project():
    """The only use of project internals: (read_paths, every gazetteer alias)."""
    from newsgraph.loaders.extract.gazetteer import Gazetteer
    from newsgraph.loaders.readers import read_paths

    return read_paths, [a for e in Gazetteer.default().entries.values() for a in e.aliases]


class Scanner:
    """One OpenCC t2s converter and one Aho-Corasick automaton of the folded aliases."""

    def __init__(self, aliases: list[str]):
        import ahocorasick
        import opencc

        self.t2s = opencc.OpenCC("t2s")
        self.automaton = ahocorasick.Automaton()
        for alias in aliases:
            key = self.t2s.convert(alias).lower()
            self.automaton.add_word(key, key)
        self.automaton.make_automaton()

    def hits(self, text: str) -> int:
        return sum(1 for _ in self.automaton.iter(self.t2s.convert(text).lower()))


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030", "big5"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def raw_pass(corpus: Path, scanner: Scanner) -> dict:
    """Every non-hidden file: bytes → text → fold → scan; no parsing."""
    started, cpu = time.perf_counter(), time.process_time()
    files = sorted(p for p in corpus.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(corpus).parts))
    chars = hits = 0
    for path in files:
        text = _decode(path.read_bytes())
        chars += len(text)
        hits += scanner.hits(text)
    return {"raw_files": len(files), "raw_chars": chars, "raw_hits": hits,
            "raw_seconds": time.perf_counter() - started, "raw_cpu_s": time.process_time() - cpu}


def reader_pass(corpus: Path, scanner: Scanner, read_paths) -> dict:
    """The project's readers, then fold and scan each article's text."""
    cpu = time.process_time()
    articles = chars = hits = skipped = 0
    read_s = scan_s = 0.0
    items = iter(read_paths([corpus]))
    while True:
        t0 = time.perf_counter()
        item = next(items, None)
        t1 = time.perf_counter()
        read_s += t1 - t0
        if item is None:
            break
        text = getattr(item, "text", None)
        if text is None:  # an InputError
            skipped += 1
            continue
        hits += scanner.hits(text)
        articles, chars = articles + 1, chars + len(text)
        scan_s += time.perf_counter() - t1
    return {"articles": articles, "skipped": skipped, "chars": chars, "alias_hits": hits, "read_s": read_s,
            "scan_s": scan_s, "cpu_work_s": time.process_time() - cpu}


def measure(corpus: Path) -> dict:
    read_paths, aliases = project()
    started, cpu = time.perf_counter(), time.process_time()
    scanner = Scanner(aliases)
    setup, setup_cpu = time.perf_counter() - started, time.process_time() - cpu
    raw = raw_pass(corpus, scanner)
    floor = reader_pass(corpus, scanner, read_paths)
    seconds = setup + floor["read_s"] + floor["scan_s"]
    floor["cpu_work_s"] += setup_cpu
    raw["raw_seconds"] += setup
    raw["raw_cpu_s"] += setup_cpu
    return {"mode": "floor", **floor, **raw, "aliases": len(scanner.automaton), "seconds": seconds,
            "setup_s": setup, "articles_per_s": floor["articles"] / seconds, "chars_per_s": floor["chars"] / seconds,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    r = measure(args.corpus)
    print(f"floor: {r['articles']} articles ({r['skipped']} skipped), {r['chars']:,} chars in {r['seconds']:.2f} s "
          f"(setup {r['setup_s']:.2f}, read {r['read_s']:.2f}, t2s+scan {r['scan_s']:.2f}; CPU {r['cpu_work_s']:.2f}): "
          f"{r['articles_per_s']:,.0f} articles/s, {r['chars_per_s'] / 1e6:.2f} M chars/s; "
          f"{r['alias_hits']:,} alias hits; peak RSS {r['peak_rss_mb']:.0f} MB")
    print(f"raw floor (no readers): {r['raw_files']} files, {r['raw_chars']:,} chars in {r['raw_seconds']:.2f} s "
          f"(CPU {r['raw_cpu_s']:.2f}): {r['articles'] / r['raw_seconds']:,.0f} articles/s")
    if args.json:
        args.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
