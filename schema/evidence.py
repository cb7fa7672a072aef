"""Evidence as a graph keeps it: one small record per piece, with its values shared.

A piece of evidence read from an ``Evidence`` model is a dict of seven keys (272 bytes before its
values); a graph of a year of news holds millions. ``EvidenceRecord`` is a mapping with
the same keys and values in slots (88 bytes), and :class:`Shared` makes equal values one object
(the sentence two edges quote, a rule id, an offset), so a graph's memory follows what it knows,
not how often it was said. Records behave as the dicts did: ``e["article"]``, ``e.get("aspect")``,
``dict(e)``, ``Evidence(**e)``, and they compare equal to the dict with the same items.

>>> shared = Shared()
>>> a = record({"article": "a1", "sentence": "阿里巴巴發佈Qwen3。", "start": 0, "end": 12,
...             "rule": "released.cue", "confidence": 0.9, "aspect": None}, shared)
>>> a["rule"], a.get("aspect"), a == dict(a)
('released.cue', None, True)
>>> b = record({**dict(a), "article": "a2"}, shared)
>>> b["sentence"] is a["sentence"]
True
"""
from __future__ import annotations

from collections.abc import Mapping
from operator import attrgetter

from .models import Evidence

FIELDS: tuple[str, ...] = tuple(Evidence.model_fields)
_FIELD_SET = frozenset(FIELDS)


class EvidenceRecord(Mapping):
    """A mapping of the ``Evidence`` fields in slots (see the module's docstring): items can be read
    and set, not added or deleted."""

    __slots__ = FIELDS

    def __init__(self, **values) -> None:
        for name in FIELDS:
            object.__setattr__(self, name, values.pop(name, None))
        if values:
            raise TypeError(f"not an evidence field: {', '.join(sorted(values))}")

    def __getitem__(self, key: str):
        try:
            return getattr(self, key) if key in _FIELD_SET else _missing(key)
        except AttributeError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)

    def __setitem__(self, key: str, value) -> None:
        """Set one field (as on the dicts evidence used to be); the record's place in its edge's
        sorted list is by (article, start, end, rule): change those through the graph, not here."""
        if key not in _FIELD_SET:
            raise KeyError(f"not an evidence field: {key}")
        object.__setattr__(self, key, value)

    def __setattr__(self, name, value):
        raise TypeError("set evidence fields as items: record['published'] = …")

    def __repr__(self) -> str:
        return repr(dict(self))

    def __reduce__(self):
        return _rebuild, (tuple(getattr(self, name) for name in FIELDS),)


def _missing(key: str):
    raise KeyError(key)


def _rebuild(values: tuple) -> EvidenceRecord:
    return EvidenceRecord(**dict(zip(FIELDS, values)))


_SLOTS = tuple(EvidenceRecord.__dict__[name] for name in FIELDS)  # the slots' descriptors, in FIELDS order
record_key = attrgetter("article", "start", "end", "rule")
"""A record's (article, start, end, rule): :func:`~newsgraph.schema.merging.evidence_key`, read from slots."""


class Shared(dict):
    """Equal values as one object: ``shared(value)`` gives the first equal value it was given
    (values of different types are never one: ``1``, ``1.0`` and ``True`` stay apart). Keyed by type."""

    def __call__(self, value):
        if value is None or value is True or value is False:
            return value
        pool = self.get(type(value))
        if pool is None:
            pool = self[type(value)] = {}
        return pool.setdefault(value, value)


def record(evidence: Mapping, shared: Shared | None = None) -> EvidenceRecord:
    """An ``EvidenceRecord`` of ``evidence`` (a dict from ``Evidence.model_dump(mode="json")`` or a
    record), its values shared through ``shared`` when given."""
    if shared is None:
        return evidence if isinstance(evidence, EvidenceRecord) else EvidenceRecord(**evidence)
    if not _FIELD_SET.issuperset(evidence):
        raise TypeError(f"not an evidence field: {', '.join(sorted(set(evidence) - _FIELD_SET))}")
    out = object.__new__(EvidenceRecord)
    get, pools = evidence.get, shared
    strings = pools.get(str)
    if strings is None:
        strings = pools[str] = {}
    for name, slot in zip(FIELDS, _SLOTS):
        value = get(name)
        if value is not None:
            kind = type(value)
            if kind is str:  # most values: ids, sentences, rules, dates
                value = strings.setdefault(value, value)
            elif kind is not bool:
                pool = pools.get(kind)
                if pool is None:
                    pool = pools[kind] = {}
                value = pool.setdefault(value, value)
        slot.__set__(out, value)
    return out
