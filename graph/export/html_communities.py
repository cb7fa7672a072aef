"""Communities of the HTML view: seeded Louvain over the facts shown, and a report for each.

Each community's report is deterministic and needs no language model (GraphRAG's community
reports without the LLM): its top entities by weighted degree and its strongest facts (most
support, then highest confidence) with their evidence sentences.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

SEED = 7
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#393b79", "#ad494a", "#637939", "#7b4173", "#3182bd", "#e6550d", "#31a354")
OTHER_COLOUR = "#a0a0a0"  # communities past the palette, and nodes without a fact
TOP_ENTITIES, TOP_FACTS, EVIDENCE_PER_FACT = 5, 5, 2


@dataclass
class Communities:
    """``of[node] = index`` (-1: in no community) and one report per community, largest first."""

    of: dict[str, int]
    reports: list[dict] = field(default_factory=list)

    def colour(self, index: int) -> str:
        return PALETTE[index] if 0 <= index < len(PALETTE) else OTHER_COLOUR


def louvain(nodes: list[str], edges: list[tuple[str, str, float]]) -> list[list[str]]:
    """Louvain communities of the undirected weighted graph, sorted (largest, then first member) — seeded,
    so the same graph always splits the same way. Nodes without an edge are left out.

    >>> louvain(list("abcdxy"), [("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("x", "y", 2), ("c", "x", 0.1)])
    [['a', 'b', 'c'], ['x', 'y']]
    """
    graph = nx.Graph()
    for u, v, w in sorted(edges):
        if u != v:
            graph.add_edge(u, v, weight=graph.get_edge_data(u, v, {"weight": 0})["weight"] + w)
    if graph.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def communities(nodes: list[str], facts: list[tuple[str, str, str, dict]], weight: Counter) -> Communities:
    """Communities over ``facts`` (``(u, v, type, edge data)`` shown when the page opens), with reports.

    A report: ``id``, ``colour``, ``size``, ``top`` (node ids by weight), ``facts`` (``[edge key,
    [[sentence, article id], …]]`` for the strongest facts inside the community).
    """
    groups = louvain(nodes, [(u, v, max(1, d.get("support") or 0)) for u, v, _, d in facts])
    result = Communities({n: -1 for n in nodes})
    for index, members in enumerate(groups):
        for node in members:
            result.of[node] = index
    inside = defaultdict(list)
    for u, v, k, data in facts:
        if result.of.get(u, -1) == result.of.get(v, -1) != -1:
            inside[result.of[u]].append((u, v, k, data))
    for index, members in enumerate(groups):
        top = sorted(members, key=lambda n: (-weight[n], n))[:TOP_ENTITIES]
        strongest = sorted(inside[index], key=lambda f: (-(f[3].get("support") or 0), -_best(f[3]), f[0], f[2], f[1]))
        result.reports.append({
            "id": index, "colour": result.colour(index), "size": len(members), "facts_inside": len(inside[index]),
            "top": top,
            "facts": [[[u, v, k], [[ev["sentence"], ev["article"]] for ev in _strongest_evidence(d)]]
                      for u, v, k, d in strongest[:TOP_FACTS]]})
    return result


def _best(data: dict) -> float:
    return max((ev.get("confidence") or 0 for ev in data.get("evidence") or ()), default=0.0)


def _strongest_evidence(data: dict) -> list[dict]:
    evidence = sorted(data.get("evidence") or (), key=lambda ev: (-(ev.get("confidence") or 0), ev["article"], ev["start"]))
    return evidence[:EVIDENCE_PER_FACT]


def article_community(mentioned: list[str], of: dict[str, int]) -> int:
    """An article's community: the one most of the entities it mentions are in (-1 if none).

    >>> article_community(["a", "b", "c"], {"a": 1, "b": 0, "c": 1})
    1
    """
    counts = Counter(of[n] for n in mentioned if of.get(n, -1) >= 0)
    return min(counts, key=lambda c: (-counts[c], c)) if counts else -1
