"""Names the gazetteer lacks: organisations and quoted people found by cue words."""
from __future__ import annotations

import re

from ...schema import NodeType, slugify
from .mentions import Mention
from .normalize import Normalised
from .spans import Spans
from .variants import DISCOVERED

_EN_ORG = re.compile(r"\b((?:[A-Z][\w&'-]*\s(?:of\s|for\s|and\s)?){0,3}[A-Z][\w&'-]*)\s(Inc\.|Labs?|Technologies|Corp\.|Corporation|Robotics"
                     r"|Guild|Association|Institute|Foundation|Council|Society|Alliance|Coalition)(?![\w])")
_ZH_ORG = re.compile(r"(?:^|(?<=[，。、；：,.;:!?“”「」《》（）()\s和与及的在由被据]))((?:(?![的和与及在由被据])[\u4e00-\u9fff]){2,6})(公司|集团|实验室|研究院|研究所|金控|控股|证券|委员会|促进会|协会|基金会|管理局|监管局|联盟|研究中心)")
_ZH_ORG_GENERIC = re.compile(r"^(?:[这那该此本其每各某我他她它是为有对将把让从向一两几多全].*|.*(?:研究|初创|科技|上市|投资|咨询|分析|芯片|人工智能|母|子|控股|大型|一家|这家|该|那家|多家|中国|美国|国内|海外|本土|跨国|创业))$")

# "Klarwerk, a Berlin start-up that…" / "the start-up Klarwerk": a capitalised name described as a company
_EN_DESCRIBED_ORG = re.compile(
    r"(?<![\w.])([A-Z][a-z]+[A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]+)?)(?=, (?!the (?:company|firm)['’]s)(?:an?|the) (?:(?!at |of |for |with |in )[\w'-]+ ){0,4}(?:start-?up|company|firm|lab|maker|developer|bank|insurer|group|unicorn)(?![a-z]))"
    r"|(?:(?<![a-z])(?:start-?up|company|firm|lab|unicorn|rival|maker|group|association|coalition))"
    r"\s+([A-Z][a-z]+[A-Za-z0-9]*(?: (?:of |for |and )?[A-Z][a-z]+){0,3})(?=[\s,.;:])")
_TITLES = (r"分析师|分析员|首席执行官|执行官|行政总裁|ceo|cto|首席科学家|科学家|联合创始人|创始人|负责人|总裁|董事长|主席|教授"
           r"|研究员|工程师|发言人|部长|官员|总监|经理|主任|院长|合伙人|记者|博士|高管|专家|主管|经济学家|策略师|董事|副总裁"
           r"|财务长|执行长|技术长|营运长|运营长|总经理|局长|署长|主委")
_SPEECH_ZH = (r"表示|称|指出|指(?=[,，:：])|认为|写道|说|强调|透露|坦言|直言|证实|形容|预计|警告|提醒|反驳|回击|重申|解释|质疑"
              r"|发文|举例")
_ZH_PERSON = re.compile(rf"(?:{_TITLES})\s?([\u4e00-\u9fff]{{2,3}}(?:·[\u4e00-\u9fff]{{1,4}})?|(?:[a-z]\.){{1,3}} ?[a-z]+|[a-z]+(?: [a-z]+){{1,2}})"
                        rf"(?=[（(]|(?:[则也还曾又更亦再]|早前|此前|日前|近日|昨日|昨天|今天|周[一二三四五六日]|上周|本周"
                        rf"|(?:在|于|对|向|接受|通过|透过)[^，。,：:；;「」“”\"]{{0,12}}?)?(?:{_SPEECH_ZH}))")
_ZH_ACRONYM_ORG = re.compile(r"([\u4e00-\u9fff]{2,10}(?:会|院|所|局|部|署|室|盟|社|司|团|中心|组织|机构|基金))(?=[（(][A-Z]{2,8}[)）])")
_ZH_DESCRIBED_ORG = re.compile(r"(?:公司|平[台臺]|机构|機構|企[业業]|初[创創]|集[团團]|[银銀]行|基金|[实實][验驗]室|智[库庫]|交易所)\s?([A-Z][A-Za-z0-9.&-]+(?: [A-Z][A-Za-z0-9.&-]+)?)(?![A-Za-z0-9])")
_NAME_EN = (r"(?:(?:[A-Z]\.){1,3} ?|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)* )"
            r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)?")
