"""Naming stored articles: by id, by URL (any spelling of it) or by the file they were read from."""
from __future__ import annotations

from pathlib import Path

from ...schema.errors import InputError, NewsgraphError
from ...schema.identity import canonical_url, file_key


def find_articles(refs: list[str], known: list[dict]) -> dict[str, list[str]]:
    """``{ref: [article ids]}`` for each reference: an article id, a URL (matched by its
    canonical form), or a path — the file's own articles when it can still be read (so a file
    known by the URL in its front matter is found too), else the articles keyed by that path.
    A reference that names nothing stored is an error that says how to list the articles.

    >>> known = [{"id": "article-1", "key": "https://example.com/a", "url": "https://example.com/a/"},
    ...          {"id": "article-2", "key": "/data/feed.json#Qwen3", "url": None}]
    >>> find_articles(["http://EXAMPLE.com/a?utm_source=rss", "/data/feed.json", "article-1"], known)
    {'http://EXAMPLE.com/a?utm_source=rss': ['article-1'], '/data/feed.json': ['article-2'], 'article-1': ['article-1']}
    """
    by_id = {row["id"]: row for row in known}
    by_key: dict[str, list[str]] = {}
    for row in known:
        for key in {row.get("key"), canonical_url(row.get("url"))} - {None}:
            by_key.setdefault(key, []).append(row["id"])
    found: dict[str, list[str]] = {}
    missing = []
    for ref in refs:
        ids = [ref] if ref in by_id else list(by_key.get(canonical_url(ref) or "", []))
        if not ids and canonical_url(ref) is None:
            ids = _by_path(ref, by_id, by_key)
        if ids:
            found[ref] = sorted(dict.fromkeys(ids))
        else:
            missing.append(ref)
    if missing:
        raise NewsgraphError(f"no article {', '.join(map(repr, missing))} in the database (name an article by its id, "
                             f"URL or file; {len(known)} stored — `newsgraph db articles` lists them)")
    return found


def _by_path(ref: str, by_id: dict, by_key: dict) -> list[str]:
    key = file_key(ref)
    ids = list(by_key.get(key, []))
    ids += [i for k, rows in by_key.items() if k.startswith(key + "#") for i in rows]
    if Path(ref).is_file():
        from ...loaders.readers import read_items

        try:
            ids += [a.id for a in read_items(ref) if not isinstance(a, InputError) and a.id in by_id]
        except InputError:
            pass
    return ids
