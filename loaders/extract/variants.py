"""Model variants by shape: a known family or maker followed by a version or size suffix."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from ...schema import NodeType, slugify
from ...schema.text import name_key, to_simplified
from .gazetteer import Gazetteer
from .lexicon import Lexicon, group_span
from .mentions import Mention
from .normalize import Normalised
from .prefilter import finditer
from .spans import Spans

DISCOVERED = 0.6  # confidence of a discovered name (gazetteer names have 1.0)

# a size may be a decimal ("Qwen2-0.5B", "Phi-2.7B", "8x1.5B": not the version "-0" of Qwen2)
# a number followed by a date unit (names.date_units: 年, 月, 日) is a date, not a size or version
_DATE = "{names.date_units:chars}"
# the parts of a name are joined by a hyphen or a space, or by a hyphen spaced on both sides as some Chinese outlets
# set Latin names ("Qwen3 - 235B - A22B - Thinking - 2507", "GLM - 4.5 - Air"); after a hyphen either way (a bare
# whole number after a spaced hyphen is a dash and a count: "Claude 3 - 5 of us")
_JOIN = r"(?:\s-\s(?!\d{1,2}(?![\d.A-Za-z]))|[-\s])?"
_HYPHENED = r"(?:(?<=-)|(?<=\s-\s))"
_SIZE = (r"\d{1,4}(?:\.\d{1,2})?[BMbm]|A\d{1,3}(?:\.\d)?[Bb]|\d{1,2}x\d{1,3}(?:\.\d)?[Bb]|Instruct|Base|(?<=[0-9][BbMm]-)it"  # -12b-it: instruction-tuned
         rf"|{_HYPHENED}\d{{1,3}}[kK](?![A-Za-z0-9])"  # -16k, -128k: a context window of the same model (step-2-16k)
         rf"|{_HYPHENED}\d{{6}}(?![\d{_DATE}%])"  # -202411: a year-and-month snapshot
         rf"|{_HYPHENED}\d{{4}}-\d{{2}}-\d{{2}}(?![\d{_DATE}%])|{_HYPHENED}\d{{4}}(?![\d{_DATE}%])"  # -0324, -2024-05-13: dated snapshots
         r"|(?<=\s)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=\s*(?:[(（)）,，、。;；]|$))")  # "R1 0528（61分）": a spaced snapshot
# nor a number followed by a score's unit ("gpt-oss-120B 58 分": a score, not a version 58)
# (three digits only as a snapshot, 002, or before a letter, 256k: "Gemini 2.5 Pro 265" is a speed; two digits and a
# decimal after a space is a score in a list, "gpt-oss 65.0 and B 60.3", no version: versions are "2.5", "3.1")
_VERSION = (rf"(?!(?<=\s)[1-9]\d\.\d)(?:0\d{{2}}|\d{{3}}(?=[a-z]|-A\d)|\d{{1,2}})(?:\.\d{{1,2}})*[a-z]?(?![\d.]*(?:[%{_DATE}]|\s*{{comparison.score_units}}))"
            r"|[A-Z]\d{1,3}(?:\.\d{1,2})?")
# a variant word after a name: a tier, a tune, a reasoning effort (names.model_variants: "-Pro", " Thinking", "-Chat")
_NAMED = "{names.model_variants}"
# Version and size suffixes that turn a family name into a variant: -4.5-Air, 3-235B-A22B, K2, -Pro-7B
# A decimal right after a known name continues its version: GPT-5 + .2 is GPT-5.2, not GPT-5
def _suffix(version: str) -> str:
    return (rf"(?:\.\d{{1,2}}(?![\d.%]|\s*{{comparison.score_units}}))?"
            rf"(?:{_JOIN}(?:{_SIZE}|{version}|{_NAMED})(?:(?<=[)）])|(?![A-Za-z0-9])))*")


MODEL_SUFFIX = _suffix(_VERSION)
# after a family name a lower-case letter may open its version too: "Kimi k1.5", "Hunyuan t1" (after a versioned
# model such a token is more often another name in a list or a table: "GPT-4o o3")
FAMILY_SUFFIX = _suffix(rf"{_VERSION}|(?<=[\s-])[a-z]\d{{1,2}}(?:\.\d{{1,2}})?")
# a Chinese tier word after a model or a family ("豆包思考版", "混元T1推理版"; names.zh_version_words, on the folded text)
_ZH_TIER = r"\s?(?:{names.zh_version_words})"
# a capability and 模型 between a family and a dotted version ("豆包语音合成模型2.0"; names.zh_capability_models, folded)
_ZH_CAPABILITY = r"\s?(?:{names.zh_capability_models})\s?(?:大)?模型\s?v?\d{1,2}\.\d{1,2}(?![\d.%])"
# a spaced bare number after a name that has its version already is no second version, but a score or a count
_BARE_NUMBER = re.compile(r"\s(?!0)\d{1,3}(?:\.\d{1,2})?(?![A-Za-z0-9.])")
SIZE_ONLY = rf"^(?:{_JOIN}(?:{_SIZE}))+$"
# After a maker's name: DeepSeek-V3.2, DeepSeek R2, MiniMax-M2 — not quarters (Q1) or chips (H20, B200, A100)
# (a full stop may follow: "DeepSeek released DeepSeek R3.")
ORG_VERSION = re.compile(r"(?:[-\s]?[VRMKTX]\d{1,2}(?:\.\d{1,2})?|-\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z0-9%]|\.\d)")


# a capital or two glued before a known model's name by a hyphen ("K-EXAONE"): a model of its own, of that family
# (not after a letter, a hyphen or a full stop: "GPT-4o-mini", "U.S.-GPT")
_PREFIXED = re.compile(r"(?<![A-Za-z0-9.-])[A-Z]{1,2}-$")


def extend_models(norm: Normalised, mentions: list[Mention], gazetteer: Gazetteer,
                  lexicon: Lexicon | None = None) -> list[Mention]:
    """Grow a model (or model maker) mention over a version suffix: Qwen3 → Qwen3-32B-A7B, Yi → Yi-34B-Chat,
    "LLaMA2" → "LLaMA2 Chat 70B" (a version, a size and the variant words of ``names.model_variants`` in any order,
    joined or spaced); a family's short Chinese name counts only with its version glued to it ("星火V3.0").

    A size-only suffix (-120b, -235B-A22B, -Instruct) names the same model — unless the article names it
    in two sizes (gpt-oss-120b and gpt-oss-20b: two models); any other suffix makes a new, discovered
    variant linked to its family. Mentions
    the grown name swallows (Qwen in DeepSeek-R1-Distill-Qwen-32B) are dropped.
    """
    lex = lexicon or Lexicon.default()
    suffix, size_only = lex.pattern(MODEL_SUFFIX), lex.pattern(SIZE_ONLY)
    family_suffix, zh_tier, zh_capability = lex.pattern(FAMILY_SUFFIX), lex.pattern(_ZH_TIER), lex.pattern(_ZH_CAPABILITY)
    follower = lex.pattern("[{names.zh_model_followers:chars}]")
    counts = lex.pattern("{names.count_sizes}")
    sizes_counted = None  # how many different parameter counts the article gives (worked out at its first count)
    mentions = _short_family_heads(norm, mentions, gazetteer, lex)
    out: list[Mention] = []
    sized: dict[str, dict[str, list[int]]] = {}  # model id -> size suffix -> the mentions sized so
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        prefixed = _PREFIXED.search(norm.original, max(0, m.start - 3), m.start) if m.type == NodeType.MODEL else None
        if prefixed is not None:  # "K-EXAONE": a known model with a capital glued before it by a hyphen is one of its own
            surface = norm.original[prefixed.start():m.end]
            m = Mention(prefixed.start(), m.end, surface, slugify(surface), NodeType.MODEL, DISCOVERED,
                        "discovery.model_prefixed", family=m.entity_id, developer=_developer(m, gazetteer))
        pattern = (family_suffix if _is_family(m, gazetteer) else suffix) if m.type == NodeType.MODEL \
            else ORG_VERSION if _makes_models(m, gazetteer) else None
        match = pattern.match(norm.original, m.end) if pattern else None
        if match and m.type == NodeType.MODEL and any(c.isdigit() for c in m.surface):
            bare = _BARE_NUMBER.search(match.group())  # "Llama 3 78", "GPT-4o 66": a score after a versioned name
            if bare:
                match = pattern.match(norm.original, m.end, m.end + bare.start())
        end = m.end + len(match.group().rstrip()) if match and match.group().strip() else m.end
        tier = zh_tier.match(norm.folded, end) if m.type == NodeType.MODEL else None
        end = tier.end() if tier else end
        if end == m.end and _is_family(m, gazetteer):
            capability = zh_capability.match(norm.folded, end)
            end = capability.end() if capability else end
        if m.rule == SHORT_HEAD and (end == m.end or (_HAN.match(norm.original, end) and not follower.match(norm.folded, end))):
            continue  # "星火" alone is a word ("spark"), "星火V3计划" a plan: a family's short name only as a model's
        grown = _variant(norm, m, end, gazetteer, size_only) if end > m.end else m
        counted = counts.match(norm.folded, grown.end) if grown.type == NodeType.MODEL else None
        if counted:  # "Zeta 2 270亿组参数版本": a size written as a count, the model of that size
            if sizes_counted is None:
                sizes_counted = len(set(_COUNT.findall(_article_counts(norm, counts))))
            out.append(_counted(norm, grown, counted, gazetteer, sizes_counted))
            continue
        if grown is not m and grown.entity_id == m.entity_id and m.type == NodeType.MODEL:
            size = re.sub(r"[\s\-_]|instruct|base", "", norm.original[m.end:grown.end].casefold())  # a tune is the same size
            sized.setdefault(m.entity_id, {}).setdefault(size, []).append(len(out))
        out.append(grown)
    for model, sizes in sized.items():  # "gpt-oss-120b and gpt-oss-20b": two sizes named are two models
        if len(sizes) > 1:
            for i in (i for found in sizes.values() for i in found):
                m = out[i]
                out[i] = Mention(m.start, m.end, m.surface, slugify(m.surface), NodeType.MODEL, DISCOVERED,
                                 "discovery.model_shape", family=model, developer=_developer(m, gazetteer))
    return out


COUNTED = "discovery.model_count"  # the rule of a model sized by a count of parameters ("Zeta 2 270亿参数版本")
_COUNT = re.compile(r"(\d{1,4}(?:\.\d{1,2})?)\s?亿")  # on a match of names.count_sizes: the count of 亿 (10^8)


def _article_counts(norm: Normalised, pattern: re.Pattern) -> str:
    """Every parameter count of the article (names.count_sizes anywhere, after a name or not), joined."""
    return " ".join(match.group() for match in pattern.finditer(norm.folded))


def _counted(norm: Normalised, m: Mention, counted: re.Match, gazetteer: Gazetteer, sizes: int) -> Mention:
    """The model ``m`` sized by a count ("Zeta 2" + "270亿组参数版本" = Zeta 2 27B): a known model of that size, or,
    when the article names two sizes or more, a variant of its own (as "gpt-oss-120b and gpt-oss-20b" are two
    models); else ``m`` itself, grown over its size."""
    end = counted.end()
    surface = norm.original[m.start:end]
    billions = float(_COUNT.search(counted.group()).group(1)) / 10
    size = f"{billions:g}B"
    entry = gazetteer.entries.get(m.entity_id)
    names = [m.surface] + ([entry.name] if entry is not None and entry.name != m.surface else [])
    for name in names:
        known = _known_size(gazetteer, name, size)
        if known is not None:
            return Mention(m.start, end, surface, known.id, known.type)
    if sizes < 2:
        return replace(m, end=end, surface=surface)
    name = names[-1] if names[-1].isascii() else m.surface
    return Mention(m.start, end, surface, slugify(f"{name} {size}"), NodeType.MODEL, DISCOVERED,
                   COUNTED, family=m.entity_id if entry is not None else (m.family or m.entity_id),
                   developer=_developer(m, gazetteer))


def _known_size(gazetteer: Gazetteer, name: str, size: str, hyphen_first: bool = False):
    """The known model ``name`` of ``size`` ("Zeta 2 27B" or "Zeta 2-27B"), or None."""
    spellings = (f"{name}-{size}", f"{name} {size}") if hyphen_first else (f"{name} {size}", f"{name}-{size}")
    known = gazetteer.lookup(spellings[0]) or gazetteer.lookup(spellings[1])
    return known if known is not None and known.type == NodeType.MODEL else None


_SIZE_REACH = 160  # characters back to the model a pronoun's size belongs to (this sentence or the one before)


def pronoun_sizes(norm: Normalised, mentions: list[Mention], gazetteer: Gazetteer,
                  lexicon: Lexicon | None = None) -> list[Mention]:
    """"Zeta 4.5 … its 300B-A47B model", "星河4.5系列，其300B-A47B模型": a size after a possessive pronoun
    (``names.pronoun_sizes``) is a variant of the model named last before it in the paragraph, when that model is
    a known one with a Latin name; the variant is named from it ("Zeta 4.5 300B-A47B")."""
    lex = lexicon or Lexicon.default()
    found = []
    for match in finditer(lex.pattern("{names.pronoun_sizes}"), norm.folded):
        start, end = match.span()
        group = next(k for k, v in match.groupdict().items() if k.startswith("size") and v)  # one group per language
        size_start, size_end = match.span(group)
        before = [m for m in mentions if m.end <= start and start - m.end <= _SIZE_REACH and m.type == NodeType.MODEL
                  and "\n" not in norm.original[m.end:start]]
        entry = gazetteer.entries.get(before[-1].entity_id) if before else None
        if entry is None or not entry.name.isascii():
            continue
        size = norm.original[size_start:size_end].upper()
        known = _known_size(gazetteer, entry.name, size, hyphen_first=True)
        if known is not None:
            found.append(Mention(size_start, end, norm.original[size_start:end], known.id, known.type))
            continue
        found.append(Mention(size_start, end, norm.original[size_start:end], slugify(f"{entry.name} {size}"),
                             NodeType.MODEL, DISCOVERED, "discovery.model_pronoun_size", family=entry.id,
                             developer=entry.developer))
    return found


SHORT_HEAD = "variant.short_head"  # the rule of a family's short Chinese name found before its version ("星火V3.0")
_GLUED_VERSION = re.compile(r"\s?(?:[a-z]\d|\d)")  # on the folded text: "v3.0", "x1", "4.0", " 5.0"


@functools.lru_cache(maxsize=4)  # per gazetteer and lexicon (both compared by identity): worked out once, not per article
def _short_heads(gazetteer: Gazetteer, lex: Lexicon) -> tuple[re.Pattern | None, dict[str, str]]:
    """The short Chinese names of model families: a family's Chinese name less a model noun ending it
    (``names.zh_family_tails``: "星火大模型", "星火认知大模型" → "星火"), when the gazetteer holds the short
    name for nothing else; a pattern finding them (folded text) and the family of each."""
    tails = sorted(lex.words("names.zh_family_tails"), key=len, reverse=True)
    heads: dict[str, str] = {}
    for entry in sorted(gazetteer.entries.values(), key=lambda e: e.id):
        if entry.type != NodeType.MODEL or entry.kind != "family":
            continue
        for alias in entry.aliases:
            key = name_key(alias)
            tail = next((t for t in tails if key.endswith(t)), None)
            head = key[:-len(tail)] if tail else ""
            if len(head) >= 2 and all(_HAN.match(ch) for ch in head) and head not in gazetteer.by_alias:
                heads.setdefault(head, entry.id)
    pattern = re.compile("|".join(map(re.escape, sorted(heads, key=len, reverse=True)))) if heads else None
    return pattern, heads


def _short_family_heads(norm: Normalised, mentions: list[Mention], gazetteer: Gazetteer,
                        lex: Lexicon) -> list[Mention]:
    """Add a mention of a family's short Chinese name right before a version glued to it, where no name is
    found: "发布星火V3.0" (the family 讯飞星火, 星火大模型) is the family's V3.0; the loop of :func:`extend_models`
    grows it over the version, or drops it (no version, no name)."""
    pattern, heads = _short_heads(gazetteer, lex)
    if pattern is None:
        return mentions
    spans = _overlap_test([(m.start, m.end) for m in mentions])
    found = []
    for match in pattern.finditer(norm.folded):
        start, end = match.span()
        if _GLUED_VERSION.match(norm.folded, end) and not spans(start, end):
            entry = gazetteer.entries[heads[match.group()]]
            found.append(Mention(start, end, norm.original[start:end], entry.id, NodeType.MODEL, DISCOVERED, SHORT_HEAD,
                                 developer=entry.developer))
    return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions


def _developer(m: Mention, gazetteer: Gazetteer) -> str | None:
    entry = gazetteer.entries.get(m.entity_id)
    return entry.developer if entry is not None else m.developer


# a maker, then a word describing a new model between it and a bare version ("DeepSeek发布新一代V4模型", "DeepSeek新模型
# R2", "Moonshot的旗舰K3"; on the folded text): the version is the maker's model of that version when the gazetteer
# knows it (DeepSeek V4); the describing words are release.verbs, release.adjectives and release.model_nouns
_MAKER_DESCRIBED = (r"(?:{release.verbs})?了?(?:的)?(?:{release.adjectives})*(?:的)?(?:{release.model_nouns})?"
                    r"[「“\"]?(?P<version>[vrmktx]\d{1,2}(?:\.\d{1,2})?)(?![a-z0-9%]|\.\d)")
MAKER_VERSION = "discovery.maker_version"


def maker_versions(norm: Normalised, mentions: list[Mention], gazetteer: Gazetteer,
                   lexicon: Lexicon | None = None) -> list[Mention]:
    """Known models named by a bare version after their maker and a word describing a new model (``_MAKER_DESCRIBED``):
    a mention of the version, the maker's mention kept (a version right after its maker is :func:`extend_models`').

    >>> from newsgraph.loaders.extract.rules import RuleExtractor
    >>> [(m.surface, m.entity_id) for m in RuleExtractor().mentions(Normalised.of("DeepSeek发布新一代V3模型。")) if m.type == "Model"]
    [('V3', 'deepseek-v3')]
    """
    lex = lexicon or Lexicon.default()
    described = lex.pattern(_MAKER_DESCRIBED)
    taken = Spans((m.start, m.end) for m in mentions)
    found = []
    for m in mentions:
        if not _makes_models(m, gazetteer):
            continue
        match = described.match(norm.folded, m.end)
        if match is None or match.start("version") == m.end or taken.overlaps(*match.span("version")):
            continue
        version = norm.original[match.start("version"):match.end("version")]
        known = next((k for k in (gazetteer.lookup(f"{name} {version}") for name in (m.surface, gazetteer.entries[m.entity_id].name))
                      if k is not None and k.type == NodeType.MODEL), None)
        if known is not None:
            found.append(Mention(match.start("version"), match.end("version"), version, known.id, known.type,
                                 rule=MAKER_VERSION))
    return found


def _makes_models(m: Mention, gazetteer: Gazetteer) -> bool:
    """A Latin-named model maker ("DeepSeek-V4" is a model; "英偉達7月" is not)."""
    return (m.type == NodeType.ORGANIZATION and m.surface[-1:].isascii() and m.surface[-1:].isalnum()
            and m.entity_id in gazetteer.developers)


def _is_family(m: Mention, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.entries.get(m.entity_id)
    return entry is not None and entry.kind == "family"


def _variant(norm: Normalised, base: Mention, end: int, gazetteer: Gazetteer, size_only: re.Pattern) -> Mention:
    surface = norm.original[base.start:end]
    known = gazetteer.lookup(surface)
    if known is not None:
        return Mention(base.start, end, surface, known.id, known.type)
    if base.type == NodeType.MODEL and size_only.match(norm.original[base.end:end]):
        return Mention(base.start, end, surface, base.entity_id, base.type, base.confidence, base.rule)
    entry = gazetteer.entries.get(base.entity_id)
    family = base.entity_id if base.type == NodeType.MODEL else None
    developer = (entry.developer if entry else base.developer) if family else base.entity_id
    if family and entry is not None and base.surface.casefold().endswith(" " + entry.name.casefold()):
        known = gazetteer.lookup(entry.name + norm.original[base.end:end])  # "Google Gemini 3 Pro": Gemini 3 Pro
        if known is not None:
            return Mention(base.start, end, surface, known.id, known.type)
    if family and entry is not None and entry.kind == "family":  # "Hunyuan 2.0" may be written "混元2.0": known
        known = _known_sibling(gazetteer, entry, norm.original[base.end:end])
        if known is not None:
            return Mention(base.start, end, surface, known.id, known.type)
    entity_id = slugify(surface)
    if family and entry is not None and entry.name.isascii() \
            and (_HAN.match(base.surface[-1:]) or base.surface != entry.name) \
            and (entry.kind == "family" or not any(c.isdigit() for c in entry.name)
                 or _TIER_TAIL.match(norm.original, base.end, end)):
        # a version after a family's or model's Chinese name or another of its names is named from its English name:
        # "混元T3", "Tencent Hunyuan T3" and "Hunyuan T3" are one model, hunyuan-t3; "通义千问3.5 Max" is
        # qwen3-5-max, "可灵3.0" kling-3-0; after a versioned model only for a tier word, not a number ("盘古大模型5" +
        # ".5"; "InternLM3" keeps its own)
        written = to_simplified(norm.original[base.end:end])
        entity_id = slugify(f"{entry.name}{' ' if _HAN.match(base.surface[-1:]) else ''}{written}")
    return Mention(base.start, end, surface, entity_id, NodeType.MODEL, DISCOVERED,
                   "discovery.model_shape", family=family, developer=developer)


def _known_sibling(gazetteer: Gazetteer, entry, suffix: str):
    """The known model of ``entry``'s family named by one of the family's names and ``suffix`` (the version), or None."""
    families = {entry.id, entry.family} - {None}
    owners = [entry, *(gazetteer.entries[f] for f in families if f != entry.id and f in gazetteer.entries)]
    for owner in owners:
        for name in (*owner.canonical, *owner.aliases):
            for written in (name + suffix, f"{name} {suffix.strip()}"):
                known = gazetteer.lookup(written)
                if known is not None and known.type == NodeType.MODEL and known.id != entry.id \
                        and (known.family in families or known.id in families):
                    return known
    return None


# a model-shaped name: a capitalised word (one or two), a version (V1, 3, M2, 2.5), maybe a tier word
_MODEL_SHAPE = re.compile(r"(?<![A-Za-z0-9\-.])(?P<name>(?P<head>[A-Z][A-Za-z]{1,15})(?:[-\s][A-Z][A-Za-z]{1,15})?[-\s]?"
                          r"(?:(?:[VRMKTXvrmktx]|(?<=-)[A-Z])?\d{1,2}(?:\.\d{1,2})?|(?:\d{1,2}x)?\d{1,3}(?:\.\d)?B)"
                          r"(?:[-\s](?:Pro|Max|Mini|Plus|Turbo|Ultra|Flash|Lite|Air|Chat))?)"
                          r"(?![A-Za-z0-9%]|[.,]\d)")
# a parameter count in a model-shaped name ("Zeta-34B", "Orion 2 8x7B"): a model's size (a chip's or a product's code
# is a letter and digits, "H20", "A100"; a sum's "B" follows a currency: names.model_not_names); a model with no other cue
_SIZED = re.compile(r"(?<![A-Za-z0-9.])(?:\d{1,2}x)?\d{1,3}(?:\.\d)?B(?![A-Za-z0-9])")
# a lower-case name: a letter or a few and a version, a hyphen and a word ("k0-math", "s1-mini"); a model only where a
# model noun stands next to it (no list or comparison makes one: lower-case words of this shape are also codes)
_LOWER_SHAPE = re.compile(r"(?<![A-Za-z0-9\-.])(?!v\d)[a-z]{1,4}\d{1,2}(?:\.\d{1,2})?-[a-z]{2,12}(?![A-Za-z0-9\-]|[.,]\d)")
# a Chinese name with a Latin version glued to it ("星火X1", "混元T1"): the version, then up to four Han characters
# back to a boundary (punctuation, a space, 的, or a name already found: "科大讯飞星火X1")
_ZH_VERSION = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z]\d{1,2}(?:\.\d{1,2})?(?![A-Za-z0-9%]|[.,]\d)")
# a Chinese name with a number for its version, then 版 or 模型 ("星辰2.5版", "星辰3模型"; not "第2版")
# (written digit first, the Han character checked behind it: the same matches, but re only tries at digits)
_ZH_NUMBERED = re.compile(r"\d(?<=[\u4e00-\u9fff]\d)\d?(?:\.\d{1,2})?(?=\s*(?:版|模型|大模型))")
# a Chinese name with a hyphened version or size ("衡宇-3B", "雲豹-2", "鸣鹤-V2"): the hyphen, then the Han name behind it
_ZH_HYPHENED = re.compile(r"(?<=[\u4e00-\u9fff])-(?:[A-Z]?\d{1,2}(?:\.\d{1,2})?|\d{1,3}(?:\.\d)?B)(?![A-Za-z0-9%]|[.,]\d)")
# a strong model shape, needing no model noun as the object of a release: a hyphened version or a size ("Orbis-7",
# "Pallas-9B"; not a spaced number, "Windows 12", nor a code of letters and digits, "B200")
_STRONG_SHAPE = re.compile(r"-(?:[A-Z]?\d)|\d(?:\.\d)?B$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TIER_TAIL = re.compile(r"[\s\-]*[A-Za-z\u4e00-\u9fff]")
_CUE_BEFORE = r"{names.model_cue_before}\s*[「“\"《『]?\s*$"
_CUE_AFTER = r"\s*[」”\"》』]?\s*{names.model_cue_after}|{names.model_described_after}"
# "Zeta-2 outperforms GPT-4o", "GPT-4o trails Zeta-2", "Zeta-2在数学上超越GPT-4o": a model-shaped name compared with
# a model the gazetteer knows, in one clause, a comparison cue between them (nothing else named between)
_COMPARE = "(?:{comparison.win}|{comparison.win_direct}|{comparison.loss}|{comparison.better_than}|{comparison.passive_phrase})"
_COMPARED_AFTER = r"[^，,。；;!?！？\n]{0,20}?" + _COMPARE + r"[^，,。；;!?！？\n]{0,12}?$"
_COMPARED_BEFORE = _COMPARE + r"[^，,。；;!?！？\n]{0,12}?$"


def unnamed_model(text: str, lo: int, hi: int, mentions, lexicon: Lexicon | None = None) -> bool:
    """Whether ``text[lo:hi]`` writes a model-shaped name (a capitalised word and a version: "Borka 2", "Acme-7")
    that no mention covers and no word naming no model opens (``names.model_not_names``, ``names.not_names``):
    a model the gazetteer lacks and no cue made one, which a reference ("it") may stand for as well.

    >>> unnamed_model("Borka 2 and GPT-4o were tested.", 0, 31, [])
    True
    >>> unnamed_model("Phase 3 and March 12 and In 25 tests.", 0, 37, [])
    False
    """
    lex = lexicon or Lexicon.default()
    not_names = lex.word_set("names.model_not_names")
    openers = lex.word_set("names.not_names")
    spans = [(m.start, m.end) for m in mentions if m.end > lo and m.start < hi]
    for match in _MODEL_SHAPE.finditer(text, lo, hi):
        head = match.group("head")
        start, end = match.span("name")
        if head.casefold() in not_names or head in openers or any(a < end and start < b for a, b in spans):
            continue
        return True
    return False


def discover_models(norm: Normalised, taken: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """Models the gazetteer lacks, named right after or before a model noun ("大模型「HKGAI V1」",
    "its new model Nova 3", "the Zeta-2 model") or compared or listed with a known model: a capitalised name with a
    version number or a size, grown over the size and variant words after it ("Tulu-2-DPO-70B"; a name holding a
    size, "Zeta-34B", needs no other cue); a lower-case one ("k0-math") only next to a model noun; then every
    other place the article writes that name. Nothing inside a name already found, nor for a name
    opened by a word that names no model ("Phase 3", "Covid-19", "EUR 5").

    >>> from newsgraph.loaders.extract.rules import RuleExtractor
    >>> ex = RuleExtractor()
    >>> [(m.surface, m.entity_id) for m in ex.mentions(Normalised.of("The lab released its model Nova 3. Nova 3 beats GPT-4o.")) if m.type == "Model"]
    [('Nova 3', 'nova-3'), ('Nova 3', 'nova-3'), ('GPT-4o', 'gpt-4o')]
    """
    lex = lexicon or Lexicon.default()
    before, after = lex.pattern(_CUE_BEFORE), lex.pattern(_CUE_AFTER)
    suffix = lex.pattern(MODEL_SUFFIX)
    not_names = lex.word_set("names.model_not_names")
    spans = [(m.start, m.end) for m in taken]
    overlaps = _overlap_test(spans)
    text, folded = norm.original, norm.folded
    names: dict[str, str] = {}
    known = [m for m in taken if m.type == NodeType.MODEL]
    shaped: list[tuple[int, int]] = []  # model-shaped names with no cue of their own (a list may make them models)
    accepted: list[tuple[int, int]] = []  # and those with one
    for match in finditer(_MODEL_SHAPE, text):  # tried only at capitals (prefilter)
        if match.group("head").casefold() in not_names and match.end("head") < match.end("name"):
            match = _MODEL_SHAPE.match(text, match.end("head") + 1) or match  # "The Zeta 2 model": from "Zeta"
        start, end = match.span("name")
        if match.group("head").casefold() in not_names or overlaps(start, end):
            continue
        end = _grown_end(text, start, end, suffix, overlaps)  # "Tulu-2" + "-DPO-70B", "Zeta 2 Chat" + " 70B": one name
        if before.search(folded, max(0, start - 16), start) or after.match(folded, end) \
                or (known and _compared_with_known(folded, start, end, taken, lex)) \
                or _SIZED.search(text, start, end):
            names.setdefault(text[start:end], slugify(text[start:end]))
            accepted.append((start, end))
        else:
            shaped.append((start, end))
    for match in finditer(_LOWER_SHAPE, text):  # "数学模型 k0-math", "the model s1-mini": only with a model noun
        start, end = match.span()
        if not overlaps(start, end) and (before.search(folded, max(0, start - 16), start) or after.match(folded, end)):
            names.setdefault(match.group(), slugify(match.group()))
            accepted.append((start, end))
    ends = {m.end for m in taken}
    follower = lex.pattern("[{names.zh_model_followers:chars}]")
    zh_names = [*finditer(_ZH_VERSION, text), *(m for m in _ZH_NUMBERED.finditer(text) if text[m.start() - 1] != "第"),
                *_ZH_HYPHENED.finditer(text)]
    for match in zh_names:
        start, end = _zh_start(norm, match, ends, before, lex), match.end()
        if match.start() - start < 2 or overlaps(start, end) \
                or (_HAN.match(text, end) and not follower.match(folded, end)):  # "A1级别": a grade, no name
            continue
        if before.search(folded, max(0, start - 16), start) or after.match(folded, end) \
                or (known and _compared_with_known(folded, start, end, taken, lex)):
            names.setdefault(text[start:end], slugify(text[start:end]))
            accepted.append((start, end))  # (where a Chinese name starts is a guess: no list makes one a model)
    _listed_with_models(folded, text, shaped, [(m.start, m.end) for m in known] + accepted, names, lex)
    _described_by_owner(text, folded, overlaps, names, lex)
    _owned_or_quoted(text, overlaps, names, lex)
    return _written(text, names, overlaps, "discovery.model_named")


def _zh_start(norm: Normalised, match: re.Match, ends: set[int], before: re.Pattern, lex: Lexicon) -> int:
    """Where a Chinese name ending in a version (``match``: "X1", "-3B") starts: up to four Han characters back, to a
    boundary (not 的, a name already found, a model noun, a verb of release: "如传闻般推出R2", "发布了衡宇-3B", nor a word
    describing the model: "发布新一代V4模型", "旗舰X2" are no names "新一代V4", "旗舰X2")."""
    text, folded = norm.original, norm.folded
    verb_before = lex.pattern("(?:{release.verbs}|{release.adjectives})了?$")
    start = match.start()
    while start > max(0, match.start() - 4) and _HAN.match(text, start - 1) and text[start - 1] != "的" \
            and start not in ends and not before.search(folded, max(0, start - 16), start) \
            and len((verb_before.search(folded, max(0, start - 5), start) or [""])[0]) < 2:  # (not 新 alone: "新星V2")
        start -= 1
    return start


_CLAUSE_END = re.compile(r"[.;:!?。；：！？，,\n]")
_DESCRIBED_OTHERWISE = re.compile(r",\s+(?:an?|its|their|the)\s", re.I)  # "Galaxy-S26, a new phone": described, as no model


def discover_released(norm: Normalised, taken: list[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """A model-shaped name the gazetteer lacks as the object of a verb of release whose subject is an organisation in
    the same clause ("OpenAI released Orbis-7 on Monday", "Acme Labs launched its new Corvid-2", "阿里巴巴今天发布了
    衡宇-3B"; ``names.model_release_slot``) or a description of one ("The company released Orbis-7", "该公司推出了
    Velox-3": ``discourse.definite_organization``): a model, when its shape is a strong one (a hyphened version or a size:
    "Windows 12", "B200" are not) opened by a word, not an acronym ("DLSS-4", "PS-5"), it is not described otherwise ("Galaxy-S26, a new phone") nor followed by a Han
    character that no model name is followed by ("麒麟-9芯片") nor a noun of another product (``names.not_model_nouns``:
    "Mate-70 phones"); then every other place the article writes it.

    >>> from newsgraph.loaders.extract.rules import RuleExtractor
    >>> [m.surface for m in RuleExtractor().mentions(Normalised.of("OpenAI released Orbis-7.")) if m.type == "Model"]
    ['Orbis-7']
    """
    from .discovery import PLACE_KINDS  # (discovery imports this module)

    lex = lexicon or Lexicon.default()
    text, folded = norm.original, norm.folded
    slot = lex.pattern("{names.model_release_slot}")
    overlaps = _overlap_test([(m.start, m.end) for m in taken])
    orgs = [m for m in taken if m.type == NodeType.ORGANIZATION and m.kind not in PLACE_KINDS]
    org_ends = sorted(m.end for m in orgs)  # where each organisation ends: a subject ends close before the verb
    definite = lex.pattern("{discourse.definite_organization}")  # "the company", "该公司": an organisation named before
    not_names = lex.word_set("names.model_not_names")
    described = lex.pattern("{names.model_described_after}")
    product = lex.pattern(r"\s+(?:{names.not_model_nouns})")  # "launched Mate-70 phones": a product, no model
    follower = lex.pattern("[{names.zh_model_followers:chars}]")
    before = lex.pattern(_CUE_BEFORE)
    suffix = lex.pattern(MODEL_SUFFIX)
    ends = {m.end for m in taken}
    spans = []
    for match in finditer(_MODEL_SHAPE, text):
        start, end = match.span("name")
        if match.group("head").casefold() in not_names or overlaps(start, end):
            continue
        spans.append((start, _grown_end(text, start, end, suffix, overlaps)))
    for match in _ZH_HYPHENED.finditer(text):
        start = _zh_start(norm, match, ends, before, lex)
        if match.start() - start >= 2:
            spans.append((start, match.end()))
    names: dict[str, str] = {}
    for start, end in spans:
        name = text[start:end]
        if overlaps(start, end) or not _STRONG_SHAPE.search(name) or name in names \
                or (name[:1].isascii() and not any(c.islower() for c in name.split("-")[0].split()[0])) \
                or name.split("-")[0].split()[0].endswith("OS"):
            continue  # an acronym opening it ("DLSS-4", "PS-5", "CUDA-13"), an operating system ("HarmonyOS-5")
        if (_HAN.match(text, end) and not follower.match(folded, end)) or product.match(folded, end) \
                or (_DESCRIBED_OTHERWISE.match(text, end) and not described.match(folded, end)):
            continue
        verb = slot.search(folded, max(0, start - 40), start)
        if verb is None:
            continue
        near = org_ends[bisect_left(org_ends, verb.start() - 30):bisect_right(org_ends, verb.start())]
        subject = next((e for e in reversed(near) if not _CLAUSE_END.search(text, e, verb.start())), None)
        clause = max(0, verb.start() - 30)
        clause = max((c.end() for c in _CLAUSE_END.finditer(text, clause, verb.start())), default=clause)
        if subject is not None or definite.search(folded, clause, verb.start()):  # "The company released Orbis-7"
            names[name] = slugify(name)
    return _written(text, names, overlaps, "discovery.model_released")


def _written(text: str, names: dict[str, str], overlaps, rule: str) -> list[Mention]:
    """Every place the article writes each of ``names`` (surface → id) as a whole name, not inside a name found
    before: the mentions of the models discovered, with ``rule``."""
    found = []
    for surface, entity_id in names.items():
        for match in re.finditer(rf"(?<![A-Za-z0-9\-.]){re.escape(surface)}(?![A-Za-z0-9]|[.,]\d)", text):
            if not overlaps(match.start(), match.end()):
                found.append(Mention(match.start(), match.end(), surface, entity_id, NodeType.MODEL, DISCOVERED, rule))
    return found


# a capitalised name of one to three words, no version: only with names.model_apposition right after it
_PLAIN_NAME = re.compile(r"(?<![A-Za-z0-9\-.'’])(?P<name>[A-Z][a-z]{1,15}(?:\s[A-Z][a-z]{1,15}){0,2})(?=,)")


def _described_by_owner(text: str, folded: str, overlaps, names: dict[str, str], lex: Lexicon) -> None:
    """Add to ``names`` a capitalised name with no version that its owner's pronoun and a model noun describe right after
    it ("Acme debuted Zeta Spark, its first major model"; ``names.model_apposition``), right after a verb of release
    (``release.verbs``); not a word that opens sentences (``names.not_names``).

    >>> from newsgraph.loaders.extract.rules import RuleExtractor
    >>> [m.surface for m in RuleExtractor().mentions(Normalised.of("Acme debuted Zeta Spark, its first model.")) if m.type == "Model"]
    ['Zeta Spark']
    """
    apposition = lex.pattern("{names.model_apposition}")
    if not apposition.search(text):
        return
    not_names = lex.word_set("names.not_names") | lex.word_set("names.model_not_names")
    released = lex.pattern(r"(?:{release.verbs})\s+(?:the\s+)?$")
    for match in _PLAIN_NAME.finditer(text):
        start, end = match.span("name")
        words = match.group("name").split()
        if overlaps(start, end) or not apposition.match(text, end) or words[0] in not_names \
                or words[0].casefold() in not_names or not released.search(folded, max(0, start - 30), start):
            continue  # only the object of a verb of release ("debuted Zeta Spark, its first model"): not a subject
        names.setdefault(match.group("name"), slugify(match.group("name")))


_NO_OWNED_NAMES: dict[int, tuple[Lexicon, frozenset[str]]] = {}  # per lexicon (by identity, kept with it): its words


def _no_owned_names(lex: Lexicon) -> frozenset[str]:
    """The words (folded) an owner's capitalised word before a model noun cannot be, built once per lexicon."""
    hit = _NO_OWNED_NAMES.get(id(lex))
    if hit is None or hit[0] is not lex:
        words = {w.casefold() for w in (*lex.word_set("names.not_names"), *lex.word_set("names.generic_words"),
                                        *lex.word_set("names.model_tiers"), *lex.word_set("names.model_listed_tiers"))}
        hit = _NO_OWNED_NAMES[id(lex)] = (lex, frozenset(words | lex.word_set("names.model_not_names")))
    return hit[1]


