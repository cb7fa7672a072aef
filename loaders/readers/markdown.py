"""Markdown, with or without YAML front matter (title/url/link/source/publisher/site/date/…)."""
from __future__ import annotations

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


def split_front_matter(text: str, path: str) -> tuple[dict, str]:
    """``(metadata, content)``; ``({}, text)`` when there is no front matter."""
    if not has_front_matter(text):
        return {}, text
    import frontmatter
    import yaml

    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(path, f"malformed YAML front matter{where}: {getattr(exc, 'problem', exc)}") from None
    return (post.metadata if isinstance(post.metadata, dict) else {}), post.content


def _field(metadata: dict, keys: tuple[str, ...]):
    for key in keys:
        value = metadata.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value not in (None, ""):
            return value
    return None


def read_markdown(text: str, path: str) -> list:
    """Front-matter fields, title from there or the first heading (else first line), cleaned body."""
    metadata, content = split_front_matter(text, path)
    meta = {name: _field(metadata, keys) for name, keys in FIELDS.items()}
    title = str(meta.pop("title") or "").strip()
    raw = text.split("\n")  # the whole file, so offsets into the body are offsets into the file
    fence = FRONT_MATTER.match(text) if metadata else None
    removed: set[int] = set(range(fence.group(0).rstrip("\n").count("\n") + 1)) if fence else set()
    if not title:
        lines = [(i, parse(line)) for i, line in enumerate(raw) if line.strip()]
        heading = next(((i, l) for i, l in lines if l.kind == "heading" and l.text), None)
        first = heading or next(((i, l) for i, l in lines if l.text), None)
        if first is None:
            raise InputError(path, "no article text found")
        title = first[1].text
        removed.add(first[0])
    meta = {k: v for k, v in meta.items() if v is not None}
    body, links = build_body(raw, title=title, markdown=True, meta=meta, removed=removed, aligned=True)
    return [make_article(path, title, body, links=links, aligned=True, **meta)]
