"""A generic policy name ("出口管制", "export controls", "实体清单") read as the policy of the country issuing it in context.

The gazetteer gives such names to one country's policy (the US's export controls, its Entity List). Where a country
or a public body issues or owns them in the sentence — as the possessor right before ("日本的出口管制", "Japan's export
controls", "美国对华芯片出口管制") or as the subject of an issuing verb in the clause ("荷兰政府宣布扩大对光刻机的出口
管制", "The Netherlands expanded its export controls") — they are that country's: the gazetteer's policy when it is its
owner's, else a policy of that country whose id joins the country's id to the kind ("netherlands-export-controls"), so
two articles about the same controls meet. With no issuer in the sentence, the mention is the policy the article read
last before it (a later "出口管制" of an article about Dutch controls is theirs), else the one country every issuer of
the article names; with none, or several, it names no policy (precision first) — except a list's name ("实体清单"),
which unqualified stands for the gazetteer's list.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...schema import NodeType
from ...schema.text import to_simplified, to_traditional
from .authorities import SENTENCE_END, place_of
from .lexicon import Lexicon
from .mentions import Mention

RULE = "generic.issuer"
_REACH = 60  # characters between the issuer and the name, at most
_CLAUSE_END = re.compile(r"[，,：:。！？!?；;\n]")
_PUBLIC = frozenset({"agency", "government", "legislature"})
_NATIONS = frozenset({"country", "region"})
_SCOPE_BEFORE = re.compile(r"(?:对|针对|对于)\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_OWNER = object()  # an issuer found whose country the gazetteer does not say (a public body): the owner's policy stands


def resolve_generic(norm, mentions: list[Mention], lexicon: Lexicon, gazetteer) -> list[Mention]:
    """The mentions, each generic policy name read as its issuer's policy (or dropped, when no issuer is clear).

    >>> from newsgraph.loaders.extract.gazetteer import Gazetteer
    >>> from newsgraph.loaders.extract.normalize import Normalised
    >>> text = "日本的出口管制令东京电子担忧。"
    >>> japan = Mention(0, 2, "日本", "japan", NodeType.ORGANIZATION)
    >>> controls = Mention(3, 7, "出口管制", "us-export-controls", NodeType.POLICY)
    >>> [m.entity_id for m in resolve_generic(Normalised.of(text), [japan, controls], Lexicon.default(), Gazetteer.default())]
    ['japan', 'japan-export-controls']
    """
    if gazetteer is None or not any(m.type == NodeType.POLICY for m in mentions):
        return mentions
    kinds = lexicon.table("release.generic_policies") + lexicon.table("release.generic_lists")
    kept = frozenset(key for key, _ in lexicon.table("release.generic_lists"))  # unqualified: the gazetteer's
    text = norm.folded
    out, last, owners, issuers = [], {}, {}, {}
    pending = []  # (index in out, entity id, kind): generic names with no issuer in their sentence
    for m in mentions:
        kind = _generic_kind(kinds, m, text, gazetteer)
        if kind is None:
            out.append(m)
            continue
        owner = owners.setdefault(m.entity_id, place_of(gazetteer, m.entity_id))
        if owner is None:
            out.append(m)
            continue
        country = _issuer(text, m, mentions, lexicon, gazetteer)
        if country is _OWNER:
            country = owner  # a public body of no country the gazetteer says ("川普政府"): the owner's policy stands
        if country is None:
            country = last.get(m.entity_id) or (owner if kind in kept else None)
            if country is None:
                pending.append((len(out), m, kind))
                out.append(None)
                continue
        else:
            last[m.entity_id] = country
            issuers.setdefault(m.entity_id, set()).add(country)
        out.append(_as_country(m, country, owner, kind, gazetteer))
    for i, m, kind in pending:  # before any issuer: the article's one issuer of that policy, if it has one
        named = issuers.get(m.entity_id, set())
        out[i] = _as_country(m, next(iter(named)), owners[m.entity_id], kind, gazetteer) if len(named) == 1 else None
    return [m for m in out if m is not None]


def _generic_kind(kinds, m: Mention, text: str, gazetteer) -> str | None:
    """The kind of generic name ``m`` is written as (a key of ``release.generic_policies``), if it is one of a
    gazetteer policy."""
    if m.type != NodeType.POLICY or m.entity_id not in gazetteer.entries:
        return None
    written = text[m.start:m.end]
    return next((key for key, pattern in kinds if pattern.fullmatch(written)), None)


def _issuer(text: str, m: Mention, mentions: list[Mention], lexicon: Lexicon, gazetteer):
    """The country issuing the policy ``m`` names in its sentence: its id, ``_OWNER`` for a public body of no
    country the gazetteer says, or None."""
    start = m.start
    by = lexicon.pattern("{release.generic_issued_by}").match(text, m.end)
    if by is not None:  # "export controls issued by the Biden White House"
        after = next((a for a in mentions if a.start >= by.end()), None)
        if after is not None and after.start == by.end():
            return _country(after, gazetteer)
    stop = max((s.end() for s in SENTENCE_END.finditer(text, max(0, start - 4 * _REACH), start)), default=0)
    before = [b for b in mentions if stop <= b.start and start - _REACH <= b.end <= start and b.type != NodeType.POLICY]
    if not before:
        return None
    nearest = max(before, key=lambda b: (b.end, -b.start))
    scope = _SCOPE_BEFORE.search(text, max(0, nearest.start - 8), nearest.start)
    if scope is not None:  # "美国对中国的出口管制": the scope of the controls; their issuer comes before it
        owner = next((b for b in before if b.end <= scope.start() and not text[b.end:scope.start()].strip()), None)
        if owner is None:
            return None
        nearest, start_gap = owner, nearest.end
    else:
        start_gap = nearest.end
    if lexicon.pattern("{release.generic_qualifiers}").fullmatch(text, start_gap, start):
        return _country(nearest, gazetteer)  # "日本的出口管制", "Japan's export controls"
    verb = lexicon.pattern("{release.generic_issuing}")
    for b in sorted(before, key=lambda b: -b.end):
        if _country(b, gazetteer) is None:
            if b.type == NodeType.ORGANIZATION and b.kind not in _NATIONS:
                continue  # "美国对华为实施出口管制": the company the controls are on
            return None
        if verb.search(text, b.end, start) and not _CLAUSE_END.search(text, b.end, start):
            return _country(b, gazetteer)  # "荷兰政府宣布扩大…出口管制"
        return None
    return None


def _country(b: Mention, gazetteer):
    """The country a name stands for as an issuer of policy: a country's own id, a public body's country, or
    ``_OWNER`` for a public body the gazetteer places nowhere; None for any other name."""
    if b.type != NodeType.ORGANIZATION:
        return None
    entry = gazetteer.entries.get(b.entity_id)
    kind = entry.kind if entry is not None else b.kind
    if kind in _NATIONS:
        return b.entity_id
    if kind in _PUBLIC:
        return (place_of(gazetteer, b.entity_id) if entry is not None else None) or _OWNER
    return None


def _as_country(m: Mention, country, owner: str, kind: str, gazetteer) -> Mention:
    """``m`` as the policy of ``country``: itself when that is the gazetteer's owner of it, else a policy of that
    country of the same kind, named after the country and spelt as the text writes it."""
    if country == owner:
        return m
    entry = gazetteer.entries.get(country)
    place = entry.name if entry is not None else country
    han = _HAN.search(m.surface) is not None
    if han:  # "荷兰出口管制", "荷蘭出口管制": the country's name in each script, then the name as written
        names = [to_simplified(n) + to_simplified(m.surface) for n in (entry.canonical if entry is not None else ())
                 if _HAN.search(n)]
        names += [to_traditional(n) + to_traditional(m.surface) for n in (entry.canonical if entry is not None else ())
                  if _HAN.search(n)]
    else:
        names = [f"{place} {m.surface}"]
    aliases = tuple(dict.fromkeys([*names, m.surface]))
    return replace(m, entity_id=f"{country}-{kind}", surface=f"{place} {kind.replace('-', ' ')}", rule=RULE,
                   extra_aliases=aliases, kind=gazetteer.entries[m.entity_id].kind)