def _owned_or_quoted(text: str, overlaps, names: dict[str, str], lex: Lexicon) -> None:
    """Add to ``names`` a name with no version that its slot makes a model: one capitalised word between an owner and a
    model noun ("its Verse chatbot"; ``names.model_owned``), not an ordinary word (one of the lists of words that name
    no model, or written in lower case elsewhere in the article: "its Transformer model" by "transformer"); or a name
    holding a Latin letter in marks before 模型 ("「視界Vision」模型"; ``names.model_quoted``).

    >>> from newsgraph.loaders.extract.rules import RuleExtractor
    >>> [m.surface for m in RuleExtractor().mentions(Normalised.of("Acme trained its Verse chatbot on books.")) if m.type == "Model"]
    ['Verse']
    """
    words = _no_owned_names(lex)
    lowered: dict[str, bool] = {}  # per name: whether it is written in lower case in the article
    for match in lex.pattern("{names.model_owned}").finditer(text):
        start, end = group_span(match, "name")  # the slot of whichever alternative matched
        name = text[start:end]
        if overlaps(start, end) or name.casefold() in words or name in names:
            continue
        if name not in lowered:
            lowered[name] = re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None
        if lowered[name]:
            continue
        names.setdefault(name, slugify(name))
    for match in lex.pattern("{names.model_quoted}").finditer(text):
        start, end = match.span("name")
        latin = re.sub(r"[\u4e00-\u9fff]", "", match.group("name"))
        if overlaps(start, end) or latin.casefold() in words or len(match.group("name")) < 3:
            continue
        names.setdefault(match.group("name"), slugify(match.group("name")))


