"""Where the rules' cue words occur in an article: one Aho-Corasick scan for all of them.

A trigger template (a lone ``{file.list}`` whose every match starts with a known literal word,
its *anchor*; see :meth:`.lexicon.Lexicon.anchors`) can only match where one of its anchors
starts. One scan of the folded article finds every anchor; then a sentence runs only the rules
one of whose triggers occurs in it, and a trigger is tried only at its anchors' positions
instead of at every character. Both give exactly the matches a full scan would.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import ahocorasick

from .lexicon import Lexicon


class CueIndex:
    """The anchors of every trigger of ``rules``, built once per extractor.

    A trigger is *present* in a sentence when a word every match of it contains occurs there
    (``Lexicon.anchors(t, "required")``); it is tried at the positions of the words its matches
    start with (``Lexicon.anchors(t)``).

    >>> from newsgraph.loaders.extract.relations import RULES
    >>> index = CueIndex(Lexicon.default(), RULES)
    >>> cues = index.scan("openai表示，gpt-5超越了o3。", [(0, 10), (10, 20)])
    >>> [index.templates[i] for i in sorted(cues.present(1))]
    ['{comparison.win}']
    >>> cues.candidates("{comparison.win}", 10, 20)
    [14]
    """

    def __init__(self, lexicon: Lexicon, rules, extra: tuple[str, ...] = ()):
        """``extra``: templates the rules read by ``view.matches``/``view.cues`` without being any rule's trigger
        ("{release.unstated_itself}"): their anchors are found by the same scan (tried only there, not over the
        whole sentence), and they wake no rule."""
        self.templates = sorted({t for rule in rules for t in rule.triggers})
        ids = {t: i for i, t in enumerate(self.templates)}
        self.needs = [frozenset(ids[t] for t in rule.triggers) for rule in rules]
        # a trigger with no word every match holds is present everywhere; one with such words but no words its matches
        # start with (a pattern opening on a number: "11.6 points behind") is present where a required word is, and
        # searched over the whole sentence there (it has no anchor positions)
        self.always = frozenset(i for i, t in enumerate(self.templates) if not lexicon.anchors(t, "required"))
        roles: dict[str, tuple[set[int], set[int]]] = {}  # word → (templates it starts, templates it is required by)
        for i, template in enumerate(self.templates):
            if i in self.always:
                continue
            for anchor in lexicon.anchors(template) or ():
                roles.setdefault(anchor, (set(), set()))[0].add(i)
            for word in lexicon.anchors(template, "required"):
                roles.setdefault(word, (set(), set()))[1].add(i)
        read = sorted({t for t in extra if t not in ids and lexicon.anchors(t)})  # (never present: no rule needs them)
        for j, template in enumerate(read, len(self.templates)):
            for anchor in lexicon.anchors(template):
                roles.setdefault(anchor, (set(), set()))[0].add(j)
        self.automaton = ahocorasick.Automaton()
        self.words = sorted(roles)
        for n, word in enumerate(self.words):
            self.automaton.add_word(word, n)
        if roles:
            self.automaton.make_automaton()
        self.empty = not roles
        # per template, its anchor words (ids, with their lengths); per required word, the templates it wakes
        every = self.templates + read
        self.anchored = {every[i]: tuple((n, len(w)) for n, w in enumerate(self.words) if i in roles[w][0])
                         for i in range(len(every)) if i not in self.always and lexicon.anchors(every[i])}
        self.wakes = [tuple(sorted(roles[w][1])) for w in self.words]
        # per word: the templates it is an anchor of, and how far back from its last character it starts
        starts_of: list[list[str]] = [[] for _ in self.words]
        for template, anchors in self.anchored.items():
            for n, _length in anchors:
                starts_of[n].append(template)
        self._hit = [(wakes, tuple(starts_of[n]), len(self.words[n]) - 1) for n, wakes in enumerate(self.wakes)]

    def scan(self, folded: str, spans: list[tuple[int, int]]) -> "ArticleCues":
        """Anchor positions of every trigger in ``folded``, and the triggers present in each sentence."""
        present: dict[int, set[int]] = {}
        positions: dict[str, list[int]] = {}
        if not self.empty:
            starts, stops = _bounds(spans)
            hit, bisect_right = self._hit, bisect.bisect_right
            for last, n in self.automaton.iter(folded):
                wakes, templates, back = hit[n]
                at = last - back
                for template in templates:
                    found = positions.get(template)
                    if found is None:
                        positions[template] = [at]
                    else:
                        found.append(at)
                if wakes:
                    s = bisect_right(starts, at) - 1
                    if s >= 0 and at < stops[s]:
                        woken = present.get(s)
                        if woken is None:
                            present[s] = set(wakes)
                        else:
                            woken.update(wakes)
        return ArticleCues(present, positions, self.always, self.anchored)


def _bounds(spans):
    """Sentence starts and ends, as sequences (a ``Sentences`` already has them)."""
    if hasattr(spans, "starts"):
        return spans.starts, spans.ends
    return [s for s, _ in spans], [e for _, e in spans]


class ArticleCues:
    """One article's trigger anchors: per sentence the triggers present, per trigger its anchor positions."""

    def __init__(self, present: dict[int, set[int]], positions: dict[str, list[int]], always: frozenset[int],
                 indexed=()):
        self._present = present
        self._raw = positions  # per template, its anchors' start positions as found (unsorted, maybe repeated)
        self._indexed = indexed  # the templates that have anchors (a template not in it: None, scan it whole)
        self.positions: dict[str, list[int]] = {}
        self.always = always

    def present(self, sentence: int) -> frozenset[int]:
        """The triggers that may match in sentence number ``sentence``."""
        found = self._present.get(sentence)
        return self.always | found if found else self.always

    def candidates(self, template: str, start: int, end: int) -> list[int] | None:
        """Where a match of ``template`` may start in ``[start, end)``; None if the template is not indexed."""
        found = self.positions.get(template)
        if found is None:
            found = self.sorted_positions(template)
            if found is None:
                return None
        return found[bisect.bisect_left(found, start):bisect.bisect_left(found, end)]

    def sorted_positions(self, template: str) -> list[int] | None:
        """Every anchor position of ``template`` in the article, sorted (kept in ``positions``); None if not indexed."""
        found = self.positions.get(template)
        if found is None:
            if template not in self._indexed:
                return None
            found = self.positions[template] = sorted(set(self._raw.get(template, ())))
        return found


def match_at(pattern: re.Pattern, text: str, candidates: list[int], start: int, end: int) -> Iterator[re.Match]:
    """What ``pattern.finditer(text, start, end)`` gives, trying only the ``candidates`` positions."""
    cursor = start
    for at in candidates:
        if at < cursor:
            continue
        match = pattern.match(text, at, end)
        if match is not None:
            yield match
            cursor = max(match.end(), at + 1)
