r"""A cheap early exit for a whole-text regex scan: literal words one of which every match needs.

A lexicon list scanned over a whole article (name discovery, credits, datelines) often cannot
match it at all: "社" is in every Chinese dateline, "said" or "says" in every English quote
frame. :func:`may_match` says so with a few substring tests before the scan; it is exact (never
False where the regex could match), since the words come from the regex itself: its literals,
the words of an alternation every branch of which has some, the characters of a small class,
what a repeat at least once or a lookaround needs. Only for scans of the whole text: a lookbehind
may need a word before a ``pos`` given to ``finditer``.

>>> import re
>>> required_words(re.compile(r"[（(]?[\u4e00-\u9fff]{2,5}社(?:记者)?\d{1,2}日[電电]"))
('社',)
>>> required_words(re.compile(r"(?P<name>[A-Z]\w+) (?:said|says|told)")), required_words(re.compile(r"\w+"))
(('said', 'says', 'told'), None)
>>> may_match(re.compile(r"[A-Z]\w+ (?:said|says)"), "他说"), may_match(re.compile(r"[A-Z]\w+ (?:said|says)"), "Wei said")
(False, True)
"""
from __future__ import annotations

import functools
import re
try:  # CPython's own regex parser (3.11+); without it every scan simply runs (no filter)
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - another Python
    _C = _P = None

_MAX_WORDS = 12
_REPEATS = () if _C is None else tuple(
    op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op is not None)


@functools.lru_cache(maxsize=None)
def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` contains (or needs around it), sorted; None if unknown."""
    if pattern.flags & re.IGNORECASE or _P is None:
        return None
    try:
        found = _sequence(_P.parse(pattern.pattern, pattern.flags & ~re.UNICODE).data)
    except Exception:  # an unknown parser shape: no filter
        return None
    return tuple(sorted(found)) if found else None


def _sequence(items) -> set[str] | None:
    """Of the parts a sequence needs, the most selective: longest shortest word, then fewest words."""
    candidates, run = [], ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        found = _item(op, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append({run})
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _item(op, av) -> set[str] | None:
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(sub.data)
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch.data)
            if found is None:
                return None
            out |= found
        return out if len(out) <= _MAX_WORDS else None
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub.data) if low >= 1 else None
    if op is _C.IN:
        if not all(o is _C.LITERAL for o, _ in av):
            return None
        chars = {chr(a) for _, a in av}
        return chars if 0 < len(chars) <= _MAX_WORDS else None
    if op is _C.ASSERT:  # a lookahead or lookbehind: what it needs is in the text too
        return _sequence(av[1].data)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(av.data)
    return None


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only if ``pattern`` cannot match anywhere in ``text`` (one of its required words is missing)."""
    words = required_words(pattern)
    return words is None or any(w in text for w in words)
