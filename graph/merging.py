"""How a node or edge seen again merges into the one already in the graph."""
from __future__ import annotations

from collections.abc import Iterable

from ..schema import Edge, Evidence, SchemaError


def raise_type_clash(node_id: str, old: str, new: str) -> None:
    raise SchemaError(f"node {node_id!r} is already of type {old}; cannot add it again as {new}")


def merge_node_data(old: dict, new: dict) -> dict:
    """Aliases united, the higher confidence, the earliest first_seen; fields only the new one has are added."""
    merged = dict(old)
    merged["aliases"] = sorted(set(old["aliases"]) | set(new["aliases"]))
    merged["confidence"] = max(old["confidence"], new["confidence"])
    for key, value in new.items():
        if merged.get(key) is None and value is not None:
            merged[key] = value
    if old.get("first_seen") and new.get("first_seen"):
        merged["first_seen"] = min(old["first_seen"], new["first_seen"])
    return merged


def unique_evidence(evidence: Iterable[dict]) -> list[dict]:
    """One piece per (article, start, end, rule), sorted: the JSON's order."""
    unique = {(e["article"], e["start"], e["end"], e["rule"]): e for e in evidence}
    return [unique[k] for k in sorted(unique)]


def edge_model(source: str, target: str, data: dict) -> Edge:
    return Edge(source=source, target=target, type=data["type"],
                evidence=[Evidence(**e) for e in data["evidence"]])
