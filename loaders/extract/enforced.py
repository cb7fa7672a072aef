"""Companies the gazetteer lacks, named as what a public body acts on: "The FTC sued Acmebot", "the SEC
charged two advisers, Zentrix and Orbis Wealth", "the FTC took action against five companies: A, B, C…".

An enforcement sweep names small firms nobody has heard of; the act itself says they are organisations.
Each name is a capitalised Latin name (in English or Chinese text) right after an enforcement verb
(``names.enforcement_acts``) whose subject is a known public body (an agency, a government, a legislature,
a country, region or city) named just before it in the same clause, or described there ("the agency")
after one is named. A counted kind of party before the
names ("three ecommerce companies —", ``names.enforced_kinds``) opens a list: each member is one. Without it
only the one name right after the verb is, and only a name that cannot be a person's (one word, or ending
with an organisation's suffix), closed where the act's object ends (``names.enforced_ends``)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...schema import NodeType, slugify
from .lexicon import Lexicon
from .mentions import Mention
from .normalize import Normalised
from .variants import DISCOVERED

_PUBLIC_KINDS = frozenset({"agency", "government", "country", "legislature", "region", "city"})
_NAME = re.compile(r"[A-Z][A-Za-z0-9&'’-]*(?:\.(?=[A-Za-z]))?[A-Za-z0-9&'’-]*(?: [A-Z][A-Za-z0-9&'’-]*){0,3}")
# between the body and its act: adverbs and auxiliaries in lower case ("also", "has", "on Tuesday" is not),
# never a clause of its own ("said", "that", "which")
_SUBJECT_GAP = r"(?:\s*[,，]?\s*(?!{names.enforcement_not_gaps}(?![a-z]))[a-z]+){0,3}\s*"
_CJK_GAP = r"[\u4e00-\u9fff]{0,4}"  # "已", "日前", "也已": adverbs between a Chinese subject and its verb
_SEPARATOR = "{names.list_separators}"
_KINDS = "{names.enforced_kinds}"
_ENDS = "{names.enforced_ends}"
_DESCRIBED_BODY = "{worry.bare_public_parties}"  # "the agency", "the commission", "the feds"
_RULE = "discovery.org_enforced"
# a person the text describes, never quoted: a given name and a surname, then "a/an/the former…", "who", an age
_PERSON_DESCRIBED = re.compile(r"(?<![\w.])[A-Z][a-z]+ ([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?), "
                               r"(?:(?:a|an|the)\s+(?:former|ex-|retired|onetime)|who|whose|aged|\d{1,2},)")
_GAP_REACH = 120  # characters between a body and its act, at most (three short words, or four CJK characters)


def discover_enforced(norm: Normalised, taken: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """Unknown organisations a known public body sues, fines, charges or takes action against (see module)."""
    lex = lexicon or Lexicon.default()
    publics = [m for m in taken if m.type == NodeType.ORGANIZATION and m.kind in _PUBLIC_KINDS]
    if not publics:
        return []
    text, folded = norm.original, norm.folded
    ends = {m.end for m in publics}
    first = min(m.start for m in publics)  # "The agency also sued Acmebot": a body described after one is named
    ends |= {d.end() for d in lex.pattern(_DESCRIBED_BODY).finditer(folded) if d.start() > first}
    gap, cjk_gap = lex.pattern(_SUBJECT_GAP), re.compile(_CJK_GAP)
    separator, kinds, closes = lex.pattern(_SEPARATOR), lex.pattern(_KINDS), lex.pattern(_ENDS)
    starts = {m.start: m for m in taken}
    not_names = lex.word_set("names.not_names")
    suffixes = lex.word_set("names.org_suffixes") | lex.word_set("names.enforced_name_ends")
    name_ends = lex.word_set("names.enforced_name_ends")
    surnames = {m.surface.split()[-1] for m in taken if m.type == NodeType.SOURCE and m.kind == "person"}
    surnames |= {p.group(1) for p in _PERSON_DESCRIBED.finditer(text)}  # "Jane Roe, a former adviser, … charged Roe"
    found: list[Mention] = []
    ends = sorted(ends)
    taken_starts, reach = _reach(taken)
    for act in lex.pattern("{names.enforcement_acts}").finditer(folded):
        near = ends[bisect_left(ends, act.start() - _GAP_REACH):bisect_right(ends, act.start())]  # not every body
        if not any(gap.fullmatch(text, e, act.start()) or cjk_gap.fullmatch(text, e, act.start()) for e in near):
            continue  # no public body is the subject of this act
        pos = act.end()
        opener = kinds.match(folded, pos)
        if opener:
            pos = opener.end()
        else:
            pos += len(text[pos:]) - len(text[pos:].lstrip())
        while True:
            known = starts.get(pos)
            if known is not None:
                end = known.end  # a known member of the list: the list goes on after it
            else:
                name = _NAME.match(text, pos)
                if name is None:
                    break
                words = name.group().split()
                while words and words[-1] in not_names and not (len(words) > 1 and words[-1] in name_ends):
                    words.pop()  # "Acmebot said": no trailing word that is no name ("Clearvue AI" keeps its "AI")
                if not words or words[0] in not_names or words[-1] in surnames:
                    break
                end = pos + len(" ".join(words))
                single = len(words) == 1 or words[-1] in suffixes
                if not opener and (not single or not closes.match(folded, end)):
                    break  # "sued Jane Roe": two capitalised words may be a person's name
                surface = text[pos:end]
                found.append(Mention(pos, end, surface, slugify(surface), NodeType.ORGANIZATION, DISCOVERED,
                                     _RULE, kind="company"))
            if not opener:
                break
            link = separator.match(folded, end)
            if link is None or link.end() == end:
                break
            pos = link.end()
    spans: set[tuple[int, int]] = set()
    return [m for m in found if (m.start, m.end) not in spans and not spans.add((m.start, m.end))
            and not _overlaps(m, taken_starts, reach)]


def _reach(taken: list[Mention]) -> tuple[list[int], list[int]]:
    """The starts of ``taken`` in order, and the furthest end of any mention starting at or before each."""
    starts, reach, furthest = [], [], -1
    for t in sorted(taken, key=lambda t: t.start):
        furthest = max(furthest, t.end)
        starts.append(t.start)
        reach.append(furthest)
    return starts, reach


def _overlaps(m: Mention, starts: list[int], reach: list[int]) -> bool:
    """Whether a mention starting before ``m`` ends reaches into it (in log time, not one pass over them all)."""
    i = bisect_left(starts, m.end)
    return i > 0 and reach[i - 1] > m.start
