"""JSON text piece by piece: the bytes of ``json.dumps(value, ensure_ascii=False, indent=1,
sort_keys=True)``, without building the whole string, and with the C encoder doing the work.

``json.dumps`` with an indent runs the pure-Python encoder and returns one string; a graph's JSON
is written here instead as a stream of pieces: each flat object (no list or object inside, like a
piece of evidence) in one call of the C encoder, whose separators carry the indentation. Lists
may be given as iterators (consumed once), so the rows of a large graph need never exist at once.

>>> import json
>>> value = {"b": [1, 2.5, None, True], "a": {"x": "é\\n\\"", "y": []}, "c": [{"k": 1, "j": "v"}], "d": {}}
>>> "".join(chunks(value)) == json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
True
>>> "".join(chunks({"rows": iter([{"a": 1}, {"a": 2}])})) == json.dumps({"rows": [{"a": 1}, {"a": 2}]}, indent=1)
True
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterator

_SCALAR = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_CONTAINERS = {dict, list, tuple}


@functools.lru_cache(maxsize=64)
def _flat(depth: int) -> json.JSONEncoder:
    """The C encoder for a flat object at ``depth``: its separators hold the newline and indentation."""
    return json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",\n" + " " * (depth + 1), ": "))


def chunks(value, depth: int = 0) -> Iterator[str]:
    """The pieces of ``value`` as JSON (indent 1, sorted keys, UTF-8 text), nested ``depth`` levels deep.

    Iterators are written item by item; every dict, list or tuple is one piece."""
    if isinstance(value, dict) and any(hasattr(v, "__next__") for v in value.values()):
        if not value:
            yield "{}"
            return
        pad = "\n" + " " * depth
        first = True
        for key in sorted(value):
            yield ("{" if first else ",") + pad + " " + _SCALAR.encode(key) + ": "
            first = False
            yield from chunks(value[key], depth + 1)
        yield pad + "}"
    elif hasattr(value, "__next__"):
        yield from _array(value, depth)
    else:
        yield text(value, depth)


def text(value, depth: int = 0) -> str:
    """``value`` (no iterators inside) as JSON text, nested ``depth`` levels deep."""
    kind = type(value)
    if kind is dict:
        if not value:
            return "{}"
        pad = "\n" + " " * depth
        for v in value.values():
            if type(v) in _CONTAINERS:
                break
        else:  # flat: one call of the C encoder, whose separators carry the indentation
            return "{" + pad + " " + _flat(depth).encode(value)[1:-1] + pad + "}"
        inner = pad + " "
        return ("{" + inner + ("," + inner).join(_SCALAR.encode(k) + ": " + text(value[k], depth + 1)
                                                 for k in sorted(value)) + pad + "}")
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = "\n" + " " * (depth + 1)
        return "[" + inner + ("," + inner).join(text(v, depth + 1) for v in value) + "\n" + " " * depth + "]"
    if isinstance(value, dict):  # a dict subclass
        return text(dict(value), depth)
    return _SCALAR.encode(value)


def _array(items: Iterator, depth: int) -> Iterator[str]:
    first = next(items, _END)
    if first is _END:
        yield "[]"
        return
    inner = "\n" + " " * (depth + 1)
    yield "[" + inner
    yield text(first, depth + 1)
    for item in items:
        yield "," + inner
        yield text(item, depth + 1)
    yield "\n" + " " * depth + "]"


_END = object()
