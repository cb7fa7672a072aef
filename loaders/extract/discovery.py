"""Names the gazetteer lacks: model variants by shape, organisations and quoted people by cues."""
from __future__ import annotations

import re

from ...schema import NodeType, slugify
from .gazetteer import Gazetteer, alias_key
from .mentions import Mention
from .normalize import Normalised

DISCOVERED = 0.6  # confidence of a discovered name (gazetteer names have 1.0)

# Version and size suffixes that turn a family name into a variant: -4.5-Air, 3-235B-A22B, K2, -Pro-7B
_SUFFIX_PART = (r"\d{1,3}(?:\.\d{1,2})*[a-z]?(?![\d.]*[%年月日])|[A-Z]\d{1,3}(?:\.\d{1,2})?|\d{1,4}[BMbm]|A\d{1,3}[Bb]"
                r"|Air|Pro|Max|Plus|Turbo|Flash|Lite|Mini|mini|Nano|Coder|Instruct|Thinking|VL|Omni|Preview"
                r"|Ultra|Sonnet|Opus|Haiku|Scout|Maverick|Large|Medium|Small|Next|Exp")
MODEL_SUFFIX = re.compile(rf"(?:(?:[-\s]?)(?:{_SUFFIX_PART})(?![A-Za-z0-9]))+")
ORG_VERSION = re.compile(r"(?:[-\s]?[A-Z]\d{1,2}(?:\.\d{1,2})?|-\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.%])")

_EN_ORG = re.compile(r"\b((?:[A-Z][\w&'-]*\s){0,3}[A-Z][\w&'-]*)\s(Inc\.|Labs?|Technologies|Corp\.|Corporation|Robotics)(?![\w])")
_ZH_ORG = re.compile(r"(?:^|(?<=[，。、；：“”「」《》（）()\s和与及的在由被据]))((?:(?![的和与及在由被据])[\u4e00-\u9fff]){2,6})(公司|集团|实验室|研究院|研究所)")
_ZH_ORG_GENERIC = re.compile(r"^(?:.*(?:研究|初创|科技|上市|投资|咨询|分析|芯片|人工智能|母|子|控股|大型|一家|这家|该|那家|多家|中国|美国|国内|海外|本土|跨国|创业))$")

_TITLES = (r"分析师|首席执行官|执行官|CEO|首席科学家|科学家|联合创始人|创始人|负责人|总裁|董事长|主席|教授|研究员"
           r"|工程师|发言人|部长|官员|总监|经理|主任|院长|合伙人|记者|博士|高管|专家")
_ZH_PERSON = re.compile(rf"(?:{_TITLES})([\u4e00-\u9fff]{{2,3}}(?:·[\u4e00-\u9fff]{{1,4}})?)(?=[（(]|[则也还曾又更]?(?:表示|称|指出|认为|写道|说|强调|透露|坦言))")
_EN_PERSON = re.compile(r"(?<![\w.])([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})(?=,[^,.;]{3,80}, (?:said|says|told|wrote|noted|added)\b| (?:said|says|told|wrote|noted|added)\b)"
                        r"|(?:said|says|according to) ([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})")
_EN_NOT_NAME = {"The", "This", "That", "These", "It", "He", "She", "They", "We", "In", "On", "At", "But", "And", "A", "An", "Chief", "Executive", "Officer"}


def extend_models(norm: Normalised, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Grow a model (or model maker) mention over a version suffix: Qwen3 → Qwen3-235B-A22B."""
    out = []
    for m in mentions:
        pattern = MODEL_SUFFIX if m.type == NodeType.MODEL else ORG_VERSION if _makes_models(m, gazetteer) else None
        match = pattern.match(norm.original, m.end) if pattern else None
        if match and match.group().strip() and not _overlaps_next(match.end(), m, mentions):
            out.append(_variant(norm, m, match.end(), gazetteer))
        else:
            out.append(m)
    return out


def _makes_models(m: Mention, gazetteer: Gazetteer) -> bool:
    """A Latin-named model maker ("DeepSeek-V4" is a model; "英偉達7月" is not)."""
    return m.type == NodeType.ORGANIZATION and m.surface[-1:].isascii() and m.surface[-1:].isalnum() and m.entity_id in gazetteer.developers


def _overlaps_next(end: int, m: Mention, mentions: list[Mention]) -> bool:
    return any(o.start < end and o.start >= m.end for o in mentions)


def _variant(norm: Normalised, base: Mention, end: int, gazetteer: Gazetteer) -> Mention:
    surface = norm.original[base.start:end].strip()
    known = gazetteer.lookup(surface)
    if known is not None:
        return Mention(base.start, base.start + len(surface), surface, known.id, known.type)
    entry = gazetteer.entries[base.entity_id]
    family = entry.id if entry.type == NodeType.MODEL else None
    return Mention(base.start, base.start + len(surface), surface, slugify(surface), NodeType.MODEL, DISCOVERED,
                   "discovery.model_shape", family=family, developer=entry.developer if family else entry.id)


# (pattern, node type, rule, kind, matched on the folded copy?, whole match is the name?)
_CUES = (
    (_EN_ORG, NodeType.ORGANIZATION, "discovery.org_en", "company", False, True),
    (_ZH_ORG, NodeType.ORGANIZATION, "discovery.org_zh", "company", True, True),
    (_ZH_PERSON, NodeType.SOURCE, "discovery.person_zh", "person", True, False),
    (_EN_PERSON, NodeType.SOURCE, "discovery.person_en", "person", False, False),
)


def discover_names(norm: Normalised, taken: list[Mention]) -> list[Mention]:
    """Organisations and quoted people found by cue words, outside already-taken spans."""
    found = []
    for regex, node_type, rule, kind, folded, whole in _CUES:
        for match in regex.finditer(norm.folded if folded else norm.original):
            group = 1 if match.group(1) else 2
            start, end = (match.start(1), match.end(2)) if whole else match.span(group)
            surface = norm.original[start:end]
            if _plausible(regex, match, surface) and not _clashes(start, end, taken + found):
                found.append(Mention(start, end, surface, slugify(surface), node_type, DISCOVERED, rule, kind=kind))
    return found


def _plausible(regex, match, surface: str) -> bool:
    if regex is _ZH_ORG:
        return not _ZH_ORG_GENERIC.match(match.group(1))
    if regex in (_EN_PERSON, _EN_ORG):
        return surface.split()[0] not in _EN_NOT_NAME
    return True


def _clashes(start: int, end: int, mentions: list[Mention]) -> bool:
    return any(start < m.end and m.start < end for m in mentions)
