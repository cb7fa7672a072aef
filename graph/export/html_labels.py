"""Node labels in three scripts (繁體, 简体, English) and which one a page opens in.

Conversion goes through :mod:`newsgraph.schema.text` (the project's one OpenCC converter).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ...schema.text import to_simplified, to_traditional

SCRIPTS = ("hant", "hans", "en")  # the order of a node's ``lb`` list in the page
LANGUAGE_SCRIPT = {"zh-Hant": "hant", "zh-Hans": "hans", "en": "en"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
LINE_EM, MAX_LINES = 14.0, 3  # a label wraps at about 14 em and keeps at most 3 lines


def _width(ch: str) -> float:
    return 1.0 if ord(ch) > 0x2E7F else 0.56


def wrap(text: str, width: float = LINE_EM, lines: int = MAX_LINES) -> str:
    """Break ``text`` into lines of about ``width`` em (a CJK character is 1 em), at spaces where there are any.

    >>> wrap("Measures for Labeling AI-Generated Synthetic Content")
    'Measures for Labeling\\nAI-Generated Synthetic\\nContent'
    >>> wrap("人工智能生成合成內容標識辦法與其他很長的名字", width=8, lines=2)
    '人工智能生成合成\\n內容標識辦法與…'
    """
    text = " ".join(str(text).split())
    if len(text) <= width:  # fits whatever its characters
        return text
    words = re.findall(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+", text)
    out, line, used = [], "", 0.0
    for word in words:
        w = sum(_width(ch) for ch in word.rstrip())
        if line and used + w > width:
            out.append(line.rstrip())
            line, used = "", 0.0
            word = word.lstrip()
            w = sum(_width(ch) for ch in word.rstrip())
        line += word
        used += sum(_width(ch) for ch in word)
    if line.strip():
        out.append(line.rstrip())
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][:-1].rstrip() + "…"
    return "\n".join(out)


def _pick(candidates: Iterable[str]) -> str | None:
    ranked = sorted((len(a), a) for a in candidates)
    return ranked[0][1] if ranked else None


def script_labels(data: dict) -> list[str]:
    """``[繁體, 简体, English]`` labels of one node: the Chinese name in either script, the Latin name.

    A node named in Latin letters shows its shortest Chinese alias in Chinese (an alias already in
    the wanted script first); a node named in Chinese shows its shortest Latin alias in English.
    Articles show their title, wrapped.

    >>> script_labels({"name": "Alibaba Cloud", "aliases": ["Alibaba Cloud", "阿里云", "阿里雲"]})
    ['阿里雲', '阿里云', 'Alibaba Cloud']
    >>> script_labels({"name": "深度求索", "aliases": ["DeepSeek", "深度求索"]})
    ['深度求索', '深度求索', 'DeepSeek']
    >>> script_labels({"name": "Anthropic", "aliases": ["Anthropic"]})
    ['Anthropic', 'Anthropic', 'Anthropic']
    """
    if data.get("kind") == "article":
        title = data.get("title") or data["name"]
        if _CJK.search(title):
            return [wrap(to_traditional(title)), wrap(to_simplified(title)), wrap(title)]
        return [wrap(title)] * 3
    name = data["name"]
    aliases = [a for a in (data.get("aliases") or ()) if a.strip()] or [name]
    if _CJK.search(name):
        hant, hans = to_traditional(name), to_simplified(name)
        english = _pick(a for a in aliases if not _CJK.search(a) and _LATIN.search(a)) or name
        return [wrap(hant), wrap(hans), wrap(english)]
    chinese = [a for a in aliases if _CJK.search(a)]
    if not chinese:
        return [wrap(name)] * 3
    hant = _pick(a for a in chinese if to_traditional(a) == a) or to_traditional(_pick(chinese))
    hans = _pick(a for a in chinese if to_simplified(a) == a) or to_simplified(_pick(chinese))
    return [wrap(hant), wrap(hans), wrap(name)]


def majority_script(languages: Iterable[str | None], names: Iterable[str] = ()) -> str:
    """``hant``, ``hans`` or ``en``: the script most of the articles are written in (ties: that order).

    Without any article language, the script of most Chinese names (``en`` if there are none).

    >>> majority_script(["zh-Hans", "en", "zh-Hans", "zh-Hant"])
    'hans'
    >>> majority_script([], ["華盛頓", "阿里巴巴", "Qwen"])
    'hant'
    """
    counts = Counter(LANGUAGE_SCRIPT[lang] for lang in languages if lang in LANGUAGE_SCRIPT)
    if not counts:
        for name in names:
            if _CJK.search(name):
                counts["hans" if to_simplified(name) == name else "hant"] += 1
    if not counts:
        return "en"
    return max(SCRIPTS, key=lambda s: (counts[s], -SCRIPTS.index(s)))
