"""Name keys: one spelling-independent key per name, across scripts and case."""
from __future__ import annotations

import functools
import unicodedata

from ..loaders.extract.normalize import to_simplified  # noqa: F401 - re-exported; one converter for the project


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key two spellings of one name share: NFKC, Simplified, case-folded, no spaces or punctuation.

    >>> name_key("通義千問") == name_key("通义千问")
    True
    >>> name_key("GPT-OSS") == name_key("gpt oss")
    True
    """
    text = to_simplified(unicodedata.normalize("NFKC", name)).casefold()
    return "".join(ch for ch in text if ch.isalnum())
