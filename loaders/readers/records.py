"""JSON (object, list, or {"articles"|"items": [...]}) and JSON Lines records.

A bad record (no text, not an object, a malformed JSONL line) does not sink its
file: it becomes an ``InputError`` naming ``path[index]`` or ``path:line`` and the
good records are still read. Readers return a list mixing Articles and those errors.
"""
from __future__ import annotations

import json

from newsgraph.schema.errors import InputError
from newsgraph.schema.jsonload import NumberTooLong, loads

from .article import distinct_keys, make_article, no_surrogates
from .budget import check_length
from .html import html_to_text
from .text import build_body

TOO_DEEP = "JSON nested too deeply to read (arrays or objects hundreds of levels deep)"
CONTAINERS = ("articles", "items", "entries", "records", "data", "results")
FIELDS = {  # Article field ← record keys, first present wins
    "title": ("title", "headline", "name"),
    "text": ("text", "content", "body", "article", "description", "summary"),
    "url": ("url", "link", "href"),
    "published": ("date", "published", "published_at", "publishedAt", "pubDate", "datetime"),
    "publisher": ("source", "publisher", "site", "outlet", "site_name"),
    "author": ("author", "authors", "byline"),
}


def _value(record: dict, keys: tuple[str, ...]):
    for key in keys:
        value = record.get(key)
        if isinstance(value, dict):  # {"source": {"name": "Reuters"}}
            value = value.get("name") or value.get("title")
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)))
        if isinstance(value, str):
            value = no_surrogates(value)
        if value not in (None, ""):
            return value
    return None


def from_record(record, where: str, path: str):
    """One JSON record → Article, or the InputError saying why not (naming ``where``)."""
    if not isinstance(record, dict):
        return InputError(where, f"record is a JSON {type(record).__name__}, not an object")
    fields = {name: _value(record, keys) for name, keys in FIELDS.items()}
    text = fields.pop("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(where, "record has no text (expected 'text', 'content' or 'body')")
    title = str(fields.pop("title") or "").strip()
    meta = {k: (v if k == "published" else str(v)) for k, v in fields.items() if v is not None}
    record_id = next((record[k] for k in ("id", "guid", "uuid") if isinstance(record.get(k), (str, int))), None)
    try:  # without a URL, one record of several is known by its id, else its title
        plain = html_to_text(text)
        check_length(where, len(plain))
        body, links = build_body(plain.split("\n"), title=title, markdown=False, meta=meta)
        article = make_article(path, title, body, links=links, **meta,
                               record=None if where == path else str(record_id or title or where))
    except InputError as exc:
        return InputError(where, exc.reason)
    except Exception as exc:  # noqa: BLE001 - lxml on a broken fragment, say: this record only
        return InputError(where, f"cannot read record: {type(exc).__name__}: {exc}")
    return article


def _records(data):
    if isinstance(data, dict):
        for key in CONTAINERS:
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    return data if isinstance(data, list) else [data]


def read_json(text: str, path: str) -> list:
    """A JSON document holding one record or a list of them."""
    try:
        data = loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"malformed JSON at line {exc.lineno}: {exc.msg} (column {exc.colno})") from None
    except NumberTooLong as exc:
        raise InputError(path, f"malformed JSON: {exc}") from None
    except RecursionError:
        raise InputError(path, TOO_DEEP) from None
    records = _records(data)
    if not records:
        raise InputError(path, "no article records found (empty JSON list)")
    single = len(records) == 1 and records[0] is data  # a lone object: name the file itself
    return distinct_keys([from_record(r, path if single else f"{path}[{i}]", path) for i, r in enumerate(records)])


def read_jsonl(text: str, path: str) -> list:
    """JSON Lines: one record per non-empty line."""
    out = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = loads(line)
        except json.JSONDecodeError as exc:
            out.append(InputError(f"{path}:{lineno}", f"malformed JSON: {exc.msg} (column {exc.colno})"))
            continue
        except NumberTooLong as exc:
            out.append(InputError(f"{path}:{lineno}", f"malformed JSON: {exc}"))
            continue
        except RecursionError:
            out.append(InputError(f"{path}:{lineno}", TOO_DEEP))
            continue
        out.append(from_record(record, f"{path}:{lineno}", path))
    return distinct_keys(out)
