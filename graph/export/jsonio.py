"""Node-link JSON: the contract other tools read. Deterministic, round-trips."""
from __future__ import annotations

import json
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path

from ...schema import Edge, NewsgraphError, make_node
from ...schema.evidence import FIELDS, EvidenceList, EvidenceRecord
from ..knowledge import KnowledgeGraph
from .atomic import write_chunks_atomic
from .jsonstream import chunks

FORMAT_VERSION = 1


def to_dict(kg: KnowledgeGraph) -> dict:
    """``{"nodes": [...], "edges": [...]}`` sorted so equal graphs give equal dicts.

    Read straight from the graph's own dicts (they are the models' JSON dumps already), which is
    what ``KnowledgeGraph.nodes()``/``edges()`` would give, without building a model per item.
    """
    return {**_document(kg), "nodes": list(node_rows(kg)), "edges": list(edge_rows(kg))}


def _document(kg: KnowledgeGraph) -> dict:
    return {"format": "newsgraph/node-link", "version": FORMAT_VERSION, "directed": True,
            "multigraph": True, "nodes": node_rows(kg), "edges": edge_rows(kg)}


def node_rows(kg: KnowledgeGraph) -> Iterator[dict]:
    """The JSON rows of the nodes, sorted by id."""
    nodes = kg.graph.nodes
    for node_id in sorted(nodes):
        yield _drop_none(dict(nodes[node_id]))


def edge_rows(kg: KnowledgeGraph) -> Iterator[dict]:
    """The JSON rows of the edges, sorted by (source, type, target), one source's edges at a time."""
    succ = kg.graph.succ
    for source in sorted(succ):
        for key, target, data in sorted(((k, v, d) for v, keyed in succ[source].items() for k, d in keyed.items()),
                                        key=lambda r: r[:2]):
            evidence = data["evidence"]
            if type(evidence) is EvidenceList:  # the graph's packed evidence: no record made per piece
                evidence = [{k: v for k, v in zip(FIELDS, values) if v is not None} for values in evidence.values()]
            else:
                evidence = [_evidence_row(e) for e in evidence]
            yield _drop_none({"source": source, "target": target, "type": key,
                              "support": len({e["article"] for e in evidence}),
                              "first_seen": data.get("first_seen"), "last_seen": data.get("last_seen"),
                              "evidence": evidence})


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
    """Write the graph as JSON atomically (temporary file + rename), streamed: the bytes of
    :func:`to_json`, never the whole text in memory."""
    return write_chunks_atomic(path, chunks(_document(kg)), "\n")


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


_RECORD_VALUES = attrgetter(*FIELDS)


def _evidence_row(e) -> dict:
    """:func:`_drop_none` of a piece of evidence: read from a record's slots at C speed (a graph holds millions)."""
    if type(e) is EvidenceRecord:
        return {k: v for k, v in zip(FIELDS, _RECORD_VALUES(e)) if v is not None}
    return _drop_none(e)
