"""Extraction throughput, as a ratio to a floor measured in the same run; and cost on huge inputs.

Run:
    python benchmarks/bench_extract.py [--articles N] [--seed S]      realistic articles
    python benchmarks/bench_extract.py --long [MB]                     one article on one line
    python benchmarks/bench_extract.py --tiny [LINES]                  one article of tiny lines

Realistic articles (2,000–6,000 characters, zh-Hant / zh-Hans / English) are made by stitching
the bundled examples and held-out articles together (seeded), written as text files, read back
with the readers and extracted one by one. The floor is what any extractor must pay at least:
reading the same files (bytes → text), OpenCC Traditional → Simplified and lower-casing, and one
Aho-Corasick scan of the gazetteer's alias keys over that text. Timings on a shared machine are
noisy: times are CPU seconds of this process, and the figure to compare is the ratio to the
floor. (The readers' own cost — title, bylines, page chrome — is reported as ``read_s``, apart
from extraction.)

``--long`` and ``--tiny`` read the article in one fresh process and extract it in another, and
report seconds (wall and CPU) and peak RSS of each (``extractor_rss_mb``: the extractor loaded,
before the article), and extraction as a ratio to the floor (OpenCC + one Aho-Corasick scan of
the same text) — the cost must stay linear in the article's length.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[str]:
    """The bodies of the bundled examples and held-out articles."""
    from newsgraph.loaders.readers import read_paths
    from newsgraph.schema import Article

    roots = [ROOT / "examples", *sorted((ROOT / "benchmarks").glob("heldout*/articles"))]
    return [a.text for a in read_paths(roots) if isinstance(a, Article) and a.text.strip()]


def realistic_articles(folder: Path, n: int, seed: int) -> list[Path]:
    """``n`` text files of 2,000–6,000 characters stitched from the corpus (seeded)."""
    rng, texts, paths = random.Random(seed), corpus_texts(), []
    for i in range(n):
        target, parts, size = rng.randint(2000, 6000), [], 0
        while size < target:
            text = rng.choice(texts)
            parts.append(text)
            size += len(text)
        path = folder / f"article-{i:05d}.txt"
        path.write_text(f"Article {i}\n\n" + "\n\n".join(parts)[:target], encoding="utf-8")
        paths.append(path)
    return paths


def floor(paths: list[Path]) -> float:
    """CPU seconds to read the files, convert to Simplified and lower case, and scan the gazetteer once."""
    import ahocorasick
    from newsgraph.loaders.extract import Gazetteer
    from newsgraph.schema.text import converter

    automaton = ahocorasick.Automaton()
    for key in Gazetteer.default().by_alias:
        if key:
            automaton.add_word(key, key)
    automaton.make_automaton()
    t2s = converter("t2s")
    started = time.process_time()
    hits = 0
    for path in paths:
        text = t2s.convert(path.read_text(encoding="utf-8")).lower()
        hits += sum(1 for _ in automaton.iter(text))
    return time.process_time() - started


def extraction(paths: list[Path]) -> tuple[float, float, float, int]:
    """CPU seconds to read the files (the readers), to extract them a first time (the lexicon's patterns are
    compiled as rules first need them) and a second time (warm: what each further article costs); the number
    of edges found."""
    from newsgraph.loaders.extract import RuleExtractor
    from newsgraph.loaders.readers import read_paths

    extractor = RuleExtractor()
    extractor.extract(next(iter(read_paths(paths[:1]))))  # build the lexicon's regexes before timing
    started = time.process_time()
    articles = list(read_paths(paths))
    reading = time.process_time() - started
    started = time.process_time()
    edges = sum(len(extractor.extract(a).edges) for a in articles)
    first = time.process_time() - started
    started = time.process_time()
    again = sum(len(extractor.extract(a).edges) for a in articles)
    warm = time.process_time() - started
    assert again == edges, "the same articles gave other edges the second time"
    return reading, first, warm, edges


def realistic(n: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        paths = realistic_articles(Path(tmp), n, seed)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        floor(paths[:5])  # warm up the converter
        floor_s = min(floor(paths) for _ in range(5))
        reading_s, first_s, extract_s, edges = extraction(paths)
    return {"articles": n, "chars": chars, "floor_s": round(floor_s, 3), "read_s": round(reading_s, 3),
            "extract_first_s": round(first_s, 3), "extract_s": round(extract_s, 3), "articles_per_s": round(n / extract_s, 1),
            "ratio_to_floor": round(extract_s / floor_s, 1), "edges": edges}


def _huge(kind: str, size: int) -> str:
    """The text of one huge article: one line of ``size`` MB, or ``size`` tiny lines."""
    texts, rng = corpus_texts(), random.Random(1)
    if kind == "long":
        parts, total = [], 0
        while total < size * 1_000_000:
            text = " ".join(rng.choice(texts).split())
            parts.append(text)
            total += len(text.encode("utf-8")) + 1
        line = " ".join(parts).encode("utf-8")[:size * 1_000_000].decode("utf-8", "ignore")
        return "A long article\n" + line + "\n"
    words = sorted({w[:4] for t in texts for w in t.split() if w[:4].isascii()})
    return "Tiny lines\n" + "\n".join(rng.choice(words) for _ in range(size)) + "\n"


_READ = """
import pickle, resource, sys, time
from newsgraph.loaders.readers import read_paths
t, c = time.perf_counter(), time.process_time()
article = next(iter(read_paths([sys.argv[1]], max_chars=None)))
if not hasattr(article, "text"):
    sys.exit(f"not read: {article}")
