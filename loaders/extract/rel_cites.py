"""CITES (the article → Source|Organization it reports from): speech verbs, 據/according to."""
from __future__ import annotations

import re

from .view import ARTICLE, CITABLE, Fact, SentenceView

_SAYS = re.compile(r"刊文称|发文称|称|表示|指出|认为|写道|报道|报导|透露|发表|援引|总结道|分析认为|披露|预测|估计|的数据|数据显示|的报告|报告显示"
                   r"|said|says|reported|reports|wrote|writes|noted|notes|told|estimates|estimated|found|published|warned")
_ACCORDING = re.compile(r"根据|据|援引|引述|according to|citing|cited by|reported by|data from|per")
_SAID_BY = re.compile(r"said|says|wrote|added|noted")
_ROLE_AFTER = re.compile(r"\s*(?:的)?(?:分析师|投资人|投资者|人士|专家|学者|工程师|研究员|议员|网友|用户|analysts?|investors?|engineers?|researchers?|experts?|lawmakers?|users?)")
_SAYS_GAP = 16      # characters allowed between the cited name and its speech verb
_ACCORDING_GAP = 25  # characters allowed between 據/according to and the cited name


def find(view: SentenceView) -> list[Fact]:
    facts = []
    for a, _ in view.cues(_SAYS):
        speaker = view.before(a, CITABLE)
        if speaker and a - speaker.end <= _SAYS_GAP and not _mention_between(view, speaker.end, a) \
                and not _modifier(view, speaker):
            facts.append(Fact("CITES", ARTICLE, speaker.entity_id, "cites.says", 0.8))
    for a, b in view.cues(_SAID_BY):
        speaker = view.after(b, CITABLE)[:1]
        if speaker and speaker[0].start - b <= 2:
            facts.append(Fact("CITES", ARTICLE, speaker[0].entity_id, "cites.said_by", 0.8))
    for a, b in view.cues(_ACCORDING):
        cited = view.after(b, CITABLE)[:1]
        if cited and cited[0].start - b <= _ACCORDING_GAP and not _modifier(view, cited[0]):
            facts.append(Fact("CITES", ARTICLE, cited[0].entity_id, "cites.according_to", 0.85))
    return facts


def _modifier(view: SentenceView, mention) -> bool:
    """"一位香港分析師", "a Silicon Valley investor": the name only says where the speaker is from."""
    return bool(_ROLE_AFTER.match(view.norm.folded, mention.end))


def _mention_between(view: SentenceView, a: int, b: int) -> bool:
    return any(m.start >= a and m.end <= b for m in view.mentions)
