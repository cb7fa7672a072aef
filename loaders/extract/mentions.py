"""Finding gazetteer names in an article: Aho-Corasick over the folded, squeezed text."""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from ...schema import NodeType
from ...schema.text import is_key_char, name_key
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .normalize import Normalised
from .spans import Spans

_LATIN = re.compile(r"[a-z0-9]")
# "美國時間25日" is a clock and "MIT许可证" a licence, not the country or the university
NOT_A_PARTY = r"\s*{names.not_a_party}"
SHORT_LATIN = 4  # Latin aliases this short must match case-sensitively ("US", not "us")


@dataclass(frozen=True)
class Mention:
    """A span of the article text naming an entity (known or discovered); a value: change it with ``dataclasses.replace``."""

    start: int
    end: int
    surface: str
    entity_id: str
    type: NodeType
    confidence: float = 1.0
    rule: str = "gazetteer"
    extra_aliases: tuple[str, ...] = ()  # other spellings the text gives it: 蘇廉節(Su Lian Jye)
    kind: str | None = None        # discovered names only: company, person…
    family: str | None = None      # discovered model variants: the family's id
    developer: str | None = None   # discovered model variants: the maker's id


class Matcher:
    """Dictionary matcher built once per gazetteer."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon | None = None):
        self.gazetteer = gazetteer
        self.not_a_party = (lexicon or Lexicon.default()).pattern(NOT_A_PARTY)
        self.automaton = ahocorasick.Automaton()
        self.cased: dict[str, set[str]] = {}
        for key, entry_id in gazetteer.by_alias.items():
            if key:
                self.automaton.add_word(key, (key, entry_id))
        for entry in gazetteer.entries.values():
            for alias in entry.aliases:
                key = name_key(alias)
                if _is_short_latin(key):
                    self.cased.setdefault(key, set()).add(_alnum(alias))
        if len(self.automaton):
            self.automaton.make_automaton()

    def find(self, norm: Normalised) -> list[Mention]:
        """Longest non-overlapping gazetteer mentions, in text order."""
        if not len(self.automaton):
            return []
        squeezed, where = _squeeze(norm.folded)
        hits = []
        for last, (key, entry_id) in self.automaton.iter(squeezed):
            start, end = where[last - len(key) + 1], where[last] + 1
            if self._acceptable(norm, start, end, key, entry_id):
                hits.append((start, end, entry_id))
        mentions = [self._mention(norm, *hit) for hit in _longest_first(hits)]
        mentions = [m for m in mentions if not self.not_a_party.match(norm.folded, m.end)]
        return _with_context(mentions, self.gazetteer)

    def _acceptable(self, norm: Normalised, start: int, end: int, key: str, entry_id: str) -> bool:
        text = norm.folded
        if _LATIN.match(key[0]) and start > 0 and _LATIN.match(text[start - 1]):
            return False
        if _LATIN.match(key[-1]) and end < len(text) and _LATIN.match(text[end]):
            # a model family may run straight into its version ("Qwen4"): the variant rule grows it
            versioned = text[end].isdigit() and not key[-1].isdigit()
            if not (versioned and self.gazetteer.entries[entry_id].type == NodeType.MODEL):
                return False
        if _is_short_latin(key):
            surface = _alnum(norm.original[start:end])
            return surface in self.cased.get(key, ()) or (len(surface) >= 3 and surface.isupper())
        return True

    def _mention(self, norm: Normalised, start: int, end: int, entry_id: str) -> Mention:
        entry = self.gazetteer.entries[entry_id]
        return Mention(start, end, norm.original[start:end], entry_id, entry.type, kind=entry.kind)


def _with_context(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Drop names that need context ('R1', 'Maverick') unless the article also names the model in
    full, its maker or its family."""
    present = {m.entity_id for m in mentions if not gazetteer.entries[m.entity_id].needs_context(m.surface)}
    present |= {gazetteer.entries[i].family for i in present} - {None}  # Qwen3 puts the Qwen family in context
    kept = []
    for m in mentions:
        entry = gazetteer.entries[m.entity_id]
        related = {entry.id, entry.developer, entry.family} - {None}
        if entry.needs_context(m.surface) and not (related & present):
            continue
        kept.append(m)
    return kept


def _squeeze(folded: str) -> tuple[str, list[int]]:
    """Only the alphanumerics, with each one's position in the full text."""
    where = [i for i, ch in enumerate(folded) if is_key_char(ch)]
    return "".join(folded[i] for i in where), where


def _longest_first(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    taken, spans = [], Spans()
    for hit in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0], h[2])):
        if not spans.overlaps(hit[0], hit[1]):
            spans.add(hit[0], hit[1])
            taken.append(hit)
    return sorted(taken)


def _is_short_latin(key: str) -> bool:
    return len(key) <= SHORT_LATIN and all(_LATIN.match(ch) for ch in key)


def _alnum(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())
