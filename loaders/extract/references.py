"""A policy referred back to by a description ("the new rules", "the bill", 该法案, 相关规则, 这项禁令): the description
becomes a mention of the one policy of its kind the article has named before it, so that every relation rule reads it
as that policy ("The governor signed the bill", "商务部表示，相关规则是…，中方坚决反对").

Precision first, as every reference (see :mod:`.view`): a description stands for a policy only when exactly one
policy of its kind (a law for "the bill", a rule for 相关规则: ``discourse.policy_kinds``) is named earlier in the
article; none or two, and it stands for nothing. A description with a name right after it ("the bill, SB 53",
"该法案《X》") only describes that name, and one a name already covers is that name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...schema import NodeType
from ...schema.text import to_simplified
from .lexicon import Lexicon
from .mentions import Mention
from .normalize import Normalised
from .prefilter import finditer, may_match

RULE = "reference.policy"
CONFIDENCE = 0.9  # a reference resolved: a little below a name
_DESCRIPTION = "{discourse.policy_reference}"
_NAMED_AFTER = re.compile(r"[\s,，:：]*[《「“\"(（]?\s*$")  # "the bill, SB 53", "该法案《X》": the name is what is meant


def refer_policies(norm: Normalised, mentions: list[Mention], lexicon: Lexicon, gazetteer=None) -> list[Mention]:
    """The mentions, with a policy mention added on each description that stands for one policy named before it.

    >>> from newsgraph.schema import NodeType
    >>> text = "议会通过了人工智能基本法。该法案将于明年生效。"
    >>> law = Mention(5, 12, "人工智能基本法", "ai-basic-act", NodeType.POLICY)
    >>> [(m.surface, m.entity_id) for m in refer_policies(Normalised.of(text), [law], Lexicon.default())][1:]
    [('该法案', 'ai-basic-act')]
    """
    text = norm.folded
    regex = lexicon.pattern(_DESCRIPTION)
    if not any(m.type == NodeType.POLICY for m in mentions) or not may_match(regex, text):
        return mentions
    kinds = lexicon.table("discourse.policy_kinds")
    found, named_kinds = [], {}
    for match in finditer(regex, text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue  # a name covers it ("the Act" of "the AI Act")
        after = next((m for m in mentions if m.start >= end), None)
        if after is not None and after.type == NodeType.POLICY and _NAMED_AFTER.match(text[end:after.start]):
            continue  # "the bill, SB 53": the name right after says which
        wanted = _kinds_of(kinds, text[start:end])
        fits = set()
        for m in mentions:
            if m.end <= start and m.type == NodeType.POLICY:
                key = (m.entity_id, m.start)
                if key not in named_kinds:
                    named_kinds[key] = _named_kinds(kinds, m, text, gazetteer)
                if wanted & named_kinds[key]:
                    fits.add(m.entity_id)
        if len(fits) == 1:
            entity_id = fits.pop()
            model = next(m for m in mentions if m.entity_id == entity_id)
            found.append(replace(model, start=start, end=end, surface=norm.original[start:end], confidence=CONFIDENCE,
                                 rule=RULE, extra_aliases=()))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: (m.start, m.end))


def _kinds_of(kinds, name: str) -> frozenset[str]:
    """The kinds of policy whose words ``name`` holds."""
    return frozenset(key for key, pattern in kinds if pattern.search(name))


def _named_kinds(kinds, m: Mention, text: str, gazetteer) -> frozenset[str]:
    """The kinds of the policy ``m`` names: those its name as written says ("出口管制" is controls, even where the
    gazetteer also knows it as 出口规则); for a name that says none ("SB 53", "TRAIGA"), the gazetteer's names of it."""
    written = _kinds_of(kinds, text[m.start:m.end])
    entry = gazetteer.entries.get(m.entity_id) if gazetteer is not None else None
    if written or entry is None:
        return written
    return frozenset(key for key, pattern in kinds if any(pattern.search(to_simplified(a).lower()) for a in entry.aliases))
