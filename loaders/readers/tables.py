"""HTML tables as tables: a data table becomes a plain grid that reads as pipe rows ("| Model | Score |"),
the form the ranking and score-table rules read (as in Markdown); a layout table becomes plain blocks of text.

``normalize`` rewrites every ``<table>`` of a tree in place, before either reader (trafilatura or the lxml
fallback) sees it: spans are spread over the grid (a ``rowspan`` cell's text is repeated down its rows, a
``colspan`` cell's across its columns), header rows (all ``<th>``, or ``<thead>``; else the first row) are merged
into one header row, a row that is one cell across the whole width (a section label) is set apart as a line of
text between two tables (each with the header), and each cell's text is one line with its pipes replaced.
``pipe_lines`` renders a normalized table; ``to_blocks`` puts those lines in its place (for the lxml reader).

A table is a layout table, read as text, when it has a single column or a single row, holds another table, or
has a cell the length of a paragraph (``MAX_CELL`` characters)."""
from __future__ import annotations

import re

from lxml import etree

MAX_CELL = 200         # characters: a cell longer than this holds a paragraph, not a value
MAX_GRID = 200 * 50    # cells: a bigger grid is not a table anyone reads as one (and keeps the cost small)
_CELL_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
_DROP = {"script", "style", "noscript", "template"}
NORMALIZED = "data-newsgraph-table"  # set on a table already rewritten (a grid)


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1").strip() or 1), 100))
    except ValueError:
        return 1


def cell_text(cell) -> str:
    """A cell's text on one line: blocks and line breaks inside it become spaces, pipes a slash."""
    parts: list[str] = []

    def walk(el):
        if isinstance(el.tag, str) and el.tag in _DROP:
            return
        if isinstance(el.tag, str) and el.tag in _CELL_BLOCKS:
            parts.append(" ")
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if isinstance(el.tag, str) and el.tag in _CELL_BLOCKS:
            parts.append(" ")

    walk(cell)
    return re.sub(r"\s+", " ", "".join(parts).replace("|", "/")).strip()


def _own_rows(table) -> list:
    """The rows of ``table`` itself (not of a table nested in it), in document order."""
    return [tr for tr in table.iter("tr") if _owner(tr) is table]


def _owner(el):
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _grid(rows) -> list[list[tuple[str, bool, int]]] | None:
    """Each row as its cells (text, is a header cell, columns the source cell spans), spans spread out."""
    grid: list[list[tuple[str, bool, int] | None]] = []
    carried: dict[tuple[int, int], tuple[str, bool, int]] = {}  # (row, column) → a rowspan's text
    size = 0
    for r, tr in enumerate(rows):
        line: list[tuple[str, bool, int] | None] = []
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        col = 0
        for cell in cells:
            while (r, col) in carried:
                line.append(carried.pop((r, col)))
                col += 1
            text, head = cell_text(cell), cell.tag == "th" or _in_thead(cell)
            width, height = _span(cell, "colspan"), _span(cell, "rowspan")
            entry = _Cell(text, head, width)
            for dc in range(width):
                line.append(entry)
                for dr in range(1, height):
                    carried[(r + dr, col + dc)] = entry
            col += width
            size += width * height
            if size > MAX_GRID:
                return None
        while (r, col) in carried:
            line.append(carried.pop((r, col)))
            col += 1
        grid.append(line)
    return grid


class _Cell(tuple):
    """A cell of the grid: (text, is a header cell, columns it spans); one object for all the places it spans."""

    def __new__(cls, text: str, head: bool, width: int):
        return super().__new__(cls, (text, head, width))


def _in_thead(cell) -> bool:
    row = cell.getparent()
    return row is not None and row.getparent() is not None and row.getparent().tag == "thead"


def _layout(table, grid) -> bool:
    width = max((len({id(cell) for cell in row}) for row in grid), default=0)  # cells a row, spans counted once
    stray = any(c.getparent().tag != "tr" for c in table.iter("td", "th") if _owner(c) is table)
    return (width < 2 or stray or len(grid) < 2 or any(t.tag == "table" for t in table.iter() if t is not table)
            or any(len(text) > MAX_CELL for row in grid for text, _, _ in row))


