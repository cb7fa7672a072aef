"""Policies described with their issuer as the possessor: "Japan's new chip curbs", "荷兰政府的新规".

A country or public body, a possessive ('s, 的), perhaps words of novelty and of topic, then a policy
noun (``discourse.policy_heads``) name a policy of that issuer. It is the policy the article named before that may be
that issuer's (the same country, or one unknown): the one of that kind (``discourse.policy_kinds``), else the only one
(a reference, as :mod:`.references` makes); with none, a policy of its own, whose id joins the issuer's id to the kind,
so two articles about the same curbs meet. A country possessing a policy named before by
another issuer ("中国的规定" after a ministry's measures) names nothing: which one is meant is not clear.
A description a known name covers, or one a name follows right after ("Ruritania's new law, the AI Safety Act"), is none.
"""
from __future__ import annotations

import re

from ...schema import NodeType
from .authorities import place_of
from .lexicon import Lexicon
from .mentions import Mention
from .references import RULE as REFERENCE
from .variants import DISCOVERED

RULE = "discovery.policy_possessed"
_ISSUERS = frozenset({"country", "region", "agency", "government", "legislature"})
_DESCRIPTION = r"(?:{discourse.policy_novelty}\s*)?(?:(?:{discourse.policy_topics})\s*){0,2}(?P<head>{discourse.policy_heads})"
_POSSESSIVE = re.compile(r"\s*(?:['’]s\s+|的)")
_OBJECT_BEFORE = re.compile(r"(?:对|针对|对于|向|on|against|toward|towards)\s*$")
# "China's ban on Micron", "DeepSeek面临意大利的禁令": a body's ban is read as its act (described.described_acts, and
# the worry rules read the body as the party a ban worries), not as a possessed policy
_READ_AS_ACTS = frozenset({"ban"})
_NAMED_AFTER = re.compile(r"[\s,，:：]*[《「“\"(（]?\s*$")
_EXPORT = re.compile(r"出口|export")


def possessed_policies(norm, taken: list[Mention], lexicon: Lexicon, gazetteer) -> list[Mention]:
    """The mentions, with a policy mention added on each description an issuer possesses.

    >>> from newsgraph.loaders.extract.gazetteer import Gazetteer
    >>> from newsgraph.loaders.extract.normalize import Normalised
    >>> japan = Mention(0, 5, "Japan", "japan", NodeType.ORGANIZATION, kind="country")
    >>> found = possessed_policies(Normalised.of("Japan's new chip curbs took effect."), [japan], Lexicon.default(), None)
    >>> [(m.surface, m.entity_id) for m in found[1:]]
    [("Japan's new chip curbs", 'japan-controls')]
    """
    issuers = [m for m in taken if m.type == NodeType.ORGANIZATION and _kind(m, gazetteer) in _ISSUERS]
    if not issuers:
        return taken
    text = norm.folded
    description = lexicon.pattern(_DESCRIPTION)
    kinds = lexicon.table("discourse.policy_kinds")
    starts = sorted(taken, key=lambda m: (m.start, -m.end))
    found = []
    for issuer in issuers:
        at = _after_possessive(text, issuer)
        if at is None:
            continue
        match = description.match(text, at)
        if match is None or _word_goes_on(text, match.end()):
            continue
        start, end = at, match.end()
        if any(m.start < end and start < m.end for m in taken):
            continue  # a name covers it ("Japan's AI Promotion Act")
        after = next((m for m in starts if m.start >= end), None)
        if after is not None and after.type == NodeType.POLICY and _NAMED_AFTER.match(text[end:after.start]):
            continue  # "Ruritania's new law, the AI Safety Act": the name says which
        kind = _kind_of(kinds, match.group("head"))
        if kind is None or kind in _READ_AS_ACTS:
            continue
        earlier = _earlier(taken, issuer, kind, kinds, text, gazetteer)
        if earlier is _NONE:
            continue  # several policies named before may be it: none
        if earlier is not None:
            found.append(Mention(start, end, norm.original[start:end], earlier.entity_id, NodeType.POLICY, 0.9,
                                 REFERENCE, kind=earlier.kind))  # a reference: no spelling of the policy's node
            continue
        if kind == "controls" and _EXPORT.search(text, issuer.start, end):
            kind = "export-controls"  # "日本的出口管制措施": the country's export controls, as the generic name reads
        entity_id = f"{issuer.entity_id}-{kind}"
        surface = norm.original[issuer.start:end]
        found.append(Mention(start, end, surface, entity_id, NodeType.POLICY, DISCOVERED, RULE,
                             extra_aliases=(norm.original[start:end],), kind="rule"))
    if not found:
        return taken
    return sorted(taken + found, key=lambda m: (m.start, m.end))


