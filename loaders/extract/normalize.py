"""Script normalisation that keeps offsets: position i of the copy is position i of the original."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import opencc

_T2S = opencc.OpenCC("t2s")


def _fold_char(ch: str) -> str:
    """One character, NFKC- and case-folded, only if that keeps it one character."""
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded if len(folded) == 1 else ch


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese by phrase (other text passes through; lengths may change).

    >>> to_simplified("華盛頓")
    '华盛顿'
    """
    return _T2S.convert(text)


def fold(text: str) -> str:
    """Traditional→Simplified and lower case, with ``len(fold(t)) == len(t)``.

    OpenCC converts phrases; where a phrase changes length the text is
    converted character by character instead, so offsets stay aligned.

    >>> fold("華盛頓擔憂ＧＰＴ-OSS")
    '华盛顿担忧gpt-oss'
    """
    simplified = _T2S.convert(text)
    if len(simplified) != len(text):
        simplified = "".join(_one_to_one(ch) for ch in text)
    return "".join(_fold_char(ch) for ch in simplified)


def _one_to_one(ch: str) -> str:
    converted = _T2S.convert(ch)
    return converted if len(converted) == 1 else ch


@dataclass(frozen=True)
class Normalised:
    """The original text and its folded copy, aligned character for character."""

    original: str
    folded: str

    @classmethod
    def of(cls, text: str) -> "Normalised":
        return cls(text, fold(text))