def _unwrap(table) -> None:
    """A layout table as blocks: each of its own table elements a <div>, so each cell reads as text of its own
    (a data table nested in it stays a table)."""
    own = [el for el in table.iter("thead", "tbody", "tfoot", "tr", "td", "th", "caption") if _owner(el) is table]
    for el in [table, *own]:
        el.tag = "div"
        for name in ("colspan", "rowspan"):
            el.attrib.pop(name, None)


def _rebuild(table, grid) -> None:
    """Replace ``table``'s content by its grid: one header row of <th>, then rows of <td> (full width)."""
    width = max(len(row) for row in grid)
    grid = [row + [_Cell("", False, 1)] * (width - len(row)) for row in grid if any(text for text, _, _ in row)]
    heads = 0
    while heads < len(grid) - 1 and all(head for _, head, _ in grid[heads]) and any(
            text for text, _, _ in grid[heads]):
        heads += 1
    heads = max(heads, 1)  # no header row marked: the first row is the header
    header = []
    for j in range(width):
        words: list[str] = []
        for row in grid[:heads]:
            if row[j][0] and row[j][0] not in words:
                words.append(row[j][0])
        header.append(" ".join(words))
    caption = next((cell_text(c) for c in table if c.tag == "caption"), "")
    tail, table.tail = table.tail, None
    for child in list(table):
        table.remove(child)
    table.attrib.clear()
    blocks, current = [table], table  # a row one cell wide across the table (a section label) splits it
    _head(current, header)
    for row in grid[heads:]:
        if row[0][2] == width:
            label = _paragraph(row[0][0])
            current = etree.Element("table")
            _head(current, header)
            blocks += [label, current]
            continue
        tr = etree.SubElement(current, "tr")
        for text, _, _ in row:
            etree.SubElement(tr, "td").text = text
    for block in blocks:
        if block.tag == "table":
            block.set(NORMALIZED, "1")
    for earlier, later in zip(blocks, blocks[1:]):
        earlier.addnext(later)
    blocks[-1].tail = tail
    if caption:
        table.addprevious(_paragraph(caption))
    tables = [b for b in blocks if b.tag == "table"]
    if all(len(t) < 2 for t in tables):  # labels only under the header: all text
        tables[0].addprevious(_paragraph(" ".join(text for text in header if text)))
    for block in tables:  # a table left with its header only (a label right below the header) reads as nothing
        if len(block) < 2:
            _drop(block)


def _drop(el) -> None:
    """Remove ``el``, keeping the text after it."""
    if el.tail:
        before = el.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + el.tail
        else:
            el.getparent().text = (el.getparent().text or "") + el.tail
    el.getparent().remove(el)


def _head(table, header: list[str]) -> None:
    tr = etree.SubElement(table, "tr")
    for text in header:
        etree.SubElement(tr, "th").text = text


def _paragraph(text: str):
    p = etree.Element("p")
    p.text = text
    return p


def normalize(root) -> bool:
    """Rewrite every table under ``root`` (see the module docstring); whether there was any."""
    tables = list(root.iter("table"))
    for table in reversed(tables):  # innermost first
        if table.get(NORMALIZED):
            continue
        grid = _grid(_own_rows(table))
        if grid is None or _layout(table, grid) or sum(any(text for text, _, _ in row) for row in grid) < 2:
            _unwrap(table)
        else:
            _rebuild(table, grid)
    return bool(tables)


def pipe_lines(table) -> list[str]:
    """A normalized table's lines: the header row, its rule, then a pipe row a row."""
    out = []
    for i, tr in enumerate(table.iter("tr")):
        cells = [c.text or "" for c in tr]
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "---|" * len(cells))
    return [line for line in out if line.strip()]


def to_blocks(root) -> None:
    """Every normalized table under ``root`` replaced by its pipe lines, a <p> each (for the lxml reader)."""
    for table in list(root.iter("table")):
        if not table.get(NORMALIZED) or table.getparent() is None:
            continue
        div = etree.Element("div")
        for line in pipe_lines(table):
            div.append(_paragraph(line))
        div.tail = table.tail
        table.getparent().replace(table, div)
