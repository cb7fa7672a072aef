"""The per-article budget: an article longer than the limit is skipped with a reason, before the
costly parts of reading (chrome labelling, bylines) and before extraction.

The limit in force is a context variable, set by ``read_paths``/``read_items``/``read_string``
(``max_chars``), so every built-in reader checks it without a change to the reader signature.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from newsgraph.schema.errors import InputError

MAX_ARTICLE_CHARS = 1_000_000  # about 300 pages of English, 600 of Chinese: far beyond any news article
_LIMIT: ContextVar[int | None] = ContextVar("max_article_chars", default=MAX_ARTICLE_CHARS)


def check_length(where: str, length: int, limit: int | None = None) -> None:
    """Raise ``InputError`` when ``length`` characters exceed ``limit`` (default: the one in force; 0/None: none).

    >>> check_length("a.txt", 10, 100)
    >>> check_length("a.txt", 1_500_000, 1_000_000)
    Traceback (most recent call last):
    ...
    newsgraph.schema.errors.InputError: a.txt: article too long: 1,500,000 characters (limit 1,000,000; see --max-article-chars)
    """
    limit = _LIMIT.get() if limit is None else limit
    if limit and length > limit:
        raise InputError(where, f"article too long: {length:,} characters (limit {limit:,}; see --max-article-chars)")


@contextmanager
def article_budget(limit: int | None):
    """Use ``limit`` (0 or None: no limit) for the articles read inside the ``with`` block."""
    token = _LIMIT.set(limit or 0)
    try:
        yield
    finally:
        _LIMIT.reset(token)
