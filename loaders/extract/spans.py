"""Taken character ranges, kept sorted so overlap checks stay logarithmic on long articles."""
from __future__ import annotations

import bisect


class Spans:
    """Non-overlapping ``[start, end)`` ranges.

    >>> taken = Spans([(0, 4), (10, 12)])
    >>> taken.overlaps(3, 5), taken.overlaps(4, 10), taken.overlaps(11, 20)
    (True, False, True)
    """

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        # The ranges do not overlap one another, so their ends are sorted too: of those
        # starting before ``end``, the last one reaches furthest.
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
