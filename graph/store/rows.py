"""KnowledgeGraph → parameter rows for both stores, and how stored rows merge with new ones.

Property names are the same in both databases. Nodes carry their schema fields
(``id, name, aliases, kind, confidence, first_seen, last_seen, type`` and, by type,
``family`` or ``title, url, published, language, key, content_hash, extractor``). Edges carry
``type``, ``support``, ``articles`` (distinct article ids), ``first_seen``/``last_seen`` (dates,
from the evidence), ``mentions`` (a MENTIONS edge: how many mentions of the entity its article has,
its one piece of evidence being the first; null on a relation) and the evidence as parallel lists,
one item per piece of evidence, ordered by (article, start, end, rule): ``evidence_articles, evidence_sentences, evidence_starts,
evidence_ends, evidence_rules, evidence_confidences, evidence_aspects, evidence_published,
evidence_when, evidence_when_dates`` ("" = none; dates are ISO text, since a list property
cannot hold nulls in Neo4j). An edge between an article and a node also carries
``contribution``: what that article said about the node (its fields, as JSON), so that taking
the article out again can merge the node anew from the other articles' versions.

Merging (why writes are idempotent and additive): before a batch is written its
stored rows are read and merged with the incoming ones by the one merge rule
(:mod:`newsgraph.schema.merging`), applied to rows; support, articles and first/last seen are
recomputed from the merged evidence. Rows that come out unchanged are not written.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Iterable, Iterator

from ...schema import ALLOWED_ENDPOINTS, NODE_CLASSES, EdgeType, NodeType
from ...schema.merging import contribution_order, merge_contributions, merge_evidence, merge_node, seen_range

DEFAULT_BATCH_SIZE = 2000
EVIDENCE_COLUMNS = {"article": ("evidence_articles", "str[]"), "sentence": ("evidence_sentences", "str[]"),
                    "start": ("evidence_starts", "int[]"), "end": ("evidence_ends", "int[]"),
                    "rule": ("evidence_rules", "str[]"), "confidence": ("evidence_confidences", "float[]"),
                    "aspect": ("evidence_aspects", "str[]"), "published": ("evidence_published", "str[]"),
                    "when": ("evidence_when", "str[]"), "when_date": ("evidence_when_dates", "str[]")}
OPTIONAL_EVIDENCE = ("aspect", "published", "when", "when_date")  # stored as "" when absent
EDGE_PROPERTIES = {"type": "str", "support": "int", "articles": "str[]", "first_seen": "date", "last_seen": "date",
                   "mentions": "int", **dict(EVIDENCE_COLUMNS.values()), "contribution": "str"}
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
    return dict(_node_properties(label))


@functools.lru_cache(maxsize=None)
def _node_properties(label: str) -> tuple[tuple[str, str], ...]:
    fields = NODE_CLASSES[NodeType(label)].model_fields
    return tuple((name, _token(field.annotation)) for name, field in fields.items())


def endpoint_pairs(edge_type: str) -> list[tuple[str, str]]:
    """The (source label, target label) pairs the schema allows for an edge type, sorted."""
    return sorted((a.value, b.value) for a, b in ALLOWED_ENDPOINTS[EdgeType(edge_type)])


def node_groups(kg) -> dict[str, list[dict]]:
    """Node rows by label, sorted by id; dates as ``datetime.date``."""
    groups: dict[str, list[dict]] = {}
    for node_id in sorted(kg.graph.nodes):
        data = kg.graph.nodes[node_id]
        groups.setdefault(data["type"], []).append(node_row(data))
    return groups


def node_row(data: dict) -> dict:
    """The stored row of a node (its fields as a dict, dates as ISO text or dates)."""
    props = node_properties(data["type"])
    return {k: _value(data.get(k), props[k]) for k in props}


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
    for group, source, target, items, contribution in iter_edges(kg):
        yield group, {"source": source, "target": target, **edge_properties(group[0], items, merged=True),
                      "contribution": contribution}


def iter_edges(kg) -> Iterator[tuple[tuple[str, str, str], str, str, list, str]]:
    """``((type, source label, target label), source, target, evidence, contribution)`` for every edge in
    the order of :func:`iter_edge_rows`: its evidence de-duplicated and sorted by the merge rule, not yet
    spread into columns (a bulk load builds the columns itself)."""
    nodes, succ = kg.graph.nodes, kg.graph.succ
    for source in sorted(succ):
        for target, key, data in sorted(((v, k, d) for v, keyed in succ[source].items() for k, d in keyed.items()),
                                        key=lambda r: r[:2]):
            items = _merged(data["evidence"])
            yield ((key, nodes[source]["type"], nodes[target]["type"]), source, target, items,
                   edge_contribution(kg, source, target, items))


def edge_group_sources(kg) -> dict[tuple[str, str, str], list[str]]:
    """(type, source label, target label) → the sources with edges in that group, sorted (with
    :func:`iter_group_edges`, the edges of :func:`iter_edges` one group at a time)."""
    labels, succ = _labels(kg), kg.graph._succ  # networkx's own dicts: its views cost more than the work here
    out: dict[tuple[str, str, str], list[str]] = {}
    for source in sorted(succ):
        label = labels[source]
        groups = {(key, label, labels[target]) for target, keyed in succ[source].items() for key in keyed}
        for group in groups:
            out.setdefault(group, []).append(source)
    return out


def iter_group_edges(kg, group: tuple[str, str, str], sources: list[str]) -> Iterator[tuple[str, str, list, str]]:
    """``(source, target, evidence, contribution)`` for the edges of one group from ``sources``
    (:func:`edge_group_sources`), in the order and with the values of :func:`iter_edges`."""
    labels, succ = _labels(kg), kg.graph._succ
    edge_type, _, target_label = group
    for source in sources:
        found = sorted((target, keyed[edge_type]) for target, keyed in succ[source].items()
                       if edge_type in keyed and labels[target] == target_label)
        for target, data in found:
            items = _merged(data["evidence"])
            yield source, target, items, edge_contribution(kg, source, target, items)


def _labels(kg) -> dict[str, str]:
    return {node: data["type"] for node, data in kg.graph._node.items()}


def _merged(evidence: list) -> list:
    """An edge's evidence by the merge rule (one piece: nothing to merge)."""
    return list(evidence) if len(evidence) < 2 else merge_evidence(evidence)


