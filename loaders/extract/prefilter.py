r"""A cheap early exit for a whole-text regex scan: literal words one of which every match needs.

A lexicon list scanned over a whole article (name discovery, credits, datelines) often cannot
match it at all: "日电" (or 日電) is in every Chinese dateline, "said" or "says" in every English quote
frame. :func:`may_match` says so with a few substring tests before the scan; it is exact (never
False where the regex could match), since the words come from the regex itself: its literals,
the words of an alternation every branch of which has some, the characters of a small class,
what a repeat at least once or a lookaround needs. Only for scans of the whole text: a lookbehind
may need a word before a ``pos`` given to ``finditer``.

>>> import re
>>> required_words(re.compile(r"[（(]?[\u4e00-\u9fff]{2,5}社(?:记者)?\d{1,2}日[電电]"))
('日电', '日電')
>>> required_words(re.compile(r"(?P<name>[A-Z]\w+) (?:said|says|told)")), required_words(re.compile(r"\w+"))
(('said', 'says', 'told'), None)
>>> may_match(re.compile(r"[A-Z]\w+ (?:said|says)"), "他说"), may_match(re.compile(r"[A-Z]\w+ (?:said|says)"), "Wei said")
(False, True)
"""
from __future__ import annotations

import functools
import re
try:  # CPython's own regex parser (3.11+); without it every scan simply runs (no filter)
    from re import _compiler as _K, _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - another Python
    _C = _P = _K = None

_MAX_WORDS = 12


def _per_pattern(work):
    """``work(pattern)`` worked out once per pattern object, looked up by its identity. (``functools.lru_cache``
    hashes the key: a compiled pattern's hash and equality read its whole compiled code, 5–15 µs for a lexicon's
    alternation, paid by every :func:`finditer` and :func:`may_match` call — most of the cost of the whole-text
    scans of a headline.) The pattern is kept with its value, so its id is never another's."""
    cache: dict[int, tuple[re.Pattern, object]] = {}

    @functools.wraps(work)
    def cached(pattern: re.Pattern):
        hit = cache.get(id(pattern))
        if hit is None or hit[0] is not pattern:
            hit = cache[id(pattern)] = (pattern, work(pattern))
        return hit[1]

    cached.cache_clear = cache.clear
    return cached

_REPEATS = () if _C is None else tuple(
    op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op is not None)


@_per_pattern
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
    """Of the parts a sequence needs, the most selective: longest shortest word, then fewest words. A run of
    literals goes on through a class of a few characters ("日[電电]": the words 日電 and 日电)."""
    candidates, run = [], {""}
    for op, av in items:
        if op is _C.LITERAL:
            run = {w + chr(av) for w in run}
            continue
        if op is _C.IN and run != {""} and all(o is _C.LITERAL for o, _ in av) \
                and 0 < len(run) * len(av) <= _MAX_WORDS:
            run = {w + chr(a) for w in run for _, a in av}
            continue
        if run != {""}:
            candidates.append(run)
            run = {""}
        found = _item(op, av)
        if found is not None:
            candidates.append(found)
    if run != {""}:
        candidates.append(run)
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


@_per_pattern
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


@_per_pattern
def guarded_opening(pattern: re.Pattern) -> re.Pattern | None:
    r""":func:`opening_class` with the lookbehinds (and word boundaries) a match of ``pattern`` opens with checked
    right after the character — ``[A-Z](?<![\w.][A-Z])`` for ``(?<![\w.])[A-Z]…``, branch by branch of a top-level
    alternation: a search of it skips at C speed the opening characters no match can start at (a capital inside
    "OpenAI"), and it still finds every one a match can.

    >>> guarded_opening(re.compile(r"(?<![\w.])[A-Z][a-z]+ said")).findall("Lee said OpenAI.Kim said")
    ['L', 'O']
    >>> guarded_opening(re.compile(r"(?<![\w.])[A-Z][a-z]+ said|\bsays [A-Z]")).findall("Lee said OpenAI.Kim says Bo")
    ['L', 's', 'O', 's', 'B']
    """
    opening = opening_class(pattern)
    if opening is None:
        return None
    try:
        branches = []
        for branch, scoped in _top_branches(list(_P.parse(pattern.pattern, pattern.flags & ~re.UNICODE).data)):
            found = _opening(branch)
            if found is None or not found[0] or found[1]:
                return opening  # a branch may open with any character: nothing to check
            branches.append((branch, frozenset(found[0]), scoped))
        return _guarded_class(branches, pattern.flags) or opening
    except Exception:  # an unknown parser shape: the class alone
        return opening