def _grown_end(text: str, start: int, end: int, suffix: re.Pattern, overlaps) -> int:
    """The end of a model-shaped name grown over the size and variant words written after it (the suffixes a known
    name grows over: :data:`MODEL_SUFFIX`), not over a spaced bare number (a score: "Zeta 2 78")."""
    grown = suffix.match(text, end)
    if not grown or not grown.group().strip():
        return end
    bare = _BARE_NUMBER.search(grown.group())
    tail = (grown.group()[:bare.start()] if bare else grown.group()).rstrip()
    return end + len(tail) if tail and not overlaps(start, end + len(tail)) else end


# "beats GPT-4o, Zeta 2 and Orion-3", "超越GPT-4o和星辰X2": a model-shaped name listed right next to a model is one
_LISTED_GAP = r"\s*[,，、]?\s*(?:{discourse.coordinators})?\s*(?:{discourse.articles}\s+)?"


def _listed_with_models(folded: str, text: str, shaped: list[tuple[int, int]], known: list[tuple[int, int]],
                        names: dict[str, str], lex: Lexicon) -> None:
    """Add to ``names`` each model-shaped name of ``shaped`` listed next to a model (a known one, or one found so:
    a list of several new names next to one known model grows a name at a time)."""
    if not shaped or not known:
        return
    gap = lex.pattern(_LISTED_GAP)
    models = sorted(known)
    grown = True
    while grown and shaped:
        grown = False
        for span in list(shaped):
            start, end = span
            left = max((m for m in models if m[1] <= start), default=None, key=lambda m: m[1])
            right = min((m for m in models if m[0] >= end), default=None)
            if (left and 0 < start - left[1] <= 8 and gap.fullmatch(folded, left[1], start)
                    and folded[left[1]:start].strip()) \
                    or (right and 0 < right[0] - end <= 8 and gap.fullmatch(folded, end, right[0])
                        and folded[end:right[0]].strip()):
                names.setdefault(text[start:end], slugify(text[start:end]))
                models = sorted([*models, span])
                shaped.remove(span)
                grown = True


