"""RELEASED (Organization → Model|Policy): release cues, passives, possessives, developer nouns.

The cue words are in ``loaders/lang/<code>/release.yaml``.
"""
from __future__ import annotations

from .view import ORG, RELEASABLE, Rule, SentenceView

VERBS = "{release.verbs}"
PASSIVE = "{release.passive}"
_POSSESSIVE = (r"^\s*{release.possessive}\s*{release.adjectives}?\s*{discourse.attributive}?\s*"
               r"{release.model_nouns}?\s*$")
_DEVELOPER_OF = r"^\s*{discourse.attributive}?\s*{release.maker_nouns}\s*$"
_MAKER_OF = r"^\s*,?\s*{release.maker_of}\s*$"
_RELATIVE = r"\s*(?:,\s*)?(?:[\w-]+\s+){0,4}{discourse.relative}\s+(?:{discourse.articles}\s+)?"
_BY = r"^\s*,?\s*{release.by_maker}\s*,?\s*$"


def by_verb(view: SentenceView):
    """"X发布了Y", "X released Y", "the rule that X issued"."""
    for a, b in view.cues(VERBS):
        subject = view.before(a, ORG)
        objects = view.after(b, RELEASABLE, apposition=True) or _relative_object(view, subject)
        for obj in objects:
            if subject:
                yield subject.entity_id, obj.entity_id


def by_passive(view: SentenceView):
    """"Y由X发布", "Y, developed by X"."""
    for a, b in view.cues(PASSIVE):
        obj = view.before(a, RELEASABLE)
        for subject in view.after(b, ORG)[:1]:
            if obj:
                yield subject.entity_id, obj.entity_id


def juxtaposed(view: SentenceView):
    """"OpenAI GPT-5": a maker right before its own model (as the gazetteer knows it)."""
    for left, right in _pairs(view, ORG, RELEASABLE):
        if view.gap(left, right).strip() == "" and _developer(right, view.gazetteer) == left.entity_id:
            yield left.entity_id, right.entity_id


def possessive(view: SentenceView):
    """"X的Y", "X's Y", "X旗下的最新模型Y"."""
    for left, right in _pairs(view, ORG, RELEASABLE):
        gap = view.gap(left, right)
        if gap.strip() != "" and view.re(_POSSESSIVE).match(gap):
            yield left.entity_id, right.entity_id


def maker_of(view: SentenceView):
    """"X, the maker of Y"."""
    for left, right in _pairs(view, ORG, RELEASABLE):
        gap = view.gap(left, right)
        if gap.strip() != "" and not view.re(_POSSESSIVE).match(gap) and view.re(_MAKER_OF).match(gap):
            yield left.entity_id, right.entity_id


def developer(view: SentenceView):
    """"Y的開發者X", "Y by X", "Y, developed by X"."""
    for left, right in _pairs(view, RELEASABLE, ORG):
        gap = view.gap(left, right)
        if view.re(_DEVELOPER_OF).match(gap) or view.re(_BY).match(gap):
            yield right.entity_id, left.entity_id


def known_developer(view: SentenceView):
    """A model and the maker the gazetteer knows for it, named in one sentence: a weak RELEASED."""
    orgs = {m.entity_id for m in view.mentions if m.type in ORG}
    found = [(maker, m.entity_id) for m in view.mentions
             if m.type in RELEASABLE and (maker := _developer(m, view.gazetteer)) in orgs]
    if found and view.negated(VERBS):
        return []  # "OpenAI did not release gpt-oss" is no evidence of a release
    return found


RULES = (
    Rule("released.cue", "RELEASED", 0.85, by_verb, triggers=(VERBS,)),
    Rule("released.passive", "RELEASED", 0.8, by_passive, triggers=(PASSIVE,)),
    Rule("released.juxtaposed", "RELEASED", 0.7, juxtaposed, min_mentions=2),
    Rule("released.possessive", "RELEASED", 0.75, possessive, min_mentions=2),
    Rule("released.maker_of", "RELEASED", 0.8, maker_of, min_mentions=2),
    Rule("released.developer", "RELEASED", 0.8, developer, min_mentions=2),
    Rule("released.known_developer", "RELEASED", 0.5, known_developer, min_mentions=2),
)


def _pairs(view: SentenceView, left_types, right_types):
    """Neighbouring mentions of the given types, in sentence order."""
    return [(left, right) for left, right in zip(view.mentions, view.mentions[1:])
            if left.type in left_types and right.type in right_types]


def _relative_object(view: SentenceView, subject) -> list:
    """"the export rule that the Biden administration issued": the object comes first."""
    if subject is None:
        return []
    earlier = [m for m in view.mentions if m.end <= subject.start and m.type in RELEASABLE]
    if earlier and view.re(_RELATIVE).fullmatch(view.norm.folded, earlier[-1].end, subject.start):
        return [earlier[-1]]
    return []


def _developer(mention, gazetteer) -> str | None:
    entry = gazetteer.entries.get(mention.entity_id) if gazetteer is not None else None
    return entry.developer if entry else mention.developer
