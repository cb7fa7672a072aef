"""Dates in the forms news uses → ``datetime.date``."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_PATTERNS = [  # (regex, order of the year/month/day groups)
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?"), "ymd"),
    (re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd"),
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})\s+{_MON},?\s+(\d{{4}})\b", re.I), "dmy"),
]


def _build(match: re.Match, order: str) -> dt.date | None:
    parts = dict(zip(order, match.groups()))
    month = parts["m"]
    month = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
    try:
        return dt.date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None


_TIME = re.compile(
    r"\d{1,2}[:：时時點点]\d{2}(?:[:：分]\d{2})?[秒分]?|\d{1,2}\s*[时時点點]\s*(?:\d{1,2}\s*分)?|"
    r"星期.|[週周][一二三四五六日天]|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    r"\b(?:am|pm|utc|gmt|cst|est|edt|et|bst)\b|[+-]\d{2}:?\d{2}", re.I)


def is_date_line(text: str) -> dt.date | None:
    """The date when ``text`` is nothing but a date (with an optional label, time or weekday)."""
    day = find_date(text)
    if day is None:
        return None
    rest = re.sub(r"^\s*(?:[发發][布佈]|更新)?(?:时间|時間|日期)|^\s*(?:published|updated|posted|date)\b", "", text, flags=re.I)
    for regex, _ in _PATTERNS:
        rest = regex.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    return day if not re.sub(r"[\s\W_]", "", rest) else None


def find_date(text: str) -> dt.date | None:
    """The first date written anywhere in ``text`` (``2025年8月15日``, ``2025-08-15``, ``Aug 15, 2025``)."""
    found = []
    for regex, order in _PATTERNS:
        for match in regex.finditer(text):
            day = _build(match, order)
            if day:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def parse_date(value) -> dt.date | None:
    """A date from a date/datetime, a ``time.struct_time`` (feedparser) or a string
    (ISO 8601, RFC 822, ``2025年8月15日``, ``August 15, 2025``); ``None`` if there is none."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(text)
