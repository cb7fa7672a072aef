"""Readers: input files → ``Article``s.

The format of a file is sniffed from its content (``sniff``), never its
extension, then the reader registered under that name turns the decoded text
into articles. A new format plugs in through the ``newsgraph.readers`` entry point
group or ``register_format`` (see ``FormatReader``); its reader may take bytes.

Bad input never passes silently: ``read_file`` raises ``InputError`` naming the
file; ``read_paths`` yields the error instead and goes on with the batch. In
JSON/JSONL/feeds one bad record is an ``InputError`` naming ``path[index]``,
``path:line`` or ``path[item N]``; the file's good records are still read.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.schema.errors import InputError
from newsgraph.schema.models import Article

from ...schema.registry import Registry
from newsgraph.schema.identity import article_id

from .article import detect_language, make_article, visible_text
from .budget import MAX_ARTICLE_CHARS, article_budget, check_length
from .dates import parse_date
from .decode import decode, read_bytes
from .paths import dedupe, expand, iter_input_paths, scan
from .sniff import sniff

__all__ = ["Article", "FormatReader", "InputError", "READERS", "article_id", "detect_language",
           "input_files", "iter_input_paths", "make_article", "parse_date", "read_file", "read_items",
           "read_input", "read_paths", "read_string", "register_format", "sniff_format", "visible_text"]

log = logging.getLogger(__name__)

READERS = Registry("reader", "newsgraph.readers", {
    "json": "newsgraph.loaders.readers.records:read_json",
    "jsonl": "newsgraph.loaders.readers.records:read_jsonl",
    "feed": "newsgraph.loaders.readers.feed:read_feed",
    "html": "newsgraph.loaders.readers.html:read_html",
    "markdown": "newsgraph.loaders.readers.markdown:read_markdown",
    "text": "newsgraph.loaders.readers.text:read_plain",
})
BUILTIN_FORMATS = ("json", "jsonl", "feed", "html", "markdown", "text")  # the formats ``sniff`` tells apart


@dataclass(frozen=True)
class FormatReader:
    """A reader beyond the built-ins: ``read(data, path)`` → ``[Article | InputError, …]``.

    ``detect(data)`` says whether a document is in this format (tried before the built-in
    sniffing). A ``binary`` reader gets the file's bytes (a PDF or DOCX reader, say); the
    others get decoded text. Plug-ins register one under the ``newsgraph.readers`` entry
    point group, or at run time with :func:`register_format`.
    """

    read: Callable[[Any, str], list]
    detect: Callable[[Any], bool] | None = None
    binary: bool = False


def register_format(name: str, read: Callable[[Any, str], list], detect: Callable[[Any], bool] | None = None,
                    binary: bool = False) -> None:
    """Add (or replace) a format at run time."""
    READERS.add(name, FormatReader(read, detect, binary))


def _plugin_readers() -> list[tuple[str, FormatReader]]:
    """Readers that can recognise their own documents, in name order (built-ins are sniffed instead)."""
    found = []
    for name in READERS.names():
        if name in BUILTIN_FORMATS and not READERS.is_loaded(name):
            continue  # a built-in not replaced at run time: found by ``sniff``
        reader = READERS.get(name)
        if isinstance(reader, FormatReader) and reader.detect is not None:
            found.append((name, reader))
    return found


def sniff_format(content: str) -> str:
    """The format of decoded ``content``: a plug-in's when its ``detect`` says so, else the built-in sniff."""
    for name, reader in _plugin_readers():
        if not reader.binary and reader.detect(content):
            return name
    return sniff(content)


def _run_reader(fmt: str, data, path: str) -> list:
    reader = READERS.get(fmt)
    read = reader.read if isinstance(reader, FormatReader) else reader
    try:
        return read(data, path)
    except InputError:
        raise
    except Exception as exc:  # a reader bug or a parser crash still names the file
        log.debug("reader %s failed on %s", fmt, path, exc_info=True)
        raise InputError(path, f"cannot read as {fmt}: {type(exc).__name__}: {exc}") from exc


