"""Which nodes and edges the HTML view shows: type filters, a focus neighbourhood, a size cap.

The cap ranks nodes by what the page shows when it opens: the support of their edges other than
MENTIONS and other than those of article nodes (both hidden at first), so a graph of 10,000
articles keeps its entities, not its articles.
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from ...schema import EdgeType, NewsgraphError, NodeType, UsageError
from ..knowledge import KnowledgeGraph

HIDDEN_EDGE_TYPES = frozenset({"MENTIONS"})  # shown by a checkbox: one per entity per article


@dataclass
class Selection:
    """Node ids and ``(source, target, type)`` edges to draw, and what the size cap left out."""

    nodes: list[str]
    edges: list[tuple[str, str, str]]
    omitted: dict = field(default_factory=dict)


def parse_types(values: Iterable[str] | None, enum: type[NodeType] | type[EdgeType]) -> set[str] | None:
    """Type names (any case, comma lists allowed) as enum values; None keeps every type."""
    if not values:
        return None
    by_lower = {t.value.lower(): t.value for t in enum}
    names = [v.strip() for value in values for v in str(value).split(",") if v.strip()]
    unknown = [n for n in names if n.lower() not in by_lower]
    if unknown:
        raise NewsgraphError(f"unknown {enum.__name__} {', '.join(unknown)}; choose from {', '.join(by_lower.values())}")
    return {by_lower[n.lower()] for n in names}


def select(kg: KnowledgeGraph, *, focus: str | None = None, depth: int = 1, node_types=None,
           edge_types=None, max_nodes: int | None = 2000) -> Selection:
    """Filter by type, keep ``depth`` hops around ``focus``, then cap at the ``max_nodes`` best connected.

    Hops follow every shown edge type except MENTIONS, unless ``edge_types`` names MENTIONS:
    otherwise two hops around any entity reach every entity its articles name.
    """
    for option, value, what in (("--depth", depth, "hops"), ("--max-nodes", max_nodes, "nodes")):
        if value is not None and value < 0:
            raise UsageError(f"{option} is a number of {what}, 0 or more, not {value}")
    if depth != 1 and not focus:
        raise UsageError(f"--depth {depth} counts hops around --focus: name the entity to centre on with --focus NAME")
    g = kg.graph
    ntypes, etypes = parse_types(node_types, NodeType), parse_types(edge_types, EdgeType)
    keep = {n for n, t in g.nodes(data="type") if ntypes is None or t in ntypes}
    edges = [(u, v, k) for u, v, k in g.edges(keys=True)
             if u in keep and v in keep and (etypes is None or k in etypes)]
    focus_id = None
    if focus:
        focus_id = kg.resolve(focus)
        if focus_id not in keep:
            raise NewsgraphError(f"focus {focus!r} is a {g.nodes[focus_id]['type']}, which the node type filter leaves out")
        walk = [e for e in edges if e[2] != EdgeType.MENTIONS.value or (etypes and e[2] in etypes)]
        keep = _within(focus_id, walk, max(0, int(depth)))
        edges = [e for e in edges if e[0] in keep and e[1] in keep]
    weight, mentions = importance(kg, edges)
    ranked = sorted(keep, key=lambda n: (n != focus_id, -weight[n], -mentions[n], n))
    omitted: dict = {}
    if max_nodes is not None and 0 < max_nodes < len(ranked):
        ranked, dropped = ranked[:max_nodes], ranked[max_nodes:]
        kept = set(ranked)
        lost = [e for e in edges if e[0] not in kept or e[1] not in kept]
        edges = [e for e in edges if e[0] in kept and e[1] in kept]
        omitted = {"nodes": len(dropped), "edges": len(lost),
                   "node_types": dict(sorted(Counter(g.nodes[n]["type"] for n in dropped).items())),
                   "edge_types": dict(sorted(Counter(k for _, _, k in lost).items())),
                   "max_weight": weight[dropped[0]], "examples": [g.nodes[n].get("title") or g.nodes[n]["name"] for n in dropped[:10]]}
    return Selection(sorted(ranked), sorted(edges, key=lambda e: (e[0], e[2], e[1])), omitted)


def is_article(data: dict) -> bool:
    """An article's Source node (one per article read)."""
    return data.get("kind") == "article"


def opening_edges(kg: KnowledgeGraph, edges: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The edges the page shows when it opens: not MENTIONS, no article at either end."""
    nodes = kg.graph.nodes
    return [e for e in edges if e[2] not in HIDDEN_EDGE_TYPES
            and not is_article(nodes[e[0]]) and not is_article(nodes[e[1]])]


def importance(kg: KnowledgeGraph, edges: Iterable[tuple[str, str, str]]) -> tuple[Counter, Counter]:
    """``(weight, mentions)``: each node's summed support over :func:`opening_edges`, and how many
    articles mention it (the tie-break for nodes without such edges)."""
    edges = list(edges)
    weight: Counter = Counter()
    g = kg.graph
    for u, v, k in opening_edges(kg, edges):
        support = max(1, g.edges[u, v, k].get("support") or 0)
        weight[u] += support
        weight[v] += support
    mentions = Counter(v for _, v, k in edges if k == "MENTIONS")
    return weight, mentions


def _within(start: str, edges: list[tuple[str, str, str]], depth: int) -> set[str]:
    """Nodes at most ``depth`` hops from ``start``, ignoring direction."""
    adjacent: dict[str, set[str]] = {}
    for u, v, _ in edges:
        adjacent.setdefault(u, set()).add(v)
        adjacent.setdefault(v, set()).add(u)
    seen, queue = {start: 0}, deque([start])
    while queue:
        node = queue.popleft()
        if seen[node] < depth:
            for nxt in adjacent.get(node, ()):
                if nxt not in seen:
                    seen[nxt] = seen[node] + 1
                    queue.append(nxt)
    return set(seen)
