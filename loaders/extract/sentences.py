"""Sentence and clause splitting for Chinese and English, as (start, end) spans."""
from __future__ import annotations

import re

from .lexicon import Lexicon

# A sentence ends at Chinese end punctuation (plus closing quotes), at English
# end punctuation followed by a space, or at a line break.
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”」』’\"）)]*|(?<=[A-Za-z0-9\)\]”\"'])\.[”\"’]?(?=\s)|\n+")
# a full stop after one of these is not the end of a sentence
ABBREVIATION = r"\b{sentences.abbreviations}$"
_CLAUSE_END = re.compile(r"[，,：:；;]|\s[-–—]\s")


def sentence_spans(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence, stripped of surrounding blanks.

    >>> text = "阿里巴巴發佈了Qwen3。It beats gpt-oss. Really?"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['阿里巴巴發佈了Qwen3。', 'It beats gpt-oss.', 'Really?']
    """
    abbreviation = (lexicon or Lexicon.default()).pattern(ABBREVIATION)
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith(".") and abbreviation.search(text, max(0, match.start() - 5), match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[1] > s[0]]


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]``, split at commas, colons and semicolons."""
    spans, cursor = [], start
    for match in _CLAUSE_END.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return [s for s in spans if s[1] > s[0]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
