"""How the HTML view looks: colours and shapes per type, sizes, labels and plain-text tooltips.

Tooltips are plain strings: vis-network shows a string ``title`` with ``innerText``, so a
name or title containing markup is displayed, never parsed.
"""
from __future__ import annotations

import math
import re

from ...schema.text import to_simplified

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
HIDDEN_EDGE_TYPES = frozenset({"MENTIONS"})  # shown by a checkbox: one per entity per article
MAX_LINES, MAX_CHARS = 8, 240
_CJK = re.compile(r"[\u3400-\u9fff]")


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


def label(data: dict) -> str:
    """The name; a name without Chinese gets a second line: its shortest Chinese alias (Traditional on a tie)."""
    if data.get("kind") == "article":
        return clip(data.get("title") or data["name"], 28)
    name = data["name"]
    if _CJK.search(name):
        return name
    chinese = sorted((len(a), to_simplified(a) == a, a) for a in data.get("aliases") or () if _CJK.search(a))
    return f"{name}\n{clip(chinese[0][2], 16)}" if chinese else name


def node_item(node_id: str, data: dict, weight: int, mentioned_in: list[str], articles: dict) -> dict:
    """One vis-network node: coloured and shaped by type, sized by weighted degree."""
    colour, shape = NODE_STYLE.get(data["type"], ("#999999", "dot"))
    if data.get("kind") == "article":
        lines = [article_line(node_id, articles), "Source · article"]
    else:
        lines = [data["name"], data["type"] + (f" · {data['kind']}" if data.get("kind") else ""),
                 "Aliases: " + " · ".join(data.get("aliases") or [data["name"]])]
    if mentioned_in:
        lines.append(f"Mentioned in {len(mentioned_in)} article(s):")
        lines += [" • " + clip(article_line(a, articles), MAX_CHARS) for a in mentioned_in[:MAX_LINES]]
        lines += _more(MAX_LINES, len(mentioned_in))
    return {"id": node_id, "label": label(data), "title": "\n".join(lines), "shape": shape,
            "color": colour, "size": round(min(40.0, 8 + 3 * math.sqrt(weight)), 1),
            "ntype": data["type"], "arts": mentioned_in}


def edge_item(index: int, u: str, v: str, key: str, data: dict, names: dict[str, str], articles: dict) -> dict:
    """One vis-network edge: coloured by type, labelled, evidence sentences in the tooltip."""
    evidence = data.get("evidence") or []
    support = data.get("support", 0)
    lines = [f"{clip(names[u], 60)} —{key}→ {clip(names[v], 60)}", f"{key} · support {support}"]
    for ev in evidence[:MAX_LINES]:
        lines.append("“" + clip(ev["sentence"], MAX_CHARS) + "”")
        lines.append("    — " + clip(article_line(ev["article"], articles), MAX_CHARS)
                     + f"  [{ev.get('rule', '')} {ev.get('confidence', '')}]")
    lines += _more(MAX_LINES, len(evidence))
    arts = list(dict.fromkeys(ev["article"] for ev in evidence))
    return {"id": index, "from": u, "to": v, "label": key, "title": "\n".join(lines),
            "color": EDGE_COLOUR.get(key, "#999999"), "width": 1 + min(support, 5),
            "arrows": "to", "etype": key, "arts": arts, "hidden": key in HIDDEN_EDGE_TYPES}


def vis_options(physics: bool) -> dict:
    """vis-network options; physics off means the nodes carry precomputed x/y."""
    return {
        "nodes": {"font": {"size": 16, "face": "WenQuanYi Micro Hei, Noto Sans CJK SC, Microsoft YaHei, sans-serif"},
                  "borderWidth": 1},
        "edges": {"font": {"size": 11, "align": "middle", "color": "#555555", "strokeWidth": 0,
                           "background": "rgba(255,255,255,0.85)"},
                  "smooth": {"enabled": physics, "type": "continuous"}, "arrows": {"to": {"scaleFactor": 0.6}}},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -120, "centralGravity": 0.008,
                                         "springLength": 120, "springConstant": 0.06, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": physics, "iterations": 200, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "layout": {"improvedLayout": False, "randomSeed": 7},
    }
