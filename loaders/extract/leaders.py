"""A leader acting for an office: "美国总统川普签署一项行政命令", "President Trump signed…", "加州州长纽森签署…".

What a head of state or government signs, the administration issues (the gazetteer's "<surname> administration",
"<name>政府"); what a governor or a mayor signs, the place the title names ("加州州长", "California Governor").
The titles are ``release.head_titles`` and ``release.leader_titles`` in ``loaders/lang/<code>/release.yaml``.
"""
from __future__ import annotations

from ...schema import NodeType
from .gazetteer import Entry, Gazetteer
from .lexicon import Lexicon
from .mentions import Mention
from .normalize import Normalised

_HEAD_BEFORE = r"(?:{release.head_titles})\s*$"      # "President Trump", "美国总统川普"
_HEAD_AFTER = r"\s*(?:{release.head_titles})"         # "川普总统"
_HEAD_INSIDE = r"(?:{release.head_titles})"           # an alias holding its title: "President Trump"
_LEADER_BEFORE = r"(?:{release.leader_titles})\s*$"  # "California Governor Jane Roe", "加州州长纽森"
_LEADER_INSIDE = r"(?:{release.leader_titles})"
_PLACE_KINDS = ("government", "country")
_PLACE_REACH = 16  # characters of a place's name before a title, at most


def office(norm: Normalised, mention: Mention, gazetteer: Gazetteer | None, lex: Lexicon) -> Entry | None:
    """The office ``mention`` (a person the gazetteer knows) acts for by the title written with the name: the
    administration of a head (its "<surname> administration" / "<name>政府", else the place before the title), the
    place before a governor's or a mayor's title; None for anyone else (a chief executive signs for no place).

    >>> from newsgraph.loaders.extract.rules import RuleExtractor
    >>> ex = RuleExtractor()
    >>> norm = Normalised.of("美国总统特朗普签署了一项行政命令。")
    >>> [office(norm, m, ex.gazetteer, ex.lexicon).id for m in ex.mentions(norm) if m.entity_id == "trump"]
    ['trump-administration']
    >>> norm = Normalised.of("特朗普签署了一项行政命令。")
    >>> [office(norm, m, ex.gazetteer, ex.lexicon) for m in ex.mentions(norm) if m.entity_id == "trump"]
    [None]
    """
    entry = gazetteer.entries.get(mention.entity_id) if gazetteer is not None else None
    if entry is None or entry.type != NodeType.SOURCE or entry.kind != "person":
        return None
    text, lo = norm.folded, max(0, mention.start - 40)
    head = lex.pattern(_HEAD_BEFORE).search(text, lo, mention.start) or lex.pattern(_HEAD_AFTER).match(text, mention.end) \
        or lex.pattern(_HEAD_INSIDE).search(text, mention.start, mention.end)
    if head is not None:
        return _administration(entry, gazetteer) or _place_before(text, head.start(), gazetteer)
    leader = lex.pattern(_LEADER_BEFORE).search(text, lo, mention.start) \
        or lex.pattern(_LEADER_INSIDE).search(text, mention.start, mention.end)
    if leader is None:
        return None
    return _place_before(text, leader.start(), gazetteer) or _own_place(entry, gazetteer, lex)


def _own_place(person: Entry, gazetteer: Gazetteer, lex: Lexicon) -> Entry | None:
    """"Gov. Newsom signs SB 53": a governor's or mayor's title with no place before it, the place the gazetteer's own
    names of the person give with the title ("加州州长纽森", "California Governor Gavin Newsom"); None when they give
    none or disagree."""
    found = set()
    for alias in person.aliases:
        folded = Normalised.of(alias).folded
        title = lex.pattern(_LEADER_INSIDE).search(folded)
        place = _place_before(folded, title.start(), gazetteer) if title is not None and title.start() > 0 else None
        if place is not None:
            found.add(place)
    return found.pop() if len(found) == 1 else None


def _administration(person: Entry, gazetteer: Gazetteer) -> Entry | None:
    """The gazetteer's administration of ``person``: "Trump administration", "特朗普政府"."""
    names = [f"{person.name.split()[-1]} administration", *(f"{n}政府" for n in person.canonical[1:])]
    for name in names:
        found = gazetteer.lookup(name)
        if found is not None and found.type == NodeType.ORGANIZATION and found.kind == "government":
            return found
    return None


def _place_before(text: str, end: int, gazetteer: Gazetteer) -> Entry | None:
    """The state or country whose name ends right at ``end`` (a blank between allowed): "加州州长", "Ohio Governor"."""
    stop = len(text[:end].rstrip())
    for start in range(max(0, stop - _PLACE_REACH), stop - 1):
        if start > 0 and text[start - 1].isalnum() and text[start].isascii():
            continue  # not inside a Latin word
        found = place_named(gazetteer, text[start:stop])
        if found is not None:
            return found
    return None


def place_named(gazetteer: Gazetteer, name: str) -> Entry | None:
    """The gazetteer's state or country called ``name`` (a government or a country: "加州", "Ohio"), or None."""
    found = gazetteer.lookup(name)
    return found if found is not None and found.type == NodeType.ORGANIZATION and found.kind in _PLACE_KINDS else None
