"""newsgraph.graph: the KnowledgeGraph, its traversal helpers, exporters, stores and CLI.

Names are loaded on first use: ``import newsgraph.graph.cli`` stays light.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "knowledge": ("KnowledgeGraph",),
    "traversal": ("neighbors", "released_by", "shortest_path", "subgraph", "what_outperforms",
                  "who_cites_whom", "who_released"),
    "pipeline": ("build", "build_graph"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}
_TEXT = ("name_key", "to_simplified")  # the text layer's, re-exported for convenience
__all__ = sorted([*_MODULE_OF, *_TEXT])


def __getattr__(name: str):
    if name in _TEXT:
        value = getattr(importlib.import_module("newsgraph.schema.text"), name)
    elif name in _MODULE_OF:
        value = getattr(importlib.import_module(f".{_MODULE_OF[name]}", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
