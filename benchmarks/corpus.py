"""Seeded generator of a realistic synthetic news corpus (all formats, three scripts, a growing set of models).

    python3 benchmarks/corpus.py --size 1000 --seed 1            # -> benchmarks/.corpus/n1000-s1/
    python3 benchmarks/corpus.py --size 10000 --seed 1 -o /tmp/c10k

Articles of 2,000–6,000 characters are stitched from runs of paragraphs of examples/ and
benchmarks/heldout*/ in one script (now and then one paragraph of another), with model names
replaced by numbered variants (Qwen3 → Qwen3-V17, Kimi K2 → Kimi K2-V3) drawn per model from a
Pitman–Yor process: big names repeat, a long tail of variants keeps growing with the corpus. The
variant shape is one the extractor discovers as a new model (it ignores "-v417" and ".17").
Files: .txt, .md (front matter), .html (page chrome), .json, .jsonl, RSS and Atom feeds, and some
Big5/GB18030 text. Every article has a publisher, an author and a date in 2025, and (but in plain
text, which has no place for it) a URL of its own. The same size, seed and source files give
byte-identical files. ``.manifest.json`` (hidden, so never read as
input) describes the corpus and is written last: its presence means the corpus is complete.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_formats import FORMATS, Story, legacy_file  # noqa: E402
from corpus_pool import LANGUAGES, ROOT, load_pool, source_files  # noqa: E402

VERSION = 1  # bump when the output for a given seed changes
DEFAULT_DIR = Path(__file__).resolve().parent / ".corpus"
MANIFEST = ".manifest.json"
MIN_CHARS, MAX_CHARS = 2000, 6000
LANGUAGE_SHARE = {"en": 0.40, "zh-Hans": 0.32, "zh-Hant": 0.28}
FOREIGN_PARAGRAPH = 0.15  # chance that an article carries one paragraph in another script
KEEP_BASE = 0.45          # chance that an article names a model as is, not a variant
DISCOUNT, STRENGTH = 0.6, 1.5  # Pitman–Yor: the tail of variants grows about like n ** 0.6

# Model names of the source text that get numbered variants (longest first in the pattern).
MODEL_BASES = sorted([
    "DeepSeek-R1", "DeepSeek-V3", "DeepSeek V3", "Qwen3", "Qwen2.5", "GPT-4o", "GPT-4.1", "GPT-4.5", "GPT-5",
    "Grok 3", "Grok 4", "Kimi K2", "Llama 4 Maverick", "Llama 4 Scout", "Llama 4", "Gemini 2.5 Pro",
    "Gemini 2.5 Flash", "Gemini 2.0 Flash", "o3-mini", "o4-mini", "o1", "o3", "Claude Opus 4", "Claude Sonnet 4",
    "Claude 3.7 Sonnet", "Claude 3.5 Sonnet", "GLM-4.5", "Gemma 3", "MiniMax-M1", "Mistral Medium 3",
    "Mistral Small 3", "Step 3", "Phi-4", "gpt-oss", "文心大模型4.5", "豆包1.5 Pro", "HKGAI V1",
], key=lambda b: (-len(b), b))
_BASE = re.compile(r"(?<![A-Za-z0-9.\-])(" + "|".join(map(re.escape, MODEL_BASES)) + r")(?![A-Za-z0-9]|[-.][A-Za-z0-9])")

OUTLETS = {  # invented outlets: (name, host, authors)
    "en": [("Meridian Tech Wire", "meridian.example", ["Daniel Okafor", "Priya Raman", "Lena Vogt"]),
           ("Example AI Review", "ai-review.example", ["Priya Natarajan", "Tom Becker"]),
           ("Northgate Daily", "northgate.example", ["Hannah Okafor", "Sam Whitley", "Ana Ruiz"]),
           ("The Inference Ledger", "ledger.example", ["Dana Whitcomb", "Marc Dubois"])],
    "zh-Hans": [("潮汐科技网", "chaoxi.example", ["王磊", "周子涵", "何静"]),
                ("示例科技报", "shili-tech.example", ["周文杰", "陈思远"]),
                ("数智财经", "shuzhi.example", ["李娜", "赵一鸣", "孙悦"])],
    "zh-Hant": [("觀潮新聞網", "guanchao.example", ["林怡君", "陳浩賢"]),
                ("示例新聞網", "shili-news.example", ["林雅婷", "王志明", "吳家豪"]),
                ("寶島財經日報", "baodao.example", ["林佳穎", "陳冠廷"])],
}


class Variants:
    """Numbered variants per model name, drawn from a Pitman–Yor process (a new one ever more rarely)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.counts: dict[str, list[int]] = {}  # base -> articles naming each variant (variant k at k-1)
        self.draws: dict[str, list[int]] = {}   # base -> the variant of every earlier draw

    def pick(self, base: str) -> str:
        rng = self.rng
        if rng.random() < KEEP_BASE:
            return base
        counts, draws = self.counts.setdefault(base, []), self.draws.setdefault(base, [])
        n, k = len(draws), len(counts)
        if rng.random() * (n + STRENGTH) < STRENGTH + DISCOUNT * k:
            counts.append(0)
            variant = k
        else:  # an earlier variant, weight (count - discount): pick by count, then thin
            while True:
                variant = draws[rng.randrange(n)]
                if rng.random() * counts[variant] >= DISCOUNT:
                    break
        counts[variant] += 1
        draws.append(variant)
        return f"{base}-V{variant + 1}" if variant < 999 else f"{base}-V{(variant + 1) // 100}.{(variant + 1) % 100:02d}"

    def distinct(self) -> int:
        return sum(len(c) for c in self.counts.values())


