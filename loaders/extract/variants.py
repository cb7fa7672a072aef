"""Model variants by shape: a known family or maker followed by a version or size suffix."""
from __future__ import annotations

import re

from ...schema import NodeType, slugify
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .mentions import Mention
from .normalize import Normalised

DISCOVERED = 0.6  # confidence of a discovered name (gazetteer names have 1.0)

# a number followed by a date unit (names.date_units: 年, 月, 日) is a date, not a size or version
_DATE = "{names.date_units:chars}"
_SIZE = (r"\d{1,4}[BMbm]|A\d{1,3}[Bb]|\d{1,2}x\d{1,3}[Bb]|Instruct|Base"
         rf"|(?<=-)\d{{4}}-\d{{2}}-\d{{2}}(?![\d{_DATE}%])|(?<=-)\d{{4}}(?![\d{_DATE}%])")  # -0324, -2024-05-13: dated snapshots
_VERSION = rf"\d{{1,3}}(?:\.\d{{1,2}})*[a-z]?(?![\d.]*[%{_DATE}])|[A-Z]\d{{1,3}}(?:\.\d{{1,2}})?"
_NAMED = (r"(?i:Air|Pro|Max|Turbo|Flash|Lite|Mini|Nano|Coder)|Plus|Thinking|Reasoning|VL|Omni|Preview|Ultra|Sonnet|Opus"
          r"|Haiku|Scout|Maverick|Large|Medium|Small|Next|Exp|Vision|Distill(?:-[A-Z][A-Za-z]+)?")
# Version and size suffixes that turn a family name into a variant: -4.5-Air, 3-235B-A22B, K2, -Pro-7B
MODEL_SUFFIX = rf"(?:[-\s]?(?:{_SIZE}|{_VERSION}|{_NAMED})(?![A-Za-z0-9]))+"
SIZE_ONLY = rf"^(?:[-\s]?(?:{_SIZE}))+$"
# After a maker's name: DeepSeek-V3.2, DeepSeek R2, MiniMax-M2 — not quarters (Q1) or chips (H20, B200, A100)
ORG_VERSION = re.compile(r"(?:[-\s]?[VRMKTX]\d{1,2}(?:\.\d{1,2})?|-\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9.%])")


def extend_models(norm: Normalised, mentions: list[Mention], gazetteer: Gazetteer,
                  lexicon: Lexicon | None = None) -> list[Mention]:
    """Grow a model (or model maker) mention over a version suffix: Qwen3 → Qwen3-32B-A7B.

    A size-only suffix (-120b, -235B-A22B, -Instruct) names the same model; any
    other suffix makes a new, discovered variant linked to its family. Mentions
    the grown name swallows (Qwen in DeepSeek-R1-Distill-Qwen-32B) are dropped.
    """
    lex = lexicon or Lexicon.default()
    suffix, size_only = lex.pattern(MODEL_SUFFIX), lex.pattern(SIZE_ONLY)
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        pattern = suffix if m.type == NodeType.MODEL else ORG_VERSION if _makes_models(m, gazetteer) else None
        match = pattern.match(norm.original, m.end) if pattern else None
        out.append(_variant(norm, m, match, gazetteer, size_only) if match and match.group().strip() else m)
    return out


def _makes_models(m: Mention, gazetteer: Gazetteer) -> bool:
    """A Latin-named model maker ("DeepSeek-V4" is a model; "英偉達7月" is not)."""
    return (m.type == NodeType.ORGANIZATION and m.surface[-1:].isascii() and m.surface[-1:].isalnum()
            and m.entity_id in gazetteer.developers)


def _variant(norm: Normalised, base: Mention, match: re.Match, gazetteer: Gazetteer, size_only: re.Pattern) -> Mention:
    end = match.end() - (len(match.group()) - len(match.group().rstrip()))
    surface = norm.original[base.start:end]
    known = gazetteer.lookup(surface)
    if known is not None:
        return Mention(base.start, end, surface, known.id, known.type)
    if base.type == NodeType.MODEL and size_only.match(match.group().rstrip()):
        return Mention(base.start, end, surface, base.entity_id, base.type, base.confidence, base.rule)
    entry = gazetteer.entries.get(base.entity_id)
    family = base.entity_id if base.type == NodeType.MODEL else None
    developer = (entry.developer if entry else base.developer) if family else base.entity_id
    return Mention(base.start, end, surface, slugify(surface), NodeType.MODEL, DISCOVERED,
                   "discovery.model_shape", family=family, developer=developer)
