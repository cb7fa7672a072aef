"""How the CLI prints query rows (an aligned table, JSON or CSV) and reads NAME=VALUE parameters. Deterministic.

Safe by default: table cells and messages lose control characters and terminal escape sequences;
JSON stays valid JSON (NaN and ±Infinity, which JSON cannot hold, become ``null``); a CSV cell
that a spreadsheet would run as a formula (text starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return) gets a leading ``'`` unless ``csv_formulas=True`` (``--csv-formulas``).
"""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import math
import re
import unicodedata
from typing import Any

from ...schema.errors import NewsgraphError
from ...schema.text import strip_controls

FORMATS = ("table", "json", "csv")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str, newlines: bool = False) -> str:
    r"""``text`` fit for a terminal: no escape sequences or control characters; line breaks become
    spaces unless ``newlines``.

    >>> terminal_safe("Evil\x1b]0;pwned\x07 Corp\nnext")
    'Evil Corp next'
    """
    if not newlines:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return strip_controls(text, keep="\t\n" if newlines else "\t")


def spreadsheet_safe(text: str) -> str:
    r"""A CSV cell a spreadsheet shows as text: ``'`` before a leading ``= + - @``, tab or CR.

    >>> spreadsheet_safe('=HYPERLINK("http://x")'), spreadsheet_safe("Qwen3")
    ('\'=HYPERLINK("http://x")', 'Qwen3')
    """
    return "'" + text if text.startswith(FORMULA_START) else text


def _json_safe(value: Any) -> Any:
    """Values JSON can hold: non-finite floats → None, Decimals → int (or float)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            return None
        return int(value) if value == value.to_integral_value() else _json_safe(float(value))
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


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


def _csv_cell(value: Any, formulas: bool) -> str:
    text = _cell(value)
    if not formulas and isinstance(value, str):  # numbers, dates and lists never start a formula
        text = spreadsheet_safe(strip_controls(text))
    # the csv module quotes a cell holding "\n" but not one holding a lone "\r", which would break the row
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _columns(rows: list[dict]) -> list[str]:
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    return list(names)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_rows(rows: list[dict], fmt: str = "table", csv_formulas: bool = False) -> str:
    r"""``rows`` as ``table`` (aligned, CJK-aware), ``json`` (list of objects) or ``csv`` (with header).

    >>> print(format_rows([{"name": "=1+1", "n": -2, "x": float("nan")}], "csv"), end="")
    name,n,x
    '=1+1,-2,nan
    >>> format_rows([{"x": float("inf")}], "json")
    '[\n  {\n    "x": null\n  }\n]\n'
    """
    if fmt == "json":
        return json.dumps(_json_safe(rows), ensure_ascii=False, indent=2, default=_json_default, allow_nan=False) + "\n"
    columns = _columns(rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([_csv_cell(c, csv_formulas) for c in columns])
        writer.writerows([_csv_cell(row.get(c), csv_formulas) for c in columns] for row in rows)
        return out.getvalue()
    if fmt != "table":
        raise NewsgraphError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not columns:
        return "(no rows)\n"
    columns = [terminal_safe(c) for c in columns]
    cells = [[terminal_safe(_cell(row.get(c))) for c in _columns(rows)] for row in rows]
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
        except (ValueError, RecursionError):
            params[name] = raw
    return params
