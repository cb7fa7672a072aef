"""Every docstring example in the package runs: modules found by walking the packages, not from a list."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ("newsgraph.schema", "newsgraph.loaders", "newsgraph.graph")


def _modules() -> list[str]:
    found = []
    for name in PACKAGES:
        package = importlib.import_module(name)
        found.append(name)
        found += [m.name for m in pkgutil.walk_packages(package.__path__, prefix=name + ".")]
    return sorted(found)


MODULES = _modules()


def test_doctests_the_walk_finds_every_layer():
    for expected in ("newsgraph.schema.text", "newsgraph.loaders.extract.rules", "newsgraph.graph.store",
                     "newsgraph.graph.cli.output"):
        assert expected in MODULES


@pytest.mark.parametrize("module", MODULES)
def test_doctests_run(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