_EN_PERSON = re.compile(rf"(?<![\w.])({_NAME_EN})(?=,[^,;]{{3,90}}, (?:said|says|told|wrote|noted|added|argued)\b"
                        rf"| (?:said|says|told|wrote|noted|added|argued)\b)|(?:said|says|according to) ({_NAME_EN})")
_EN_NOT_NAME = {"The", "This", "That", "These", "It", "He", "She", "They", "We", "In", "On", "At", "But", "And", "A", "An", "Chief", "Executive", "Officer"}


# (pattern, node type, rule, kind, matched on the folded copy?, whole match is the name?)
_CUES = (
    (_EN_ORG, NodeType.ORGANIZATION, "discovery.org_en", "company", False, True),
    (_ZH_ORG, NodeType.ORGANIZATION, "discovery.org_zh", "company", True, True),
    (_ZH_ACRONYM_ORG, NodeType.ORGANIZATION, "discovery.org_acronym", "organization", True, False),
    (_ZH_DESCRIBED_ORG, NodeType.ORGANIZATION, "discovery.org_described", "company", False, False),
    (_EN_DESCRIBED_ORG, NodeType.ORGANIZATION, "discovery.org_described", "company", False, False),
    (_ZH_PERSON, NodeType.SOURCE, "discovery.person_zh", "person", True, False),
    (_EN_PERSON, NodeType.SOURCE, "discovery.person_en", "person", False, False),
)


def discover_names(norm: Normalised, taken: list[Mention]) -> list[Mention]:
    """Organisations and quoted people found by cue words, outside already-taken spans."""
    found, spans = [], Spans((m.start, m.end) for m in taken)
    for regex, node_type, rule, kind, folded, whole in _CUES:
        for match in regex.finditer(norm.folded if folded else norm.original):
            group = 1 if match.group(1) else 2
            start, end = (match.start(1), match.end(2)) if whole else match.span(group)
            surface = norm.original[start:end]
            if surface.startswith("The ") and regex is _EN_ORG:
                start, surface = start + 4, surface[4:]
            if _plausible(regex, match, surface) and not spans.overlaps(start, end):
                spans.add(start, end)
                found.append(Mention(start, end, surface, slugify(surface), node_type, DISCOVERED, rule, kind=kind))
    return found


_SPEAKS_AFTER = r"(?= (?:said|says|told|added|noted|wrote|argued|explained)\b)"


def later_surnames(norm: Normalised, mentions: list[Mention]) -> list[Mention]:
    """"Wei said" after "C.C. Wei, the chief executive, …": a quoted person's surname alone is that person."""
    people = {m.surface.split()[-1]: m for m in mentions if m.type == NodeType.SOURCE and m.kind == "person"
              and " " in m.surface and m.surface.split()[-1][:1].isupper()}
    if not people:
        return []
    spans = Spans((m.start, m.end) for m in mentions)
    found = []
    pattern = re.compile(rf"(?<![\w.])({'|'.join(map(re.escape, sorted(people)))}){_SPEAKS_AFTER}")
    for match in pattern.finditer(norm.original):
        if not spans.overlaps(*match.span(1)):
            who = people[match.group(1)]
            found.append(Mention(match.start(1), match.end(1), match.group(1), who.entity_id, who.type,
                                 who.confidence, "discovery.surname", kind="person"))
    return found


# A Chinese name found by its title must open with a common surname ("官员私下表示" has no name in it)
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
                "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
                "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
                "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
                "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹")
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "宇文", "长孙", "夏侯", "尉迟")


def _plausible(regex, match, surface: str) -> bool:
    if regex is _ZH_ORG:
        return not _ZH_ORG_GENERIC.match(match.group(1))
    if regex is _ZH_PERSON and surface[:1].isascii():
        return surface[:1].isupper()  # matched on the folded copy: a Latin name must be capitalised
    if regex is _ZH_PERSON:
        name = match.group(1)
        return "·" in name or name[:1] in _SURNAMES or name.startswith(_COMPOUND_SURNAMES)
    if regex in (_EN_PERSON, _EN_ORG, _EN_DESCRIBED_ORG):
        return surface.split()[0] not in _EN_NOT_NAME
    return True
