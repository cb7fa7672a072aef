"""A synthetic news corpus for the living-graph benchmarks: short dated articles written from templates.

    python3 benchmarks/news_corpus.py DIR --articles 1000     # writes DIR/0000.md … (front matter + body)

Each article names organisations and models from the gazetteer in sentences the extractor
reads as releases, comparisons, citations and concerns, in English, Simplified and Traditional
Chinese; the text is made up here (no real reporting). The same seed gives the same files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

TEMPLATES = {
    "en": ["{org} released {model} on {weekday}.", "{model} beats {model2} on {aspect}, according to {outlet}.",
           "{org2} said it is worried about {org}.", "Analysts at {outlet} said {model2} trails {model}."],
    "zh-Hans": ["{org}于{month}月发布了{model}。", "据{outlet}报道，{model}在{aspect_zh}测试中击败了{model2}。",
                "{org2}担心{org}的进展。"],
    "zh-Hant": ["{org}於{month}月發佈了{model}。", "據{outlet}報道，{model}在{aspect_zh}測試中擊敗了{model2}。",
                "{org2}擔憂{org}的進展。"],
}
ORGS = ["OpenAI", "Alibaba", "DeepSeek", "Google", "Meta", "Anthropic", "Baidu", "Tencent", "ByteDance", "Moonshot AI",
        "Zhipu AI", "MiniMax", "Mistral AI", "xAI", "Microsoft", "Nvidia", "Huawei", "iFlytek", "SenseTime", "Amazon"]
MODELS = ["Qwen3", "gpt-oss", "DeepSeek-R1", "DeepSeek-V3", "Gemma 3", "Llama 4", "Claude 3.5 Sonnet", "GPT-4o",
          "Gemini 2.5 Pro", "Kimi K2", "GLM-4.5", "MiniMax-M1", "Mistral Medium 3", "Grok 3", "o3-mini", "ERNIE 4.5",
          "Hunyuan", "Doubao", "Phi-4", "Nova Pro"]
OUTLETS = ["Reuters", "Bloomberg", "Financial Times", "TechCrunch", "The Verge", "Caixin"]
ASPECTS = [("math", "数学"), ("coding", "编程"), ("reasoning", "推理"), ("long-context tasks", "长文本")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(i: int, rng: random.Random) -> str:
    language = rng.choice(list(TEMPLATES))
    org, org2 = rng.sample(ORGS, 2)
    model, model2 = rng.sample(MODELS, 2)
    aspect, aspect_zh = rng.choice(ASPECTS)
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(640))
    values = dict(org=org, org2=org2, model=model, model2=model2, outlet=rng.choice(OUTLETS), aspect=aspect,
                  aspect_zh=aspect_zh, weekday=rng.choice(WEEKDAYS), month=day.month)
    paragraphs = []
    for _ in range(2):
        sentences = [t.format(**values) for t in TEMPLATES[language]]
        paragraphs.append((" " if language == "en" else "").join(sentences))
        org, org2 = rng.sample(ORGS, 2)
        model, model2 = rng.sample(MODELS, 2)
        values.update(org=org, org2=org2, model=model, model2=model2, outlet=rng.choice(OUTLETS))
    title = f"{values['org']} and {model}: note {i}" if language == "en" else f"{org}与{model}（{i}）"
    return (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nurl: https://news.example.com/{day:%Y/%m}/{i:05d}\n"
            f"date: {day.isoformat()}\npublisher: Example Wire\n---\n\n" + "\n\n".join(paragraphs) + "\n")


def write_corpus(folder: str | Path, n: int, seed: int = 7, start: int = 0) -> list[Path]:
    """Write articles ``start`` … ``start + n - 1`` into ``folder`` (``NNNN.md``); their paths."""
    rng = random.Random(seed)
    texts = [article(i, rng) for i in range(start + n)]
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"{i:05d}.md"
        path.write_text(texts[i], encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(f"wrote {len(write_corpus(args.folder, args.articles, args.seed))} articles to {args.folder}")


if __name__ == "__main__":
    main()
