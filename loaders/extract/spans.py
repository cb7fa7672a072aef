"""Taken character ranges: a mask over the text, so checking or taking a range costs its length, not the article's."""
from __future__ import annotations


class Spans:
    """Non-overlapping ``[start, end)`` ranges; an empty range overlaps nothing.

    >>> taken = Spans([(0, 4), (10, 12)])
    >>> taken.overlaps(3, 5), taken.overlaps(4, 10), taken.overlaps(11, 20)
    (True, False, True)
    >>> taken.add(4, 10); taken.overlaps(5, 6)
    True
    >>> Spans([(3, 3), (5, 2)]).overlaps(0, 9), Spans(iter([(2, 3)])).overlaps(2, 3)
    (False, True)
    """

    def __init__(self, spans=()):
        spans = spans if isinstance(spans, list) else list(spans)
        self.mask = mask = bytearray(max((end for _, end in spans), default=0))  # sized once (thousands per article)
        for start, end in spans:
            if end > start:
                mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return start < end and self.mask.find(1, start, end) >= 0

    def add(self, start: int, end: int) -> None:
        if end > len(self.mask):
            self.mask.extend(bytes(max(end - len(self.mask), len(self.mask))))
        self.mask[start:end] = b"\x01" * (end - start)
