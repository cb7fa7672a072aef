"""Node-link JSON: the contract other tools read. Deterministic, round-trips."""
from __future__ import annotations

import json
from pathlib import Path

from ...schema import Edge, NewsgraphError, make_node
from ..knowledge import KnowledgeGraph
from .atomic import write_text_atomic

FORMAT_VERSION = 1


def to_dict(kg: KnowledgeGraph) -> dict:
    """``{"nodes": [...], "edges": [...]}`` sorted so equal graphs give equal dicts.

    Read straight from the graph's own dicts (they are the models' JSON dumps already), which is
    what ``KnowledgeGraph.nodes()``/``edges()`` would give, without building a model per item.
    """
    graph = kg.graph
    nodes = [_drop_none(dict(graph.nodes[node_id])) for node_id in sorted(graph.nodes)]
    edges = []
    for source, target, key, data in sorted(graph.edges(keys=True, data=True), key=lambda r: (r[0], r[2], r[1])):
        evidence = [_drop_none(e) for e in data["evidence"]]
        edges.append(_drop_none({"source": source, "target": target, "type": key,
                                 "support": len({e["article"] for e in evidence}),
                                 "first_seen": data.get("first_seen"), "last_seen": data.get("last_seen"),
                                 "evidence": evidence}))
    return {"format": "newsgraph/node-link", "version": FORMAT_VERSION, "directed": True,
            "multigraph": True, "nodes": nodes, "edges": edges}


def to_json(kg: KnowledgeGraph) -> str:
    """The graph as a JSON string (UTF-8 text, sorted keys, trailing newline)."""
    return json.dumps(to_dict(kg), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def from_dict(data: dict) -> KnowledgeGraph:
    """Rebuild a graph from :func:`to_dict` output."""
    kg = KnowledgeGraph()
    try:
        for row in data["nodes"]:
            kg.add_node(make_node(**row))
        for row in data["edges"]:
            row = {k: v for k, v in row.items() if k not in ("support", "first_seen", "last_seen")}
            kg.add_edge(Edge(**row))
    except (KeyError, TypeError, ValueError) as exc:
        raise NewsgraphError(f"not a newsgraph JSON graph: {exc}") from exc
    return kg


def write_json(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write the graph as JSON atomically (temporary file + rename)."""
    return write_text_atomic(path, to_json(kg))


def read_json(path: str | Path) -> KnowledgeGraph:
    """Load a graph written by :func:`write_json`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise NewsgraphError(f"{path}: cannot read graph JSON: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NewsgraphError(f"{path}: cannot read graph JSON: {exc}") from None
    except RecursionError:
        raise NewsgraphError(f"{path}: cannot read graph JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise NewsgraphError(f"{path}: not a newsgraph JSON graph (top level is not an object)")
    return from_dict(data)


def _drop_none(row: dict) -> dict:
    return {k: v for k, v in row.items() if v is not None}