def _overlap_test(spans: list[tuple[int, int]]):
    """``overlaps(start, end)``: whether ``[start, end)`` (not empty) overlaps one of ``spans`` — one mask lookup
    instead of a pass over every span (a mention is never empty; if one were, the pass is kept).

    >>> overlaps = _overlap_test([(0, 4), (10, 12)])
    >>> overlaps(3, 5), overlaps(4, 10), overlaps(11, 20)
    (True, False, True)
    """
    if any(a >= b for a, b in spans):
        return lambda start, end: any(a < end and start < b for a, b in spans)
    return Spans(spans).overlaps


def _compared_with_known(folded: str, start: int, end: int, taken: list[Mention], lex: Lexicon) -> bool:
    """Whether the name at ``start:end`` is compared with a known model: the nearest mention after it is a model
    with a comparison cue between ("Zeta-2 beats GPT-4o"), or the nearest before it is ("GPT-4o trails Zeta-2")."""
    later = next((m for m in taken if m.start >= end), None)
    if later is not None and later.type == NodeType.MODEL and later.start - end <= 40 \
            and lex.pattern(_COMPARED_AFTER).search(folded, end, later.start):
        return True
    earlier = next((m for m in reversed(taken) if m.end <= start), None)
    return bool(earlier is not None and earlier.type == NodeType.MODEL and start - earlier.end <= 40
                and lex.pattern(_COMPARED_BEFORE).search(folded, earlier.end, start))


