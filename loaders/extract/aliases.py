"""Aliases learned from apposition: 蘇廉節(Su Lian Jye), “人工分析”(Artificial Analysis)."""
from __future__ import annotations

import re

from .mentions import Mention
from .normalize import Normalised

_PAREN = re.compile(r"[（(]([^()（）]{2,40})[)）]")
_NAME = re.compile(r"^(?:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4}|[\u4e00-\u9fff·]{2,8})$")
_QUOTED_BEFORE = re.compile(r"[“「\"]([\u4e00-\u9fff·A-Za-z0-9 ]{2,12})[”」\"]$")


def learn_aliases(norm: Normalised, mentions: list[Mention]) -> None:
    """Add the other half of ``name(name)`` to the mention that covers one half."""
    by_end = {m.end: m for m in mentions}
    by_span = {(m.start, m.end): m for m in mentions}
    text = norm.original
    for match in _PAREN.finditer(text):
        inner, (a, b) = match.group(1).strip(), match.span(1)
        before = _mention_ending_at(by_end, text, match.start())
        covered = by_span.get((a, b))
        if before and not covered and _NAME.match(inner):
            before.extra_aliases.append(inner)
        elif covered and not before:
            quoted = _QUOTED_BEFORE.search(text, max(0, match.start() - 16), match.start())
            if quoted:
                covered.extra_aliases.append(quoted.group(1))


def _mention_ending_at(by_end: dict[int, Mention], text: str, pos: int) -> Mention | None:
    while pos > 0 and text[pos - 1] in "”」\" ":
        pos -= 1
    return by_end.get(pos)
