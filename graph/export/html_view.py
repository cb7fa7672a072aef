"""Interactive HTML view through pyvis: one self-contained UTF-8 file that never touches the network.

pyvis holds the node and edge lists (filled directly: its ``add_node``/``add_edge`` are
quadratic) and renders our template, into which vis-network's JS and CSS, as shipped inside
the pyvis package, are inlined. pyvis's own template links Bootstrap from a CDN even with
``cdn_resources="in_line"``; ours needs nothing from outside, and its Content-Security-Policy
forbids every request anyway. Data goes into ``<script type="application/json">`` blocks with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped, so no name or title can end the block.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from pyvis.network import Network

from ..knowledge import KnowledgeGraph
from .atomic import write_text_atomic
from .html_layout import radial_layout
from .html_page import TEMPLATE_ENV, search_keys
from .html_select import Selection, select
from .html_style import EDGE_COLOUR, HIDDEN_EDGE_TYPES, NODE_STYLE, edge_item, node_item, vis_options

# Above this many nodes physics starts off and the precomputed layout stays as it is. Measured
# in headless Chromium on 2 cores (benchmarks/bench_html.py graphs, 3.7 edges per node), load to
# first settled drawing: physics 250 nodes 1.6 s, 500 nodes 2.4 s, 750 3.8 s, 1,000 4.5 s; static
# 500 nodes 0.9 s, 2,000 1.6 s, 10,000 5.3 s. 500 keeps a physics page under ~2.5 s.
PHYSICS_MAX_NODES = 500
_HTTP = re.compile(r"https?://", re.IGNORECASE)


def render_html(kg: KnowledgeGraph, *, focus: str | None = None, depth: int = 1, node_types=None,
                edge_types=None, max_nodes: int | None = 2000) -> str:
    """The whole page as a string; the options are those of :func:`write_html`."""
    chosen = select(kg, focus=focus, depth=depth, node_types=node_types,
                    edge_types=edge_types, max_nodes=max_nodes)
    physics = len(chosen.nodes) <= PHYSICS_MAX_NODES
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line",
                  heading=_heading(kg, chosen, focus, depth))
    articles = _articles(kg)
    net.nodes = _nodes(kg, chosen, articles)
    names = {n: (articles[n]["title"] if n in articles else kg.graph.nodes[n]["name"]) for n in chosen.nodes}
    net.edges = [edge_item(i, u, v, k, kg.graph.edges[u, v, k], names, articles)
                 for i, (u, v, k) in enumerate(chosen.edges)]
    for item, (x, y) in zip(net.nodes, _positions(chosen, physics)):
        item.update(x=x, y=y)
    used = {a for item in net.nodes + net.edges for a in item["arts"]} | {n["id"] for n in net.nodes}
    net.options = {"vis": vis_options(physics), "meta": {
        "articles": {a: articles[a] for a in sorted(used) if a in articles},
        "nodeStyle": NODE_STYLE, "edgeColour": EDGE_COLOUR, "hiddenEdgeTypes": sorted(HIDDEN_EDGE_TYPES),
        "omitted": chosen.omitted, "physics": physics, "physicsMaxNodes": PHYSICS_MAX_NODES,
        "t2s": search_keys(net.nodes, kg)}}
    net.templateEnv, net.path = TEMPLATE_ENV, "page.html.j2"
    return net.generate_html()


def write_html(kg: KnowledgeGraph, path: str | Path, *, focus: str | None = None, depth: int = 1,
               node_types=None, edge_types=None, max_nodes: int | None = 2000) -> Path:
    """Write the interactive view to ``path`` atomically, as UTF-8.

    ``focus``/``depth``: only nodes within ``depth`` hops of the node named ``focus`` (any alias,
    any script). ``node_types``/``edge_types``: type names to keep (None keeps all).
    ``max_nodes``: keep the best-connected nodes above this many (None or 0: no cap).
    """
    return write_text_atomic(path, render_html(kg, focus=focus, depth=depth, node_types=node_types,
                                               edge_types=edge_types, max_nodes=max_nodes))


def _articles(kg: KnowledgeGraph) -> dict[str, dict]:
    out = {}
    for node_id, data in kg.graph.nodes(data=True):
        if data.get("kind") == "article":
            url = data.get("url")
            out[node_id] = {"title": data.get("title") or data["name"],
                            "url": url if url and _HTTP.match(url) else None}
    return out


def _nodes(kg: KnowledgeGraph, chosen: Selection, articles: dict) -> list[dict]:
    g = kg.graph
    mentioned = defaultdict(list)
    weight = defaultdict(int)
    for u, v, k, support in g.edges(keys=True, data="support"):
        if k == "MENTIONS" and u in articles:
            mentioned[v].append(u)
        weight[u] += max(1, support or 0)
        weight[v] += max(1, support or 0)
    return [node_item(n, g.nodes[n], weight[n], sorted(mentioned.get(n, ())), articles) for n in chosen.nodes]


def _positions(chosen: Selection, physics: bool) -> list[tuple[float, float]]:
    """A static layout follows the edges shown at first, so those are the short ones; physics
    starts from one that follows every edge (hidden edges pull too: overstretched, they explode)."""
    edges = chosen.edges if physics else [e for e in chosen.edges if e[2] not in HIDDEN_EDGE_TYPES]
    placed = radial_layout(chosen.nodes, edges)
    return [placed[n] for n in chosen.nodes]


def _heading(kg: KnowledgeGraph, chosen: Selection, focus: str | None, depth: int) -> str:
    where = f" around {kg.graph.nodes[kg.resolve(focus)]['name']} (depth {depth})" if focus else ""
    return f"newsgraph{where}: {len(chosen.nodes)} nodes, {len(chosen.edges)} edges"