def edge_properties(edge_type: str, evidence: list[dict], merged: bool = False) -> dict:
    """The stored properties of an edge from its evidence dicts (de-duplicated and sorted by the merge rule;
    ``merged=True``: they already are)."""
    items = evidence if merged else merge_evidence(evidence)
    articles = sorted({e["article"] for e in items})
    first, last = seen_range(items)
    row = {"type": edge_type, "support": len(articles), "articles": articles,
           "first_seen": _value(first, "date"), "last_seen": _value(last, "date"), "mentions": mentions(items)}
    for field, (column, _) in EVIDENCE_COLUMNS.items():
        row[column] = [_text(e.get(field)) if field in OPTIONAL_EVIDENCE else e[field] for e in items]
    return row


def mentions(evidence: list) -> int | None:
    """An edge's ``mentions``: the sum of its pieces' (a MENTIONS edge's one piece: how many mentions of the
    entity its article has); None when no piece counts them (a relation's evidence).

    >>> mentions([{"mentions": 3}]), mentions([{"mentions": None}, {}])
    (3, None)
    """
    counts = [e.get("mentions") for e in evidence]
    counts = [c for c in counts if c is not None]
    return sum(counts) if counts else None


def _text(value) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def evidence(row: dict) -> list[dict]:
    """The evidence dicts stored in an edge row's parallel lists ("" read back as None).

    A column added to an older database after its rows were written is shorter than the
    others: its missing items read as absent.
    """
    size = len(row.get("evidence_articles") or [])
    columns = {}
    for field, (column, _) in EVIDENCE_COLUMNS.items():
        values = list(row.get(column) or [])
        columns[field] = values + [""] * (size - len(values)) if field in OPTIONAL_EVIDENCE else values
    out = []
    for values in zip(*columns.values()):
        item = dict(zip(columns, values))
        for field in OPTIONAL_EVIDENCE:
            item[field] = _text(item[field]) or None
        out.append(item)
    if out and row.get("mentions") is not None:  # the edge's count is its (first) piece's: a MENTIONS edge keeps one
        out[0]["mentions"] = row["mentions"]
    return out


def edge_contribution(kg, source: str, target: str, items: list[dict]) -> str:
    """For an edge between an article and a node that only that article backs: what the article
    said about the node, as JSON ``{"article", "key", "published", "node"}``; else ""."""
    articles = {e["article"] for e in items} if len(items) > 1 else [items[0]["article"]] if items else ()
    if len(articles) != 1:
        return ""
    article = next(iter(articles))
    if article not in (source, target):
        return ""
    other = target if source == article else source
    node = kg.contribution(other, article)
    if node is None:
        return ""
    meta = kg.graph.nodes[article]
    return _contribution_json({"article": article, "key": meta.get("key") or article,
                               "published": meta.get("published"),
                               "node": {k: v for k, v in node.items() if v is not None}})


# json.dumps with these options, without making an encoder per call (a bulk load writes one per edge)
_contribution_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str,
                                      check_circular=False).encode


def node_from_contributions(contributions: Iterable[str]) -> dict | None:
    """A node merged anew from the ``contribution`` JSON of its edges (in contribution order), or None."""
    parsed = [json.loads(c) for c in contributions if c]
    if not parsed:
        return None
    parsed.sort(key=lambda c: contribution_order(c.get("published"), c.get("key") or c["article"]))
    return merge_contributions(c["node"] for c in parsed)


def node_key(row: dict) -> str:
    return row["id"]


def edge_key(row: dict) -> tuple[str, str]:
    return row["source"], row["target"]


def merge_node_row(old: dict, new: dict) -> dict:
    """A stored node row with an incoming one merged in (the merge rule, on the row's properties)."""
    return {k: v for k, v in merge_node(old, new).items() if k in new}


def merge_edge_row(old: dict, new: dict) -> dict:
    """A stored edge row with an incoming one merged in: evidence united, support recomputed."""
    merged = edge_properties(new["type"], evidence(old) + evidence(new))
    contribution = (new.get("contribution") or old.get("contribution") or "") if merged["support"] == 1 else ""
    return {"source": new["source"], "target": new["target"], **merged, "contribution": contribution}


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
