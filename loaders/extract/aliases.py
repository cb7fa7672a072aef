"""Aliases learned from apposition: 蘇廉節(Su Lian Jye), “人工分析”(Artificial Analysis)."""
from __future__ import annotations

import re
from dataclasses import replace

from .mentions import Mention
from .normalize import Normalised

_PAREN = re.compile(r"[（(]([^()（）]{2,40})[)）]")
_NAME = re.compile(r"^(?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}|[\u4e00-\u9fff·]{2,8})$")
_QUOTED_BEFORE = re.compile(r"[“「\"]([\u4e00-\u9fff·A-Za-z0-9 ]{2,12})[”」\"]$")


def learn_aliases(norm: Normalised, mentions: list[Mention]) -> list[Mention]:
    """The mentions, where one covers half of ``name(name)``, with the other half as an extra alias."""
    by_end = {m.end: i for i, m in enumerate(mentions)}
    by_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    learned: dict[int, list[str]] = {}
    text = norm.original
    for match in _PAREN.finditer(text):
        inner, (a, b) = match.group(1).strip(), match.span(1)
        before = _mention_ending_at(by_end, text, match.start())
        covered = by_span.get((a, b))
        if before is not None and covered is None and _NAME.match(inner):
            learned.setdefault(before, []).append(inner)
        elif covered is not None and before is None:
            quoted = _QUOTED_BEFORE.search(text, max(0, match.start() - 16), match.start())
            if quoted:
                learned.setdefault(covered, []).append(quoted.group(1))
    return [replace(m, extra_aliases=(*m.extra_aliases, *learned[i])) if i in learned else m
            for i, m in enumerate(mentions)]


def _mention_ending_at(by_end: dict[int, int], text: str, pos: int) -> int | None:
    while pos > 0 and text[pos - 1] in "”」\" ":
        pos -= 1
    return by_end.get(pos)
