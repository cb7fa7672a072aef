"""Interactive HTML view through pyvis: one self-contained UTF-8 file that never touches the network.

The page opens with a precomputed layout (physics off; a checkbox turns it on), draws its own
labels (the most important first, never overlapping), colours by community or type, and can
switch every label between 繁體, 简体 and English. pyvis holds the node and edge lists (filled
directly: its ``add_node``/``add_edge`` are quadratic) and renders our template, into which vis-network's JS and CSS, as shipped inside
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

from ...schema import NewsgraphError
from ..knowledge import KnowledgeGraph
from .atomic import write_text_atomic
from .html_communities import article_community, communities
from .html_labels import SCRIPTS, majority_script, script_labels
from .html_layout import community_layout, near
from .html_page import TEMPLATE_ENV, search_keys
from .html_select import HIDDEN_EDGE_TYPES, Selection, importance, is_article, opening_edges, select
from .html_style import EDGE_COLOUR, NODE_STYLE, edge_item, label_px, node_item, vis_options
from .html_timeline import timeline

COLOR_BY = ("community", "type")
LABEL_SCRIPTS = ("auto", *SCRIPTS)
_HTTP = re.compile(r"https?://", re.IGNORECASE)


def render_html(kg: KnowledgeGraph, *, focus: str | None = None, depth: int = 1, node_types=None,
                edge_types=None, max_nodes: int | None = 2000, color_by: str = "community",
                label_script: str = "auto") -> str:
    """The whole page as a string; the options are those of :func:`write_html`."""
    if color_by not in COLOR_BY:
        raise NewsgraphError(f"unknown colour scheme {color_by!r}; choose from {', '.join(COLOR_BY)}")
    if label_script not in LABEL_SCRIPTS:
        raise NewsgraphError(f"unknown label script {label_script!r}; choose from {', '.join(LABEL_SCRIPTS)}")
    chosen = select(kg, focus=focus, depth=depth, node_types=node_types,
                    edge_types=edge_types, max_nodes=max_nodes)
    g = kg.graph
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line",
                  heading=_heading(kg, chosen, focus, depth))
    articles = _articles(kg)
    shown = opening_edges(kg, chosen.edges)
    weight, mentions = importance(kg, chosen.edges)
    entities = [n for n in chosen.nodes if not is_article(g.nodes[n])]
    groups = communities(entities, [(u, v, k, g.edges[u, v, k]) for u, v, k in shown], weight)
    mentioned = _mentioned(kg, chosen)
    for n in chosen.nodes:
        if is_article(g.nodes[n]):
            groups.of[n] = article_community(_named_by(kg, n), groups.of)
    if label_script == "auto":
        label_script = majority_script((g.nodes[a].get("language") for a in articles),
                                       (g.nodes[n]["name"] for n in entities))
    heaviest = max((weight[n] for n in chosen.nodes), default=0)
    order = sorted(chosen.nodes, key=lambda n: (-weight[n], -mentions[n], is_article(g.nodes[n]), n))
    rank = {n: i for i, n in enumerate(order)}
    net.nodes = [node_item(n, g.nodes[n], weight=weight[n], mentions=mentions[n], mentioned_in=mentioned.get(n, []),
                           articles=articles, labels=script_labels(g.nodes[n]), label_px=label_px(weight[n], heaviest),
                           rank=rank[n], community=groups.of.get(n, -1),
                           colour=_colour(g.nodes[n]["type"], groups.of.get(n, -1), groups, color_by))
                 for n in chosen.nodes]
    names = {n: (articles[n]["title"] if n in articles else g.nodes[n]["name"]) for n in chosen.nodes}
    net.edges = [edge_item(i, u, v, k, g.edges[u, v, k], names, articles) for i, (u, v, k) in enumerate(chosen.edges)]
    dated = timeline(kg, chosen.nodes, chosen.edges)
    for item in net.nodes:
        if item["id"] in dated.nodes:
            item["d"] = dated.nodes[item["id"]]
    for item, edge in zip(net.edges, chosen.edges):
        if edge in dated.edges:
            item["d"] = dated.edges[edge]
    placed = _positions(kg, chosen, shown, groups.of)
    for item in net.nodes:
        item["x"], item["y"] = placed[item["id"]]
    used = {a for item in net.nodes + net.edges for a in item["arts"]} | {n["id"] for n in net.nodes}
    used |= {ev[1] for report in groups.reports for _, evidence in report["facts"] for ev in evidence}
    net.options = {"vis": vis_options(len(chosen.nodes)), "meta": {
        "articles": {a: articles[a] for a in sorted(used) if a in articles},
        "nodeStyle": NODE_STYLE, "edgeColour": EDGE_COLOUR, "hiddenEdgeTypes": sorted(HIDDEN_EDGE_TYPES),
        "omitted": chosen.omitted, "communities": groups.reports, "otherColour": groups.colour(-1),
        "colorBy": color_by, "script": label_script, "scripts": list(SCRIPTS), "dates": dated.dates,
        "t2s": search_keys(net.nodes, kg)}}
    net.templateEnv, net.path = TEMPLATE_ENV, "page.html.j2"
    return net.generate_html()


def write_html(kg: KnowledgeGraph, path: str | Path, *, focus: str | None = None, depth: int = 1,
               node_types=None, edge_types=None, max_nodes: int | None = 2000, color_by: str = "community",
               label_script: str = "auto") -> Path:
    """Write the interactive view to ``path`` atomically, as UTF-8.

    ``focus``/``depth``: only nodes within ``depth`` hops of the node named ``focus`` (any alias,
    any script). ``node_types``/``edge_types``: type names to keep (None keeps all).
    ``max_nodes``: keep the nodes with the most support in the facts shown (None or 0: no cap).
    ``color_by``: ``community`` or ``type`` (the page has a switch). ``label_script``: ``hant``,
    ``hans``, ``en``, or ``auto`` (the script most articles are written in; the page has a switch).
    """
    return write_text_atomic(path, render_html(kg, focus=focus, depth=depth, node_types=node_types,
                                               edge_types=edge_types, max_nodes=max_nodes, color_by=color_by,
                                               label_script=label_script))


def _colour(node_type: str, community: int, groups, color_by: str) -> str:
    return groups.colour(community) if color_by == "community" else NODE_STYLE.get(node_type, ("#999999",))[0]


def _articles(kg: KnowledgeGraph) -> dict[str, dict]:
    out = {}
    for node_id, data in kg.graph.nodes(data=True):
        if is_article(data):
            url = data.get("url")
            out[node_id] = {"title": data.get("title") or data["name"],
                            "url": url if url and _HTTP.match(url) else None}
    return out


def _mentioned(kg: KnowledgeGraph, chosen: Selection) -> dict[str, list[str]]:
    """For each node shown, the articles that mention it (all of them, shown or not), sorted."""
    wanted = set(chosen.nodes)
    out = defaultdict(list)
    for u, v, k in kg.graph.edges(keys=True):
        if k == "MENTIONS" and v in wanted and is_article(kg.graph.nodes[u]):
            out[v].append(u)
    return {n: sorted(arts) for n, arts in out.items()}


def _named_by(kg: KnowledgeGraph, article: str) -> list[str]:
    return sorted(v for _, v, k in kg.graph.out_edges(article, keys=True) if k == "MENTIONS")


def _positions(kg: KnowledgeGraph, chosen: Selection, shown: list[tuple[str, str, str]],
               community: dict[str, int]) -> dict[str, tuple[float, float]]:
    """The layout follows the edges shown when the page opens; articles sit beside what they mention."""
    g = kg.graph
    entities = [n for n in chosen.nodes if not is_article(g.nodes[n])]
    placed = community_layout(entities, [(u, v, max(1, g.edges[u, v, k].get("support") or 0)) for u, v, k in shown],
                              community)
    connected = {n for u, v, _ in shown for n in (u, v)}
    anchors = {n: [m for m in _named_by(kg, n) if m in connected] or _named_by(kg, n)
               for n in chosen.nodes if is_article(g.nodes[n])}
    placed.update(near(anchors, placed))
    loose = sorted(n for n in chosen.nodes if n not in placed)
    if loose:
        bottom = max((y for _, y in placed.values()), default=0.0) + 120
        left = min((x for x, _ in placed.values()), default=0.0)
        columns = max(1, int(len(loose) ** 0.5) * 2)
        for i, n in enumerate(loose):
            placed[n] = (round(left + (i % columns) * 90.0, 1), round(bottom + (i // columns) * 60.0, 1))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in placed.items()}


def _heading(kg: KnowledgeGraph, chosen: Selection, focus: str | None, depth: int) -> str:
    where = f" around {kg.graph.nodes[kg.resolve(focus)]['name']} (depth {depth})" if focus else ""
    return f"newsgraph{where}: {len(chosen.nodes)} nodes, {len(chosen.edges)} edges"
