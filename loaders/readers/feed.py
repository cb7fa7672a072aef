"""RSS and Atom feeds (feedparser): one article per item."""
from __future__ import annotations

import io
import re

from newsgraph.schema.errors import InputError

from .article import distinct_keys, make_article
from .budget import check_length
from .dates import parse_date
from .html import html_to_text
from .text import build_body


def _date(value):
    return parse_date(value) if value else None


def _entry_text(entry) -> str:
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            return content["value"]
    return entry.get("summary") or entry.get("description") or ""


def read_feed(text: str, path: str) -> list:
    """Each item → Article (text from content or summary, publisher from the feed title);
    an item without text → ``InputError`` naming ``path[item N]``."""
    import feedparser

    # the text is already decoded: tell feedparser so, whatever the declaration said
    text = re.sub(r"\A(\s*<\?xml[^>]*?)\s+encoding=[\"'][^\"']*[\"']", r'\1 encoding="utf-8"', text)
    # a stream, never bytes or text: feedparser would take content that looks like a path or URL for one
    parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")))
    if not parsed.entries:
        reason = f"malformed feed: {parsed.bozo_exception}" if parsed.get("bozo") else "feed has no items"
        raise InputError(path, reason)
    feed_title = (parsed.feed.get("title") or "").strip() or None
    out = []
    for i, entry in enumerate(parsed.entries):
        where = f"{path}[item {i + 1}]"
        body_html = _entry_text(entry)
        if not body_html.strip():
            out.append(InputError(where, "feed item has no content or summary"))
            continue
        title = html_to_text(entry.get("title") or "").strip()
        meta = {
            "url": entry.get("link"),
            # the string keeps the publisher's time zone; the parsed struct is UTC
            "published": _date(entry.get("published")) or _date(entry.get("updated"))
            or entry.get("published_parsed") or entry.get("updated_parsed"),
            "publisher": feed_title,
            "author": entry.get("author"),
        }
        meta = {k: v for k, v in meta.items() if v}
        try:
            plain = html_to_text(body_html)
            check_length(where, len(plain))
            body, links = build_body(plain.split("\n"), title=title, markdown=False, meta=meta)
            out.append(make_article(path, title, body, links=links, **meta,
                                    record=str(entry.get("id") or title or f"item {i + 1}")))
        except InputError as exc:
            out.append(InputError(where, exc.reason))
        except Exception as exc:  # noqa: BLE001 - lxml on a broken fragment, say: this item only
            out.append(InputError(where, f"cannot read item: {type(exc).__name__}: {exc}"))
    return distinct_keys(out)
