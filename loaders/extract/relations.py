"""The relation rules: one list of every rule the rule extractor runs, each with its stable id.

Each ``rel_<type>.py`` module of this package declares its rules in a ``RULES`` tuple of
:class:`~.view.Rule` (id, edge type, confidence, function, trigger templates); ``RULES`` here is
all of them, module by module in name order and in each module's own order (that order decides
which of two equally confident rules gives the evidence of one fact). A new relation type is a
new ``rel_<type>.py`` module (found by its name) plus its edge type in ``schema/vocabulary.py``.

>>> [r.id for r in RULES if r.type == "CITES"]
['cites.says', 'cites.said_by', 'cites.according_to', 'cites.told', 'cites.report', 'cites.interview_named', 'cites.via', 'cites.obtained', 'cites.reporter', 'cites.researchers', 'cites.byline', 'cites.closing_credit', 'cites.opening_credit']
>>> len({r.id for r in RULES}) == len(RULES)
True
"""
from __future__ import annotations

import importlib
import pkgutil

from ...schema import EdgeType, NewsgraphError
from .view import Rule


def _collect() -> tuple[Rule, ...]:
    package = importlib.import_module(__package__)
    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("rel_"))
    rules: list[Rule] = []
    for name in names:
        module = importlib.import_module(f"{__package__}.{name}")
        rules.extend(module.RULES)
    seen: set[str] = set()
    for rule in rules:
        EdgeType(rule.type)  # an edge type the schema has
        if rule.id in seen:
            raise NewsgraphError(f"relation rule id {rule.id!r} is declared twice")
        seen.add(rule.id)
    return tuple(rules)


RULES: tuple[Rule, ...] = _collect()
