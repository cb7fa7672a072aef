"""RELEASED (Organization → Model|Policy): release cues, passives, possessives, developer nouns."""
from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .view import ORG, RELEASABLE, Fact, SentenceView

# 开源 alone is usually the adjective (开源模型); as a verb it has 了 or a name right after it
_CUE = re.compile(r"发布|推出|开源了|开源(?=\s*(?:[a-z0-9]|其|旗下|新|最新))|亮相|上线|公布|发表|颁布|出台|印发|签署|released?|launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)"
                  r"|open-sourc(?:es|ed)|rolls? out|rolled out|debut(?:s|ed)|announc(?:es|ed)|ships|shipped|issue[sd]|adopt(?:s|ed)"
                  r"|enact(?:s|ed)|sign(?:s|ed)|publish(?:es|ed)|previewed")
_PASSIVE = re.compile(r"(?:由)(?=[^，。]{1,30}?(?:发布|推出|开发|研发|打造))|(?:released|developed|launched|built|made|created|unveiled|trained) by")
_POSSESSIVE = re.compile(r"^\s*(?:的|'s|’s|及其|旗下的?|推出的|发布的|开发的)\s*(?:最新|新|首款|旗舰|开源|latest|new|flagship|open-source|open-weight)?\s*(?:的)?\s*(?:模型|model)?\s*$")
_DEVELOPER_OF = re.compile(r"^\s*的?\s*(?:开发者|开发商|研发者|developer|maker|creator)\s*$")
_MAKER_OF = re.compile(r"^\s*,?\s*(?:the |a |an )?(?:[\w-]+ ){0,2}(?:developer|maker|creator|owner|publisher)s? of (?:the |its )?\s*$")
_RELATIVE = re.compile(r"\s*(?:,\s*)?(?:[\w-]+\s+){0,4}(?:that|which)\s+(?:the\s+)?")
_BY = re.compile(r"^\s*,?\s*(?:(?:developed|made|built|created|released|launched|trained) )?(?:by|from)\s*,?\s*$")


def find(view: SentenceView, gazetteer: Gazetteer) -> list[Fact]:
    facts = []
    for a, b in view.cues(_CUE):
        subject = view.before(a, ORG)
        objects = view.after(b, RELEASABLE, apposition=True) or _relative_object(view, subject)
        for obj in objects:
            if subject:
                facts.append(Fact("RELEASED", subject.entity_id, obj.entity_id, "released.cue", 0.85))
    for a, b in view.cues(_PASSIVE):
        obj = view.before(a, RELEASABLE)
        for subject in view.after(b, ORG)[:1]:
            if obj:
                facts.append(Fact("RELEASED", subject.entity_id, obj.entity_id, "released.passive", 0.8))
    return facts + _adjacent(view, gazetteer) + _known_developer(view, gazetteer)


def _relative_object(view: SentenceView, subject) -> list:
    """"the export rule that the Biden administration issued": the object comes first."""
    if subject is None:
        return []
    earlier = [m for m in view.mentions if m.end <= subject.start and m.type in RELEASABLE]
    if earlier and _RELATIVE.fullmatch(view.norm.folded, earlier[-1].end, subject.start):
        return [earlier[-1]]
    return []


def _adjacent(view: SentenceView, gazetteer: Gazetteer) -> list[Fact]:
    """Pairs of neighbouring mentions: X的Y, X's Y, Y的開發者X, Y by X, and bare 'X Y'."""
    facts = []
    for left, right in zip(view.mentions, view.mentions[1:]):
        gap = view.gap(left, right)
        if left.type in ORG and right.type in RELEASABLE:
            if gap.strip() == "":
                if _developer(right, gazetteer) == left.entity_id:
                    facts.append(Fact("RELEASED", left.entity_id, right.entity_id, "released.juxtaposed", 0.7))
            elif _POSSESSIVE.match(gap):
                facts.append(Fact("RELEASED", left.entity_id, right.entity_id, "released.possessive", 0.75))
            elif _MAKER_OF.match(gap):
                facts.append(Fact("RELEASED", left.entity_id, right.entity_id, "released.maker_of", 0.8))
        elif left.type in RELEASABLE and right.type in ORG:
            if _DEVELOPER_OF.match(gap) or _BY.match(gap):
                facts.append(Fact("RELEASED", right.entity_id, left.entity_id, "released.developer", 0.8))
    return facts


def _known_developer(view: SentenceView, gazetteer: Gazetteer) -> list[Fact]:
    """A model and the maker the gazetteer knows for it, named in one sentence: a weak RELEASED."""
    if view.negated(_CUE):
        return []  # "OpenAI did not release gpt-oss" is no evidence of a release
    orgs = {m.entity_id for m in view.mentions if m.type in ORG}
    return [Fact("RELEASED", maker, m.entity_id, "released.known_developer", 0.5)
            for m in view.mentions if m.type in RELEASABLE and (maker := _developer(m, gazetteer)) in orgs]


def _developer(mention, gazetteer: Gazetteer) -> str | None:
    entry = gazetteer.entries.get(mention.entity_id)
    return entry.developer if entry else mention.developer