REFERRED = "reference.version"  # the rule of a family mention that stands for the one version named before it
# after the name: "Llama series", "GPT系列", "Kimi官方"; or a possessive ("Gemini's users", "豆包的用户": the
# product as often as one version)
_FAMILY_WORD = r"\s*(?:{discourse.family_nouns}|{discourse.possessive})"
_ARTICLE_BEFORE = r"(?<![a-z]){discourse.articles}\s+$"  # "the Gemini surge": a name after an article modifies a noun
_QUOTED = re.compile(r"[“「『\"'‘]$")
_VERSION_TAIL = re.compile(r"[\s\-_]*[vV]?\d")  # "文心一言" + "4.0", "Grok" + " 3": a version number after the name


def refer_families(norm: Normalised, mentions: list[Mention], gazetteer: Gazetteer,
                   lexicon: Lexicon | None = None) -> list[Mention]:
    """A bare family name after one version of it was named stands for that version, precision first.

    "xAI released Grok 3. Grok beats GPT-4o." — the second "Grok" is Grok 3, when exactly one
    version of the family is named in the whole article, before it, and it is a version of the family itself
    (not of one of its members: "Qwen" is not "Qwen3-Max-Thinking"); nothing changes when two are
    (Grok 3 and Grok 4: "Grok" is either), when the family is named first, when a word right after it
    keeps it the family or its product ("the Llama series", "GPT系列", "Gemini app", "Kimi官方", "Gemini's
    users", "豆包的用户"), when an article stands before it ("the Gemini surge": a modifier),
    when it is quoted (a name as a name), or when another model's name follows it at once. A family name written
    right before a member's ("通义千问Qwen3-Max", "通义千问 Qwen2.5") is part of that member's name: one mention
    of the member spans both.
    A referred mention keeps its offsets and surface, gets the version's id and the rule
    :data:`REFERRED`; it adds no spelling to the version's node.

    >>> from newsgraph.loaders.extract.rules import RuleExtractor
    >>> ex = RuleExtractor()
    >>> [(m.surface, m.entity_id) for m in ex.mentions(Normalised.of("xAI released Grok 3. Grok beats GPT-4o.")) if m.type == "Model"]
    [('Grok 3', 'grok-3'), ('Grok', 'grok-3'), ('GPT-4o', 'gpt-4o')]
    >>> [(m.surface, m.entity_id) for m in ex.mentions(Normalised.of("Grok 3 and Grok 4 are out. Grok leads.")) if m.type == "Model"]
    [('Grok 3', 'grok-3'), ('Grok 4', 'grok-4'), ('Grok', 'grok')]
    """
    models = [m for m in mentions if m.type == NodeType.MODEL]
    if len(models) < 2:
        return mentions
    mentions = list(mentions)
    versions: dict[str, dict[str, Mention]] = {}  # family id -> version id -> its first mention
    for m in models:
        if m.rule == COUNTED:
            continue  # "Zeta 2 270亿参数版本 … Zeta 2": a size the text counts is no version; the bare name is the line
        for family in _families(m, gazetteer):
            versions.setdefault(family, {}).setdefault(m.entity_id, m)
    lex = lexicon or Lexicon.default()
    family_word, article_before = lex.pattern(_FAMILY_WORD), lex.pattern(_ARTICLE_BEFORE)
    text, folded = norm.original, norm.folded
    out = []
    for i, m in enumerate(mentions):
        found = versions.get(m.entity_id, {}) if m.type == NodeType.MODEL else {}
        version = next(iter(found.values())) if len(found) == 1 else None
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        glued = following is not None and following.type == NodeType.MODEL and not text[m.end:following.start].strip()
        if glued and m.type == NodeType.MODEL and m.entity_id in _families(following, gazetteer):
            mentions[i + 1] = replace(following, start=m.start)  # "通义千问Qwen3-Max": one name, the member's
            continue
        if version is None or version.start >= m.start or _families(version, gazetteer)[:1] != [m.entity_id] \
                or not _bare_family(m, version, gazetteer) or glued \
                or family_word.match(folded, m.end) or article_before.search(folded, max(0, m.start - 6), m.start) \
                or _QUOTED.search(text, max(0, m.start - 1), m.start):
            out.append(m)
            continue
        out.append(Mention(m.start, m.end, m.surface, version.entity_id, version.type, min(m.confidence, version.confidence),
                           REFERRED, family=version.family, developer=version.developer))
    return out


