"""CITES (the article → Source|Organization it reports from): speech verbs, 據/according to."""
from __future__ import annotations

import re

from .view import ARTICLE, CITABLE, Fact, SentenceView

_SAYS = re.compile(r"刊文称|发文称|(?<![名简统俗堪号又人昵被声宣])称(?!为|之|作|号)|表示|指出|认为|写道|报道|报导|透露|发表|援引|引述"
                   r"|总结道|分析认为|披露|预测|估计|证实|形容|声称|宣称|强调|坦言|直言|警告|的数据|数据显示|的报告|报告显示"
                   r"|指(?=\s*[，,:：])|(?<![作以])回应(?=称|说|表示|[:：,，])|表明|称赞|提醒|反驳|回击|重申|解释|质疑|发文|举例"
                   r"|said|says|saying|reported|reports|wrote(?! off| down)|writes(?! off| down)|noted|notes|noting|told"
                   r"|estimates|estimated|found|warned|warning|argued|arguing|added|adding|stated|explained|claimed|posted"
                   r"|tweeted|commented|cautioned|predicted|acknowledged|confirmed|reiterated|questioned"
                   r"|has called|called it")
_ACCORDING = re.compile(r"根据|(?<![占根依数证收盘凭论割])据|援引|引述|(?:按照|依据)(?=[^，。]{1,20}?(?:数据|报告|统计|说法|调查))"
                        r"|according to|citing|cited by|reported by|data from"
                        r"|(?:a |the )?(?:report|study|survey|analysis|estimates?|figures|data) (?:by|from|compiled by)")
_SAID_BY = re.compile(r"said|says|wrote|added|noted")
_ROLE_AFTER = re.compile(r"\s*(?:的)?[\u4e00-\u9fff]{0,6}?(?:分析师|投资人|投资者|人士|专家|学者|工程师|研究员|议员|网友|用户|开发者|媒体|官员)"
                         r"|\s*(?:[a-z-]+ ){0,2}(?:analysts?|investors?|engineers?|researchers?|experts?|lawmakers?|users?|developers?"
                         r"|media|officials?|lobbyists?)(?![a-z])")
_QUANTIFIER_BEFORE = re.compile(r"(?:一位|一名|一些|有|某|部分|多名|多位|(?<![a-z])(?:a|an|some|several|one)\s)\s*$")
_PLACE_KINDS = {"country", "industry", "government", "region", "city"}
# "Jane Roe, chief analyst at X, said" / "Meta, which ships Llama, has argued"
_APPOSITIVE = re.compile(r"(?:,[^,;]{3,90}){1,2},\s*(?:(?:has|have|had|also|again|repeatedly|previously) )*")
_FRAME = re.compile(r"[^，,。；;]{0,12}?(?:在|in |on )")
_SUBJECTLESS = re.compile(r"\s*(?:并|并且|也|还|同时|随后|则|又|and |also |then )?\s*")
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
        described = view.described_after(clause_start, cue, CITABLE)  # "该公司强调", "the company said"
        return apposed or described or _carried_subject(view, clause_start, cue)
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


def _carried_subject(view: SentenceView, clause_start: int, cue: int):
    """", saying …" / "…，并表示": a speech clause with no subject of its own speaks for the sentence's subject."""
    if not _SUBJECTLESS.fullmatch(view.norm.folded, clause_start, cue):
        return None
    speaker = view.before(cue, CITABLE)
    people = [m for m in view.mentions if m.end <= clause_start and m.type in CITABLE and m.kind == "person"]
    return people[0] if people and speaker is not None and speaker.kind != "person" else speaker


def _modifier(view: SentenceView, mention) -> bool:
    """"一位香港分析師", "a Silicon Valley investor": the name only qualifies who speaks.

    A firm's own analysts ("Omdia analysts said") still cite the firm: only places and
    industries, or a name after a quantifier ("a … investor"), are mere qualifiers.
    """
    if not _ROLE_AFTER.match(view.norm.folded, mention.end):
        return False
    quantified = _QUANTIFIER_BEFORE.search(view.norm.folded, max(view.start, mention.start - 8), mention.start)
    return bool(quantified) or mention.kind in _PLACE_KINDS or mention.kind is None