def _guarded_class(branches: list[tuple[list, frozenset[str], int]], flags: int) -> re.Pattern | None:
    """The one-class pattern of the opening characters of ``branches`` (each a parsed sequence with the class
    items it can open with and the flags a group around it adds), each character followed by the lookbehinds (and word boundaries) of a branch it opens
    with, rewritten to end after it (compiled with the pattern's ``flags``); None when no branch has any."""
    flags &= ~(re.DEBUG | re.VERBOSE)
    state = _P.State()
    alternatives, guarded = [], False
    for branch, chars, scoped in branches:
        opens = list(_P.parse("[" + "".join(sorted(chars)) + "]", flags).data)  # the branch's opening class
        guards = []
        for op, av in branch:
            if op in (_C.ASSERT, _C.ASSERT_NOT):
                if av[0] < 0 and _groupless(av[1].data):
                    guards.append((op, list(av[1].data)))
            elif op is _C.AT and av in (_C.AT_BOUNDARY, _C.AT_NON_BOUNDARY):
                guards.append((_C.ASSERT, [(op, av)]))
            else:
                break  # the first character of the match: the assertions before it are checked at its start
        guarded = guarded or bool(guards)
        alternative = [(_C.ASSERT, (-1, _P.SubPattern(state, opens)))] \
            + [(op, (-1, _P.SubPattern(state, sub + opens))) for op, sub in guards]
        if scoped:  # the branch's own flags (a "(?m:…)" around it), for its assertions
            alternative = [(_C.SUBPATTERN, (None, scoped, 0, _P.SubPattern(state, alternative)))]
        alternatives.append(alternative)
    if not guarded:
        return None
    opens = list(_P.parse("[" + "".join(sorted({c for _, chars, _ in branches for c in chars})) + "]", flags).data)
    if len(alternatives) == 1:
        data = opens + alternatives[0]
    else:
        data = opens + [(_C.BRANCH, (None, [_P.SubPattern(state, a) for a in alternatives]))]
    return _K.compile(_P.SubPattern(state, data), flags)


def _groupless(items) -> bool:
    """Whether a parsed sequence holds no group and no reference to one (it can be compiled on its own)."""
    for op, av in items:
        if op in (_C.GROUPREF, _C.GROUPREF_EXISTS) or (op is _C.SUBPATTERN and av[0] is not None):
            return False
        subs = av[3].data if op is _C.SUBPATTERN else av[1].data if op in (_C.ASSERT, _C.ASSERT_NOT) \
            else av[2].data if op in _REPEATS else None
        if op is _C.BRANCH:
            if not all(_groupless(b.data) for b in av[1]):
                return False
        elif subs is not None and not _groupless(subs):
            return False
    return True


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
    starts = start_finder(pattern)
    if starts is not None and starts.at_lines:  # a line-start branch: the few starts of lines beat any class
        return _at_candidates(pattern, starts.candidates(text), text)
    opening = guarded_opening(pattern)
    if opening is not None:
        return _at_openings(pattern, opening, text)
    if starts is None:
        return pattern.finditer(text)
    return _at_candidates(pattern, starts.candidates(text), text)


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


# --- where a match can start, branch by branch -----------------------------------------------------------------
# A pattern that is an alternation ("X, a research firm" | "research firm X") often has no selective opening class
# as a whole, yet each branch has a cheap finder: its opening characters, or a word it needs at a bounded distance
# from where it starts ("公司" 2–6 characters after the start of "某某科技公司"). One Aho-Corasick scan finds the
# words; the pattern is tried only in the windows they give and at the branches' opening characters.

_WINDOW = 64  # a word further than this from the start of a match makes too wide a window to be worth it
_MAX_ANCHOR_WORDS = 512


