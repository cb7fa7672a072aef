"""CITES (the article → Source|Organization it reports from): speech verbs, 據/according to."""
from __future__ import annotations

import re

from .view import ARTICLE, CITABLE, Fact, SentenceView

_SAYS = re.compile(r"刊文称|发文称|(?<![名简统俗堪号又人昵被声宣])称(?!为|之|作|号)|表示|指出|认为|写道|报道|报导|透露|发表|援引|引述"
                   r"|总结道|分析认为|披露|预测|估计|证实|形容|声称|宣称|强调|坦言|直言|警告|的数据|数据显示|的报告|报告显示"
                   r"|指(?=\s*[，,:：])|回应|回應|表明|称赞"
                   r"|said|says|reported|reports|wrote|writes|noted|notes|told|estimates|estimated|found|warned|argued|added"
                   r"|stated|explained|claimed|posted|tweeted|commented|cautioned|predicted|acknowledged|confirmed")
_ACCORDING = re.compile(r"根据|(?<![占根依数证收盘凭论割])据|援引|引述|按照|依据|依照|according to|citing|cited by|reported by|data from"
                        r"|(?:a |the )?(?:report|study|survey|analysis|estimates?|figures|data) (?:by|from|compiled by)")
_SAID_BY = re.compile(r"said|says|wrote|added|noted")
_ROLE_AFTER = re.compile(r"\s*(?:的)?(?:分析师|投资人|投资者|人士|专家|学者|工程师|研究员|议员|网友|用户|开发者|时间"
                         r"|analysts?|investors?|engineers?|researchers?|experts?|lawmakers?|users?|developers?|time)")
# "Jane Roe, chief analyst at X, said" / "Meta, which ships Llama, has argued"
_APPOSITIVE = re.compile(r"(?:,[^,;]{3,90}){1,2},\s*(?:(?:has|have|had|also|again|repeatedly|previously) )*")
_FRAME = re.compile(r"[^，,。；;]{0,12}?(?:在|in |on )")
_CLAUSE_OPENING = re.compile(r"[\s《「“\"『]*")
_SAYS_GAP = 20      # characters allowed between the cited name and its speech verb
_ACCORDING_GAP = 25  # characters allowed between 據/according to and the cited name


def find(view: SentenceView) -> list[Fact]:
    facts = []
    for a, _ in view.cues(_SAYS):
        speaker = _speaker(view, a)
        if speaker and not _modifier(view, speaker):
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


def _speaker(view: SentenceView, cue: int):
    """Who speaks before a speech verb: the clause's opening name, or a name just before the verb."""
    clause_start = view.clause_of(cue)[0]
    inside = [m for m in view.mentions if m.start >= clause_start and m.end <= cue and m.type in CITABLE]
    if not inside:
        earlier = [m for m in view.mentions if m.end <= clause_start and m.type in CITABLE]
        apposed = next((m for m in reversed(earlier) if _APPOSITIVE.fullmatch(view.norm.folded, m.end, cue)), None)
        return apposed or view.described_after(clause_start, cue, CITABLE)  # "该公司强调", "the company said"
    first = inside[0]
    frame = _FRAME.match(view.norm.folded, first.end)
    if _CLAUSE_OPENING.fullmatch(view.norm.folded, clause_start, first.start) and frame and \
            all(m.start >= frame.end() or m.entity_id == first.entity_id
                for m in view.mentions if first.end <= m.start < cue):
        return first  # "輝達15日在提交給SEC的文件中表示": the subject opens the clause
    last = [m for m in view.mentions if m.start >= clause_start and m.end <= cue][-1]
    gap = view.norm.folded[last.end:cue]
    if last is inside[-1] and (len(gap) <= _SAYS_GAP or _APPOSITIVE.fullmatch(gap)):
        return last  # "OpenAI表示", "Jane Roe, an analyst, said"
    return None


def _modifier(view: SentenceView, mention) -> bool:
    """"一位香港分析師", "a Silicon Valley investor", "美國時間": the name only qualifies what follows."""
    return bool(_ROLE_AFTER.match(view.norm.folded, mention.end))
