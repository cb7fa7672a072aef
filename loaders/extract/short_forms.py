"""A body named in full once and by its short form elsewhere in the article ("韩国个人信息保护委员会17日表示…。
个人信息保护委员会表示…", "South Korea's Personal Information Protection Commission … the Personal Information
Protection Commission"): a discovered organisation whose name ends the full name of one known organisation named in
the same article, the rest of that full name a known place (with its possessive), is that organisation."""
from __future__ import annotations

import re
from dataclasses import replace

from ...schema import NodeType
from .discovery import PLACE_KINDS
from .mentions import Mention
from .normalize import Normalised

_POSSESSIVE = re.compile(r"(?:['’]s)?\s*$")
_OPENING = re.compile(r"^\s*(?:the\s+)?", re.IGNORECASE)
_SHORTEST = 4  # characters: a shorter short form ("委员会", "Commission") names no one body


def refer_short_forms(norm: Normalised, mentions: list[Mention], gazetteer) -> list[Mention]:
    """The mentions, each discovered organisation that is the short form of one known organisation's full name in
    the article given that organisation's id (its kind then comes from the gazetteer)."""
    text = norm.folded
    known = [(text[m.start:m.end], m.entity_id) for m in mentions
             if m.type == NodeType.ORGANIZATION and m.entity_id in gazetteer.entries]
    if not known:
        return mentions
    out = []
    for m in mentions:
        if m.type == NodeType.ORGANIZATION and m.entity_id not in gazetteer.entries:
            short = _OPENING.sub("", text[m.start:m.end])
            fulls = {entity_id for full, entity_id in known
                     if len(short) >= _SHORTEST and len(full) > len(short) and full.endswith(short)
                     and _place(gazetteer, _POSSESSIVE.sub("", full[:-len(short)]).strip())}
            if len(fulls) == 1:
                m = replace(m, entity_id=fulls.pop(), kind=None, rule="short_form")
        out.append(m)
    return out


def _place(gazetteer, name: str) -> bool:
    entry = gazetteer.lookup(name) if name else None
    return entry is not None and entry.kind in PLACE_KINDS
