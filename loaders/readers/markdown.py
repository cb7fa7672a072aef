"""Markdown, with or without YAML front matter (title/url/link/source/publisher/site/date/…).

Front matter is read with a YAML loader that refuses aliases (``*name``: no "billion laughs"
expansion) and deep nesting; a field must be text, a date or a number (or a list of them; a
mapping only with a ``name``), anything else is reported.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from newsgraph.schema.errors import InputError

from .article import make_article
from .inline import parse
from .text import build_body

FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FIELDS = {  # Article field ← front-matter keys, first present wins
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url", "permalink"),
    "publisher": ("publisher", "source", "site", "site_name", "outlet"),
    "published": ("date", "published", "published_at", "pubdate", "created"),
    "author": ("author", "authors", "byline"),
}


def has_front_matter(text: str) -> bool:
    """A leading ``---`` block that holds at least one ``key: value`` line."""
    m = FRONT_MATTER.match(text)
    return bool(m and re.search(r"^[A-Za-z_][\w-]*\s*:(?:\s|$)", m.group(0), re.M))


MAX_DEPTH = 20  # front matter nests a level or two; deeper is a bomb, not metadata
_SCALARS = (str, int, float, dt.date)


def load_front_matter(fm: str):
    r"""Front-matter YAML → Python values, safely: the event stream is checked first (no alias, no
    nesting past MAX_DEPTH), then loaded, both with the C parser when PyYAML has it.

    >>> load_front_matter("title: T\ntags: [a, b]")
    {'title': 'T', 'tags': ['a', 'b']}
    >>> try:
    ...     load_front_matter("a: &x [1]\nb: *x")
    ... except Exception as exc:
    ...     print(exc.problem, "at line", exc.problem_mark.line + 1)
    YAML aliases (*x) are not read in front matter at line 2
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    for event in yaml.parse(fm, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, f"YAML aliases (*{event.anchor}) are not read in front matter",
                                              event.start_mark)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
    return yaml.load(fm, Loader=_checked_dates(loader))  # noqa: S506 - a safe loader


@functools.cache
def _checked_dates(loader):
    """``loader`` whose dates that cannot be (``2025-13-45``, which YAML's pattern takes for a date) are a
    YAML error at their line, not a ``ValueError`` from deep in the loader."""
    import yaml

    def timestamp(self, node):
        try:
            return yaml.constructor.SafeConstructor.construct_yaml_timestamp(self, node)
        except (ValueError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(None, None, f"{node.value!r} is not a date ({exc})",
                                                    node.start_mark) from None

    checked = type(f"Checked{loader.__name__}", (loader,), {})
    checked.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return checked


@functools.cache
def _handler():
    """A python-frontmatter handler that loads with :func:`load_front_matter`."""
    from frontmatter.default_handlers import YAMLHandler

    class Handler(YAMLHandler):
        def load(self, fm, **kwargs):
            return load_front_matter(fm)

    return Handler()


def split_front_matter(text: str, path: str) -> tuple[dict, str]:
    """``(metadata, content)``; ``({}, text)`` when there is no front matter."""
    if not has_front_matter(text):
        return {}, text
    import frontmatter
    import yaml

    try:
        post = frontmatter.loads(text, handler=_handler())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(path, f"malformed YAML front matter{where}: {getattr(exc, 'problem', exc)}") from None
    return (post.metadata if isinstance(post.metadata, dict) else {}), post.content


def _text(path: str, key: str, value):
    """A front-matter value as an Article field: text, a date or a number; a list of them joined;
    a mapping by its ``name`` (or ``title``). Anything else is an InputError naming the key."""
    if isinstance(value, dict):
        named = value.get("name") or value.get("title")
        if isinstance(named, _SCALARS) and not isinstance(named, bool):
            return named
        raise InputError(path, f"front matter '{key}' is a mapping ({', '.join(map(str, list(value)[:5]))}), "
                               "expected text (or a mapping with a 'name')")
    if isinstance(value, list):
        if not all(isinstance(v, _SCALARS) or v is None for v in value):
            raise InputError(path, f"front matter '{key}' is a list holding lists or mappings, expected text")
        return ", ".join(str(v) for v in value if v not in (None, "")) or None
    if value is None or isinstance(value, _SCALARS):
        return value
    raise InputError(path, f"front matter '{key}' is {type(value).__name__}, expected text")


def _field(metadata: dict, keys: tuple[str, ...], path: str = "<text>"):
    for key in keys:
        value = _text(path, key, metadata.get(key))
        if value not in (None, ""):
            return value
    return None


def read_markdown(text: str, path: str) -> list:
    """Front-matter fields, title from there or the first heading (else first line), cleaned body."""
    metadata, content = split_front_matter(text, path)
    meta = {name: _field(metadata, keys, path) for name, keys in FIELDS.items()}
    title = str(meta.pop("title") or "").strip()
    raw = text.split("\n")  # the whole file, so offsets into the body are offsets into the file
    fence = FRONT_MATTER.match(text) if has_front_matter(text) else None
    removed: set[int] = set(range(fence.group(0).rstrip("\n").count("\n") + 1)) if fence else set()
    if not title:  # the first heading, else the first line, after the front matter
        lines = [(i, parse(line)) for i, line in enumerate(raw) if line.strip() and i not in removed]
        heading = next(((i, l) for i, l in lines if l.kind == "heading" and l.text), None)
        first = heading or next(((i, l) for i, l in lines if l.text), None)
        if first is None:
            raise InputError(path, "no article text found")
        title = first[1].text
        removed.add(first[0])
    meta = {k: v for k, v in meta.items() if v is not None}
    body, links = build_body(raw, title=title, markdown=True, meta=meta, removed=removed, aligned=True)
    return [make_article(path, title, body, links=links, aligned=True, **meta)]