class StartFinder:
    """The positions of a text where a match of a pattern may start (a superset, never missing one).

    Branch by branch of the pattern's top-level alternation: ``branches`` gives each one's finder — ``("chars",
    class items)`` its opening characters (checked with the lookbehinds it opens with), ``("words", None)`` its
    words in ``words`` (a word's offsets are tagged with the branch), ``("lines", None)`` the starts of lines (a
    branch opening with ``^`` under MULTILINE) or ``("start", None)`` the text's start — then the words one of
    which every match of it holds (None: unknown), its parsed sequence and the flags a group around it adds. A branch none of whose needed words
    is in the text cannot match there and gives no positions."""

    def __init__(self, branches: list[tuple[str, frozenset[str] | None, frozenset[str] | None, list, int]],
                 words: dict[str, tuple[tuple[int, int, int], ...]], flags: int = 0):
        self.branches = branches
        self.words = words
        self.automaton = None
        if words:
            import ahocorasick

            self.automaton = ahocorasick.Automaton()
            for word, offsets in words.items():
                self.automaton.add_word(word, (len(word) - 1, offsets))
            self.automaton.make_automaton()
        self.flags = flags  # the pattern's
        self._openings: dict[tuple[int, ...], re.Pattern] = {}  # per live branches opening with a class: its search
        self.needed = any(needs is not None for _, _, needs, _, _ in branches)
        self.at_lines = any(kind in ("lines", "start") for kind, *_ in branches)

    def candidates(self, text: str) -> list[int]:
        live = range(len(self.branches))
        if self.needed:
            live = [i for i, (_, _, needs, _, _) in enumerate(self.branches) if needs is None or any(w in text for w in needs)]
            if not live:
                return []
        kinds = {self.branches[i][0] for i in live}
        found: set[int] = set()
        if "chars" in kinds:
            found.update(m.start() for m in self._opening(tuple(i for i in live if self.branches[i][0] == "chars")).finditer(text))
        if "lines" in kinds:
            found.add(0)
            found.update(m.end() for m in _NEWLINE.finditer(text))
        elif "start" in kinds:
            found.add(0)
        if "words" in kinds:
            every = len(live) == len(self.branches)
            wanted = set(live)
            for last, (back, offsets) in self.automaton.iter(text):
                at = last - back
                for lo, hi, branch in offsets:
                    if every or branch in wanted:
                        found.update(range(max(0, at - hi), at - lo + 1))
        return sorted(found)

    def _opening(self, live: tuple[int, ...]) -> re.Pattern:
        """The opening characters of the branches ``live``, each with the lookbehinds of its branch checked."""
        found = self._openings.get(live)
        if found is None:
            branches = [(self.branches[i][3], self.branches[i][1], self.branches[i][4]) for i in live]
            try:
                found = _guarded_class(branches, self.flags)
            except Exception:  # an unknown parser shape: the class alone
                found = None
            chars = sorted({c for _, opening, _ in branches for c in opening})
            found = self._openings[live] = found or re.compile("[" + "".join(chars) + "]", self.flags & (re.ASCII | re.UNICODE))
        return found


_NEWLINE = re.compile("\n")


@_per_pattern
def start_finder(pattern: re.Pattern) -> StartFinder | None:
    r"""Where ``pattern`` may start, branch by branch of its top-level alternation: each branch by its opening
    characters (when few), by the starts of lines (one opening with ``^`` under MULTILINE), or by a word it needs
    at a bounded distance from its start; None when a branch has none of these.

    >>> finder = start_finder(re.compile(r"(?<![\w.])[A-Z][a-z]+, a (?:research firm|think tank)|(?:research firm|think tank|analyst house) [A-Z]\w+"))
    >>> text = "Acme, a research firm, and think tank Borealis."
    >>> [text[i:i + 5] for i in finder.candidates(text)]
    ['Acme,', 'resea', 'think', 'Borea']
    >>> finder = start_finder(re.compile(r"(?<![，。])[\u4e00-\u9fff]{2,4}(?:公司|集团)"))
    >>> finder.candidates("某某科技公司。")
    [0, 1, 2]
    >>> start_finder(re.compile(r"(?m:^[ \t]*[A-Z]+ \(Reuters\))")).candidates("SEOUL (Reuters)\nSo it goes.\n  TOKYO")
    [0, 16, 28]
    >>> start_finder(re.compile(r"\w+|[A-Z]")) is None
    True
    """
    if pattern.flags & re.IGNORECASE or _P is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _P.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
        state = parsed.state
        branches: list[tuple[str, frozenset[str] | None, frozenset[str] | None, list, int]] = []
        words: dict[str, set[tuple[int, int, int]]] = {}
        wordy = []  # the branches found by their opening characters, with their bounded words (None: none)
        for n, (branch, scoped) in enumerate(_top_branches(list(parsed.data))):
            needs = _sequence(branch)
            needs = frozenset(needs) if needs else None
            anchor = _line_anchor(branch, pattern.flags | scoped)
            if anchor is not None and _P.SubPattern(state, branch).getwidth()[0] > 0:  # (an empty match: not here)
                branches.append((anchor, None, needs, branch, scoped))
                continue
            opening = _opening(branch)
            anchored = _words_at(branch, state)
            if opening is not None and opening[0] and not opening[1] and _selective(opening[0], pattern.flags):
                branches.append(("chars", frozenset(opening[0]), needs, branch, scoped))
                wordy.append((n, anchored))
                continue
            if anchored is None:
                return None
            _add_words(words, anchored, n)
            branches.append(("words", None, needs, branch, scoped))
        chars = {c for kind, opening, *_ in branches if kind == "chars" for c in opening}
        if chars and not _selective(chars, pattern.flags):
            # each branch's opening is selective but not all of them together ("[A-Z]…" | "according to …" |
            # "the …"): the branches that also have a bounded word are found by it instead
            for n, anchored in wordy:
                if anchored is not None:
                    _add_words(words, anchored, n)
                    branches[n] = ("words", None, *branches[n][2:])
    except Exception:  # an unknown parser shape: no filter
        return None
    chars = {c for kind, opening, *_ in branches if kind == "chars" for c in opening}
    if len(words) > _MAX_ANCHOR_WORDS or (chars and not _selective(chars, pattern.flags)):
        return None
    return StartFinder(branches, {w: tuple(sorted(o)) for w, o in sorted(words.items())}, pattern.flags)


