"""Aliases learned from apposition: 蘇廉節(Su Lian Jye), “人工分析”(Artificial Analysis); an outlet's name in brackets
right after an organisation's is that organisation's abbreviation in the article ("the Italian Data Protection
Authority (DPA)": not the news agency dpa)."""
from __future__ import annotations

import re
from dataclasses import replace

from ...schema import NodeType
from .mentions import Mention
from .normalize import Normalised

_PAREN = re.compile(r"[（(]([^()（）]{2,40})[)）]")
_NAME = re.compile(r"^(?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}|[\u4e00-\u9fff·]{2,8})$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_DATELINE = re.compile(r"[ \t]*(?:--|—|–|-[ \t])")   # "WASHINGTON, May 21 (Reuters) -", "Tokyo, May 28 (Jiji Press)--"
_QUOTED_BEFORE = re.compile(r"[“「\"]([\u4e00-\u9fff·A-Za-z0-9 ]{2,12})[”」\"]$")


def learn_aliases(norm: Normalised, mentions: list[Mention]) -> list[Mention]:
    """The mentions, where one covers half of ``name(name)``, with the other half as an extra alias."""
    by_end = {m.end: i for i, m in enumerate(mentions)}
    by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    learned: dict[int, list[str]] = {}
    abbreviated: dict[str, Mention] = {}  # an outlet's name in brackets after an organisation's: its abbreviation
    text = norm.original
    for match in _PAREN.finditer(text):
        inner, (a, b) = match.group(1).strip(), match.span(1)
        before = _mention_ending_at(by_end, text, match.start())
        covered = by_span.get((a, b))
        if _DATELINE.match(text, match.end()):
            continue  # "THE HAGUE, Netherlands (AP) —": the wire of a dateline, no abbreviation of the place
        if before is not None and covered is None and _NAME.match(inner):
            learned.setdefault(before, []).append(inner)
        elif before is not None and covered is not None and _ACRONYM.match(inner) \
                and mentions[covered].type == NodeType.SOURCE and mentions[covered].kind != "person" \
                and mentions[before].type == NodeType.ORGANIZATION:
            abbreviated[inner] = mentions[before]  # "the Italian Data Protection Authority (DPA)": not the news agency
        elif covered is not None and before is None:
            quoted = _QUOTED_BEFORE.search(text, max(0, match.start() - 16), match.start())
            if quoted:
                learned.setdefault(covered, []).append(quoted.group(1))
    out = [replace(m, extra_aliases=(*m.extra_aliases, *learned[i])) if i in learned else m
           for i, m in enumerate(mentions)]
    if abbreviated:  # the article's every mention of the abbreviation is the organisation
        out = [replace(m, entity_id=org.entity_id, type=org.type, kind=org.kind, family=None, developer=None)
               if m.type == NodeType.SOURCE and (org := abbreviated.get(text[m.start:m.end].strip())) is not None else m
               for m in out]
    return out


def _mention_ending_at(by_end: dict[int, int], text: str, pos: int) -> int | None:
    while pos > 0 and text[pos - 1] in "”」\" ":
        pos -= 1
    return by_end.get(pos)
