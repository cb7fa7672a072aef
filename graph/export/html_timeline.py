"""When each fact and node was reported, for the view's date-range slider.

A piece of evidence is dated by its own ``published`` date when it has one, else by the
``published`` date of its article's node. An edge was reported on the dates of its evidence
(an edge without evidence, such as PUBLISHED, on its article's date); a node on the dates of
every edge it has and, for an article, its own date. Dates go into the page once, sorted; each
item carries the indexes of its dates.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from ..knowledge import KnowledgeGraph

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.lru_cache(maxsize=4096)
def _day(value) -> str | None:
    match = _DATE.match(str(value)) if value else None
    return match.group(0) if match else None


@dataclass
class Timeline:
    """``dates`` (sorted ISO days) and, per node id and per edge ``(u, v, type)``, indexes into it."""

    dates: list[str]
    nodes: dict[str, list[int]]
    edges: dict[tuple[str, str, str], list[int]]


def timeline(kg: KnowledgeGraph, nodes: list[str], edges: list[tuple[str, str, str]]) -> Timeline:
    """Report dates of the page's ``nodes`` and ``edges``; a node's dates come from all its edges in ``kg``.

    >>> from newsgraph.schema import Edge, Evidence, Organization, Model, Source
    >>> kg = KnowledgeGraph()
    >>> kg.add_node(Source(id="a1", name="a1", kind="article", published="2025-03-01"))
    >>> kg.add_node(Organization(id="o", name="O")); kg.add_node(Model(id="m", name="M"))
    >>> ev = Evidence(article="a1", sentence="O released M.", start=0, end=13, rule="r", confidence=1)
    >>> kg.add_edge(Edge(source="o", target="m", type="RELEASED", evidence=[ev]))
    >>> t = timeline(kg, ["o", "m", "a1"], [("o", "m", "RELEASED")])
    >>> t.dates, t.edges[("o", "m", "RELEASED")], t.nodes["o"], t.nodes["a1"]
    (['2025-03-01'], [0], [0], [0])
    """
    g = kg.graph
    published = {n: day for n, value in g.nodes(data="published") if (day := _day(value))}
    wanted = set(nodes)
    node_days: dict[str, set[str]] = defaultdict(set)
    edge_days: dict[tuple[str, str, str], set[str]] = {}
    shown = set(edges)
    for node in wanted & published.keys():
        node_days[node].add(published[node])
    for u, v, k, data in g.edges(keys=True, data=True):
        if u not in wanted and v not in wanted and (u, v, k) not in shown:
            continue
        days = {d for ev in data.get("evidence") or ()
                if (d := (_day(ev["published"]) if ev.get("published") else published.get(ev["article"])))}
        if not days:
            days = {published[n] for n in (u, v) if n in published}
        if (u, v, k) in shown:
            edge_days[u, v, k] = days
        for n in (u, v):
            if n in wanted:
                node_days[n] |= days
    dates = sorted(set().union(*node_days.values(), *edge_days.values()))
    index = {d: i for i, d in enumerate(dates)}
    return Timeline(dates, {n: sorted(index[d] for d in days) for n, days in node_days.items() if days},
                    {e: sorted(index[d] for d in days) for e, days in edge_days.items() if days})