def _paragraphs(rng: random.Random, pool: dict, lang: str) -> list[str]:
    """Runs of consecutive paragraphs from random sources until the article is 2,000–6,000 characters."""
    sources = pool[lang]
    target, total, used, out = rng.randint(MIN_CHARS, MAX_CHARS), 0, set(), []
    available = sum(len(ps) for _, ps in sources)
    while total < target and len(used) < available:
        s = rng.randrange(len(sources))
        paras = sources[s][1]
        start = rng.randrange(len(paras))
        for i in range(start, min(len(paras), start + rng.randint(2, 5))):
            p = paras[i]
            if (s, i) in used:
                continue
            if total + len(p) > MAX_CHARS and total >= MIN_CHARS:
                return out
            used.add((s, i))
            out.append(p)
            total += len(p)
    return out


def make_story(rng: random.Random, index: int, pool: dict, variants: Variants, lang: str,
               outlet: tuple | None = None) -> Story:
    title = pool[lang][rng.randrange(len(pool[lang]))][0]
    paragraphs = _paragraphs(rng, pool, lang)
    if rng.random() < FOREIGN_PARAGRAPH:
        other = rng.choice([l for l in LANGUAGES if l != lang])
        src = pool[other][rng.randrange(len(pool[other]))][1]
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), src[rng.randrange(len(src))])
    bases = list(dict.fromkeys(m.group(1) for text in (title, *paragraphs) for m in _BASE.finditer(text)))
    names = {b: variants.pick(b) for b in bases}
    title, *paragraphs = (_BASE.sub(lambda m: names[m.group(1)], t) for t in (title, *paragraphs))
    name, host, authors = outlet or rng.choice(OUTLETS[lang])
    tz = dt.timezone.utc if lang == "en" else dt.timezone(dt.timedelta(hours=8))
    published = dt.datetime(2025, 1, 1, tzinfo=tz) + dt.timedelta(seconds=rng.randrange(365 * 86400))
    url = f"https://{host}/{published:%Y/%m/%d}/story-{index:07d}"
    return Story(index, lang, title, paragraphs, url, published, name, rng.choice(authors), f"https://{host}/")


def _language(rng: random.Random) -> str:
    return rng.choices(list(LANGUAGE_SHARE), weights=list(LANGUAGE_SHARE.values()))[0]


