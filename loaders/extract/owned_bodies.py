"""Ministries named by their country and trade ("South Korea's industry ministry", "韩国国防部") the gazetteer lacks."""
from __future__ import annotations

from ...schema import NodeType, slugify
from ...schema.text import to_simplified
from .lexicon import Lexicon
from .mentions import Mention
from .normalize import Normalised
from .spans import Spans
from .variants import DISCOVERED

_OWNERS = frozenset({"country"})  # the places whose name opens a ministry's ("Germany's digital ministry"), not cities
_RULE = "discovery.body_owned_{lang}"


def discover_owned_bodies(norm: Normalised, taken: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """A country's name right before a ministry's trade words (``names.owned_bodies``: "'s industry ministry" in English,
    国防部/外务省 in Chinese) names that country's ministry, a public body of kind government; the country's mention is
    part of the name. Names the gazetteer holds ("Japan's industry ministry", "中国外交部") are taken already.

    >>> norm = Normalised.of("South Korea's industry ministry blocked it. 德国国防部表示反对。")
    >>> from .gazetteer import Gazetteer
    >>> from .mentions import Matcher
    >>> taken = Matcher(Gazetteer.default(), Lexicon.default()).find(norm)
    >>> [(m.surface, m.kind) for m in discover_owned_bodies(norm, taken)]
    [('德国国防部', 'government')]
    """
    lex = lexicon or Lexicon.default()
    owners = [m for m in taken if m.type == NodeType.ORGANIZATION and m.kind in _OWNERS]
    if not owners:
        return []
    spans = Spans((m.start, m.end) for m in taken)
    found = []
    for code, regex, wordlist in lex.per_language("names.owned_bodies"):
        text = norm.folded if wordlist.match == "folded" else norm.original
        for owner in owners:
            match = regex.match(text, owner.end)
            if match is None or spans.overlaps(owner.end, match.end()):
                continue
            surface = norm.original[owner.start:match.end()]
            spans.add(owner.start, match.end())
            found.append(Mention(owner.start, match.end(), surface, slugify(to_simplified(surface)), NodeType.ORGANIZATION,
                                 DISCOVERED, _RULE.format(lang=code), kind="government"))
    return sorted(found, key=lambda m: (m.start, m.end))
