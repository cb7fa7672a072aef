"""A body named in full once and by its short form elsewhere in the article ("韩国个人信息保护委员会17日表示…。
个人信息保护委员会表示…", "South Korea's Personal Information Protection Commission … the Personal Information
Protection Commission"): a discovered organisation whose name ends the full name of one known organisation named in
the same article, the rest of that full name a known place (with its possessive), is that organisation.

And a name the article taught once, written again (``refer_repeats``): "Acme Inc." then "Acme", "《星河法》" then
"星河法", "蘇廉節(Su Lian Jye)" then "Su Lian Jye": every later writing is a mention of the same entity."""
from __future__ import annotations

import re
from dataclasses import replace

from ...schema import NodeType
from ...schema.text import fold
from .discovery import PLACE_KINDS
from .lexicon import Lexicon
from .mentions import Mention, drop_credits
from .normalize import Normalised
from .spans import Spans

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


# --- a name learned once, written again -------------------------------------------------------------------------

_DESCRIBED = frozenset({"discovery.policy_described", "discovery.policy_act"})
_MARKS = "《》〈〉「」『』“”\"'‘’()（）[]【】 "
_THE = re.compile(r"^(?:the|The)\s+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_SHORTEST = 3   # letters: a shorter Latin form ("AI", "Go") is a word, no name
_HAN_SHORTEST = 3     # characters: two ("星河") are as often part of another word
_PLACE_IN_FORM = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]$")  # "星河科技(上海)" before 有限公司: the seat, no part of the name
_NAME_GOES_ON = re.compile(r"\s*(?:[A-Z][\w'’&-]*|\d)")           # "Acme Robotics" + " Foundation": a longer name
_NAME_CAME_BEFORE = re.compile(r"(?:[A-Z][\w'’&.-]*|\d)\s*$")


def refer_repeats(norm: Normalised, mentions: list[Mention], gazetteer, lexicon=None) -> list[Mention]:
    """The mentions, with every later writing of a name the article taught once: a discovered name (and its bare
    form: out of its title marks, "《星河法》" → "星河法"; without a leading "the"; without its legal form, "Acme
    Robotics Inc." → "Acme Robotics", "星河科技(上海)有限公司" → "星河科技"), or an alias learned beside a name
    ("蘇廉節(Su Lian Jye)"), written again where nothing was found, is that entity (rule ``repeated``).

    Precision first: a form fitting two entities of the article names neither; a Latin form must be capitalised and
    never written in lower case in the article (else it is a common word: "Apex" but not "apex"), hold three letters
    or more, and not run on into a longer capitalised name; a Chinese form holds three characters or more."""
    lex = lexicon or Lexicon.default()
    legal = sorted(lex.words("names.legal_forms"), key=len, reverse=True)
    openers = lex.word_set("names.not_names")
    mentions = _one_entity(mentions, gazetteer, legal)
    forms: dict[str, set[str]] = {}   # a form as written → the entity ids it may name
    first: dict[str, Mention] = {}    # an entity id → its first mention (what a new mention copies)
    for m in mentions:
        if m.rule in _DESCRIBED and m.extra_aliases:
            continue  # "the new rules", "新规则": a policy described by its issuer's act, no name to be found again
        learned = m.entity_id not in gazetteer.entries
        if learned or m.extra_aliases:
            first.setdefault(m.entity_id, m)
        for form in _forms(m, legal) if learned else set(m.extra_aliases):
            forms.setdefault(form.strip(_MARKS), set()).add(m.entity_id)
    if not forms:
        return mentions
    # a form written as another entity's mention (a known name of the article) fits that entity too
    for m in mentions:
        for written in (norm.original[m.start:m.end].strip(_MARKS), _THE.sub("", norm.original[m.start:m.end].strip(_MARKS))):
            if written in forms:
                forms[written].add(m.entity_id)
    text, folded = norm.original, norm.folded
    taken = Spans((m.start, m.end) for m in mentions)
    added = []
    for form, ids in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        if len(ids) != 1 or not _usable(form, text):
            continue
        entity_id = next(iter(ids))
        m0 = first.get(entity_id)
        if m0 is None:
            continue
        han = bool(_HAN.search(form))
        haystack, needle = (folded, fold(form)) if han else (text, form)
        for match in re.finditer(re.escape(needle), haystack):
            start, end = match.span()
            if taken.overlaps(start, end) or not _bounded(text, start, end, han, openers) \
                    or _in_apposition(text, start, end, entity_id, mentions):
                continue
            taken.add(start, end)
            added.append(Mention(start, end, text[start:end], entity_id, m0.type, m0.confidence, "repeated",
                                 kind=m0.kind, family=m0.family, developer=m0.developer))
    added = drop_credits(norm, added, lex)  # "蘋果 (AAPL-US)": a ticker learned beside a name is still no mention
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _one_entity(mentions: list[Mention], gazetteer, legal: list[str]) -> list[Mention]:
    """A discovered name that is another discovered name's short form ("Acme Robotics" after "Acme Robotics Inc.",
    "星河科技" after "星河科技有限公司") is that name's entity, when it is the short form of only one."""
    shorter: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.entity_id not in gazetteer.entries:
            first.setdefault(m.entity_id, m)
            bare = _THE.sub("", m.surface.strip(_MARKS)).strip(_MARKS)
            for form in _forms(m, legal) - {bare}:
                shorter.setdefault(form, set()).add(m.entity_id)
    if not shorter:
        return mentions
    out = []
    for m in mentions:
        ids = shorter.get(_THE.sub("", m.surface.strip(_MARKS)).strip(_MARKS), set()) - {m.entity_id}
        if m.entity_id not in gazetteer.entries and len(ids) == 1:
            owner = first[next(iter(ids))]
            m = replace(m, entity_id=owner.entity_id, type=owner.type, kind=owner.kind, rule="repeated")
        out.append(m)
    return out