seconds, cpu = time.perf_counter() - t, time.process_time() - c
pickle.dump(article, open(sys.argv[2], "wb"))
print(seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""
_EXTRACT = """
import pickle, resource, sys, time
import ahocorasick
from newsgraph.loaders.extract import RuleExtractor
from newsgraph.schema.text import converter
extractor = RuleExtractor()
article = pickle.load(open(sys.argv[1], "rb"))
automaton = ahocorasick.Automaton()
for key in extractor.gazetteer.by_alias:
    if key:
        automaton.add_word(key, key)
automaton.make_automaton()
setup = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
c = time.process_time()
hits = sum(1 for _ in automaton.iter(converter("t2s").convert(article.text).lower()))
floor = time.process_time() - c
t, c = time.perf_counter(), time.process_time()
found = extractor.extract(article)
seconds, cpu = time.perf_counter() - t, time.process_time() - c
print(seconds, cpu, setup, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, len(article.text), len(found.edges),
      floor)
"""


def huge(kind: str, size: int) -> dict:
    """Read one huge article in a fresh process, then extract it in another: seconds and peak RSS of each."""
    with tempfile.TemporaryDirectory() as tmp:
        path, saved = Path(tmp) / f"{kind}.txt", Path(tmp) / "article.pickle"
        path.write_text(_huge(kind, size), encoding="utf-8")
        run = lambda code, *args: subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                                                 text=True, check=True).stdout.split()
        read_s, read_cpu, read_rss = run(_READ, path, saved)
        extract_s, extract_cpu, setup_rss, extract_rss, chars, edges, floor = run(_EXTRACT, saved)
        return {"input": kind, "bytes": path.stat().st_size, "chars": int(chars), "edges": int(edges),
                "read_s": round(float(read_s), 2), "read_cpu_s": round(float(read_cpu), 2), "read_peak_rss_mb": int(read_rss),
                "extract_s": round(float(extract_s), 2), "extract_cpu_s": round(float(extract_cpu), 2),
                "floor_cpu_s": round(float(floor), 2), "ratio_to_floor": round(float(extract_cpu) / float(floor), 1),
                "extractor_rss_mb": int(setup_rss), "extract_peak_rss_mb": int(extract_rss)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="realistic articles (default 200)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--long", type=int, nargs="?", const=4, metavar="MB", help="one article on one line of MB megabytes")
    parser.add_argument("--tiny", type=int, nargs="?", const=1_000_000, metavar="LINES", help="one article of LINES tiny lines")
    args = parser.parse_args(argv)
    if args.long:
        print(json.dumps(huge("long", args.long)))
    if args.tiny:
        print(json.dumps(huge("tiny", args.tiny)))
    if not (args.long or args.tiny):
        print(json.dumps(realistic(args.articles, args.seed)))


if __name__ == "__main__":
    main()
