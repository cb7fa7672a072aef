"""HTML ordered lists keep their numbers: each item of an ``<ol>`` reads as "1. item", "2. item" (the form the
ranking rules read, as in Markdown or plain text), in the trafilatura reading and the lxml one.

``number`` writes each item's number into the tree, in place, before either reader sees it: counting from the
list's ``start`` (else 1, or the number of items for a ``reversed`` list), up (down when ``reversed``), an item's
``value`` setting its own number and those after it. The number goes before the item's first text, inside the
block that opens it (``<li><p>Qwen3</p></li>`` reads "1. Qwen3"). A nested ``<ol>`` is numbered on its own
(trafilatura indents its items). trafilatura prints each item after a bullet ("- 1. Qwen3"): ``unbullet`` drops it."""
from __future__ import annotations

import re

_INLINE_OPEN = {"p", "div", "span", "strong", "b", "em", "i", "a", "h2", "h3", "h4", "h5", "h6", "section"}
_BULLETED = re.compile(r"^([ \t]*)- (?=[0-9]{1,3}\. )", re.M)


def _int(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value is not None and value.strip() else None
    except ValueError:
        return None


def _opening(li):
    """The element whose ``.text`` is the first text of ``li``: ``li`` itself, or the block or inline element it
    opens with (no text before it)."""
    el = li
    while (el.text is None or not el.text.strip()) and len(el) and isinstance(el[0].tag, str) \
            and el[0].tag in _INLINE_OPEN:
        el = el[0]
    return el


def number(root) -> bool:
    """Write the number of every ``<ol>`` item into ``root`` (see the module docstring); whether there was one."""
    found = False
    for ol in list(root.iter("ol")):
        items = [li for li in ol if isinstance(li.tag, str) and li.tag == "li"]
        if not items:
            continue
        down = ol.get("reversed") is not None
        n = _int(ol.get("start"))
        n = n if n is not None else (len(items) if down else 1)
        for li in items:
            value = _int(li.get("value"))
            n = value if value is not None else n
            el = _opening(li)
            el.text = f"{n}. " + (el.text or "").lstrip()
            n += -1 if down else 1
        found = True
    return found


def unbullet(text: str) -> str:
    """trafilatura's "- 1. item" as "1. item" (indentation of a nested list kept)."""
    return _BULLETED.sub(r"\1", text)
