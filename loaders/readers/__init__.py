"""Readers: input files → ``Article``s.

The format of a file is sniffed from its content (``sniff``), never its
extension, then the reader registered under that name turns the decoded text
into articles. A new format plugs in with ``register_format``.

Bad input never passes silently: ``read_file`` raises ``InputError`` naming the
file; ``read_paths`` yields the error instead and goes on with the batch. In
JSON/JSONL/feeds one bad record is an ``InputError`` naming ``path[index]``,
``path:line`` or ``path[item N]``; the file's good records are still read.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsgraph.schema.errors import InputError
from newsgraph.schema.models import Article

from . import feed, html, markdown, records, text
from .article import article_id, detect_language, make_article, visible_text
from .dates import parse_date
from .decode import decode, read_bytes
from .paths import dedupe, expand, iter_input_paths
from .sniff import sniff

__all__ = ["Article", "InputError", "READERS", "SNIFFERS", "article_id", "detect_language",
           "iter_input_paths", "make_article", "parse_date", "read_file", "read_items",
           "read_paths", "read_text", "register_format", "sniff_format", "visible_text"]

log = logging.getLogger(__name__)
Reader = Callable[[str, str], list]  # (decoded text, path) -> [Article | InputError, ...]

READERS: dict[str, Reader] = {
    "json": records.read_json,
    "jsonl": records.read_jsonl,
    "feed": feed.read_feed,
    "html": html.read_html,
    "markdown": markdown.read_markdown,
    "text": text.read_text,
}
SNIFFERS: list[tuple[str, Callable[[str], bool]]] = []  # registered formats, tried before the built-ins


def register_format(name: str, reader: Reader, detect: Callable[[str], bool] | None = None) -> None:
    """Add (or replace) a format. ``detect(text)`` says whether a document is in it."""
    READERS[name] = reader
    if detect is not None:
        SNIFFERS.insert(0, (name, detect))


def sniff_format(content: str) -> str:
    for name, detect in SNIFFERS:
        if detect(content):
            return name
    return sniff(content)


def read_text(content: str, path: str | Path = "<text>", fmt: str | None = None) -> list:
    """Articles (and per-record InputErrors) from already-decoded text."""
    fmt = fmt or sniff_format(content)
    try:
        return READERS[fmt](content, str(path))
    except InputError:
        raise
    except Exception as exc:  # a reader bug or a parser crash still names the file
        log.debug("reader %s failed on %s", fmt, path, exc_info=True)
        raise InputError(str(path), f"cannot read as {fmt}: {type(exc).__name__}: {exc}") from exc


def read_items(path: str | Path) -> list:
    """Everything one file gives: Articles and, for bad records, InputErrors.
    Raises InputError when the file as a whole cannot be read."""
    return read_text(decode(read_bytes(path), path), path)


def read_file(path: str | Path, strict: bool = False) -> list[Article]:
    """One file → its articles. Raises ``InputError`` when the file cannot be read or
    yields no article; a bad record among good ones is logged and skipped (raised
    with ``strict=True``). Use ``read_items``/``read_paths`` to get those errors."""
    items = read_items(path)
    errors = [i for i in items if isinstance(i, InputError)]
    articles = [i for i in items if isinstance(i, Article)]
    if errors and (strict or not articles):
        if len(errors) == 1:
            raise errors[0]
        raise InputError(str(path), f"{len(errors)} bad records; first: {errors[0]}")
    for err in errors:
        log.warning("skipped %s", err)
    return articles


def read_paths(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Article | InputError]:
    """For each input file (see ``iter_input_paths``) yield its articles, or the
    InputError for it or for a bad record. Never raises for bad input.

    Files in or under ``exclude`` (a build's own outputs, say) are not read."""
    excluded = [Path(e).resolve() for e in exclude]
    files: list[Path] = []
    for arg in ([paths] if isinstance(paths, (str, Path)) else paths):
        try:
            files.extend(expand(arg))
        except InputError as exc:
            yield exc
    for path in dedupe(files):
        real = path.resolve()
        if any(real == e or e in real.parents for e in excluded):
            continue
        try:
            yield from read_items(path)
        except InputError as exc:
            yield exc
