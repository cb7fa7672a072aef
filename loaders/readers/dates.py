"""Dates in the forms news uses → ``datetime.date``; year-less dates resolved against a full one."""
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
    found = _full_dates(text)
    return found[0][1] if found else None


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


_YEARLESS = [  # (regex, order of the month/day groups): 1月22日, March 25, 25 March (no year after them)
    (re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"), "md"),
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})", re.I), "md"),
    (re.compile(rf"\b(\d{{1,2}})\s+{_MON}\b(?!,?\s+\d{{4}})", re.I), "dm"),
]
_DATELINES = [  # a dateline opening the first paragraph: 新华社北京1月22日电, 3月25日消息, SAN FRANCISCO, March 25 (Reuters) -
    re.compile(r"^[^，,。\s]{0,16}?(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]\s*(?:[電电讯訊]|消息|报道|報導)"),
    re.compile(rf"^(?:[A-Z][\w .'’-]{{1,40}}?,\s+)?{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\s*"
               r"(?:\([^)]{1,40}\))?\s*[-–—]", re.I),
]
HEAD_LINE_MAX = 80


def resolve_yearless(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date ``month``/``day`` nearest to ``anchor`` (the year before, of, or after it).

    >>> resolve_yearless(12, 28, dt.date(2025, 1, 5)), resolve_yearless(1, 20, dt.date(2025, 6, 1))
    (datetime.date(2024, 12, 28), datetime.date(2025, 1, 20))
    """
    found = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            pass
    return min(found, key=lambda d: (abs((d - anchor).days), d > anchor)) if found else None


_DIGIT = re.compile(r"\d")  # every full-date pattern needs one


def _full_dates(text: str) -> list[tuple[int, dt.date]]:
    found = []
    if not _DIGIT.search(text):
        return found
    for regex, order in _PATTERNS:
        for match in regex.finditer(text):
            day = _build(match, order)
            if day:
                found.append((match.start(), day))
    return sorted(found)


def find_yearless(text: str, anchor: dt.date | None = None) -> list[tuple[int, dt.date]]:
    """``(position, date)`` of each year-less date in ``text``, resolved against ``anchor`` or,
    without one, the full date written nearest to it in ``text`` (unresolvable ones are left out).

    >>> find_yearless("北京1月22日电 …… 2025年1月20日发布", None)
    [(2, datetime.date(2025, 1, 22))]
    >>> find_yearless("Shares fell on March 25.", dt.date(2026, 1, 10))
    [(15, datetime.date(2026, 3, 25))]
    """
    full = _full_dates(text)
    out = []
    for regex, order in _YEARLESS:
        for match in regex.finditer(text):
            parts = dict(zip(order, match.groups()))
            month = int(parts["m"]) if parts["m"].isdigit() else _MONTHS[parts["m"][:3].lower()]
            near = anchor or (min(full, key=lambda f: abs(f[0] - match.start()))[1] if full else None)
            if near is not None and 1 <= month <= 12 and (day := resolve_yearless(month, int(parts["d"]), near)):
                out.append((match.start(), day))
    return sorted(out)


_WEEKDAYS = {name: i for i, names in enumerate((
    ("monday", "週一", "周一", "星期一"), ("tuesday", "週二", "周二", "星期二"), ("wednesday", "週三", "周三", "星期三"),
    ("thursday", "週四", "周四", "星期四"), ("friday", "週五", "周五", "星期五"), ("saturday", "週六", "周六", "星期六"),
    ("sunday", "週日", "周日", "星期日", "星期天", "週天", "周天"))) for name in names}
_RELATIVE = {"today": 0, "tonight": 0, "今天": 0, "今日": 0, "yesterday": -1, "昨天": -1, "昨日": -1, "前天": -2}


def resolve_when(expression: str | None, anchor: dt.date | None) -> dt.date | None:
    """The day a time expression of an article dated ``anchor`` names, when it names one: a full
    date as written; a year-less one (``1月20日``, ``March 25``) in the year that puts it nearest
    ``anchor``; ``yesterday``/``昨天``; a weekday (``on Tuesday``, ``週二``) as the latest such day
    up to ``anchor``. A month, a week or a quarter is no day: None.

    >>> d = dt.date(2025, 1, 28)
    >>> [resolve_when(e, d) for e in ("1月20日", "on Tuesday", "昨天", "in January", "Dec. 30")]
    [datetime.date(2025, 1, 20), datetime.date(2025, 1, 28), datetime.date(2025, 1, 27), None, datetime.date(2024, 12, 30)]
    """
    if not expression:
        return None
    if day := find_date(expression):
        return day
    if anchor is None:
        return None
    if found := find_yearless(expression, anchor):
        return found[0][1]
    words = re.findall(r"[a-z]+|[\u4e00-\u9fff]+", expression.lower())
    for word in words:
        if word in _RELATIVE:
            return anchor + dt.timedelta(days=_RELATIVE[word])
        if word in _WEEKDAYS:
            return anchor - dt.timedelta(days=(anchor.weekday() - _WEEKDAYS[word]) % 7)
    return None


def date_from_text(lines: list[str], text: str) -> dt.date | None:
    """An article's date written in its first lines: a dateline opening the first one
    (``新华社北京1月22日电``, ``SAN FRANCISCO, March 25 (Reuters) -``; a year-less one resolved
    against the nearest full date in ``text``), or a full date in a short, sentence-less line
    among the first three (``2025-04-27 北京 · 本文字数``, ``Vellum · June 25, 2024 · Guest Post``).

    >>> date_from_text(["March 25 (Reuters) - Alibaba said…"], "… as of March 1, 2025 …")
    datetime.date(2025, 3, 25)
    >>> date_from_text(["2025-04-27 北京 · 本文字数:5284 字", "正文。"], "")
    datetime.date(2025, 4, 27)
    >>> date_from_text(["2025年1月20日，深度求索发布了R1。"], "") is None
    True
    """
    head = [line.strip() for line in lines if line.strip()][:3]
    if head:
        for regex in _DATELINES:
            if match := regex.match(head[0]):
                written = match.group(0)
                if day := find_date(written):
                    return day
                full = _full_dates(text)  # the dateline opens the text: the first full date is the nearest
                found = find_yearless(written, full[0][1]) if full else []
                return found[0][1] if found else None
    for line in head:
        if len(line) <= HEAD_LINE_MAX and not re.search(r"[。.!?！？]$", line) and (day := find_date(line)):
            return day
    return None
