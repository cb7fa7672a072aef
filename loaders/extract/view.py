"""One sentence with its mentions and clauses, and the lookups relation rules share."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ...schema import NodeType
from . import discourse as dc
from .cues import ArticleCues
from .lexicon import Lexicon
from .mentions import Mention
from .normalize import Normalised
from .sentences import clause_spans
from .variants import unnamed_model

ARTICLE = "@article"  # stands for the article itself as the citing Source
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?。！？\n])[\s\"“「『]*(?:the\s+)?$")  # a name opening its sentence


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
    anything, ``min_mentions`` the names the sentence must have and ``named`` the kinds of names it
    must hold: for each entry (a tuple of node types), a mention of one of those types (the extractor
    skips the rule otherwise); ``aspect`` gives every fact of the sentence its aspect ("coding", "cost"…).
    """

    id: str
    type: str
    confidence: float
    find: Callable[["SentenceView"], Iterable[tuple[str, str]]]
    triggers: tuple[str, ...] = ()
    aspect: Callable[["SentenceView"], str | None] | None = None
    min_mentions: int = 0
    named: tuple[tuple[NodeType, ...], ...] = ()


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
        self._stands_for: dict[Mention, list[Mention]] = {}  # "these models": the models they stand for
        self._matches: dict[str, list[re.Match]] = {}  # per template, its matches in the sentence
        self._owners: dict[tuple, int] = {}  # per (mention start, type): where it starts with its owner

    @property
    def clauses(self) -> list[tuple[int, int]]:
        if self._clauses is None:
            self._clauses = clause_spans(self.norm.folded, self.start, self.end, self.lex,
                                         [(m.start, m.end) for m in self.mentions])
            self._clause_starts = [a for a, _ in self._clauses]
        return self._clauses

    @property
    def folded(self) -> str:
        return self.norm.folded[self.start:self.end]

    def matches(self, template: str):
        """Every match of ``template`` in the sentence, as ``re.Match`` objects (found once per sentence)."""
        found = self._matches.get(template)
        if found is None:
            found = self._find(template)
        return iter(found)

    def _find(self, template: str) -> list[re.Match]:
        """The matches of ``template`` in the sentence, found and kept: tried only at its anchors' positions when
        the article's cue scan has them (what ``match_at`` does, inline: this runs for every trigger of every
        sentence), else by a scan of the sentence."""
        cues, start, end = self.cues_found, self.start, self.end
        positions = None
        if cues is not None:
            positions = cues.positions.get(template)
            if positions is None:
                positions = cues.sorted_positions(template)
        if positions is None:
            found = list(self.re(template).finditer(self.norm.folded, start, end))
        else:
            lo = bisect.bisect_left(positions, start)
            found = []
            if lo < len(positions) and positions[lo] < end:
                match, text, cursor = self.re(template).match, self.norm.folded, start
                for i in range(lo, bisect.bisect_left(positions, end, lo)):
                    at = positions[i]
                    if at < cursor:
                        continue
                    m = match(text, at, end)
                    if m is not None:
                        found.append(m)
                        cursor = max(m.end(), at + 1)
        self._matches[template] = found
        return found

    def triggered(self, templates) -> bool:
        """Whether one of ``templates`` (a rule's triggers) matches in the sentence."""
        matches = self._matches
        for template in templates:
            found = matches.get(template)
            if found is None:
                found = self._find(template)
            if found:
                return True
        return False

    def cues(self, template: str) -> list[tuple[int, int]]:
        """Absolute spans of cue matches that no mention overlaps and no negation precedes."""
        spans = []
        negation = self.re(dc.NEGATION)
        for match in self.matches(template):
            a, b = match.span()
            if not self._on_a_mention(a, b) and not self._inside_word(a, b) \
                    and not negation.search(self.norm.folded[max(self.start, a - 24):a]):  # "did not successfully"
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
        text = self.norm.folded
        if len(found) > 1 and self.re(dc.GLOSS_OPEN).fullmatch(text, found[-2].end, found[-1].start) \
                and self.re(dc.GLOSS_CLOSE).match(text, found[-1].end):
            return found[-2]  # "X（即Y）仅次于Z": Y glosses X, the subject
        if found or lo != clause_start or not reach:
            return found[-1] if found else None
        earlier = [m for m in self.mentions if m.end <= clause_start and m.start >= self.start and m.type in types]
        text = self.norm.folded
        if clause_start != self.start and self._carries(clause_start, pos):
            described = self._carried_description(clause_start, types)
            if described is not None:
                return described  # "Testers said that the model topped the chart, beating Y": "the model" carries over
        if not earlier and (clause_start == self.start or self._carries(clause_start, pos)
                            or self.re(dc.SUBJECT_REFERENCE).match(text, clause_start)):
            referent = self._referent(pos, types) or self._semicolon_subject(clause_start, pos, types)
            if referent is not None:
                return referent
        for template, index in ((dc.FORMER, 0), (dc.LATTER, 1)):
            if self.re(template).search(text, clause_start, pos):
                pair = list({m.entity_id: m for m in earlier}.values())
                return pair[index] if len(pair) == 2 else None  # "R1 … o1 …, with the former beating…"
        if earlier and self.re(dc.RELATIVE_WHO).match(text, clause_start):  # "…Google and Meta, who voiced…"
            nearest = [m for m in self.mentions if m.end <= clause_start and m.start >= self.start]
            right_before = not text[nearest[-1].end:clause_start].strip(" ,，)）\"”’")
            return earlier[-1] if nearest[-1] is earlier[-1] and right_before else None
            # "…Acme's Jane Roe, who…", "Acme hired the researcher, who…": no organisation
        relative = earlier and self.re(dc.RELATIVE).search(text, clause_start, pos)
        continued = relative and self.re(dc.CONTINUATION).match(text, clause_start)
        if relative and not (continued and not text[continued.end():relative.start()].strip()):
            return earlier[-1]  # "…Gemini 2.5 Pro, which tops o3": the nearest antecedent ("…, and that it…": none)
        if earlier and set(types) == {NodeType.MODEL}:
            plural = self.re(dc.PLURAL_PRONOUN).search(text, clause_start, pos)
            if plural or self.re(dc.PRONOUN).search(text, clause_start, pos):
                return self._subject_for(plural is not None, earlier,
                                         described=self.re(dc.DEFINITE[NodeType.MODEL]).search(text, clause_start, pos) is not None)
        if earlier and self.re(dc.PRONOUN).search(text, clause_start, pos):
            return earlier[0]  # "X trails Y and Z, although it beats W": it = the subject X
        if earlier and (self.re(dc.CONTINUATION).match(text, clause_start)
                        or self.re(dc.BARE_PREDICATE).fullmatch(text, clause_start, pos)):
            earlier_clauses = [c for c in self.clauses if c[1] <= clause_start][::-1]
            # "X…，与A、B相比，表现出色，超越了A": a clause that only names a point of comparison has no subject
            # (or one whose first name is the object of a comparative: "…，比A少一半，比B只有三分之一，但…")
            frames = [c for c in earlier_clauses if self.re(dc.COMPARED_CLAUSE).fullmatch(text, *c) or any(
                self.re(dc.THAN_OBJECT).fullmatch(text, c[0], self._owner_start(m))
                for m in [m for m in earlier if c[0] <= m.start < c[1]][:1])]
            for opening in (*earlier_clauses, (self.start, self.end)):
                if opening in frames:
                    continue
                subjects = [m for m in earlier if opening and m.start >= opening[0]
                            and not any(f[0] <= m.start < f[1] for f in frames)]
                reference = self.re(dc.SUBJECT_REFERENCE).match(text, opening[0])
                if reference and not any(self.start <= m.start < opening[0] and m.kind != "benchmark"  # a test names no one
                                         for m in self.mentions) and not (
                        reference.group("carried") and subjects and subjects[0].start < opening[1]
                        and self.re(dc.SUBJECT_SLOT).fullmatch(text, opening[0], self._owner_start(subjects[0]))):
                    # "它在…超越Y，但…还不及Z", "有意思的是，它…，但…更优": the sentence's "it" carries over (a frame
                    # naming no one may come first); not "更重要的是X，…": 更 opening a clause whose subject is X
                    return self._referent(pos, types)
                if not subjects and opening[0] == self.start and opening[1] <= clause_start and frames:
                    framed = self._referent(pos, types)  # "在数学测试中表现优异，接近A，远超B": the frame's subject
                    if framed is not None:
                        return framed
                if subjects and self.re(dc.SOURCE_SLOT).fullmatch(text, opening[0], subjects[0].start):
                    continue  # "据X发布的结果，…" / "According to X, …": X is the source, not the subject
                if subjects and set(types) == {NodeType.MODEL} and opening[1] < clause_start \
                        and self.re(dc.VERB_OBJECT).fullmatch(text, opening[0], self._owner_start(subjects[0])):
                    continue  # "X得分87.2，超越A，仅次于B": A is the object of a clause carrying X itself
                if subjects and self.re(dc.SUBJECT_SLOT).fullmatch(text, opening[0], self._owner_start(subjects[0])):
                    return subjects[0]  # "X优于Y，但落后于Z" / "X, for its part, has…": X carries over
                released = self._released_object(opening, subjects, types)
                if released is not None:
                    return released  # "月之暗面发布Kimi K2，在多项测试中超越Y": the one model released
        return self._described(clause_start, pos, types)

    def _carried_description(self, clause_start: int, types) -> Mention | None:
        """"Insiders revealed that the model has outperformed its rivals, surpassing Y", "测试者称该模型表现出色，超越了Y":
        a clause with no subject of its own carries the subject of the clause before it; when that clause names no
        model and its subject is a description of one ("the model", 该模型: opening the clause, or right after a
        speech verb or "that"), the description's model (:meth:`_described`). Clauses that carry a subject themselves
        are passed back over; None at the first clause naming a model, or with no description as its subject."""
        if set(types) != {NodeType.MODEL}:
            return None
        text = self.norm.folded
        for opening in [c for c in self.clauses if c[1] <= clause_start][::-1]:
            if any(opening[0] <= m.start < opening[1] and m.type in types for m in self.mentions):
                return None
            found = self.re(dc.DEFINITE[NodeType.MODEL]).search(text, *opening)
            if found is not None and (self.re(dc.SUBJECT_SLOT).fullmatch(text, opening[0], found.start())
                                      or self.re(dc.SPOKEN_BEFORE).search(text, opening[0], found.start())):
                return self._described(opening[0], opening[1], types)
            if not self._carries(opening[0], opening[1]):
                return None
        return None

    def _released_object(self, opening: tuple[int, int], subjects: list[Mention], types) -> Mention | None:
        """The one model the clause ``opening`` says its maker (the subject, an organisation) released: "月之暗面
        发布Kimi K2，…" — None unless that clause is a maker, a release verb and one model (named once or more)."""
        if set(types) != {NodeType.MODEL} or not subjects or opening[0] == opening[1]:
            return None
        text = self.norm.folded
        makers = [m for m in self.mentions if opening[0] <= m.start and m.end <= subjects[0].start
                  and m.type == NodeType.ORGANIZATION]
        if len(makers) != 1 or len({m.entity_id for m in subjects if m.start < opening[1]}) != 1 \
                or not self.re(dc.SUBJECT_SLOT).fullmatch(text, opening[0], makers[0].start) \
                or not self.re(dc.RELEASED_OBJECT).fullmatch(text, makers[0].end, self._owner_start(subjects[0])):
            return None
        return subjects[0]

    def _subject_for(self, plural: bool, earlier: list[Mention], described: bool = False) -> Mention | None:
        """"X trails Y, although it beats W": a model pronoun stands for the sentence's first model when
        that is the subject of its clause ("OpenAI released X, claiming it beat Y": X is an object, so
        nothing; "the model"/该模型 there stands for the one model named before it); "they" for every model
        listed as that subject ("A and B are out, and they beat C"), or for the one list of models named before
        it ("OpenAI released A and B; both models beat C")."""
        models = [m for m in self.mentions if m.type == NodeType.MODEL]
        if not models:
            return None
        first = models[0]  # the first model, if it is the subject of its clause ("…形容，X是…，并称其…")
        opening = self.clause_of(first.start)[0]
        if not self.re(dc.SUBJECT_SLOT).fullmatch(self.norm.folded, opening, first.start):
            named = {m.entity_id for m in earlier if m.type == NodeType.MODEL}
            if described and len(named) == 1 and earlier[0].type == NodeType.MODEL:
                return earlier[0]  # "xAI发布Grok 3，并称该模型超越Y": "the model" is the one model named before (never "it")
            if plural and earlier:  # "OpenAI released A and B, and both models beat C": the one list named
                listed = self.listed_with(earlier[-1], subject=False)
                if len(listed) > 1 and {m.entity_id for m in listed} == {m.entity_id for m in earlier}:
                    self._stands_for[listed[-1]] = listed
                    return listed[-1]
            return None
        chain = [first]  # the longest list opening with the subject: "A、B和C…"
        for m in self.mentions:
            if m.type == NodeType.MODEL and self.clause_of(m.start)[0] == opening and m.start > first.start:
                listed = self.listed_with(m)
                if listed[0] == first:
                    chain = listed
        if not plural:
            return first if len(chain) == 1 else None
        if len(chain) < 2:
            return None
        self._stands_for[chain[-1]] = chain
        return chain[-1]

    def _carries(self, clause_start: int, pos: int) -> bool:
        """Whether the clause opening at ``clause_start`` has no subject of its own before ``pos``."""
        text = self.norm.folded
        return bool(self.re(dc.CONTINUATION).match(text, clause_start)
                    or self.re(dc.BARE_PREDICATE).fullmatch(text, clause_start, pos))

    def _referent(self, pos: int, types) -> Mention | None:
        """"It scores 72%, ahead of Y", "These models beat Y", "Meta claims it beats Y": a sentence
        opening with a pronoun or a description (after a speaker and a speech verb, or not) points at
        the models of the sentence before — "it" at its one model, "these models" at each of its
        models (:meth:`listed_with` gives them all). Nothing when it is ambiguous."""
        if set(types) not in ({NodeType.MODEL}, {NodeType.ORGANIZATION}):
            return None  # models and organisations: "it said" / "they warned" are left to the speech rules
        text = self.norm.folded
        opening, at = None, self.start
        speaker = self.mentions[0] if self.mentions and self.mentions[0].type != NodeType.MODEL else None
        if speaker is not None and self.re(dc.SUBJECT_SLOT).fullmatch(text, self.start, speaker.start):
            frame = self.re(dc.SPEAKER_FRAME).match(text, speaker.end)  # "Meta claims it beats Y"
            if frame:
                opening, at = self.re(dc.SUBJECT_REFERENCE).match(text, frame.end()), speaker.end
                opening = opening if opening and opening.group("carried") is None else None
        if opening is None:
            opening, at = self.re(dc.SUBJECT_REFERENCE).match(text, self.start), self.start
        if opening is None:  # "在高难度测验中，该模型…", "On a harder test, the model…": after a frame naming no one
            sourced = self.re(dc.SOURCE_SLOT).match(text, self.start)  # "According to xAI, it…", "据xAI介绍，该模型…"
            for clause in self.clauses[1:]:
                if clause[0] >= pos or any(self.start <= m.start < clause[0] and (not sourced or m.type == NodeType.MODEL)
                                           and m.kind != "benchmark"  # "在「HLE」测验中，该模型…": a test names no one
                                           for m in self.mentions):
                    break
                found = self.re(dc.SUBJECT_REFERENCE).match(text, clause[0])
                if found and found.group("carried") is None:
                    opening, at = found, clause[0]
                    break
        if opening is None and set(types) == {NodeType.MODEL}:
            opening = self._framed_opening(pos)
            at = opening.end() if opening is not None else at
        if opening is None or opening.end() > pos or any(at <= m.start < opening.end() for m in self.mentions):
            return None
        before = self.previous_sentence_mentions(types)
        if not before and not opening.group("plural") and not opening.group("carried") and set(types) == {NodeType.MODEL}:
            before = self._paragraph_mentions(types)  # "X发布了。该公司称…。它仍逊色于Y": the one model of the paragraph
        distinct = list({m.entity_id: m for m in before}.values())
        if before and set(types) == {NodeType.MODEL} and unnamed_model(
                self.norm.original, min(self.previous_sentence_start(), before[0].start), pos,
                [*self.earlier, *self.mentions], self.lex):
            return None  # "Borka 2 and GPT-4o were tested. It beat Y": a model the gazetteer lacks may be "it"
        if opening.group("plural"):
            if len(distinct) < 2:
                return None
            self._stands_for[distinct[-1]] = distinct
            return distinct[-1]
        if len(distinct) != 1:  # "X对标Y。在数学测试中领先Z", "X takes on Y. In math it beats Z": the subject before
            return self._previous_subject(before, carried=pos if opening.group("carried") is not None else None)
        if opening.group("carried") and not any(  # no subject at all: the model must be the subject before
                self.re(dc.SUBJECT_SLOT).fullmatch(self.norm.folded, self._clause_start_before(m.start), m.start)
                for m in before):
            return None
        return distinct[0]

    def _framed_opening(self, pos: int) -> re.Match | None:
        """"On coding tests it beats Y", "在多项测试中它超越了Y", "在AIME测试中表现优异，远超Y": a sentence opening with a
        frame of where or on what (naming no one but a test) and then a pronoun, or (zh) straight its predicate with no
        subject at all — the match, whose ``carried`` group is set for the latter (see :meth:`_referent`). The
        subjectless opening clause may hold no kind noun or pronoun of its own ("在多项测试中开源模型…": a subject), and
        the clause of ``pos`` must be that clause or the next one, carrying its subject."""
        text = self.norm.folded
        cue_clause = self.clause_of(pos)
        frames = [c for c in self.clauses if c[1] <= cue_clause[0] and self.re(dc.COMPARED_CLAUSE).fullmatch(text, *c)]
        if any(self.start <= m.start < pos and m.kind != "benchmark" and not any(f[0] <= m.start < f[1] for f in frames)
               for m in self.mentions):
            return None  # "在数学测试中表现优异，与A持平，远超B": a clause only naming a point of comparison names no subject
        framed = self.re(dc.FRAMED_REFERENCE).match(text, self.start, pos)
        if framed is not None:
            return framed
        bare = self.re(dc.FRAMED_BARE).match(text, self.start, pos)
        if bare is None:
            return None
        first = self.clause_of(self.start)
        if cue_clause[0] != first[0]:
            between = [c for c in self.clauses if first[1] <= c[0] and c[1] <= cue_clause[0]]
            if not (first[1] <= cue_clause[0] and not text[first[1]:cue_clause[0]].strip(" ,，")
                    or self.clauses.index(cue_clause) == self.clauses.index(first) + 1
                    or between and all(c in frames for c in between)) \
                    or not self._carries(cue_clause[0], pos):
                return None
        if self.re(dc.OWN_SUBJECT).search(text, bare.end(), min(first[1], pos)):
            return None
        return bare

    def _paragraph_mentions(self, types) -> list[Mention]:
        """The mentions of ``types`` earlier in this sentence's paragraph (as far as ``earlier`` reaches), when the
        paragraph names exactly one entity of them: what "it" stands for after sentences that name none."""
        start = self.norm.folded.rfind("\n", 0, self.start) + 1
        found = [m for m in self.earlier if m.start >= start and m.type in types]
        if found and len({m.entity_id for m in found}) == 1 and (len(self.earlier) < 50 or found[0] is not self.earlier[0]):
            return found[-1:]
        return []

    def _previous_subject(self, before: list[Mention], carried: int | None = None) -> Mention | None:
        """"X对标Y，…。它在…超越Z", "X对标Y。在数学测试中领先Z": with several models in the sentence before, "it" or
        a clause with no subject at all (its comparison at ``carried``) stands for its first model when that one is the
        subject of its clause, alone (no list), and no model comes in an earlier clause of that sentence; nothing
        otherwise. A carried subject is stricter: not the point of a comparison frame ("与X相比，Y…", "Compared with
        X, Y…"), not a name in a quotation ("“X对标Y，”Meta称"), not a name after a preposition ("在X之后，Y…") or
        owning the subject ("X的错误率较Y…。在推理模式下，错误率较Z…"), and no kind noun or pronoun before the
        comparison that could be the carried clause's own subject ("更突出的是某某模型——…超越Z")."""
        text = self.norm.folded
        first = before[0] if before else None
        if first is None or first.type != NodeType.MODEL:
            return None
        opening = self._clause_start_before(first.start)
        if not self.re(dc.SUBJECT_SLOT).fullmatch(text, opening, first.start):
            return None
        if carried is not None:
            close = self.re(dc.CLAUSE_BREAK).search(text, first.end, self.start)
            end = close.start() if close else self.start
            if self.re(dc.COMPARED_CLAUSE).fullmatch(text, opening, end) \
                    or self.re(dc.THAN_OBJECT).fullmatch(text, opening, first.start) \
                    or self.re(dc.NAME_PREPOSITION).match(text, opening, first.start) \
                    or self.re(dc.QUOTE_OPEN).search(text, self.previous_sentence_start(), first.start) \
                    or self.re(dc.POSSESSOR).match(text, first.end) \
                    or self.re(dc.OWN_SUBJECT).search(text, self.start, carried):
                return None
        second = before[1]
        owned = self._owner_start_in(second, self.earlier)  # "Meta's A and Google's B were tested. The model…"
        if self.re(dc.COORD).fullmatch(text, first.end, owned) and owned - first.end < 12:
            return None  # "A and B beat C. It…": a listed subject is no one antecedent
        return first

    def _semicolon_subject(self, clause_start: int, pos: int, types) -> Mention | None:
        """"X的错误率较Y降低45%；在推理模式下，错误率较Z大减78%", "X beats Y on math; on coding, trails Z": a sentence
        cut off at a semicolon, naming no one before ``pos`` and with no subject of its own, carries the subject of the
        sentence before — its first model, the subject of its clause, alone (no list)."""
        text = self.norm.folded
        if set(types) != {NodeType.MODEL} or not text[:self.start].rstrip().endswith(("；", ";")) \
                or any(self.start <= m.start < pos and m.kind != "benchmark" for m in self.mentions) \
                or not (clause_start == self.start or self._carries(clause_start, pos)):
            return None
        before = self.previous_sentence_mentions(types)
        if len(before) == 1:
            first = before[0]
            return first if self.re(dc.SUBJECT_SLOT).fullmatch(text, self._clause_start_before(first.start), first.start) else None
        return self._previous_subject(before)

    def _clause_start_before(self, pos: int) -> int:
        """Where the clause holding ``pos`` (in an earlier sentence) starts."""
        text = self.norm.folded
        i = pos
        while i > 0 and text[i - 1] not in "，,：:；;。！？!?\n":
            i -= 1
        return i

    def previous_sentence_mentions(self, types) -> list[Mention]:
        """The mentions of ``types`` in the sentence before this one (as far as ``earlier`` reaches)."""
        start = self.previous_sentence_start()
        return [m for m in self.earlier if m.start >= start and m.end <= self.start and m.type in types]

    def previous_sentence_start(self) -> int:
        """Where the sentence before this one starts (as far as ``earlier`` reaches)."""
        text, end = self.norm.folded, self.start
        while end > 0 and (text[end - 1].isspace() or text[end - 1] in "。！？!?.\"”’」』"):
            end -= 1
        sentence_end = self.re(dc.SENTENCE_END)
        start = max(0, end - 2000)
        for match in sentence_end.finditer(text, start, end):
            start = match.end()
        return start

    def pointed_objects(self, pos: int) -> list[Mention]:
        """"…tops those rivals", "…超越了这两款模型": at ``pos``, a plural description stands
        for the models listed as the subject of the sentence before ("A and B already beat C. Now X
        tops those rivals": A and B). Nothing when that sentence opens with no such list."""
        text = self.norm.folded
        if not self.re(dc.OBJECT_PLURAL).match(text, pos):
            return []
        start = self.previous_sentence_start()
        models = [m for m in self.earlier if m.start >= start and m.end <= self.start and m.type == NodeType.MODEL]
        while start < len(text) and text[start].isspace():
            start += 1
        if len(models) < 2 or not self.re(dc.SUBJECT_SLOT).fullmatch(text, start, models[0].start):
            return []
        chain = [models[0]]
        for m in models[1:]:
            if not self.re(dc.COORD).fullmatch(text, chain[-1].end, m.start) or self.re(dc.COMMA_ONLY).fullmatch(
                    text, chain[-1].end, m.start):
                break
            chain.append(m)
        return list({m.entity_id: m for m in chain}.values()) if len(chain) > 1 else []

    def described_after(self, pos: int, hi: int, types) -> Mention | None:
        """"…remained concerned that the Act…": a definite description after ``pos`` names the last of its kind."""
        return self._described(pos, hi, types, upto=pos)

    def _described(self, lo: int, hi: int, types, upto: int | None = None) -> Mention | None:
        """"The rule had rattled Nvidia": a definite description takes the last name of its kind —
        for "the company", the organisation the article has named most (the last of those on a tie)."""
        for node_type, template in dc.DEFINITE.items():
            if node_type in types and self.re(template).search(self.norm.folded, lo, hi):
                end = lo if upto is None else upto
                if node_type == NodeType.ORGANIZATION:
                    return self.most_named_org(end)
                before = [m for m in [*self.earlier, *self.mentions] if m.end <= end and m.type == node_type]
                if node_type == NodeType.MODEL and before:  # "the model": the one model in scope, else nothing
                    here = {m.entity_id: m for m in before if m.start >= self.start}
                    if len(here) == 1:  # "Since the release of X, insiders say the model…": the one named in its sentence
                        return next(iter(here.values()))
                    scope = self.previous_sentence_start()
                    if len({m.entity_id for m in before if m.start >= scope}) > 1:
                        return None
                return before[-1] if before else None
        return None

    def most_named_org(self, end: int) -> Mention | None:
        """The organisation the article has named most before ``end`` (on a tie, the one tied that opened a sentence,
        its subject, when only one did: "Zeta Labs raised money from Acme Capital. The company…" is Zeta Labs; else the
        last of those): what "the company", "we" or a bare 公司 stand for."""
        named = [m for m in [*self.earlier, *self.mentions] if m.end <= end and m.type == NodeType.ORGANIZATION]
        if not named:
            return None
        counts = Counter(m.entity_id for m in named)
        top = max(counts.values())
        tied = [m for m in named if counts[m.entity_id] == top]
        if len({m.entity_id for m in tied}) > 1:  # "A raised money from B. The company…": the one a sentence opened with
            text = self.norm.folded
            opening = [m for m in tied if _OPENS_SENTENCE.search(text, max(0, m.start - 12), m.start)
                       and not any(o.start > m.end and o.entity_id != m.entity_id  # "A and B met…": a listed subject
                                   and self.re(dc.COORD).fullmatch(text, m.end, o.start) for o in tied)]
            if len({m.entity_id for m in opening}) == 1:
                return opening[-1]
            return None  # several named as often, none the one subject: no one company (precision first)
        return max(reversed(named), key=lambda m: counts[m.entity_id])

    def after(self, pos: int, types, hi: int | None = None, apposition: bool = False) -> list[Mention]:
        """The first mention of ``types`` at or after ``pos``, plus those listed with it.

        Lists may run over commas ("A, B and C", "A、B，以及C") and past possessors
        ("OpenAI的GPT-4o", "Google's Gemini"); in "o1的轻量版o1-mini" the head is o1-mini.
        With ``apposition``, a clause with no match may continue into an appositive
        right after it ("two models, A and B"); a kind noun and an exemplifier may lead to the
        list past the clause ("lags larger systems such as A and B").
        """
        clause_end = self.clause_of(max(pos - 1, self.start))[1]
        limit = clause_end if hi is None else hi
        heads = [m for m in self.mentions if m.start >= pos and m.type in types]
        if not heads:
            return []
        while len(heads) > 1 and (self.re(dc.MODIFIER_OF).fullmatch(self.norm.folded, heads[0].end, heads[1].start)
                                  or self._member_of(heads[0], heads[1])):
            heads = heads[1:]
        first = heads[0]
        if first.end > limit and not (apposition and self.re(dc.APPOSITION).fullmatch(self.norm.folded, clause_end, first.start)) \
                and not self.re(dc.EXEMPLIFIED).fullmatch(self.norm.folded, pos, self._owner_start(first)):
            return []
        owned_by: dict[int, int] = {}  # a member named after its family's possessive ("…and Claude's 3.5 Sonnet"): where its name opens
        rest = []
        for m in heads[1:]:
            if rest and (self._member_of(rest[-1], m) or (
                    m.type == NodeType.MODEL and rest[-1].type == NodeType.MODEL
                    and self.re(dc.MODIFIER_OF).fullmatch(self.norm.folded, rest[-1].end, m.start))):
                owned_by[id(m)] = self._owner_start(rest.pop())  # "…以及阿里Qwen更大规模的开源推理模型QwQ": the head is QwQ
            rest.append(m)
        chain, pending, last = [first], [], first
        last_end = first.end
        for m in rest:
            gap = self.norm.folded[last_end:owned_by.get(id(m), self._owner_start(m))]
            closed = _BRACKET_CLOSE.match(self.norm.folded, m.end) if m.entity_id == last.entity_id \
                and _BRACKET_OPEN.fullmatch(gap) else None
            if closed is not None:
                last_end = closed.end()  # "the Federal Trade Commission (FTC), the CMA and…": the name's abbreviation
                continue
            if not self.re(dc.COORD).fullmatch(gap) or (m.type == NodeType.MODEL and last.type == NodeType.MODEL
                                                        and not self.norm.folded[last.end:m.start].strip()):
                break  # (two models with nothing between are one name: "豆包Seed 1.6")
            if ("," in gap and self.re(dc.NEW_CLAUSE).match(self.norm.folded, m.end)) \
                    or self.re(dc.NEW_PREDICATE).match(self.norm.folded, m.end):
                break  # "…beat A and B, and C also trailed", "…beat A and C trails D": C starts a clause
            if self.re(dc.COMMA_ONLY).fullmatch(gap):
                pending.append(m)  # "A, B" joins only if an "and" or 以及 closes the list
            else:
                chain, pending = chain + pending + [m], []
            last, last_end = m, m.end
        if pending and self.re(dc.LIST_CLOSE).match(self.norm.folded, last_end):
            chain += pending  # "A, B, C, and others": closed all the same
        return chain

    def _member_of(self, family: Mention, member: Mention) -> bool:
        """"Google Gemini's 1.5 Pro", "Gemini的1.5 Pro": a family as the possessor of one of its members — the member is
        the name (the family only owns it)."""
        if not self.re(dc.POSSESSIVE).fullmatch(self.norm.folded, family.end, member.start):
            return False
        entry = self.gazetteer.entries.get(member.entity_id) if self.gazetteer is not None else None
        return family.entity_id == ((entry.family if entry is not None else None) or getattr(member, "family", None))

    def listed_with(self, m: Mention | None, subject: bool = True) -> list[Mention]:
        """``m`` and the names listed before it in its clause: "A、B和C优于D", "A and B beat D" give
        [A, B, C] for C. A comma alone joins only a list an "and" (和, 以及) closes, as in :meth:`after`;
        with ``subject``, the list must open its clause (the subject slot), else ``m`` stands alone."""
        if m is None:
            return []
        if m in self._stands_for:
            return self._stands_for[m]
        clause_start = self.clause_of(m.start)[0]
        found = [o for o in self.mentions if clause_start <= o.start and o.end <= m.start and o.type == m.type]
        chain, closed, last = [m], False, m
        for o in reversed(found):
            gap = self.norm.folded[o.end:self._owner_start(last)]
            if not self.re(dc.COORD).fullmatch(gap) or (o.type == NodeType.MODEL and last.type == NodeType.MODEL
                                                        and not self.norm.folded[o.end:last.start].strip()):
                break
            if self.re(dc.COMMA_ONLY).fullmatch(gap) and not closed:
                break
            closed = closed or not self.re(dc.COMMA_ONLY).fullmatch(gap)
            chain.insert(0, o)
            last = o
        if subject and closed and chain[0] is not m:  # "A, B and C trail D": the comma made "A" a clause of its own
            longer = list(chain)
            for o in reversed([o for o in self.mentions if self.start <= o.start and o.end <= clause_start and o.type == m.type]):
                if not self.re(dc.COMMA_ONLY).fullmatch(self.norm.folded[o.end:self._owner_start(longer[0])]):
                    break
                longer.insert(0, o)
            if len(longer) > len(chain) and self.re(dc.SUBJECT_SLOT).fullmatch(
                    self.norm.folded, self.clause_of(longer[0].start)[0], self._owner_start(longer[0])):
                return longer
        if subject and len(chain) > 1 and not self.re(dc.SUBJECT_SLOT).fullmatch(
                self.norm.folded, clause_start, self._owner_start(chain[0])):
            return [m]  # "Qwen3 beats A and B trails C": a list opens its clause, else it is no subject list
        return chain

    def maker_model(self, pos: int, hi: int | None = None) -> Mention | None:
        """"…beating the OpenAI model": at ``pos``, a maker's name and a model noun stand for the
        last model of that maker named before (its maker written as its possessor, or known to the
        gazetteer); None when there is no such description or no such model."""
        text, hi = self.norm.folded, self.clause_of(pos)[1] if hi is None else hi
        makers = [m for m in self.mentions if m.start >= pos and m.type == NodeType.ORGANIZATION][:1]
        if not makers or not self.re(dc.DESCRIPTION_LEAD).fullmatch(text, pos, makers[0].start) \
                or not self.re(dc.MAKER_MODEL).match(text, makers[0].end, hi):
            return None
        maker = makers[0]
        paragraph = text.rfind("\n", 0, self.start) + 1  # a maker's model named in an earlier paragraph is too far back
        models = [m for m in [*self.earlier, *self.mentions] if paragraph <= m.start and m.end <= maker.start
                  and m.type == NodeType.MODEL]
        for m in reversed(models):
            entry = self.gazetteer.entries.get(m.entity_id) if self.gazetteer is not None else None
            developer = entry.developer if entry is not None else getattr(m, "developer", None)
            owner = self._owner_start(m) if m in self.mentions else m.start
            if developer == maker.entity_id or (owner < m.start and any(
                    o.entity_id == maker.entity_id and o.start == owner for o in self.mentions)):
                return m
        return None

    def former_latter(self, pos: int) -> Mention | None:
        """"…跑赢后者", "…beats the latter": at ``pos``, the former / the latter of exactly two names
        of its type before it in the sentence (None otherwise)."""
        text = self.norm.folded
        for template, index in ((dc.FORMER, 0), (dc.LATTER, 1)):
            match = self.re(template).search(text, pos, min(self.end, pos + 16))
            if match and self.re(dc.DESCRIPTION_LEAD).fullmatch(text, pos, match.start()):
                pair = list({m.entity_id: m for m in self.mentions if m.end <= pos and m.type == NodeType.MODEL}.values())
                return pair[index] if len(pair) == 2 else None
        return None

    def _owner_start(self, m: Mention) -> int:
        """Where "OpenAI的GPT-4o" (or "OpenAI GPT-4o", "谷歌 Gemini") starts, for the GPT-4o mention."""
        key = (m.start, m.type)  # (all it depends on: the sentence's mentions and text do not change)
        found = self._owners.get(key)
        if found is None:
            found = self._owners[key] = self._owner_start_in(m, self.mentions)
        return found

    def _owner_start_in(self, m: Mention, pool: list[Mention]) -> int:
        """Where ``m`` starts with its owner among ``pool`` (this sentence's mentions for :meth:`_owner_start`, an
        earlier sentence's for a mention there: "Google's B" starts at Google)."""
        possessive, text = self.re(dc.OWNED), self.norm.folded
        owners = [o for o in pool if o.end <= m.start and o.type != m.type and (
            possessive.fullmatch(text, o.end, m.start)
            or (o.type == NodeType.ORGANIZATION and not text[o.end:m.start].strip()))]
        return owners[-1].start if owners else m.start

    def gap(self, a: Mention, b: Mention) -> str:
        return self.norm.folded[a.end:b.start]


def _latin(ch: str) -> bool:
    return "a" <= ch <= "z"


ORG = (NodeType.ORGANIZATION,)
MODEL = (NodeType.MODEL,)
RELEASABLE = (NodeType.MODEL, NodeType.POLICY)
CITABLE = (NodeType.SOURCE, NodeType.ORGANIZATION)
_BRACKET_OPEN = re.compile(r"\s*[（(]\s*")   # a name's abbreviation in brackets right after it, in a list
_BRACKET_CLOSE = re.compile(r"\s*[)）]")
ANY = tuple(NodeType)
