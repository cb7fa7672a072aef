"""How the HTML view looks: colours and shapes per type, sizes, label sizes and plain-text tooltips.

Tooltips are plain strings: vis-network shows a string ``title`` with ``innerText``, so a
name or title containing markup is displayed, never parsed.
"""
from __future__ import annotations

import math

NODE_STYLE = {  # type: (colour, vis-network shape)
    "Organization": ("#4e79a7", "dot"),
    "Model": ("#59a14f", "diamond"),
    "Policy": ("#e8a317", "triangle"),
    "Source": ("#b07aa1", "square"),
}
EDGE_COLOUR = {
    "RELEASED": "#d62728", "OUTPERFORMS": "#ff7f0e", "CITES": "#1f77b4",
    "WORRIES": "#9467bd", "MENTIONS": "#c7c7c7", "PUBLISHED": "#8c564b",
}
MAX_LINES, MAX_CHARS = 8, 240
FONT = "WenQuanYi Micro Hei, Noto Sans CJK SC, Microsoft YaHei, sans-serif"


def clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article_line(article_id: str, articles: dict[str, dict]) -> str:
    info = articles.get(article_id)
    if info is None:
        return article_id
    return info["title"] + (f"  <{info['url']}>" if info.get("url") else "")


def _more(shown: int, total: int) -> list[str]:
    return [f"… and {total - shown} more (click: every article is listed)"] if total > shown else []


def node_item(node_id: str, data: dict, *, weight: int, mentions: int, mentioned_in: list[str], articles: dict,
              labels: list[str], label_px: int, rank: int, community: int, colour: str) -> dict:
    """One vis-network node: shaped by type, sized by weighted degree; its labels (one per script) are drawn
    by the page itself (``lb``, at ``lp`` px), the most important (lowest ``rk``) first."""
    shape = NODE_STYLE.get(data["type"], ("#999999", "dot"))[1]
    article = data.get("kind") == "article"
    if article:
        lines = [article_line(node_id, articles), "Source · article" + (f" · {data['published']}" if data.get("published") else "")]
    else:
        lines = [data["name"], data["type"] + (f" · {data['kind']}" if data.get("kind") else ""),
                 "Aliases: " + " · ".join(data.get("aliases") or [data["name"]])]
    if mentioned_in:
        lines.append(f"Mentioned in {len(mentioned_in)} article(s):")
        lines += [" • " + clip(article_line(a, articles), MAX_CHARS) for a in mentioned_in[:MAX_LINES]]
        lines += _more(MAX_LINES, len(mentioned_in))
    size = 9.0 if article else min(40.0, 8 + 3 * math.sqrt(weight + mentions / 4))
    item = {"id": node_id, "title": "\n".join(lines), "shape": shape, "color": colour, "size": round(size, 1),
            "ntype": data["type"], "lb": labels, "lp": label_px, "rk": rank, "cm": community, "arts": mentioned_in}
    if article:
        item["art"] = 1
    return item


def edge_item(index: int, u: str, v: str, key: str, data: dict, names: dict[str, str], articles: dict) -> dict:
    """One vis-network edge: coloured by type, evidence sentences in the tooltip (its label, the type,
    is drawn by the page on hover and when zoomed in; a MENTIONS edge's one sentence is its article's first
    mention, with how many there are)."""
    evidence = data.get("evidence") or []
    support = data.get("support", 0)
    counted = [ev.get("mentions") for ev in evidence if ev.get("mentions")]  # a MENTIONS edge: its first mention
    lines = [f"{clip(names[u], 60)} —{key}→ {clip(names[v], 60)}",
             f"{key} · support {support}" + (f" · {sum(counted)} mentions, the first:" if counted else "")]
    for ev in evidence[:MAX_LINES]:
        lines.append("“" + clip(ev["sentence"], MAX_CHARS) + "”")
        lines.append("    — " + clip(article_line(ev["article"], articles), MAX_CHARS)
                     + f"  [{ev.get('rule', '')} {ev.get('confidence', '')}]")
    lines += _more(MAX_LINES, len(evidence))
    arts = list(dict.fromkeys(ev["article"] for ev in evidence))
    return {"id": index, "from": u, "to": v, "title": "\n".join(lines),
            "color": EDGE_COLOUR.get(key, "#999999"), "width": 1 + min(support, 5),
            "etype": key, "arts": arts, "sp": support}


def label_px(weight: float, heaviest: float) -> int:
    """A label's size on screen: 12 px, up to 20 px for the heaviest node.

    >>> label_px(0, 10), label_px(10, 10), label_px(2.5, 10)
    (12, 20, 16)
    """
    return 12 if weight <= 0 or heaviest <= 0 else round(12 + 8 * math.sqrt(weight / heaviest))


def vis_options(nodes: int) -> dict:
    """vis-network options: physics off (the nodes carry precomputed x/y; a checkbox turns it on), no
    labels of its own (the page draws them, without overlap), straight edges."""
    big = nodes >= 1000  # edges drop out while dragging or zooming: a redraw of thousands of them takes long
    return {
        "nodes": {"borderWidth": 1, "font": {"face": FONT}},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "selectionWidth": 2,
                  "hoverWidth": 1.5},
        "physics": {"enabled": False, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -120, "centralGravity": 0.008,
                                         "springLength": 120, "springConstant": 0.06, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": False}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "layout": {"improvedLayout": False, "randomSeed": 7},
    }
