"""Extractors by name: built-ins, run-time registrations and installed plug-ins alike.

Every extractor has the same contract: constructed with keyword options (those it does not
know are an error), it turns one ``Article`` into one ``Extraction``. An installed plug-in
registers under the ``newsgraph.extractors`` entry point group::

    [project.entry-points."newsgraph.extractors"]
    mine = "my_package:MyExtractor"

and is then usable as ``newsgraph build --extractor mine``.
"""
from __future__ import annotations

from typing import Protocol

from ...schema import Article, Extraction, NewsgraphError
from ...schema.registry import Registry


class Extractor(Protocol):
    """The contract. Two optional methods an extractor may add, which the pipeline uses when present:

    - ``extract_all(articles) -> Iterator[Extraction | Exception]``: every article of an iterable,
      results in input order (an exception stands for that article's failure), so the extractor
      may work on several at once;
    - ``report() -> list[str]``: lines for the build summary (what it cost, what it dropped).
    """

    def extract(self, article: Article) -> Extraction: ...


EXTRACTORS = Registry("extractor", "newsgraph.extractors", {
    "rules": "newsgraph.loaders.extract.rules:RuleExtractor",
    "llm": "newsgraph.loaders.extract.llm.extractor:LLMExtractor",
    "rules+llm": "newsgraph.loaders.extract.llm.extractor:RulesPlusLLMExtractor",
})


def register_extractor(name: str):
    """Class or factory decorator: ``@register_extractor("mine")``."""
    return EXTRACTORS.register(name)


def get_extractor(name: str = "rules", **options) -> Extractor:
    """An extractor instance; an unknown name lists the available ones."""
    factory = EXTRACTORS.get(name)
    try:
        return factory(**options)
    except TypeError as exc:
        raise NewsgraphError(f"extractor {name!r} does not take these options ({', '.join(options)}): {exc}") from exc
