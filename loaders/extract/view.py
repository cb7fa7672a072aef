"""One sentence with its mentions and clauses, and the lookups relation rules share."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ...schema import NodeType
from . import discourse as dc
from .cues import ArticleCues, match_at
from .lexicon import Lexicon
from .mentions import Mention
from .normalize import Normalised
from .sentences import clause_spans

ARTICLE = "@article"  # stands for the article itself as the citing Source


@dataclass(frozen=True)
class Fact:
    """A relation found in one sentence, before it becomes an Edge with Evidence."""

    type: str
    source: str
    target: str
    rule: str
    confidence: float
    aspect: str | None = None


@dataclass(frozen=True)
class Rule:
    """A relation rule: its stable id (the evidence's ``rule``), the edge type it finds, its confidence
    and its function, which yields ``(source id, target id)`` pairs from one sentence.

    ``triggers`` are lexicon templates of which one must match in the sentence for the rule to find
    anything, and ``min_mentions`` the names the sentence must have (the extractor skips the rule
    otherwise); ``aspect`` gives every fact of the sentence its aspect ("coding", "cost"…).
    """

    id: str
    type: str
    confidence: float
    find: Callable[["SentenceView"], Iterable[tuple[str, str]]]
    triggers: tuple[str, ...] = ()
    aspect: Callable[["SentenceView"], str | None] | None = None
    min_mentions: int = 0


class SentenceView:
    """A sentence ``[start, end)`` of the article with the mentions inside it.

    Relation rules read it through templates over the lexicons (``view.cues("{release.verbs}")``,
    ``view.re(template)``); ``gazetteer`` is the extractor's, for rules that need it.
    """

    def __init__(self, norm: Normalised, start: int, end: int, mentions: list[Mention],
                 earlier: list[Mention] | None = None, *, lexicon: Lexicon | None = None, gazetteer=None,
                 cues: ArticleCues | None = None):
        self.norm, self.start, self.end = norm, start, end
        self.mentions = [m for m in mentions if m.start >= start and m.end <= end]
        self.earlier = earlier or []  # the article's mentions before this sentence
        self.lex = lexicon or Lexicon.default()
        self.re = self.lex.compiled.__getitem__  # view.re(template): the compiled regex of a lexicon template
        self.gazetteer = gazetteer
        self.cues_found = cues  # where the triggers' words occur in the article (None: scan each time)
        self._starts: list[int] | None = None
        self._clauses: list[tuple[int, int]] | None = None
        self._clause_starts: list[int] | None = None

    @property
    def clauses(self) -> list[tuple[int, int]]:
        if self._clauses is None:
            self._clauses = clause_spans(self.norm.folded, self.start, self.end)
            self._clause_starts = [a for a, _ in self._clauses]
        return self._clauses

    @property
    def folded(self) -> str:
        return self.norm.folded[self.start:self.end]

    def matches(self, template: str):
        """Every match of ``template`` in the sentence, as ``re.Match`` objects."""
        candidates = self.cues_found.candidates(template, self.start, self.end) if self.cues_found else None
        if candidates is None:
            return self.re(template).finditer(self.norm.folded, self.start, self.end)
        return match_at(self.re(template), self.norm.folded, candidates, self.start, self.end)

    def cues(self, template: str) -> list[tuple[int, int]]:
        """Absolute spans of cue matches that no mention overlaps and no negation precedes."""
        spans = []
        negation = self.re(dc.NEGATION)
        for match in self.matches(template):
            a, b = match.span()
            if not self._on_a_mention(a, b) and not self._inside_word(a, b) \
                    and not negation.search(self.norm.folded[max(self.start, a - 12):a]):
                spans.append((a, b))
        return spans

    def _on_a_mention(self, a: int, b: int) -> bool:
        """Whether a mention overlaps ``[a, b)`` (mentions do not overlap, so their ends are sorted too)."""
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        i = bisect.bisect_left(self._starts, b)
        return i > 0 and self.mentions[i - 1].end > a

    def negated(self, template: str) -> bool:
        """Whether a cue of ``template`` in the sentence is negated ("did not release", 并未发布)."""
        negation = self.re(dc.NEGATION)
        return any(negation.search(self.norm.folded[max(self.start, m.start() - 12):m.start()])
                   for m in self.matches(template))

    def previous_clause(self, pos: int) -> tuple[int, int] | None:
        start = self.clause_of(pos)[0]
        earlier = [c for c in self.clauses if c[1] <= start]
        return earlier[-1] if earlier else None

    def _inside_word(self, a: int, b: int) -> bool:
        """A Latin cue must be a whole word: 'lag' is not a cue inside 'flagship'."""
        text = self.norm.folded
        return bool((_latin(text[a]) and a > 0 and _latin(text[a - 1]))
                    or (_latin(text[b - 1]) and b < len(text) and _latin(text[b])))

    def clause_of(self, pos: int) -> tuple[int, int]:
        clauses = self.clauses
        i = bisect.bisect_right(self._clause_starts, pos) - 1
        if i >= 0 and pos < clauses[i][1]:
            return clauses[i]
        return self.start, self.end

    def before(self, pos: int, types, lo: int | None = None, reach: bool = True) -> Mention | None:
        """The nearest mention of one of ``types`` ending before ``pos`` (not before ``lo``).

        Within a clause by default. With ``reach``, a clause that refers back
        ("which", "that", 它) takes the nearest earlier mention, and one that
        carries the subject over (但/而/but, or a clause that opens with its verb)
        takes the first of the clause before.
        """
        clause_start = self.clause_of(pos)[0]
        lo = clause_start if lo is None else lo
        found = [m for m in self.mentions if m.end <= pos and m.start >= lo and m.type in types]
        if found or lo != clause_start or not reach:
            return found[-1] if found else None
        earlier = [m for m in self.mentions if m.end <= clause_start and m.start >= self.start and m.type in types]
        text = self.norm.folded
        if earlier and self.re(dc.RELATIVE).search(text, clause_start, pos):
            return earlier[-1]  # "…Gemini 2.5 Pro, which tops o3": the nearest antecedent
        if earlier and self.re(dc.PRONOUN).search(text, clause_start, pos):
            return earlier[0]  # "X trails Y and Z, although it beats W": it = the subject X
        if earlier and (self.re(dc.CONTINUATION).match(text, clause_start)
                        or self.re(dc.BARE_PREDICATE).fullmatch(text, clause_start, pos)):
            earlier_clauses = [c for c in self.clauses if c[1] <= clause_start][::-1]
            for opening in (*earlier_clauses, (self.start, self.end)):
                subjects = [m for m in earlier if opening and m.start >= opening[0]]
                if subjects and self.re(dc.SUBJECT_SLOT).fullmatch(text, opening[0], subjects[0].start):
                    return subjects[0]  # "X优于Y，但落后于Z" / "X, for its part, has…": X carries over
        return self._described(clause_start, pos, types)

    def described_after(self, pos: int, hi: int, types) -> Mention | None:
        """"…remained concerned that the Act…": a definite description after ``pos`` names the last of its kind."""
        return self._described(pos, hi, types, upto=pos)

    def _described(self, lo: int, hi: int, types, upto: int | None = None) -> Mention | None:
        """"The rule had rattled Nvidia": a definite description takes the last name of its kind —
        for "the company", the organisation the article has named most (the last of those on a tie)."""
        for node_type, template in dc.DEFINITE.items():
            if node_type in types and self.re(template).search(self.norm.folded, lo, hi):
                end = lo if upto is None else upto
                before = [m for m in [*self.earlier, *self.mentions] if m.end <= end and m.type == node_type]
                if not before:
                    return None
                if node_type != NodeType.ORGANIZATION:
                    return before[-1]
                counts = Counter(m.entity_id for m in before)
                return max(reversed(before), key=lambda m: counts[m.entity_id])
        return None

    def after(self, pos: int, types, hi: int | None = None, apposition: bool = False) -> list[Mention]:
        """The first mention of ``types`` at or after ``pos``, plus those listed with it.

        Lists may run over commas ("A, B and C", "A、B，以及C") and past possessors
        ("OpenAI的GPT-4o", "Google's Gemini"); in "o1的轻量版o1-mini" the head is o1-mini.
        With ``apposition``, a clause with no match may continue into an appositive
        right after it ("two models, A and B").
        """
        clause_end = self.clause_of(max(pos - 1, self.start))[1]
        limit = clause_end if hi is None else hi
        heads = [m for m in self.mentions if m.start >= pos and m.type in types]
        if not heads:
            return []
        while len(heads) > 1 and self.re(dc.MODIFIER_OF).fullmatch(self.norm.folded, heads[0].end, heads[1].start):
            heads = heads[1:]
        first = heads[0]
        if first.end > limit and not (apposition and self.re(dc.APPOSITION).fullmatch(self.norm.folded, clause_end, first.start)):
            return []
        chain, pending, last = [first], [], first
        for m in heads[1:]:
            gap = self.norm.folded[last.end:self._owner_start(m)]
            if not self.re(dc.COORD).fullmatch(gap):
                break
            if "," in gap and self.re(dc.NEW_CLAUSE).match(self.norm.folded, m.end):
                break  # "…beat A and B, and C also trailed": C starts a clause of its own
            if self.re(dc.COMMA_ONLY).fullmatch(gap):
                pending.append(m)  # "A, B" joins only if an "and" or 以及 closes the list
            else:
                chain, pending = chain + pending + [m], []
            last = m
        return chain

    def _owner_start(self, m: Mention) -> int:
        """Where "OpenAI的GPT-4o" starts, for the GPT-4o mention."""
        possessive = self.re(dc.POSSESSIVE)
        owners = [o for o in self.mentions if o.end <= m.start and possessive.fullmatch(self.norm.folded, o.end, m.start)]
        return owners[-1].start if owners else m.start

    def gap(self, a: Mention, b: Mention) -> str:
        return self.norm.folded[a.end:b.start]


def _latin(ch: str) -> bool:
    return "a" <= ch <= "z"


ORG = (NodeType.ORGANIZATION,)
MODEL = (NodeType.MODEL,)
RELEASABLE = (NodeType.MODEL, NodeType.POLICY)
CITABLE = (NodeType.SOURCE, NodeType.ORGANIZATION)
ANY = tuple(NodeType)