def _prepare(out: Path) -> None:
    """An empty or earlier-generated directory; anything else is refused rather than overwritten."""
    if out.exists() and any(out.iterdir()):
        if not (out / MANIFEST).exists() and not any(p.name.isdigit() for p in out.iterdir()):
            raise SystemExit(f"{out} is not empty and holds no generated corpus; refusing to write into it")
        (out / MANIFEST).unlink(missing_ok=True)
        for p in out.iterdir():
            if p.is_dir() and p.name.isdigit():
                shutil.rmtree(p)
    out.mkdir(parents=True, exist_ok=True)


def sources_digest(root: Path = ROOT) -> str:
    """What the corpus is made of: a digest of every source file (path and bytes), for the manifest."""
    h = hashlib.sha256()
    for path in source_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def generate(size: int, seed: int, out: Path, root: Path | None = None) -> dict:
    """Write ``size`` articles under ``out``; return (and write) the manifest."""
    _prepare(out)
    rng, pool = random.Random(seed), load_pool(*([root] if root else []))
    variants = Variants(rng)
    names = list(FORMATS)
    weights = [FORMATS[f][3] / (sum(FORMATS[f][2]) / 2) for f in names]  # per file, so shares hold per article
    files, chars = 0, 0
    tally: Counter = Counter()
    done = 0
    while done < size:
        fmt = rng.choices(names, weights=weights)[0]
        ext, write, (low, high), _ = FORMATS[fmt]
        k = min(size - done, rng.randint(low, high))
        langs = [rng.choice(["zh-Hant", "zh-Hans", "zh-Hans", "zh-Hant", "en"]) if fmt == "legacy" else _language(rng)
                 for _ in range(k)]
        first = make_story(rng, done, pool, variants, langs[0])
        feed_outlet = next(o for o in OUTLETS[first.lang] if o[0] == first.publisher) if fmt in ("rss", "atom") else None
        stories = [first] + [make_story(rng, done + i, pool, variants, langs[i], feed_outlet) for i in range(1, k)]
        if fmt == "legacy":
            encoding, data = legacy_file(first)
        else:
            encoding, data = "utf-8", write(stories if high > 1 else first).encode("utf-8")
        path = out / f"{files // 500:03d}" / f"{files:06d}_{fmt}_{first.lang}{ext}"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        files += 1
        done += k
        chars += sum(s.chars for s in stories)
        tally.update({f"format.{fmt}.files": 1, f"format.{fmt}.articles": k, f"encoding.{encoding}": 1})
        tally.update(f"language.{s.lang}" for s in stories)
    manifest = {"generator": f"benchmarks/corpus.py v{VERSION}", "sources": sources_digest(root or ROOT),
                "size": size, "seed": seed, "articles": done,
                "files": files, "chars": chars, "model_variants": variants.distinct(),
                "models_with_variants": len(variants.counts), "counts": dict(sorted(tally.items()))}
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest


def default_dir(size: int, seed: int) -> Path:
    return DEFAULT_DIR / f"n{size}-s{seed}"


def read_manifest(out: Path) -> dict | None:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def ensure(size: int, seed: int, out: Path | None = None) -> tuple[Path, dict]:
    """The corpus for (size, seed), generated unless a complete one from this generator and these sources is there."""
    out = out or default_dir(size, seed)
    manifest = read_manifest(out)
    wanted = (f"benchmarks/corpus.py v{VERSION}", sources_digest(), size, seed)
    if not manifest or tuple(manifest.get(k) for k in ("generator", "sources", "size", "seed")) != wanted:
        manifest = generate(size, seed, out)
    return out, manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="articles (1000, 10000, 100000…)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--out", type=Path, help=f"directory (default {DEFAULT_DIR}/nSIZE-sSEED)")
    args = parser.parse_args(argv)
    out = args.out or default_dir(args.size, args.seed)
    manifest = generate(args.size, args.seed, out)
    print(f"{out}: {manifest['articles']} articles in {manifest['files']} files, {manifest['chars']:,} chars, "
          f"{manifest['model_variants']} model variants of {manifest['models_with_variants']} models")
    return 0


if __name__ == "__main__":
    sys.exit(main())
