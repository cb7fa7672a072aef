"""Which format a document is, from its content (never from its file extension)."""
from __future__ import annotations

import json
import re

from .markdown import has_front_matter
from ...schema.jsonload import NumberTooLong, loads

_PROLOG = r"\A\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?>\s*)*"
_FEED = re.compile(_PROLOG + r"<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_HTML = re.compile(r"<!DOCTYPE\s+html|<html\b|<head\b|<body\b", re.I)
_TAG = re.compile(r"<(?:article|main|div|p|section|meta|title|h[1-6])\b[^>]*>", re.I)
_JSON_START = re.compile(r"\A(?:\{\s*(?:\"|\})|\[\s*(?:[\[{\"\]\d-]|true|false|null))")
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.M)
_MD_LINK = re.compile(r"!?\[[^\[\]\n]*\]\([^()\s]+(?:\s+\"[^\"\n]*\")?\)")  # linear: see inline._LINK


def _is_jsonl(lines: list[str]) -> bool:
    """Two or more lines, of which (among the first 20) one is a JSON object on its own and at least
    half are JSON values: a bad first line (malformed, a list, a string) does not make the file one
    JSON document, or one article of plain text, and lose the good records after it."""
    if len(lines) < 2:
        return False
    sample = lines[:20]
    values = objects = 0
    for line in sample:
        try:
            value = loads(line)
        except (json.JSONDecodeError, RecursionError):  # a line nested too deep: the reader reports it
            continue
        except NumberTooLong:  # JSON, with a number the reader reports
            value = None
        values += 1
        objects += isinstance(value, dict)
    return objects > 0 and 2 * values >= len(sample)


def sniff(text: str) -> str:
    """``json``, ``jsonl``, ``feed``, ``html``, ``markdown`` or ``text``."""
    head = text.lstrip()
    if _JSON_START.match(head):
        try:
            loads(head)
            return "json"
        except (json.JSONDecodeError, RecursionError, NumberTooLong):  # too deep or too long a number: JSON Lines, or JSON the reader reports
            lines = [line for line in head.split("\n") if line.strip()]
            return "jsonl" if _is_jsonl(lines) else "json"
    if head[:1] in ('{', '[', '"') and _is_jsonl([line for line in head.split("\n", 40)[:40] if line.strip()]):
        return "jsonl"  # JSON Lines whose first line is not a record (``{bad``, ``"x"``)
    if head.startswith("<"):
        if _FEED.match(head[:4096]):
            return "feed"
        return "html"
    if _HTML.search(text[:4096]) or len(_TAG.findall(text[:4096])) >= 3:
        return "html"
    if has_front_matter(text) or _MD_HEADING.search(text):
        return "markdown"
    if _MD_LINK.search(text):
        return "markdown"
    return "text"
