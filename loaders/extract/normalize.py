"""An article's text with its folded copy, aligned: position i of the copy is position i of the original."""
from __future__ import annotations

from dataclasses import dataclass

from ...schema.text import fold


@dataclass(frozen=True)
class Normalised:
    """The original text and its folded copy (see :func:`newsgraph.schema.text.fold`)."""

    original: str
    folded: str

    @classmethod
    def of(cls, text: str) -> "Normalised":
        return cls(text, fold(text))