def _families(m: Mention, gazetteer: Gazetteer) -> list[str]:
    """The families a model belongs to, nearest first: grok-3-mini → grok-3, grok."""
    out: list[str] = []
    entry = gazetteer.entries.get(m.entity_id)
    family = (entry.family if entry is not None else None) or m.family
    while family and family not in out and family != m.entity_id:
        out.append(family)
        parent = gazetteer.entries.get(family)
        family = parent.family if parent is not None else None
    return out


def _bare_family(m: Mention, version: Mention, gazetteer: Gazetteer) -> bool:
    """Whether ``m`` names a family of ``version``: a gazetteer family ("Grok", "Gemini"), or a model name
    the version extends by a version number ("文心一言" → "文心一言4.0"; not "GPT-4.1" → "GPT-4.1 mini")."""
    entry = gazetteer.entries.get(m.entity_id)
    if entry is not None and entry.kind == "family":
        return True
    head = m.surface.casefold()
    return version.surface.casefold().startswith(head) and bool(_VERSION_TAIL.match(version.surface[len(head):]))


TIER = "reference.tier"  # the rule of a bare tier word ("Opus") that stands for the one model of that tier named before
_TIER_WORD = re.compile(r"(?<![A-Za-z0-9\-.’'])([A-Z][a-z]{3,8})(?![A-Za-z0-9\-])")


