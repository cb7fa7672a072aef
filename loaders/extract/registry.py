"""Extractors by name, so another one (an LLM endpoint, say) can plug in."""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ...schema import Article, Extraction, NewsgraphError


class Extractor(Protocol):
    def extract(self, article: Article) -> Extraction: ...


EXTRACTORS: dict[str, Callable[..., Extractor]] = {}


def register_extractor(name: str):
    """Class or factory decorator: ``@register_extractor("rules")``."""

    def add(factory):
        EXTRACTORS[name] = factory
        return factory

    return add


def get_extractor(name: str = "rules", **options) -> Extractor:
    """An extractor instance; an unknown name lists the available ones."""
    if name not in EXTRACTORS:
        raise NewsgraphError(f"unknown extractor {name!r}; available: {', '.join(sorted(EXTRACTORS))}")
    return EXTRACTORS[name](**options)
