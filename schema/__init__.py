"""The newsgraph vocabulary (node and edge types, articles, evidence, errors), the one text
layer, the one merge rule and the one registry pattern: the bottom layer every other imports.

Names are loaded on first use, so ``import newsgraph.schema.errors`` (the CLI's start-up
path) does not import pydantic.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "errors": ("InputError", "LookupFailed", "NewsgraphError", "OutputError", "SchemaError", "UsageError"),
    "article": ("Article",),
    "models": ("NODE_CLASSES", "Edge", "Evidence", "Extraction", "Model", "Node", "NodeModel",
               "Organization", "Policy", "Source", "make_node"),
    "vocabulary": ("ALLOWED_ENDPOINTS", "PROVENANCE_EDGE_TYPES", "SEMANTIC_EDGE_TYPES", "EdgeType", "NodeType",
                   "check_endpoints", "parse_edge_type", "parse_node_type"),
    "text": ("fold", "name_key", "slugify", "to_simplified", "to_traditional"),
    "registry": ("Registry",),
    "identity": ("article_id", "article_key", "canonical_url", "content_hash"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str):
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_MODULE_OF[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
