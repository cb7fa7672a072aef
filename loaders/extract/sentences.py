"""Sentence and clause splitting for Chinese and English, as (start, end) spans."""
from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence

from .lexicon import Lexicon
from .prefilter import finditer

# A sentence ends at Chinese end punctuation (plus closing quotes), at English end punctuation
# (plus closing quotes and brackets) followed by a space and no word in lower case ("at 9 a.m. local
# time" goes on; "xAI" and "iPhone" may open a sentence), at an ellipsis before a capital, at a full stop glued to the capitalised
# word of the next sentence ("last week.Italy's", see :func:`_glued`), at a full stop between
# Chinese text, or at a line break.
_SENTENCE_END = re.compile(
    r"[。｡！？!?；;]+[”」』’\"）)]*"
    r"|(?<=[A-Za-z0-9\)\]”\"'’%\u4e00-\u9fff])\.[”\"’]?[)）\]]?(?=\s)(?!\s+[a-z]+[\s,;:)])"
    r"|(?:(?<=[A-Za-z0-9])\.\.\.|…)(?=\s+[A-Z“\"])"
    r"|(?P<glued>(?<=[A-Za-z0-9\)\]”’%])\.[”’]?(?=[“\"‘]?[A-Z][a-z'’]))"
    r"|(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff“「])|(?<=[A-Za-z0-9\)\]”’])\.(?=[\u4e00-\u9fff])"
    r"|\n+")
# the word a glued full stop follows, and the token around it (a URL or e-mail address is no sentence end)
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_ADDRESS = re.compile(r"://|@|\bwww\.|\.[A-Za-z][a-z]*\.[a-z]{2,}")
# a full stop after one of these is not the end of a sentence
ABBREVIATION = r"(?<![A-Za-z]){sentences.abbreviations}$"  # after Chinese text too ("苹果Inc.")
# …unless the next sentence opens right after it ("in the U.S. The company…")
_ABBREVIATION_END = r"[ \t]+{sentences.abbreviation_ends}"
# a legal form closes a name: a capitalised word after its full stop opens the next sentence ("…sued Acme Inc. Zenith
# said…"), unless it goes on with the name's role or another legal form ("Acme Inc. Chief Executive…", "Co. Ltd.")
LEGAL_FORM = r"(?<![A-Za-z]){sentences.legal_forms}$"
_LEGAL_FORM_END = r"[ \t]+(?!{sentences.legal_form_continuations})[A-Z]"
_CLAUSE_END = re.compile(r"[，,：:；;]|\s[-–—]\s")
# A "sentence" longer than this (a table, a page with no full stops) is cut at its last clause or
# word break before the limit: evidence stays readable and the work per sentence bounded.
MAX_SENTENCE = 2000
_BREAK = re.compile(r"[，,：:；;、\s]")


