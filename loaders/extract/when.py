"""The time a claim's sentence states for itself ("in January", "上周", "1月20日"), kept verbatim.

The expressions are data (``loaders/data/time_expressions.yaml``); this module only compiles them.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

import yaml


@functools.cache
def _patterns() -> list[re.Pattern]:
    data = yaml.safe_load((resources.files("newsgraph.loaders") / "data" / "time_expressions.yaml").read_text("utf-8"))
    names = {"month": data["month"], "weekday": data["weekday"]}
    return [re.compile(p.format(**names)) for lang in ("en", "zh") for p in data[lang]]


@functools.lru_cache(maxsize=1024)
def time_expression(sentence: str) -> str | None:
    """The first time expression in ``sentence`` (the longest of those starting there), or None.

    >>> time_expression("Meta released Llama 4 in January, ahead of DeepSeek.")
    'in January'
    >>> time_expression("據路透社報道，DeepSeek-R1上週登頂。"), time_expression("阿里巴巴4月29日发布了Qwen3。")
    ('上週', '4月29日')
    >>> time_expression("Qwen3 may beat gpt-oss on 12 benchmarks.") is None
    True
    """
    best: tuple[int, int] | None = None
    for pattern in _patterns():
        found = pattern.search(sentence)
        if found and (best is None or (found.start(), -found.end()) < (best[0], -best[1])):
            best = (found.start(), found.end())
    return sentence[best[0]:best[1]] if best else None
