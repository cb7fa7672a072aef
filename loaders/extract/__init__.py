"""Extraction: an Article in, an Extraction (nodes, edges, evidence) out.

``get_extractor(name)`` gives any registered extractor; the rule extractor's parts are
loaded on first use.
"""
from __future__ import annotations

import importlib

from .registry import EXTRACTORS, Extractor, get_extractor, register_extractor

_LAZY = {"RuleExtractor": ".rules", "Gazetteer": ".gazetteer", "Entry": ".gazetteer"}
__all__ = sorted(["EXTRACTORS", "Extractor", "get_extractor", "register_extractor", *_LAZY])


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value
