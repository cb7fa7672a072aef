"""A country standing for its authority: "Italy fines OpenAI", "privacy authorities in Canada are investigating X"
when the article names the one public body of that country that acts ("the Italian data protection authority",
"the investigation launched by the Office of the Privacy Commissioner of Canada"). The worried party of such a
WORRIES fact is that body, not the country; with no such body named, or several, the country stays — and
so it does when the article states the body's own worry of the same cause elsewhere, and for any act that is no
investigation or fine and names no such body (a ban: "韩国多个政府部门已屏蔽X" stands for other bodies than the
regulator; "中国商务部新闻发言人表示，中方对此坚决反对" for the ministry that speaks).

A country named as "the side" of an official statement ("中方对此表示不满", "荷方应……", "the Chinese side firmly
opposes it") is the ministry the article names as the one speaking ("商务部新闻发言人表示", "中国商务部13日回应"), in
any sentence of the article: a statement's sentences after the one naming its speaker no longer name it.

A body's country is read off its names in the gazetteer: a place's name opening one of them ("Italy's data
protection authority", "加拿大隐私专员办公室") or closing it ("Office of the Privacy Commissioner of Canada").
"""
from __future__ import annotations

import re

from ...schema import NodeType
from .gazetteer import Gazetteer
from .leaders import place_named
from .lexicon import Lexicon
from .normalize import Normalised