def _add_words(words: dict, anchored: tuple[frozenset[str], int, int], branch: int) -> None:
    found, lo, hi = anchored
    for word in found:
        words.setdefault(word, set()).add((lo, hi, branch))


def _line_anchor(items, flags: int) -> str | None:
    r""""lines" when every match of the sequence ``items`` starts at the start of a line (it opens with ``^`` under
    MULTILINE), "start" when at the text's start (``^`` without it, ``\A``); None otherwise."""
    while items:
        op, av = items[0]
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            flags = (flags | add_flags) & ~del_flags
            items = sub.data
            continue
        if op is _C.AT and av is _C.AT_BEGINNING:
            return "lines" if flags & re.MULTILINE else "start"
        if op is _C.AT and av is _C.AT_BEGINNING_STRING:
            return "start"
        return None
    return None


def _selective(chars: set[str], flags: int) -> bool:
    opening = re.compile("[" + "".join(sorted(chars)) + "]", flags & (re.ASCII | re.UNICODE))
    return not (len(opening.findall(_COMMON_HAN)) * 10 > len(_COMMON_HAN) or len(opening.findall(_COMMON_LATIN)) > 2)


def _top_branches(items: list, flags: int = 0) -> list[tuple[list, int]]:
    """The alternatives of a pattern's top-level alternation (through groups holding only it), as item lists,
    each with the flags the groups around it add."""
    if len(items) == 1:
        op, av = items[0]
        if op is _C.SUBPATTERN and not av[1] & re.IGNORECASE and not av[2]:
            return _top_branches(list(av[3].data), flags | av[1])
        if op is _C.BRANCH:
            return [b for branch in av[1] for b in _top_branches(list(branch.data), flags)]
    return [(items, flags)]


def _width(op, av, state) -> tuple[int, int]:
    return _P.SubPattern(state, [(op, av)]).getwidth()


def _words_at(items, state) -> tuple[frozenset[str], int, int] | None:
    """Words one of which every match of the sequence ``items`` holds, with how far from the match's start one
    begins (lowest, highest); the most selective such slot within :data:`_WINDOW` characters. None: none."""
    candidates, run, run_at, lo, hi = [], "", (0, 0), 0, 0
    for op, av in items:
        if op is _C.LITERAL:
            if not run:
                run_at = (lo, hi)
            run += chr(av)
            lo, hi = lo + 1, hi + 1
            continue
        if run:
            candidates.append((frozenset({run}), *run_at))
            run = ""
        if hi > _WINDOW:
            break
        found = _word_item(op, av, state)
        if found is not None:
            candidates.append((found[0], lo + found[1], hi + found[2]))
        low, high = _width(op, av, state)
        lo, hi = lo + low, hi + high
    if run:
        candidates.append((frozenset({run}), *run_at))
    candidates = [c for c in candidates if c[2] <= _WINDOW and c[0] and all(
        len(w) > 1 or (w not in _COMMON_HAN and w not in _COMMON_LATIN) for w in c[0])]
    return max(candidates, key=lambda c: (min(map(len, c[0])), -len(c[0]), c[1] - c[2]), default=None)


def _word_item(op, av, state) -> tuple[frozenset[str], int, int] | None:
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _words_at(sub.data, state)
    if op is _C.BRANCH:
        words, lo, hi = set(), None, None
        for branch in av[1]:
            found = _words_at(branch.data, state)
            if found is None:
                return None
            words |= found[0]
            lo = found[1] if lo is None else min(lo, found[1])
            hi = found[2] if hi is None else max(hi, found[2])
        return (frozenset(words), lo, hi) if words and len(words) <= _MAX_ANCHOR_WORDS else None
    if op in _REPEATS:
        low, _high, sub = av
        return _words_at(sub.data, state) if low >= 1 else None
    if op is _C.IN:
        if not all(o is _C.LITERAL for o, _ in av):
            return None
        chars = frozenset(chr(a) for _, a in av)
        return (chars, 0, 0) if 0 < len(chars) <= _MAX_WORDS else None
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _words_at(av.data, state)
    return None


def _at_candidates(pattern: re.Pattern, candidates: list[int], text: str):
    """``pattern.finditer(text)``, trying the pattern only at ``candidates`` (sorted; every possible start)."""
    match, cursor = pattern.match, 0
    for at in candidates:
        if at < cursor:
            continue
        m = match(text, at)
        if m is not None:
            yield m
            cursor = m.end()  # a match is never empty: it holds a word or an opening character