def read_string(content: str, path: str | Path = "<text>", fmt: str | None = None,
                max_chars: int | None = MAX_ARTICLE_CHARS) -> list:
    """Articles (and per-record InputErrors) from already-decoded text; an article over
    ``max_chars`` characters (0/None: no limit) is an InputError."""
    with article_budget(max_chars):
        try:
            fmt = fmt or sniff_format(content)
        except Exception as exc:  # noqa: BLE001 - a plug-in's detect() or the sniffer failing still names the file
            raise InputError(str(path), f"cannot tell the format: {type(exc).__name__}: {exc}") from None
        if fmt in ("text", "markdown"):  # the article is the whole file: no need to read it to know
            check_length(str(path), len(content))
        return _run_reader(fmt, content, str(path))


def read_items(path: str | Path, max_chars: int | None = MAX_ARTICLE_CHARS) -> list:
    """Everything one file gives: Articles and, for bad records, InputErrors.
    Raises InputError when the file as a whole cannot be read."""
    data = read_bytes(path)
    with article_budget(max_chars):
        for name, reader in _plugin_readers():
            try:
                found = reader.binary and reader.detect(data)
            except Exception as exc:  # noqa: BLE001
                raise InputError(str(path), f"cannot tell the format ({name}): {type(exc).__name__}: {exc}") from None
            if found:
                return _run_reader(name, data, str(path))
    try:
        text = decode(data, path)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a decoder failure names the file like any other
        raise InputError(str(path), f"cannot decode: {type(exc).__name__}: {exc}") from None
    return read_string(text, path, max_chars=max_chars)


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


def read_paths(paths: Iterable[str | Path], exclude: Iterable[str | Path] = (),
               max_chars: int | None = MAX_ARTICLE_CHARS,
               read: Callable[[Path], list] | None = None) -> Iterator[Article | InputError]:
    """For each input file (see ``iter_input_paths``) yield its articles, or the
    InputError for it or for a bad record. Never raises for bad input: a directory that
    cannot be listed, a file that cannot be read, an article over ``max_chars`` characters
    (0/None: no limit) are each an InputError naming the path.

    Files in or under ``exclude`` (a build's own outputs, say) are not read. ``read`` reads one
    file (default :func:`read_items`; a build passes one that remembers unchanged files)."""
    for entry in input_files(paths, exclude):
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from read_input(entry, max_chars=max_chars, read=read)


def input_files(paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Iterator[Path | InputError]:
    """The files :func:`read_paths` reads, in its order (an argument that names nothing, or a folder
    that cannot be listed, is its InputError, first); reading each with :func:`read_input` gives
    what ``read_paths`` yields."""
    excluded = [Path(e).resolve() for e in exclude]
    files: list[Path] = []
    for arg in ([paths] if isinstance(paths, (str, Path)) else paths):
        found, errors = scan(arg)
        files.extend(found)
        yield from errors
    for path in dedupe(files):
        try:
            real = path.resolve()
        except (OSError, RecursionError) as exc:
            yield InputError(str(path), f"cannot read: {type(exc).__name__}: {exc}")
            continue
        if not any(real == e or e in real.parents for e in excluded):
            yield path


def read_input(path: str | Path, max_chars: int | None = MAX_ARTICLE_CHARS,
               read: Callable[[Path], list] | None = None) -> list:
    """One input file's articles and InputErrors (the file's own error, if it cannot be read at all);
    never raises for bad input. ``read``: as for :func:`read_paths`."""
    try:
        return list(read(Path(path)) if read is not None else read_items(path, max_chars=max_chars))
    except InputError as exc:
        return [exc]
    except (OSError, RecursionError, MemoryError) as exc:  # anything else one file does must not end the batch
        return [InputError(str(path), f"cannot read: {type(exc).__name__}: {exc}")]