def refer_tiers(norm: Normalised, mentions: list[Mention], gazetteer: Gazetteer,
                lexicon: Lexicon | None = None) -> list[Mention]:
    """A bare tier word ("Opus", "Ultra": ``names.model_tiers``) after a model of its line was named stands for that
    line's model of the tier, precision first: "Anthropic released Claude 3. The largest model, Opus, beats GPT-4" —
    Opus is Claude 3 Opus when exactly one model named before it gives one (its own name ends with the tier, or
    the gazetteer knows "<its name> <tier>"), else nothing. A tier word glued to a name is part of that name.

    >>> from newsgraph.loaders.extract.rules import RuleExtractor
    >>> ex = RuleExtractor()
    >>> [(m.surface, m.entity_id) for m in ex.mentions(Normalised.of("Anthropic released Claude 3 today. Opus beats GPT-4.")) if m.type == "Model"]
    [('Claude 3', 'claude-3'), ('Opus', 'claude-3-opus'), ('GPT-4', 'gpt-4')]
    >>> [(m.surface, m.entity_id) for m in ex.mentions(Normalised.of("Opus beats GPT-4.")) if m.type == "Model"]
    [('GPT-4', 'gpt-4')]
    """
    lex = lexicon or Lexicon.default()
    tiers = lex.word_set("names.model_tiers")
    models = [m for m in mentions if m.type == NodeType.MODEL]
    if not models or not tiers:
        return mentions
    text = norm.original
    overlaps = _overlap_test([(m.start, m.end) for m in mentions])
    found = []
    for match in finditer(_TIER_WORD, text):
        tier = match.group(1)
        start, end = match.span(1)
        if tier.casefold() not in tiers or overlaps(start, end) or text[max(0, start - 1):start] == "-":
            continue
        earlier = [m for m in models if m.end <= start]
        if not earlier:
            continue
        candidates = set()
        for m in {m.entity_id: m for m in earlier}.values():
            entry = gazetteer.entries.get(m.entity_id)
            name = entry.name if entry is not None else m.surface
            if name.casefold().endswith(" " + tier.casefold()):
                candidates.add(m.entity_id)
                continue
            known = gazetteer.lookup(f"{name} {tier}")
            if known is not None and known.type == NodeType.MODEL:
                candidates.add(known.id)
        if len(candidates) == 1:
            entity_id = candidates.pop()
            entry = gazetteer.entries.get(entity_id)
            found.append(Mention(start, end, tier, entity_id, NodeType.MODEL, DISCOVERED, TIER,
                                 family=entry.family if entry is not None else None,
                                 developer=entry.developer if entry is not None else None))
    found += _listed_tiers(norm, models, found, overlaps, gazetteer, lex)
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: (m.start, m.end))