def _kind_of(kinds, head: str) -> str | None:
    """The kind of policy a head noun names: the kind whose word in it is longest ("限制措施": controls, not measure)."""
    best = max(((len(found.group(0)), -i, key) for i, (key, pattern) in enumerate(kinds) if (found := pattern.search(head))),
               default=None)
    return best[2] if best is not None else None


def _kind(m: Mention, gazetteer) -> str | None:
    entry = gazetteer.entries.get(m.entity_id) if gazetteer is not None else None
    return entry.kind if entry is not None else m.kind


def _after_possessive(text: str, issuer: Mention) -> int | None:
    """Where a description ``issuer`` possesses would start (past "'s" or 的), or None; not for an issuer that is
    itself the object or scope of another's act ("美国对中国的芯片管制": 中国 owns nothing)."""
    if _OBJECT_BEFORE.search(text, max(0, issuer.start - 8), issuer.start):
        return None
    possessive = _POSSESSIVE.match(text, issuer.end)
    return possessive.end() if possessive is not None else None


def _word_goes_on(text: str, end: int) -> bool:
    """Whether a Latin word runs on past ``end`` ("rules" of "rulesets"); Chinese has no such boundary."""
    return end < len(text) and text[end - 1].isascii() and text[end - 1].isalpha() and text[end].isascii() \
        and text[end].isalnum()


def _earlier(taken: list[Mention], issuer: Mention, kind: str, kinds, text: str, gazetteer) -> Mention | None:
    """The policy named before ``issuer`` that its description stands for: of the policies before it whose country
    may be the issuer's (the same, or one of them unknown), the one of ``kind``, else the only one; ``_NONE`` when
    several fit, None when none does."""
    country = _country_of(issuer, gazetteer)
    fits, same_kind = {}, {}
    for m in taken:
        if m.type != NodeType.POLICY or m.end > issuer.start:
            continue
        other = _country_of(m, gazetteer)
        if m.entity_id.startswith(f"{issuer.entity_id}-") or country is None or other is None or other == country:
            fits.setdefault(m.entity_id, m)
            if any(key == kind and pattern.search(text[m.start:m.end]) for key, pattern in kinds):
                same_kind.setdefault(m.entity_id, m)
    for found in (same_kind, fits):
        if len(found) == 1:
            policy = next(iter(found.values()))
            if _kind(issuer, gazetteer) in ("country", "region") and not policy.entity_id.startswith(f"{issuer.entity_id}-"):
                return _NONE  # "中国的规定" after the ministries' measures: the country's word for another's policy
            return policy
        if len(found) > 1:
            return _NONE
    return None


_NONE = Mention(0, 0, "", "", NodeType.POLICY)  # several policies before fit: the description names none of them


def _country_of(m: Mention, gazetteer) -> str | None:
    """The country of an issuer or a policy: a country's own id, else what the gazetteer's names place it in, else
    the country opening a discovered policy's id ("japan-export-controls"); None when unknown."""
    if gazetteer is None:
        return None
    entry = gazetteer.entries.get(m.entity_id)
    if entry is not None:
        return m.entity_id if entry.kind in ("country", "region") else place_of(gazetteer, m.entity_id)
    for i in range(len(m.entity_id)):
        if m.entity_id[i] == "-":
            prefix = gazetteer.entries.get(m.entity_id[:i])
            if prefix is not None and prefix.type == NodeType.ORGANIZATION:
                return m.entity_id[:i] if prefix.kind in ("country", "region") else place_of(gazetteer, prefix.id)
    return None
