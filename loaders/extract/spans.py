"""Taken character ranges: a mask over the text, so checking or taking a range costs its length, not the article's."""
from __future__ import annotations


class Spans:
    """Non-overlapping ``[start, end)`` ranges; an empty range overlaps nothing.

    >>> taken = Spans([(0, 4), (10, 12)])
    >>> taken.overlaps(3, 5), taken.overlaps(4, 10), taken.overlaps(11, 20)
    (True, False, True)
    >>> taken.add(4, 10); taken.overlaps(5, 6)
    True
    """

    def __init__(self, spans=()):
        self.mask = bytearray()
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        return start < end and self.mask.find(1, start, end) >= 0

    def add(self, start: int, end: int) -> None:
        if end > len(self.mask):
            self.mask.extend(bytes(max(end - len(self.mask), len(self.mask))))
        self.mask[start:end] = b"\x01" * (end - start)