class Sentences(Sequence):
    """``(start, end)`` spans of an article's sentences, kept as two arrays (a million sentences
    take 16 MB, not a million tuples)."""

    def __init__(self):
        self.starts, self.ends = array("q"), array("q")

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [(self.starts[j], self.ends[j]) for j in range(*i.indices(len(self)))]
        return self.starts[i], self.ends[i]

    def __iter__(self):
        return zip(self.starts, self.ends)

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def containing(self, pos: int) -> tuple[int, int] | None:
        """The sentence holding position ``pos``, or None."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and pos < self.ends[i] else None


def sentence_spans(text: str, lexicon: Lexicon | None = None) -> Sentences:
    """``(start, end)`` of every sentence, stripped of surrounding blanks (see :data:`MAX_SENTENCE`).

    >>> text = "阿里巴巴發佈了Qwen3。It beats gpt-oss. Really?"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['阿里巴巴發佈了Qwen3。', 'It beats gpt-oss.', 'Really?']
    >>> text = "Acme grew in the U.S. The firm sued Zenith Corp. and U.K. rival Orbit Ltd. in Jan. It won."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Acme grew in the U.S.', 'The firm sued Zenith Corp. and U.K. rival Orbit Ltd. in Jan.', 'It won.']
    >>> text = "Orbit sued Zenith Inc. Zenith said it would fight. Acme Inc. Chief Executive Jo Roe spoke."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Orbit sued Zenith Inc.', 'Zenith said it would fight.', 'Acme Inc. Chief Executive Jo Roe spoke.']
    >>> [e - s for s, e in sentence_spans("字" * 4500)]
    [2000, 2000, 500]
    """
    goes_on = _GoesOn(lexicon)
    found, start = Sentences(), 0
    for match in finditer(_SENTENCE_END, text):  # tried only at its stops and line breaks
        a, b = match.span()
        if text[a] == "." and goes_on(text, a, max(0, a - 5), b):
            continue
        if match.group("glued") and not _glued(text, a):
            continue
        _keep(found, text, start, b)
        start = b
    _keep(found, text, start, len(text))
    return found


def past_abbreviation_dots(text: str, mentions: list, lexicon: Lexicon | None = None) -> list:
    """Mentions ending in an abbreviation, each taking in the abbreviation's full stop ("U.S. AI firm", "Acme Corp.
    and Zenith", "Acme Inc.'s model"): what follows the name is then the gap or the list, not a full stop. A full stop closing its line
    is left out, and so is one before the next sentence's opening word (see :func:`sentence_spans`): either ends
    the sentence too.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class M:
    ...     start: int
    ...     end: int
    >>> text = "sued U.S. firm Acme Corp. and Zenith Co. It sold in the U.S."
    >>> [text[m.start:m.end] for m in past_abbreviation_dots(text, [M(5, 8), M(15, 24), M(30, 39), M(56, 59)])]
    ['U.S.', 'Acme Corp.', 'Zenith Co', 'U.S']
    """
    from dataclasses import replace

    goes_on = _GoesOn(lexicon)
    found = []
    for m in mentions:
        a = m.end
        if a < len(text) - 1 and text[a] == "." and text[a + 1] in " \t'’" and text[a + 1:].split("\n", 1)[0].strip() \
                and goes_on(text, a, max(m.start, a - 5), a + 1):
            m = replace(m, end=a + 1)
        found.append(m)
    return found


class _GoesOn:
    """Whether the full stop at ``dot`` is an abbreviation's (one of ``sentences.abbreviations`` ending at it, looked
    for from ``lo``) that does not end the sentence: the next sentence's opening word (``sentences.abbreviation_ends``)
    does not follow at ``after``, nor, after a legal form (``sentences.legal_forms``), a capitalised word that does not
    go on with the name (``sentences.legal_form_continuations``)."""

    def __init__(self, lexicon: Lexicon | None = None):
        lex = lexicon or Lexicon.default()
        self.abbreviation, self.ends = lex.pattern(ABBREVIATION), lex.pattern(_ABBREVIATION_END)
        self.legal, self.legal_end = lex.pattern(LEGAL_FORM), lex.pattern(_LEGAL_FORM_END)

    def __call__(self, text: str, dot: int, lo: int, after: int) -> bool:
        return self.abbreviation.search(text, lo, dot) is not None and not self.ends.match(text, after) \
            and not (self.legal.search(text, lo, dot) and self.legal_end.match(text, after))


def _glued(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot``, with no space after it, ends a sentence: not inside a URL
    or an e-mail address, and not after a word in capitals ("U.S.The" is left whole, "OpenAI.The"
    is cut).

    >>> _glued("sales fell last week.Italy's regulator", 20), _glued("see www.example.Com now", 15)
    (True, False)
    >>> _glued("the U.S.The ban", 7), _glued("at OpenAI.The lab", 9)
    (False, True)
    """
    start = text.rfind(" ", 0, dot) + 1
    end = text.find(" ", dot)
    token = text[start:end if end >= 0 else len(text)]
    if _ADDRESS.search(token):
        return False
    word = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    return word is None or not text[dot - 1].isupper() or any(c.islower() for c in word.group())


def _keep(found: Sentences, text: str, start: int, end: int) -> None:
    start, end = _strip(text, start, end)
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        breaks = [m.end() for m in _BREAK.finditer(text, start + MAX_SENTENCE // 2, cut)]
        piece_end = breaks[-1] if breaks else cut
        _keep(found, text, start, piece_end)
        start, end = _strip(text, piece_end, end)
    if end > start:
        found.starts.append(start)
        found.ends.append(end)


_NOT_CLAUSE_BREAK = "{sentences.not_clause_breaks}"


def clause_spans(text: str, start: int, end: int, lexicon: Lexicon | None = None,
                 names: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Clauses of ``text[start:end]``, split at commas, colons and semicolons — not at a mark that stays inside a
    name (``sentences.not_clause_breaks``: "Acme Holdings, Inc.", "Acme (Nasdaq: ACME)"), nor at one inside a name
    found (``names``, spans: "the Ministry of Economy, Trade and Industry")."""
    spans, cursor = [], start
    inside = (lexicon or Lexicon.default()).pattern(_NOT_CLAUSE_BREAK)
    for match in _CLAUSE_END.finditer(text, start, end):
        if inside.match(text, match.end(), end) or any(a < match.start() and match.end() < b for a, b in names):
            continue
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return [s for s in spans if s[1] > s[0]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
