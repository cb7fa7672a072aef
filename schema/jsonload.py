"""``json.loads`` for files users hand in: an integer of thousands of digits is a clear error, not Python's
ValueError about ``sys.set_int_max_str_digits``.

>>> loads('{"n": 12}')
{'n': 12}
>>> loads('[' + '9' * 5000 + ']')
Traceback (most recent call last):
...
newsgraph.schema.jsonload.NumberTooLong: a number of 5,000 digits (at most 4,000 are read)
"""
from __future__ import annotations

import json

MAX_DIGITS = 4000  # Python reads no integer longer than 4,300 digits; nothing newsgraph reads needs one


class NumberTooLong(ValueError):
    """A JSON integer too long to read ("9999…" of thousands of digits)."""


def _int(digits: str) -> int:
    if len(digits) > MAX_DIGITS:
        raise NumberTooLong(f"a number of {len(digits):,} digits (at most {MAX_DIGITS:,} are read)")
    return int(digits)


def loads(text: str):
    """``json.loads`` that reports an integer of thousands of digits as :class:`NumberTooLong`."""
    return json.loads(text, parse_int=_int)
