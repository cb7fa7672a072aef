"""Article identity: the canonical URL, the key an article is known by, its id and its content hash.

An article is the same article when its key is the same: its canonical URL when it has one
(scheme, host case, default port, trailing slash, fragment and tracking parameters
normalised away), else its file's absolute path (``#record`` added for one record of a
multi-record file). Its id is derived from the key only, so an edited article keeps its id
and replaces its earlier version; its content hash says whether it changed.
"""
from __future__ import annotations

import hashlib
import json
import os
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mtm_", "pk_")
TRACKING_PARAMS = frozenset({  # only parameters that never pick a different page
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "cmpid", "sr_share",
    "spm", "scm", "ref", "ref_src", "ref_url", "guccounter", "guce_referrer", "guce_referrer_sig",
})
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str | None) -> str | None:
    """The URL an article is known by: https for http, lower-case host, no default port, no
    trailing slash, no fragment, no tracking parameters (``utm_*``, ``fbclid``, ``spm`` …),
    the other parameters sorted. Not a URL (no scheme and host): ``None``.

    >>> canonical_url("HTTP://News.Example.COM:80/ai/story/?utm_source=x&b=2&a=1#top")
    'https://news.example.com/ai/story?a=1&b=2'
    >>> canonical_url("https://example.com/") == canonical_url("http://example.com")
    True
    >>> canonical_url("example.com/x") is None
    True
    """
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower().rstrip(".")
    if not scheme or not host:
        return None
    if scheme == "http":
        scheme = "https"
    netloc = host if port in (None, DEFAULT_PORTS.get(parts.scheme.lower())) else f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES))
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def file_key(path: str) -> str:
    """The absolute path of an input file as it is written into keys (``/`` separators);
    pseudo paths such as ``<text>`` stay as they are."""
    if path.startswith("<"):
        return path
    return printable_path(os.path.abspath(path).replace(os.sep, "/"))


def printable_path(path: str) -> str:
    r"""``path`` as text that can be written as UTF-8: a byte of a file name that is not UTF-8 (which
    Python holds as a lone surrogate) becomes ``\xNN``; every other path is returned unchanged.

    >>> printable_path(os.fsdecode(b"/data/caf\xe9.txt"))
    '/data/caf\\xe9.txt'
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file system decoding makes
        return path.encode("utf-8", "backslashreplace").decode("ascii")


def article_key(url: str | None, path: str | None, record: str | None = None) -> str:
    """An article's key: its canonical URL, else its file's absolute path (``#record`` for one
    record of a file holding several).

    >>> article_key("https://Example.com/a/?utm_medium=rss", "/data/a.md")
    'https://example.com/a'
    >>> article_key(None, "/data/feed.json", "item 3")
    '/data/feed.json#item 3'
    """
    canonical = canonical_url(url)
    if canonical:
        return canonical
    base = file_key(path or "<text>")
    return f"{base}#{record}" if record else base


def article_id(key: str) -> str:
    """``"article-" + sha1(key)[:12]``: one key, one id, in every run and every version of the text.

    >>> article_id("https://example.com/a")
    'article-c4ed1c218d14'
    """
    return "article-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


CONTENT_FIELDS = ("title", "text", "url", "published", "publisher", "author", "links", "language")


def content_hash(article) -> str:
    """A hash of everything extraction reads from an article (not its id, key or path):
    32 hex characters of sha256. The same article read again gives the same hash.

    >>> from newsgraph.schema import Article
    >>> a = Article(id="x", title="T", text="body")
    >>> content_hash(a) == content_hash(a.model_copy(update={"path": "/elsewhere"}))
    True
    >>> content_hash(a) == content_hash(a.model_copy(update={"text": "body."}))
    False
    """
    data = article.model_dump(mode="json", include=set(CONTENT_FIELDS))
    data["url"] = canonical_url(data.get("url")) or data.get("url")
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]
