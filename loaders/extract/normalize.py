"""An article's text with its folded copy, aligned: position i of the copy is position i of the original."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...schema.text import fold


@dataclass(frozen=True)
class Normalised:
    """The original text and its folded copy (see :func:`newsgraph.schema.text.fold`)."""

    original: str
    folded: str
    # per line pattern, the first line of the run each line start belongs to (rankings.run_first): a list of n
    # lines read once per line costs n, not n²
    runs: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, text: str) -> "Normalised":
        return cls(text, fold(text))
