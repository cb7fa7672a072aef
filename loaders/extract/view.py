"""One sentence with its mentions and clauses, and the lookups relation rules share."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...schema import NodeType
from .mentions import Mention
from .normalize import Normalised
from .sentences import clause_spans

_ANAPHOR = re.compile(r"\b(?:which|that|it|the model|the company)\b|它|其|该模型|该公司|这款|此举")
_CONTINUATION = re.compile(r"\s*(?:但是|但|而且|而|并且|并|且|却|同时|不过|也|仍|but |and |while |yet )")
_LATIN_CHAR = re.compile(r"[a-z]")
ARTICLE = "@article"  # stands for the article itself as the citing Source
_COORD = re.compile(r"^\s*(?:和|与|及|以及|、|,|，|/|and|or|&|和其|)\s*$")
_NEGATION = re.compile(r"(?:并未|并没有|没有|没|未能|尚未|未|不会|不|did not|didn't|does not|doesn't|do not|don't|never|not|failed to|fails to)\s*$")


@dataclass(frozen=True)
class Fact:
    """A relation found in one sentence, before it becomes an Edge with Evidence."""

    type: str
    source: str
    target: str
    rule: str
    confidence: float
    aspect: str | None = None


class SentenceView:
    """A sentence ``[start, end)`` of the article with the mentions inside it."""

    def __init__(self, norm: Normalised, start: int, end: int, mentions: list[Mention]):
        self.norm, self.start, self.end = norm, start, end
        self.mentions = [m for m in mentions if m.start >= start and m.end <= end]
        self.clauses = clause_spans(norm.folded, start, end)

    @property
    def folded(self) -> str:
        return self.norm.folded[self.start:self.end]

    def cues(self, pattern: re.Pattern) -> list[tuple[int, int]]:
        """Absolute spans of cue matches that no mention overlaps and no negation precedes."""
        spans = []
        for match in pattern.finditer(self.norm.folded, self.start, self.end):
            a, b = match.span()
            inside = any(m.start < b and a < m.end for m in self.mentions) or self._inside_word(a, b)
            if not inside and not _NEGATION.search(self.norm.folded[max(self.start, a - 12):a]):
                spans.append((a, b))
        return spans

    def previous_clause(self, pos: int) -> tuple[int, int] | None:
        start = self.clause_of(pos)[0]
        earlier = [c for c in self.clauses if c[1] <= start]
        return earlier[-1] if earlier else None

    def _inside_word(self, a: int, b: int) -> bool:
        """A Latin cue must be a whole word: 'lag' is not a cue inside 'flagship'."""
        text = self.norm.folded
        return bool((_LATIN_CHAR.match(text[a]) and a > 0 and _LATIN_CHAR.match(text[a - 1]))
                    or (_LATIN_CHAR.match(text[b - 1]) and b < len(text) and _LATIN_CHAR.match(text[b])))

    def clause_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.clauses:
            if a <= pos < b:
                return a, b
        return self.start, self.end

    def before(self, pos: int, types, lo: int | None = None) -> Mention | None:
        """The nearest mention of one of ``types`` ending before ``pos`` (not before ``lo``).

        Within a clause by default; a clause that opens with a reference back
        ("which", "that", 它, 该模型) may reach into the clause before it.
        """
        clause_start = self.clause_of(pos)[0]
        lo = clause_start if lo is None else lo
        found = [m for m in self.mentions if m.end <= pos and m.start >= lo and m.type in types]
        if found or lo != clause_start:
            return found[-1] if found else None
        earlier = [m for m in self.mentions if m.end <= clause_start and m.start >= self.start and m.type in types]
        if earlier and _ANAPHOR.search(self.norm.folded, clause_start, pos):
            return earlier[-1]  # "…Gemini 2.5 Pro, which tops o3": the nearest antecedent
        if earlier and _CONTINUATION.match(self.norm.folded, clause_start):
            previous = self.previous_clause(pos)
            subjects = [m for m in earlier if previous and m.start >= previous[0]]
            return subjects[0] if subjects else None  # "X优于Y，但落后于Z": X carries over
        return None

    def after(self, pos: int, types, hi: int | None = None) -> list[Mention]:
        """The first mention of ``types`` starting at or after ``pos``, plus those coordinated with it."""
        hi = self.clause_of(max(pos - 1, self.start))[1] if hi is None else hi
        found = [m for m in self.mentions if m.start >= pos and m.end <= hi]
        first = next((i for i, m in enumerate(found) if m.type in types), None)
        if first is None:
            return []
        chain = [found[first]]
        for m in found[first + 1:]:
            gap = self.norm.folded[chain[-1].end:m.start]
            if m.type not in types or not _COORD.match(gap):
                break
            chain.append(m)
        return chain

    def gap(self, a: Mention, b: Mention) -> str:
        return self.norm.folded[a.end:b.start]


ORG = (NodeType.ORGANIZATION,)
MODEL = (NodeType.MODEL,)
RELEASABLE = (NodeType.MODEL, NodeType.POLICY)
CITABLE = (NodeType.SOURCE, NodeType.ORGANIZATION)
ANY = tuple(NodeType)
