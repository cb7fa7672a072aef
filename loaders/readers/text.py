"""Plain text (first non-empty line is the title) and the body cleaner every format shares."""
from __future__ import annotations

import re

from newsgraph.schema.text import name_key

from . import byline, chrome
from .article import make_article
from .dates import date_from_text
from .inline import Line, parse

HEAD_LINES, TAIL_LINES = 8, 4  # where bylines such as 来源：X or By X are looked for


def merge(meta: dict, found: dict) -> None:
    """Fill metadata the document did not already declare (front matter/record fields win)."""
    for key, value in found.items():
        if value and not meta.get(key):
            meta[key] = value


def _bylines(lines: list[Line], removed: set[int], meta: dict) -> None:
    body = [i for i, line in enumerate(lines) if line.kind != "blank" and i not in removed]
    near_edge = set(body[:HEAD_LINES]) | set(body[-TAIL_LINES:])
    tail = set(body[-TAIL_LINES:])
    for n, i in enumerate(body):
        if n >= 2 and i in tail and byline.closing_source(lines[i].text):
            continue  # "来源：星河财经" after the story: the outlet it came from, a credit the text keeps (cites.according_to)
        # away from the edges only a byline with author and date counts: a date-only line is not tested
        found = byline.match_line(lines[i].text, dates=i in near_edge)
        if found is not None and (i in near_edge or {"author", "published"} <= found.keys()):
            removed.add(i)
            merge(meta, found)
        elif found is None and n < 3 and (prefix := byline.match_prefix(lines[i].text)):
            merge(meta, prefix[0])
            lines[i].text = prefix[1]
        elif found is None and n < 2 and (head := byline.masthead(lines[i].text)):
            merge(meta, head)  # "<outlet> · <section> · <date>" under the title: the line stays in the text


def build_body(raw_lines: list[str], *, title: str, markdown: bool, meta: dict,
               removed: set[int] | None = None, aligned: bool = False) -> tuple[str, list[str]]:
    """Clean body lines: drop title repeats, bylines (into ``meta``) and chrome.

    Returns the text (kept lines, paragraphs separated by a blank line) and the
    http(s) links found in the kept lines. With ``aligned``, nothing moves:
    every dropped character becomes a space, so an offset into the text is the
    same offset into ``"\n".join(raw_lines)`` — the file itself, for text and Markdown.
    """
    lines = [parse(raw, markdown) for raw in raw_lines]
    removed = set(removed or ())
    key, leading = name_key(title), True
    for i, line in enumerate(lines):
        if line.kind == "blank" or i in removed:
            continue
        if key and name_key(line.text) == key and (leading or line.kind == "heading"):
            removed.add(i)
        leading = False
    _bylines(lines, removed, meta)
    if not meta.get("published"):  # a dateline, or a date in a short line at the top
        head = [line.text for i, line in enumerate(lines) if i not in removed and line.kind != "blank"][:3]
        if day := date_from_text(head, "\n".join(raw_lines)):
            meta["published"] = day
    kept = chrome.keep(chrome.label(lines, removed))
    if aligned:
        links = [link for line, keep_it in zip(lines, kept) if keep_it for link in line.links]
        return "\n".join(_in_place(line, keep_it) for line, keep_it in zip(lines, kept)), links
    out: list[str] = []
    links: list[str] = []
    gap = False
    for line, keep_it in zip(lines, kept):
        if not keep_it:
            gap = gap or line.kind == "blank"
            continue
        if out and gap:
            out.append("")
        out.append(line.text)
        links.extend(line.links)
        gap = False
    return "\n".join(out), links


def _in_place(line: Line, keep: bool) -> str:
    """The line as kept, at its own position: spaces where something was dropped.

    A line whose visible text is not a plain slice of it (inline Markdown such as
    ``**bold**`` or ``[link](url)``) keeps its start and length, not every offset:
    spreading the words out to their raw positions would put gaps inside phrases.
    """
    if not keep:
        return " " * len(line.raw)
    at = line.raw.find(line.text)
    if at < 0:
        return line.text.ljust(len(line.raw))
    return " " * at + line.text + " " * (len(line.raw) - at - len(line.text))


def read_plain(text: str, path: str) -> list:
    """Plain text: the first non-empty line is the title, the rest the body (offsets = file offsets)."""
    raw = text.split("\n")
    start = next(i for i, line in enumerate(raw) if line.strip())
    title = raw[start].strip()
    meta: dict = {}
    body, links = build_body(raw, title=title, markdown=False, meta=meta, removed=set(range(start + 1)), aligned=True)
    return [make_article(path, title, body, links=links, aligned=True, **meta)]
