"""GraphML export: lists and evidence flattened to JSON strings (GraphML has no lists).

XML cannot hold most control characters (ESC, VT, NUL …), not even escaped: they are left out of
text values and ids (JSON strings escape them as ``\u001b``)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx

from ...schema.text import strip_controls
from ..knowledge import KnowledgeGraph
from .atomic import write_bytes_atomic


def to_graphml(kg: KnowledgeGraph) -> bytes:
    """The graph as GraphML bytes; nodes and edges in the same order as the JSON."""
    flat = nx.MultiDiGraph()
    for node in kg.nodes():
        data = node.model_dump(mode="json")
        flat.add_node(_xml(node.id), **{k: _scalar(v) for k, v in data.items() if v is not None})
    for edge in kg.edges():
        seen = {k: v.isoformat() for k, v in (("first_seen", edge.first_seen), ("last_seen", edge.last_seen)) if v}
        flat.add_edge(_xml(edge.source), _xml(edge.target), key=edge.type.value, type=edge.type.value,
                      support=edge.support, **seen,
                      evidence=_xml(json.dumps([e.model_dump(mode="json") for e in edge.evidence],
                                               ensure_ascii=False, sort_keys=True)))
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8")
    return buf.getvalue()


def write_graphml(kg: KnowledgeGraph, path: str | Path) -> Path:
    return write_bytes_atomic(path, to_graphml(kg))


def _scalar(value):
    if isinstance(value, list):
        return _xml(json.dumps(value, ensure_ascii=False))
    return _xml(value) if isinstance(value, str) else value


def _xml(text: str) -> str:
    return strip_controls(text)
