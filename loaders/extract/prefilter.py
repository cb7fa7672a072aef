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


# --- where a match can start: the characters it can open with --------------------------------------------------
# Python's regex engine skips ahead at C speed only when a pattern opens with a literal or one character class;
# a pattern that opens with a lookbehind ("(?<![\w.])[A-Z]…") or with an alternation of classes is tried at every
# position of the text. :func:`finditer` gives exactly ``pattern.finditer(text)``, trying the pattern only where
# the text holds a character a match can open with (found by one class search, at C speed).

_CATEGORIES = {} if _C is None else {
    _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W", _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D",
    _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_NOT_SPACE: r"\S"}
# common characters of the scripts: a start class matching more than a few of them saves nothing
_COMMON_HAN = "的一是了不人在有这个上们来到时大地为中说国年着就那和要也得后以会可下而过能对多然于都好看当没成只事把还用" \
              "們這個來說時對會過還沒"
_COMMON_LATIN = "etaoinshrdlucmfwypvbgk ,.0123456789"


@functools.lru_cache(maxsize=None)
def opening_class(pattern: re.Pattern) -> re.Pattern | None:
    r"""A one-class pattern matching every character a match of ``pattern`` can start with; None when that
    class would not be selective (it matches most common characters) or is unknown.

    >>> opening_class(re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+) (?:said|says)")).findall("Lee said it, e.g.")
    ['L']
    >>> opening_class(re.compile(r"\w+")) is None, opening_class(re.compile(r"x?(?:据|援引)")).findall("x据说援引")
    (True, ['x', '据', '援'])
    """
    if pattern.flags & re.IGNORECASE or _P is None or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _opening(_P.parse(pattern.pattern, pattern.flags & ~re.UNICODE).data)
    except Exception:  # an unknown parser shape: no filter
        return None
    if found is None or found[1] or not found[0]:
        return None  # any character, or a match that may be empty
    opening = re.compile("[" + "".join(sorted(found[0])) + "]", pattern.flags & (re.ASCII | re.UNICODE))
    if len(opening.findall(_COMMON_HAN)) * 10 > len(_COMMON_HAN) or len(opening.findall(_COMMON_LATIN)) > 2:
        return None
    return opening


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _opening(items) -> tuple[set[str], bool] | None:
    """(the class items a sequence's match can start with, whether it can match empty); None: any character."""
    chars: set[str] = set()
    for op, av in items:
        found = _opening_item(op, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _opening_item(op, av) -> tuple[set[str], bool] | None:
    if op is _C.LITERAL:
        return {_char(av)}, False
    if op is _C.IN:
        chars = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(_char(a))
            elif o is _C.RANGE:
                chars.add(_char(a[0]) + "-" + _char(a[1]))
            elif o is _C.CATEGORY and a in _CATEGORIES:
                chars.add(_CATEGORIES[a])
            else:  # NEGATE and the rest: any character
                return None
        return chars, False
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return set(), True  # zero-width: the match starts with what follows
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _opening(sub.data)
    if op is _C.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:
            found = _opening(branch.data)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op in _REPEATS:
        low, high, sub = av
        found = _opening(sub.data)
        if found is None:
            return None
        return found[0], found[1] or low == 0
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _opening(av.data)
    return None


def finditer(pattern: re.Pattern, text: str):
    r"""Exactly ``pattern.finditer(text)`` (the same matches, as ``re.Match`` objects), faster when the pattern
    can only start at a few of the text's characters (see :func:`opening_class`).

    >>> pattern = re.compile(r"(?<![\w.])[A-Z][a-z]+ (?:said|says)")
    >>> text = "Lee said so, and Wei says no; e.Kim said"
    >>> [m.span() for m in finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    True
    """
    opening = opening_class(pattern)
    if opening is None:
        return pattern.finditer(text)
    return _at_openings(pattern, opening, text)


def _at_openings(pattern: re.Pattern, opening: re.Pattern, text: str):
    search, match, pos = opening.search, pattern.match, 0
    while True:
        found = search(text, pos)
        if found is None:
            return
        at = found.start()
        m = match(text, at)
        if m is None:
            pos = at + 1
        else:
            yield m
            pos = m.end()  # a match is never empty: it holds its opening character
