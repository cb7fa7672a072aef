"""Node-link JSON: the contract other tools read. Deterministic, round-trips."""
from __future__ import annotations

import json
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path

from ...schema import Edge, NewsgraphError, make_node
from ...schema.evidence import FIELDS, EvidenceList, EvidenceRecord
from ...schema.jsonload import NumberTooLong, loads
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
                              "mentions": _mentions(evidence), "evidence": evidence})


def _mentions(evidence: list[dict]) -> int | None:
    """``Edge.mentions``: how many mentions a MENTIONS edge's one piece stands for (None: not counted)."""
    counts = [e["mentions"] for e in evidence if "mentions" in e]
    return sum(counts) if counts else None


def to_json(kg: KnowledgeGraph) -> str:
    """The graph as a JSON string (UTF-8 text, sorted keys, trailing newline)."""
    return json.dumps(to_dict(kg), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def from_dict(data: dict) -> KnowledgeGraph:
    """Rebuild a graph from :func:`to_dict` output; a NewsgraphError says which part is not one.

    >>> from_dict({"nodes": [{"id": "a", "type": "Model", "name": "A"}], "edges": [{"source": "a"}]})
    Traceback (most recent call last):
    newsgraph.schema.errors.NewsgraphError: not a newsgraph JSON graph: edges[0]: 'target' is missing
    """
    kg = KnowledgeGraph()
    where = "the top level"
    try:
        for part in ("nodes", "edges"):
            if not isinstance(data.get(part), list):
                problem = "is missing" if part not in data else "is not a list"
                raise NewsgraphError(f"not a newsgraph JSON graph: '{part}' {problem}")
        for i, row in enumerate(data["nodes"]):
            where = f"nodes[{i}]"
            kg.add_node(make_node(**_row(row)))
        for i, row in enumerate(data["edges"]):
            where = f"edges[{i}]"
            row = {k: v for k, v in _row(row).items() if k not in ("support", "first_seen", "last_seen", "mentions")}
            kg.add_edge(Edge(**row))
    except (KeyError, TypeError, ValueError) as exc:
        raise NewsgraphError(f"not a newsgraph JSON graph: {where}: {_reason(exc)}") from None
    return kg


def _row(row) -> dict:
    if not isinstance(row, dict):
        raise TypeError(f"a JSON {type(row).__name__}, not an object")
    return row


def _reason(exc: Exception) -> str:
    """One line for what is wrong with a row (a validation error's first complaint)."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
            field = ".".join(str(part) for part in first.get("loc", ())) or "value"
            return f"'{field}' is missing" if first.get("type") == "missing" else f"'{field}': {first.get('msg')}"
        except Exception:  # noqa: BLE001 - any other shape: the error's own words
            pass
    return " ".join(str(exc).split())


def write_json(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write the graph as JSON atomically (temporary file + rename), streamed: the bytes of
    :func:`to_json`, never the whole text in memory."""
    return write_chunks_atomic(path, chunks(_document(kg)), "\n")


def read_json(path: str | Path) -> KnowledgeGraph:
    """Load a graph written by :func:`write_json`."""
    try:
        data = loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise NewsgraphError(f"{path}: cannot read graph JSON: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError, NumberTooLong) as exc:
        raise NewsgraphError(f"{path}: cannot read graph JSON: {exc}") from None
    except RecursionError:
        raise NewsgraphError(f"{path}: cannot read graph JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise NewsgraphError(f"{path}: not a newsgraph JSON graph (top level is not an object)")
    try:
        return from_dict(data)
    except NewsgraphError as exc:
        raise NewsgraphError(f"{path}: {exc}") from None


def _drop_none(row: dict) -> dict:
    return {k: v for k, v in row.items() if v is not None}


_RECORD_VALUES = attrgetter(*FIELDS)


def _evidence_row(e) -> dict:
    """:func:`_drop_none` of a piece of evidence: read from a record's slots at C speed (a graph holds millions)."""
    if type(e) is EvidenceRecord:
        return {k: v for k, v in zip(FIELDS, _RECORD_VALUES(e)) if v is not None}
    return _drop_none(e)
