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
def _flat(depth: int):
    """The C encoder for a flat object at ``depth``: its separators hold the newline and indentation.

    ``JSONEncoder.encode`` makes a new C encoder on every call; this one is made once per depth and
    called directly (what ``json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=…).encode``
    does, without a circular-reference check: the values here are fresh rows)."""
    return _c_encoder(",\n" + " " * (depth + 1))


def _c_encoder(item_separator: str):
    """``json.encoder.c_make_encoder`` as ``JSONEncoder(ensure_ascii=False, sort_keys=True)`` makes it
    (None where the C accelerator is missing: then the plain encoder)."""
    base = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(item_separator, ": "))
    if _C_MAKE_ENCODER is None:
        return lambda value, _level: [base.encode(value)]
    return _C_MAKE_ENCODER(None, base.default, json.encoder.encode_basestring, None, ": ", item_separator,
                           True, False, True)


_C_MAKE_ENCODER = json.encoder.c_make_encoder
_SCALAR_C = _c_encoder(", ")


def _scalar(value) -> str:
    """``_SCALAR.encode(value)`` for a value with no container inside, through one C encoder."""
    if type(value) is str:
        return json.encoder.encode_basestring(value)
    return "".join(_SCALAR_C(value, 0))


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
            return "{" + pad + " " + "".join(_flat(depth)(value, 0))[1:-1] + pad + "}"
        inner = pad + " "
        return ("{" + inner + ("," + inner).join(_scalar(k) + ": " + text(value[k], depth + 1)
                                                 for k in sorted(value)) + pad + "}")
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = "\n" + " " * (depth + 1)
        return "[" + inner + ("," + inner).join(text(v, depth + 1) for v in value) + "\n" + " " * depth + "]"
    if isinstance(value, dict):  # a dict subclass
        return text(dict(value), depth)
    return _scalar(value)


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
