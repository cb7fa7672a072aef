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

    >>> from newsgraph.loaders.extract.relations import RULES
    >>> index = CueIndex(Lexicon.default(), RULES)
    >>> cues = index.scan("openai表示，gpt-5超越了o3。", [(0, 10), (10, 20)])
    >>> [index.templates[i] for i in sorted(cues.present[1])]
    ['{comparison.win}']
    >>> cues.candidates("{comparison.win}", 10, 20)
    [14]
    """

    def __init__(self, lexicon: Lexicon, rules):
        self.templates = sorted({t for rule in rules for t in rule.triggers})
        ids = {t: i for i, t in enumerate(self.templates)}
        self.needs = [frozenset(ids[t] for t in rule.triggers) for rule in rules]
        self.always = frozenset(i for i, t in enumerate(self.templates) if not lexicon.anchors(t))
        by_anchor: dict[str, set[int]] = {}
        for i, template in enumerate(self.templates):
            for anchor in lexicon.anchors(template) or ():
                by_anchor.setdefault(anchor, set()).add(i)
        self.automaton = ahocorasick.Automaton()
        for anchor, found in by_anchor.items():
            self.automaton.add_word(anchor, (len(anchor), tuple(sorted(found))))
        if by_anchor:
            self.automaton.make_automaton()
        self.empty = not by_anchor

    def scan(self, folded: str, spans: list[tuple[int, int]]) -> "ArticleCues":
        """Anchor positions of every trigger in ``folded``, and the triggers present in each sentence."""
        positions: list[list[int]] = [[] for _ in self.templates]
        if not self.empty:
            for last, (length, found) in self.automaton.iter(folded):
                at = last - length + 1
                for i in found:
                    positions[i].append(at)
        for i, found in enumerate(positions):
            if i not in self.always:
                positions[i] = sorted(set(found))
        starts = [s for s, _ in spans]
        present = [set(self.always) for _ in spans]
        for i, found in enumerate(positions):
            for at in found:
                s = bisect.bisect_right(starts, at) - 1
                if s >= 0 and at < spans[s][1]:
                    present[s].add(i)
        indexed = {t: positions[i] for i, t in enumerate(self.templates) if i not in self.always}
        return ArticleCues(present, indexed)


class ArticleCues:
    """One article's trigger anchors: per sentence the triggers present, per trigger its anchor positions."""

    def __init__(self, present: list[set[int]], positions: dict[str, list[int]]):
        self.present = present
        self.positions = positions

    def candidates(self, template: str, start: int, end: int) -> list[int] | None:
        """Where a match of ``template`` may start in ``[start, end)``; None if the template is not indexed."""
        found = self.positions.get(template)
        if found is None:
            return None
        return found[bisect.bisect_left(found, start):bisect.bisect_left(found, end)]


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