# "in three sizes: Ultra, Pro and Nano", "the Opus, Sonnet, and Haiku models", "Pro、Flash和Lite三个版本": capitalised
# words listed together (two at least), each one of names.model_listed_tiers
_TIER_ITEM = r"[A-Z][a-z]{2,8}"
_TIER_LIST = re.compile(rf"(?<![A-Za-z0-9\-.’'])({_TIER_ITEM}(?:\s*[,，、]\s*{_TIER_ITEM})*(?:\s*[,，]?\s*(?:and|&|or|和|及|以及|与|與)\s*"
                        rf"{_TIER_ITEM}|(?:\s*[,，、]\s*{_TIER_ITEM})))(?![A-Za-z0-9\-])")
_TIER_SPLIT = re.compile(r"\s*(?:[,，、]\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|和|及|以及|与|與)\s*")
_QUOTES = "“\"「『‘'"
_TIER_REACH = 160  # characters back to the line the tiers belong to (this sentence or the one before)


def _listed_tiers(norm: Normalised, models: list[Mention], found: list[Mention], overlaps, gazetteer: Gazetteer,
                  lex: Lexicon) -> list[Mention]:
    """A list of tier words only ("Ultra, Pro and Nano", "Opus, Sonnet and Haiku": each one of
    ``names.model_listed_tiers``, two at least) names the tiers of the line named last before it, close by: each
    tier is the model "<line> <tier>" (the gazetteer's, else a discovered one of that line and maker) — a line only:
    a family of the gazetteer, or a name holding no tier itself. Alone, "Pro" or "Mini" is a word, no model."""
    tiers = lex.word_set("names.model_listed_tiers")
    plans = lex.pattern(r"\s*(?:{names.tier_plan_nouns})")
    text = norm.original
    taken = {(m.start, m.end) for m in found}
    out = []
    for match in _TIER_LIST.finditer(text):
        items, pos = [], match.start()
        for word in _TIER_SPLIT.split(match.group()):
            start = text.index(word, pos)
            pos = start + len(word)
            items.append((word, start, pos))
        if len(items) < 2 or any(w.casefold() not in tiers for w, _, _ in items) \
                or plans.match(norm.folded, match.end()) or text[max(0, match.start() - 1):match.start()] in _QUOTES:
            continue  # "Plus and Pro subscribers": plans of a service, no models; "“Haiku、Sonnet、Opus”": a scheme quoted
        line = [m for m in models if m.end <= match.start() and match.start() - m.end <= _TIER_REACH]
        if not line:
            continue
        line = line[-1]
        entry = gazetteer.entries.get(line.entity_id)
        name = entry.name if entry is not None else line.surface
        if (entry is not None and entry.kind != "family") and any(
                name.casefold().endswith(" " + t) or name.casefold().endswith("-" + t) for t in tiers):
            continue  # "Gemini 2.5 Pro" is a tier already: its list is another's
        developer = entry.developer if entry is not None else line.developer
        for word, start, end in items:
            if (start, end) in taken or overlaps(start, end):
                continue
            full = f"{name} {word}"
            known = gazetteer.lookup(full)
            if known is not None and known.type == NodeType.MODEL:
                out.append(Mention(start, end, word, known.id, NodeType.MODEL, DISCOVERED, TIER,
                                   family=known.family, developer=known.developer))
            elif known is None and (entry is None or entry.kind == "family"):  # a versioned model's tiers the gazetteer knows
                out.append(Mention(start, end, full, slugify(full), NodeType.MODEL, DISCOVERED, TIER,
                                   family=line.entity_id, developer=developer))
    return out
