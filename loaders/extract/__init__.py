"""Extraction: an Article in, an Extraction (nodes, edges, evidence) out."""
from . import rules as _rules  # noqa: F401  (registers the "rules" extractor)
from .gazetteer import Entry, Gazetteer
from .registry import EXTRACTORS, Extractor, get_extractor, register_extractor
from .rules import RuleExtractor

__all__ = ["EXTRACTORS", "Entry", "Extractor", "Gazetteer", "RuleExtractor", "get_extractor", "register_extractor"]
