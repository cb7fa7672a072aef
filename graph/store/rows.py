"""KnowledgeGraph → parameter rows for both stores, and how stored rows merge with new ones.

Property names are the same in both databases. Nodes carry their schema fields
(``id, name, aliases, kind, confidence, first_seen, type`` and, by type,
``family`` or ``title, url, published, language``). Edges carry ``type``,
``support``, ``articles`` (distinct article ids) and the evidence as parallel
lists, one item per piece of evidence, ordered by (article, start, end, rule):
``evidence_articles, evidence_sentences, evidence_starts, evidence_ends,
evidence_rules, evidence_confidences, evidence_aspects`` ("" = no aspect).

Merging (why writes are idempotent and additive): before a batch is written its
stored rows are read and merged with the incoming ones by the one merge rule
(:mod:`newsgraph.schema.merging`), applied to rows; support and articles are
recomputed from the merged evidence. Rows that come out unchanged are not written.
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterator

from ...schema import ALLOWED_ENDPOINTS, NODE_CLASSES, EdgeType, NodeType
from ...schema.merging import merge_evidence, merge_node

DEFAULT_BATCH_SIZE = 2000
EVIDENCE_COLUMNS = {"article": ("evidence_articles", "str[]"), "sentence": ("evidence_sentences", "str[]"),
                    "start": ("evidence_starts", "int[]"), "end": ("evidence_ends", "int[]"),
                    "rule": ("evidence_rules", "str[]"), "confidence": ("evidence_confidences", "float[]"),
                    "aspect": ("evidence_aspects", "str[]")}
EDGE_PROPERTIES = {"type": "str", "support": "int", "articles": "str[]", **dict(EVIDENCE_COLUMNS.values())}
NODE_LABELS = [t.value for t in NodeType]
EDGE_TYPES = [t.value for t in EdgeType]


def _token(annotation) -> str:
    base = annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):  # X | None
        base = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(base) is list:
        return _token(typing.get_args(base)[0]) + "[]"
    return {dt.date: "date", float: "float", int: "int"}.get(base, "str")


def node_properties(label: str) -> dict[str, str]:
    """Property name → type token (str, int, float, date, str[] …) for one node label."""
    fields = NODE_CLASSES[NodeType(label)].model_fields
    return {name: _token(field.annotation) for name, field in fields.items()}


def endpoint_pairs(edge_type: str) -> list[tuple[str, str]]:
    """The (source label, target label) pairs the schema allows for an edge type, sorted."""
    return sorted((a.value, b.value) for a, b in ALLOWED_ENDPOINTS[EdgeType(edge_type)])


def node_groups(kg) -> dict[str, list[dict]]:
    """Node rows by label, sorted by id; dates as ``datetime.date``."""
    groups: dict[str, list[dict]] = {}
    for node_id in sorted(kg.graph.nodes):
        data = kg.graph.nodes[node_id]
        props = node_properties(data["type"])
        row = {k: _value(data.get(k), props[k]) for k in props}
        groups.setdefault(data["type"], []).append(row)
    return groups


def _value(value, token: str):
    if token == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if token.endswith("[]") and value is None:
        return []
    return value


def edge_groups(kg) -> dict[tuple[str, str, str], list[dict]]:
    """Edge rows (``source``, ``target`` + properties) by (type, source label, target label)."""
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for group, row in iter_edge_rows(kg):
        groups.setdefault(group, []).append(row)
    return groups


def iter_edge_rows(kg) -> Iterator[tuple[tuple[str, str, str], dict]]:
    """``((type, source label, target label), row)`` for every edge, sorted by (source, target, type),
    one source's edges at a time (the rows of :func:`edge_groups`, never all at once)."""
    nodes, succ = kg.graph.nodes, kg.graph.succ
    for source in sorted(succ):
        for target, key, data in sorted(((v, k, d) for v, keyed in succ[source].items() for k, d in keyed.items()),
                                        key=lambda r: r[:2]):
            row = {"source": source, "target": target, **edge_properties(key, data["evidence"])}
            yield (key, nodes[source]["type"], nodes[target]["type"]), row


def edge_properties(edge_type: str, evidence: list[dict]) -> dict:
    """The stored properties of an edge from its evidence dicts (de-duplicated and sorted by the merge rule)."""
    items = merge_evidence(evidence)
    articles = sorted({e["article"] for e in items})
    row = {"type": edge_type, "support": len(articles), "articles": articles}
    for field, (column, _) in EVIDENCE_COLUMNS.items():
        row[column] = [(e.get(field) or "") if field == "aspect" else e[field] for e in items]
    return row


def evidence(row: dict) -> list[dict]:
    """The evidence dicts stored in an edge row's parallel lists."""
    columns = [row.get(column) or [] for column, _ in EVIDENCE_COLUMNS.values()]
    return [dict(zip(EVIDENCE_COLUMNS, values)) for values in zip(*columns)]


def node_key(row: dict) -> str:
    return row["id"]


def edge_key(row: dict) -> tuple[str, str]:
    return row["source"], row["target"]


def merge_node_row(old: dict, new: dict) -> dict:
    """A stored node row with an incoming one merged in (the merge rule, on the row's properties)."""
    return {k: v for k, v in merge_node(old, new).items() if k in new}


def merge_edge_row(old: dict, new: dict) -> dict:
    """A stored edge row with an incoming one merged in: evidence united, support recomputed."""
    return {"source": new["source"], "target": new["target"],
            **edge_properties(new["type"], evidence(old) + evidence(new))}


def changed_rows(stored: dict, incoming: list[dict], key, merge) -> list[dict]:
    """Incoming rows merged with the stored row of the same key, keeping only those that differ."""
    out = []
    for row in incoming:
        old = stored.get(key(row))
        merged = row if old is None else merge(old, row)
        if old is None or any(merged[k] != old.get(k) for k in merged):
            out.append(merged)
    return out


def batches(rows: list, size: int) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