_ACTS = "{worry.regulatory_acts}"
_SIDES = "{worry.speaking_sides}"
_SPEAKS = "{worry.body_speaks}"
_SPEAKS_WITHIN = 12  # characters between a body's name and its spokesperson or speech verb ("商务部11日就此表示")
SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.\s")  # a full stop, a semicolon or a line break ends the reach of a clue
_BODY_KINDS = frozenset({"agency"})  # a public body that opens probes, fines and bans (not a legislature or a court)
_POSSESSIVE = re.compile(r"['’]s$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_PLACE = (2, 3, 4)  # characters of a place's name opening a Chinese name ("意大利", "加拿大", "韩国")


def retarget_countries(edges: dict, named: set[str], gazetteer: Gazetteer, lexicon: Lexicon, text: str = "") -> None:
    """Move each WORRIES fact whose worried party is a country to the one agency of that country among ``named``
    (the article's names), merging its evidence with that agency's; ``edges`` maps (type, source, target) to a
    list of evidence and is changed in place. Only a regulator's act, or the body's own word, is moved: every
    sentence stating the fact names an investigation or a fine (``worry.regulatory_acts``) or the body itself
    ("中国商务部新闻发言人表示，中方对此坚决反对": the ministry speaks for China); a country's ban stays the
    country's ("韩国多个政府部门已屏蔽X"). A sentence naming the country as its side ("中方对此坚决反对") is the
    body's word too when ``text`` (the article's folded text) names the body as a speaker."""
    act = lexicon.pattern(_ACTS)
    sides = lexicon.pattern(_SIDES)
    bodies: dict[str, list[str]] = {}
    for entity_id in named:
        entry = gazetteer.entries.get(entity_id)
        if entry is not None and entry.type == NodeType.ORGANIZATION and entry.kind in _BODY_KINDS:
            place = place_of(gazetteer, entity_id)
            if place is not None:
                bodies.setdefault(place, []).append(entity_id)
    if not bodies:
        return
    for key in [k for k in edges if k[0] == "WORRIES"]:
        _, cause, worried = key
        entry = gazetteer.entries.get(worried)
        if entry is None or entry.kind != "country" or len(bodies.get(worried, ())) != 1:
            continue
        body = bodies[worried][0]
        names = _names(gazetteer, body)
        side = _sides(gazetteer, worried) if _speaks(text, names, lexicon) else frozenset()
        if not all(act.search(folded := Normalised.of(ev.sentence).folded) or _acting(folded, names, lexicon)
                   or any(m.group(0).strip() in side for m in sides.finditer(folded)) for ev in edges[key]):
            continue  # a ban or a worry voiced, the body not in the sentence: the country's own
        if body == cause or ("WORRIES", cause, body) in edges:
            continue  # the body's own worry is stated: the country stands for others too ("韩国多个政府部门")
        evidence = edges.pop(key)
        merged = edges.setdefault(("WORRIES", cause, body), [])
        merged.extend(ev for ev in evidence if ev not in merged)


def _acting(folded: str, names: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether the sentence ``folded`` names the body (one of ``names``) other than as the other side of someone
    else's agreement ("A封杀X，B则与五角大厦达成协议", "…while B struck a deal with the Pentagon"): a body named only
    as a partner of another company's deal does not act in the sentence."""
    lead, tail = lexicon.pattern(_PARTNER_LEADS), lexicon.pattern(_PARTNER_TAILS)
    for name in names:
        start = folded.find(name)
        while start >= 0:
            if not (lead.search(folded[max(0, start - _PARTNER_REACH):start]) and tail.match(folded, start + len(name))):
                return True
            start = folded.find(name, start + 1)
    return False


_PARTNER_LEADS = r"{worry.agreement_partner_leads}\s*$"  # "与", "struck a deal with the"
_PARTNER_TAILS = r"{worry.agreement_partner_tails}"      # "达成协议", "to supply…" or the clause's end
_PARTNER_REACH = 40  # characters before a body's name a lead of agreement may take


def _names(gazetteer: Gazetteer, entity_id: str) -> frozenset[str]:
    """The folded names of a body (of three characters or more), as a sentence's folded text writes them."""
    key = (id(gazetteer), entity_id)
    if key not in _NAMES:
        entry = gazetteer.entries[entity_id]
        _NAMES[key] = frozenset(f for n in {entry.name, *entry.aliases, *entry.canonical}
                                if len(f := Normalised.of(n).folded.strip()) >= 3)
    return _NAMES[key]


_NAMES: dict[tuple[int, str], frozenset[str]] = {}


def _sides(gazetteer: Gazetteer, country: str) -> frozenset[str]:
    """A country's folded names as a statement's side ("中方", "the chinese side"), by the names it is known by."""
    entry = gazetteer.entries[country]
    names = {f for n in {entry.name, *entry.aliases, *entry.canonical} if (f := Normalised.of(n).folded.strip())}
    return frozenset(names | {f"the {n}" for n in names})


def _speaks(text: str, names: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether ``text`` names the body (one of ``names``) as a speaker: a spokesperson or a speech verb a few
    characters after its name, within its sentence ("商务部新闻发言人表示", "the Ministry of Commerce said")."""
    if not text:
        return False
    cue = lexicon.pattern(_SPEAKS)
    for name in names:
        start = text.find(name)
        while start >= 0:
            after = text[start + len(name):start + len(name) + _SPEAKS_WITHIN + 1]
            stop = SENTENCE_END.search(after)
            if cue.search(after[:stop.start()] if stop else after):
                return True
            start = text.find(name, start + 1)
    return False


_PLACES: dict[tuple[int, str], str | None] = {}


def place_of(gazetteer: Gazetteer, entity_id: str) -> str | None:
    """The country a public body's names place it in, when they agree on one; else None."""
    key = (id(gazetteer), entity_id)
    if key not in _PLACES:
        entry = gazetteer.entries[entity_id]
        found = set()
        for name in {entry.name, *entry.aliases, *entry.canonical}:
            place = _place_in(gazetteer, name)
            if place is not None:
                found.add(place)
        _PLACES[key] = next(iter(found)) if len(found) == 1 else None
    return _PLACES[key]


def _place_in(gazetteer: Gazetteer, name: str) -> str | None:
    """The country whose name opens or closes ``name`` (up to three words, a possessive dropped), if any."""
    name = name.strip()
    if _CJK.match(name):
        for k in _CJK_PLACE:
            place = place_named(gazetteer, name[:k]) if len(name) > k else None
            if place is not None and place.kind == "country":
                return place.id
        return None
    words = name.split()
    if len(words) < 2:
        return None
    for k in (1, 2, 3):
        for run in (words[:k], words[-k:]):
            if len(run) >= len(words):
                continue
            text = _POSSESSIVE.sub("", " ".join(run))
            place = place_named(gazetteer, text)
            if place is not None and place.kind == "country":
                return place.id
    return None
