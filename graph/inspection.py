"""Small inspection helpers over a saved graph.json, for the CLI and for scripts."""
from __future__ import annotations

from pathlib import Path

from ..schema import SEMANTIC_EDGE_TYPES
from .export import read_json
from .traversal import neighbors, shortest_path


def graph_stats(path: str | Path = "graph.json") -> dict:
    """Node and edge counts by type, plus the article count.

    >>> import tempfile, os
    >>> from newsgraph.graph.traversal import _example
    >>> from newsgraph.graph.export.jsonio import write_json
    >>> p = write_json(_example(), os.path.join(tempfile.mkdtemp(), "g.json"))
    >>> graph_stats(p)["edges"]
    {'OUTPERFORMS': 1, 'RELEASED': 1}
    """
    kg = read_json(path)
    counts = kg.counts()
    articles = sum(1 for n in kg.nodes("Source") if n.kind == "article")
    return {"graph": str(path), "articles": articles, **counts}


def neighbors_of(name: str, path: str | Path = "graph.json", edge_type: str | None = None,
                 direction: str = "both") -> dict:
    """The node called ``name`` (any alias, any script) and its neighbours with edge types and support."""
    kg = read_json(path)
    node = kg.node(kg.resolve(name))
    rows = []
    for etype, way, other in neighbors(kg, node.id, edge_type, direction):
        src, dst = (node.id, other) if way == "out" else (other, node.id)
        edge = kg.edge(src, dst, etype)
        rows.append({"type": etype, "direction": way, "id": other, "name": kg.node(other).name,
                     "node_type": kg.node(other).type.value, "support": edge.support})
    return {"id": node.id, "name": node.name, "type": node.type.value, "neighbors": rows}


def path_between(a: str, b: str, path: str | Path = "graph.json", edge_types: list[str] | None = None) -> list[dict]:
    """Nodes on a shortest path between two names, with the edge type joining each step.

    By default only the four semantic edge types are walked (not MENTIONS/PUBLISHED,
    which would connect everything through the articles).
    """
    kg = read_json(path)
    walked = set(edge_types or [t.value for t in SEMANTIC_EDGE_TYPES])
    ids = shortest_path(kg, a, b, walked)
    steps = []
    for i, node_id in enumerate(ids):
        step = {"id": node_id, "name": kg.node(node_id).name, "type": kg.node(node_id).type.value}
        if i:
            prev = ids[i - 1]
            forward = sorted(set(kg.graph.get_edge_data(prev, node_id) or {}) & walked)
            backward = sorted(set(kg.graph.get_edge_data(node_id, prev) or {}) & walked)
            step["via"], step["forward"] = (forward[0], True) if forward else (backward[0], False)
        steps.append(step)
    return steps
