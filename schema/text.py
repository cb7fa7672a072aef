"""The one text layer: script conversion, offset-keeping folding, slugs and the name key.

Every module that compares names across scripts or case goes through here, so two
spellings meet in exactly one way: ``name_key``. The OpenCC converters are built
once per process (lazily: importing this module costs nothing).
"""
from __future__ import annotations

import functools
import re
import unicodedata


@functools.lru_cache(maxsize=None)
def converter(config: str):
    """The OpenCC converter for ``config`` ("t2s", "s2t", …), built once."""
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese by phrase (other text passes through; lengths may change).

    >>> to_simplified("華盛頓")
    '华盛顿'
    """
    return converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    """Simplified → Traditional Chinese by phrase.

    >>> to_traditional("华盛顿")
    '華盛頓'
    """
    return converter("s2t").convert(text)


def _fold_char(ch: str) -> str:
    """One character, NFKC- and case-folded, only if that keeps it one character."""
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded if len(folded) == 1 else ch


def _one_to_one(ch: str) -> str:
    converted = to_simplified(ch)
    return converted if len(converted) == 1 else ch


class _CharTable(dict):
    """A ``str.translate`` table filled on first sight of each character (so a text is mapped at C speed)."""

    def __init__(self, one):
        super().__init__()
        self.one = one

    def __missing__(self, code: int) -> str:
        value = self[code] = self.one(chr(code))
        return value


_FOLD_TABLE = _CharTable(_fold_char)
_SIMPLIFIED_TABLE = _CharTable(_one_to_one)
_NOT_KEY = re.compile(r"[^\w+]|_")  # \w is str.isalnum() plus "_": what is_key_char drops


def fold(text: str) -> str:
    """Traditional→Simplified and lower case, with ``len(fold(t)) == len(t)``.

    OpenCC converts phrases; where a phrase changes length the text is
    converted character by character instead, so offsets stay aligned.

    >>> fold("華盛頓擔憂ＧＰＴ-OSS")
    '华盛顿担忧gpt-oss'
    """
    simplified = to_simplified(text)
    if len(simplified) != len(text):
        simplified = text.translate(_SIMPLIFIED_TABLE)
    if simplified.isascii():
        return simplified.lower()
    return simplified.translate(_FOLD_TABLE)


def is_key_char(ch: str) -> bool:
    """Characters a name key keeps: letters, digits and '+' (人工智能+ is not 人工智能)."""
    return ch.isalnum() or ch == "+"


@functools.lru_cache(maxsize=262144)
def name_key(name: str) -> str:
    """The key every spelling of one name shares: folded (script, width, case), only letters, digits and '+'.

    >>> name_key("通義千問") == name_key("通义千问")
    True
    >>> name_key("GPT-OSS") == name_key("gpt oss") == "gptoss"
    True
    >>> name_key("AI+") == name_key("AI")
    False
    """
    return _NOT_KEY.sub("", fold(name))


def slugify(name: str) -> str:
    """A stable id from a name: NFKC, case-folded, runs of non-alphanumerics become '-'.

    >>> slugify("DeepSeek R1")
    'deepseek-r1'
    >>> slugify("  Z.ai  ")
    'z-ai'
    >>> slugify("通义千问")
    '通义千问'
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[^\w]+|_+", "-", text).strip("-") or "unnamed"


def script_changes(config: str, chars: str) -> int:
    """How many of ``chars`` the converter ``config`` changes (for telling the scripts apart)."""
    converted = converter(config).convert(chars)
    if len(converted) != len(chars):  # phrase conversion changed the length: compare as sets
        return len(set(chars) - set(converted))
    return _differing(chars, converted)


def _differing(a: str, b: str) -> int:
    """How many positions two strings of one length differ at: ``sum(map(operator.ne, a, b))``, at C speed.

    Each character is one 32-bit lane of a big integer; the lanes of ``a XOR b`` that are not zero are counted
    (each lane's bits are OR-ed down into its lowest bit, then the lowest bits are counted).

    >>> _differing("發佈了新模型", "发布了新模型"), _differing("abc", "abc"), _differing("", "")
    (2, 0, 0)
    """
    if a == b:
        return 0
    x = (int.from_bytes(a.encode("utf-32-le", "surrogatepass"), "little")
         ^ int.from_bytes(b.encode("utf-32-le", "surrogatepass"), "little"))
    for shift in (16, 8, 4, 2, 1):  # bit 0 of each lane ends up as the OR of its 32 bits
        x |= x >> shift
    return (x & int.from_bytes(b"\x01\x00\x00\x00" * len(a), "little")).bit_count()


# ESC-introduced sequences (CSI ``ESC [ … final``, OSC ``ESC ] … BEL|ST``), then
# any other C0/C1 control character (tab, newline and carriage return aside), the XML-illegal U+FFFE/U+FFFF
# and lone surrogates (which no UTF-8 file can hold)
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def strip_controls(text: str, keep: str = "\t\n\r") -> str:
    r"""``text`` without terminal escape sequences and control characters (those in ``keep`` stay).

    Titles, names and anything shown on a terminal or written to XML go through here: an ``ESC[31m``
    or an OSC title sequence never reaches a terminal, and GraphML never meets a character XML forbids.

    >>> strip_controls("Evil\x1b[31m red\x1b[0m \x1b]0;owned\x07Corp\x0b")
    'Evil red Corp'
    >>> strip_controls("line\nbreak\ttab\x00", keep="")
    'linebreaktab'
    """
    if not _CONTROLS.search(text):
        return text
    text = _ESCAPES.sub("", text)
    return "".join(ch for ch in text if ch in keep or not _CONTROLS.match(ch))