_APPOSED = re.compile(r"^[\s(（「“\"『《]*$")
_APPOSED_AFTER = re.compile(r"^[\s)）」”\"』》]*$")


def _in_apposition(text: str, start: int, end: int, entity_id: str, mentions: list[Mention]) -> bool:
    """"蘇廉節(Su Lian Jye)", "the Content Association (CODA)": the alias where it was learned, beside the name it
    spells again, is no second mention of its own."""
    for m in mentions:
        if m.entity_id != entity_id:
            continue
        if m.end <= start and start - m.end <= 4 and _APPOSED.match(text[m.end:start]):
            return True
        if m.start >= end and m.start - end <= 4 and _APPOSED_AFTER.match(text[end:m.start]):
            return True
    return False


def _forms(m: Mention, legal: list[str]) -> set[str]:
    """The ways a discovered name may be written again: as found, out of its marks, without "the" and its legal form."""
    bare = _THE.sub("", m.surface.strip(_MARKS)).strip(_MARKS)
    out = {bare, *(a.strip(_MARKS) for a in m.extra_aliases)}
    for form in legal:
        if bare.endswith(form) and len(bare) > len(form):
            rest = bare[:-len(form)]
            if form[:1].isascii():
                if not rest.endswith((" ", ", ")):
                    continue  # "Acmeinc." is no legal form
                rest = rest.rstrip(", ")
            else:
                rest = _PLACE_IN_FORM.sub("", rest)
            out.add(rest.strip())
            break
    return {f for f in out if f}


def _usable(form: str, text: str) -> bool:
    """A form long enough to be a name; a Latin one capitalised and never written in lower case in the article."""
    if _HAN.search(form):
        return len(_HAN.findall(form)) + sum(ch.isalnum() and ch.isascii() for ch in form) >= _HAN_SHORTEST
    letters = [ch for ch in form if ch.isalpha()]
    if len(letters) < _LATIN_SHORTEST or not form[:1].isupper():
        return False
    lower = re.compile(rf"(?<![\w]){re.escape(form)}(?![\w])", re.IGNORECASE)
    return all(match.group() == form or match.group().isupper() for match in lower.finditer(text))


def _bounded(text: str, start: int, end: int, han: bool, openers: frozenset[str]) -> bool:
    """The form stands as a whole name: no letter or digit glued to it; a Latin one not inside a longer capitalised
    name, nor written in lower case (a common word)."""
    if (start > 0 and text[start - 1].isascii() and text[start - 1].isalnum()) or \
            (end < len(text) and text[end].isascii() and text[end].isalnum()):
        return False
    if han:
        return True
    if _NAME_GOES_ON.match(text, end) and text[end:end + 1] == " ":
        return False
    glued = start > 1 and text[start - 1] == " " and text[start - 2] not in ".!?;:,"  # not after a sentence's end
    before = _NAME_CAME_BEFORE.search(text, max(0, start - 40), start - 1) if glued else None
    if before is not None and before.group().strip() not in openers:
        return False  # "Zeta Acme": part of a longer name ("The Acme", "Meanwhile Acme" open a sentence)
    return True
