"""Long articles in pieces: paragraphs packed under a token budget, so every request fits the model's context.

Tokens are estimated, not counted (each server has its own tokenizer): a CJK character is about
one token, other text about four characters a token.

>>> estimate_tokens("阿里巴巴發佈了Qwen3") > estimate_tokens("Qwen3")
True
>>> text = "First paragraph here.\\n\\nSecond one.\\nThird line, a bit longer than the others."
>>> [text[a:b] for a, b in chunk_spans(text, budget=12)]
['First paragraph here.\\n\\nSecond one.', 'Third line, a bit longer than the others.']
>>> [text[a:b] for a, b in chunk_spans(text, budget=1000)] == [text]
True
"""
from __future__ import annotations

import math
import re

from ..sentences import sentence_spans

_CJK = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
_PARAGRAPH = re.compile(r"[^\n]+")


def estimate_tokens(text: str) -> int:
    """About how many tokens ``text`` is for a typical chat model's tokenizer."""
    cjk = len(_CJK.findall(text))
    other = sum(1 for ch in text if not ch.isspace()) - cjk
    return cjk + math.ceil(other / 4)


def chunk_spans(text: str, budget: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of ``text``: whole paragraphs (lines) packed up to ``budget`` tokens;
    a paragraph over the budget is split between sentences. Blank text gives no piece."""
    units = []
    for line in _PARAGRAPH.finditer(text):
        a, b = line.span()
        if not text[a:b].strip():
            continue
        if estimate_tokens(text[a:b]) <= budget:
            units.append((a, b))
        else:
            units += [(a + s, a + e) for s, e in sentence_spans(text[a:b])]
    pieces: list[tuple[int, int]] = []
    used = 0
    for a, b in units:
        tokens = estimate_tokens(text[a:b])
        if pieces and used + tokens <= budget:
            pieces[-1], used = (pieces[-1][0], b), used + tokens
        else:
            pieces.append((a, b))
            used = tokens
    return [_strip(text, a, b) for a, b in pieces]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
