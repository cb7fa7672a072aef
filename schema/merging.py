"""The one merge rule: how a node, an alias list or an edge's evidence seen again joins what is there.

Used by the extractor (one node per id in an article), ``KnowledgeGraph`` (across articles)
and the stores (what is written against what is stored), always on plain dicts:

- a node keeps the union of its aliases, the highest confidence, the earliest
  ``first_seen`` and the latest ``last_seen``, and any field it lacked;
- an edge keeps one piece of evidence per (article, start, end, rule), sorted by that key
  (a ``MENTIONS`` edge keeps one piece, its article's first mention, and how many there were:
  :func:`first_mention`),
  and its support is the number of distinct articles among them; its ``first_seen`` and
  ``last_seen`` are the earliest and latest ``published`` date among them.

Taking an article out (a retraction, or a changed article replaced) is the same rule run
again on what is left: its evidence is removed (:func:`remove_article`) and each node it
touched is merged again from the other articles' versions of it (:func:`merge_contributions`),
in :func:`contribution_order`.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from .errors import SchemaError


def type_clash(node_id: str, old: str, new: str) -> SchemaError:
    return SchemaError(f"node {node_id!r} is already of type {old}; cannot add it again as {new}")


def merge_node(old: dict, new: dict) -> dict:
    """``old`` with ``new`` merged in (neither is changed).

    >>> merge_node({"id": "x", "aliases": ["A"], "confidence": 0.6, "kind": None},
    ...            {"id": "x", "aliases": ["B"], "confidence": 1.0, "kind": "lab"})
    {'id': 'x', 'aliases': ['A', 'B'], 'confidence': 1.0, 'kind': 'lab'}
    """
    merged = dict(old)
    for key, value in new.items():
        if merged.get(key) is None and value is not None:
            merged[key] = value
    merged["aliases"] = merge_aliases(old.get("aliases"), new.get("aliases"))
    confidences = [c for c in (old.get("confidence"), new.get("confidence")) if c is not None]
    if confidences:
        merged["confidence"] = max(confidences)
    for key, pick in (("first_seen", min), ("last_seen", max)):
        if old.get(key) and new.get(key):
            merged[key] = pick(old[key], new[key])
    return merged


def merge_contributions(contributions: Iterable[dict]) -> dict:
    """One node from several articles' versions of it, merged in the order given.

    >>> merge_contributions([{"id": "x", "name": "X-1", "aliases": ["X-1"], "first_seen": "2025-03-01"},
    ...                      {"id": "x", "name": "x-1", "aliases": ["x-1"], "first_seen": "2025-01-05"}])
    {'id': 'x', 'name': 'X-1', 'aliases': ['X-1', 'x-1'], 'first_seen': '2025-01-05'}
    """
    merged: dict | None = None
    for data in contributions:
        merged = dict(data) if merged is None else merge_node(merged, data)
    if merged is None:
        raise SchemaError("no contribution to merge")
    return merged


def contribution_order(published, key: str) -> tuple:
    """The order articles' versions of a node are merged in: by date (undated last), then key
    (URL or path, so files of one folder keep their order).

    A build merges its articles in this order, and a database merges the versions left after a
    retraction in it, so both give the same node.
    """
    return (str(published) if published else "9999-12-31", key)


def seen_range(evidence: Iterable[dict]) -> tuple:
    """``(first_seen, last_seen)``: the earliest and latest ``published`` among ``evidence``.

    >>> seen_range([{"published": "2025-03-01"}, {"published": None}, {"published": "2025-01-05"}])
    ('2025-01-05', '2025-03-01')
    """
    days = [e["published"] for e in evidence if e.get("published")]
    return (min(days), max(days)) if days else (None, None)


def merge_node_models(old, new):
    """Two schema node models of one id as one (the rule of :func:`merge_node`)."""
    from .models import make_node

    return make_node(**merge_node(old.model_dump(), new.model_dump()))


def merge_aliases(*lists: Iterable[str] | None) -> list[str]:
    """Every non-blank alias once, sorted."""
    return sorted({a for names in lists if names for a in names if a and a.strip()})


def evidence_key(evidence: dict) -> tuple:
    """What makes two pieces of evidence the same: (article, start, end, rule)."""
    return evidence["article"], evidence["start"], evidence["end"], evidence["rule"]


def merge_evidence(*lists: Iterable[dict]) -> list[dict]:
    """One piece per key, sorted by key (the order of the JSON and of the stored lists)."""
    unique = {evidence_key(e): e for items in lists for e in items}
    return [unique[k] for k in sorted(unique)]


FIRST_MENTION_ONLY = frozenset({"MENTIONS"})
"""The provenance edges that keep one piece of evidence, their article's first mention (see :func:`first_mention`).
``PUBLISHED`` needs no such rule: it has one piece already (the article's metadata, no sentence)."""


def first_mention(items: Iterable) -> list:
    """A provenance edge's evidence as it is kept: its first piece by the merge rule's key (the article's
    earliest mention by offset), with ``mentions`` = how many pieces (mentions) there were, by key; a piece
    that counts mentions already (one kept before) counts as that many. ``items`` are evidence dicts or
    ``Evidence`` models (what is given is what comes back); the same evidence again gives the same piece.

    >>> first_mention([{"article": "a", "start": 40, "end": 60, "rule": "mention.gazetteer"},
    ...                {"article": "a", "start": 0, "end": 12, "rule": "mention.gazetteer"},
    ...                {"article": "a", "start": 40, "end": 60, "rule": "mention.gazetteer"}])
    [{'article': 'a', 'start': 0, 'end': 12, 'rule': 'mention.gazetteer', 'mentions': 2}]
    >>> first_mention(_) == _, first_mention([])
    (True, [])
    """
    unique: dict[tuple, object] = {}
    for item in items:
        is_dict = isinstance(item, dict)
        key = evidence_key(item) if is_dict else (item.article, item.start, item.end, item.rule)
        unique.setdefault(key, item)
    if not unique:
        return []
    count = sum((e.get("mentions") if isinstance(e, dict) else e.mentions) or 1 for e in unique.values())
    first = unique[min(unique)]
    if isinstance(first, dict):
        return [first if first.get("mentions") == count else {**first, "mentions": count}]
    return [first if first.mentions == count else first.model_copy(update={"mentions": count})]


def support(evidence: Iterable[dict]) -> int:
    """The number of distinct articles backing an edge."""
    return len({e["article"] for e in evidence})


def add_evidence(items: list[dict], new: dict) -> int:
    """Insert ``new`` into the sorted, de-duplicated ``items`` in place, in O(log n) comparisons.

    Returns how much the edge's support grows: 1 when ``new`` is the first piece from its
    article, else 0 (pieces of one article sit next to each other, since the key starts
    with the article).

    >>> items = []
    >>> [add_evidence(items, {"article": a, "start": s, "end": s + 1, "rule": "r"}) for a, s in
    ...  [("b", 0), ("a", 5), ("a", 1), ("a", 5)]]
    [1, 1, 0, 0]
    >>> [(e["article"], e["start"]) for e in items]
    [('a', 1), ('a', 5), ('b', 0)]
    """
    key_of = _key_of(items, new)
    key = key_of(new)
    at = bisect.bisect_left(items, key, key=key_of)
    if at < len(items) and key_of(items[at]) == key:
        return 0
    article = key[0]
    seen = (at > 0 and items[at - 1]["article"] == article) or (at < len(items) and items[at]["article"] == article)
    items.insert(at, new)
    return 0 if seen else 1


_RECORDS = None


def _key_of(items: list, new) -> Callable:
    """:func:`evidence_key`, read from slots when ``items`` are evidence records (as in a graph)."""
    global _RECORDS
    if _RECORDS is None:  # (loaded on first use: the schema's evidence records need pydantic)
        from .evidence import EvidenceRecord, record_key

        _RECORDS = EvidenceRecord, record_key
    EvidenceRecord, record_key = _RECORDS
    if type(new) is EvidenceRecord and (not items or (type(items[0]) is EvidenceRecord and type(items[-1]) is EvidenceRecord)):
        return record_key
    return evidence_key


def remove_article(items: list[dict], article: str) -> int:
    """Drop every piece of ``article`` from the sorted ``items`` in place; how many were dropped."""
    lo = bisect.bisect_left(items, (article,), key=lambda e: (e["article"],))
    hi = bisect.bisect_right(items, (article,), key=lambda e: (e["article"],))
    del items[lo:hi]
    return hi - lo
