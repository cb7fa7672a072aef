"""How the CLI prints query rows (an aligned table, JSON or CSV) and reads NAME=VALUE parameters. Deterministic."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata
from typing import Any

from ...schema.errors import NewsgraphError

FORMATS = ("table", "json", "csv")


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value) if isinstance(value, (set, frozenset)) else list(value)
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return str(value)


def _columns(rows: list[dict]) -> list[str]:
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    return list(names)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_rows(rows: list[dict], fmt: str = "table") -> str:
    """``rows`` as ``table`` (aligned, CJK-aware), ``json`` (list of objects) or ``csv`` (with header)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    columns = _columns(rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(row.get(c)) for c in columns] for row in rows)
        return out.getvalue()
    if fmt != "table":
        raise NewsgraphError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not columns:
        return "(no rows)\n"
    cells = [[_cell(row.get(c)).replace("\n", " ") for c in columns] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(_pad(c, w) for c, w in zip(columns, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(v, w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def parse_params(pairs) -> dict:
    """``NAME=VALUE`` pairs → query parameters; a VALUE that parses as JSON is that JSON, else text.

    >>> parse_params(["id=qwen3", "n=3", 'ids=["a","b"]'])
    {'id': 'qwen3', 'n': 3, 'ids': ['a', 'b']}
    """
    params = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise NewsgraphError(f"query parameter {pair!r} is not NAME=VALUE")
        try:
            params[name] = json.loads(raw)
        except ValueError:
            params[name] = raw
    return params
