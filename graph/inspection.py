"""Small inspection helpers over a saved graph — a graph.json or a database — for the CLI and for scripts.

Every helper reads its graph with :func:`open_graph`: from ``store`` (a store address, see
:func:`newsgraph.graph.store.open_store`) when one is given, else from the JSON file ``path``;
``since``/``until`` narrow it to what the articles of those dates say (:meth:`KnowledgeGraph.between`).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..schema import SEMANTIC_EDGE_TYPES
from .export import read_json
from .knowledge import KnowledgeGraph, date_range
from .traversal import neighbors, shortest_path

Day = dt.date | str | None


def open_graph(path: str | Path | None = "graph.json", store: str | Path | None = None,
               since: Day = None, until: Day = None) -> KnowledgeGraph:
    """The graph in the database ``store`` (when given) or the JSON file ``path``, within ``since``..``until``."""
    date_range(since, until)  # a bad date or an empty range is said before the graph is read
    if store is not None:
        from .store import open_store

        with open_store(store, create=False) as db:
            kg = db.read_graph()
    else:
        kg = read_json(path or "graph.json")
    return kg.between(since, until) if since or until else kg


def graph_stats(path: str | Path = "graph.json", store: str | Path | None = None,
                since: Day = None, until: Day = None) -> dict:
    """Node and edge counts by type, plus the article count.

    >>> import tempfile, os
    >>> from newsgraph.graph.traversal import _example
    >>> from newsgraph.graph.export.jsonio import write_json
    >>> p = write_json(_example(), os.path.join(tempfile.mkdtemp(), "g.json"))
    >>> graph_stats(p)["edges"]
    {'OUTPERFORMS': 1, 'RELEASED': 1}
    """
    kg = open_graph(path, store, since, until)
    counts = kg.counts()
    articles = sum(1 for n in kg.nodes("Source") if n.kind == "article")
    where = _where(path, store)
    return {"graph": where, "articles": articles, **counts}


def _where(path, store) -> str:
    if store is None:
        return str(path)
    from .store import parse_address

    return parse_address(store)[1]


def neighbors_of(name: str, path: str | Path = "graph.json", edge_type: str | None = None,
                 direction: str = "both", store: str | Path | None = None, since: Day = None,
                 until: Day = None) -> dict:
    """The node called ``name`` (any alias, any script) and its neighbours with edge types and support."""
    kg = open_graph(path, store, since, until)
    node = kg.node(kg.resolve(name))
    rows = []
    for etype, way, other in neighbors(kg, node.id, edge_type, direction):
        src, dst = (node.id, other) if way == "out" else (other, node.id)
        edge = kg.edge(src, dst, etype)
        rows.append({"type": etype, "direction": way, "id": other, "name": kg.node(other).name,
                     "node_type": kg.node(other).type.value, "support": edge.support})
    return {"id": node.id, "name": node.name, "type": node.type.value, "neighbors": rows}


def path_between(a: str, b: str, path: str | Path = "graph.json", edge_types: list[str] | None = None,
                 store: str | Path | None = None, since: Day = None, until: Day = None) -> list[dict]:
    """Nodes on a shortest path between two names, with the edge type joining each step.

    By default only the four semantic edge types are walked (not MENTIONS/PUBLISHED,
    which would connect everything through the articles).
    """
    kg = open_graph(path, store, since, until)
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
