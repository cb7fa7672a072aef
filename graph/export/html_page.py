"""The page around the graph: template, inlined assets, script-safe JSON and the search index."""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..knowledge import KnowledgeGraph
from ...schema.text import name_key, to_simplified, to_traditional

ASSETS = Path(__file__).with_name("assets")
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                 ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def script_json(value) -> Markup:
    """JSON that is safe as the text of a ``<script>`` element: it can never close the element.

    >>> str(script_json({"t": "</script><b>'&'"}))
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\'\\\\u0026\\'"}'
    """
    if isinstance(value, str):  # pyvis hands the options over already dumped
        value = json.loads(value)
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES:  # str.replace: ten times faster than str.translate here
        text = text.replace(char, escape)
    return Markup(text)


@functools.lru_cache(maxsize=None)
def _asset(path: Path) -> Markup:
    text = path.read_text(encoding="utf-8")
    return Markup(text.replace("</script", "<\\/script").replace("</style", "<\\/style"))


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(ASSETS), autoescape=select_autoescape(default=True))
    env.filters["script_json"] = script_json
    env.globals.update(vis_js=_asset(VIS_DIR / "vis-network.min.js"), vis_css=_asset(VIS_DIR / "vis-network.css"),
                       view_js=_asset(ASSETS / "view.js"), view_css=_asset(ASSETS / "view.css"))
    return env


TEMPLATE_ENV = _env()


def search_keys(nodes: list[dict], kg: KnowledgeGraph) -> dict[str, str]:
    """Give each vis node ``keys`` (the name key of every alias) and return the page's char map.

    The page folds a query the way :func:`name_key` folds a name; for the script step it gets a
    Traditional→Simplified map of every character the graph's names can be typed with.
    """
    chars: set[str] = set()
    for item in nodes:
        data = kg.graph.nodes[item["id"]]
        aliases = set(data.get("aliases") or ()) | {data["name"], data.get("title") or data["name"]}
        item["keys"] = sorted({name_key(a) for a in aliases} - {""})
        chars.update(*aliases, *item["keys"])
    t2s: dict[str, str] = {}
    for ch in sorted(c for c in chars if ord(c) > 0x2E7F):
        simplified = to_simplified(ch)
        if simplified != ch and len(simplified) == 1:
            t2s[ch] = simplified
        traditional = to_traditional(ch)
        if traditional != ch and len(traditional) == 1:
            t2s[traditional] = ch
    return t2s
