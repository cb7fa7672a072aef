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

from .models import Evidence

FIELDS: tuple[str, ...] = tuple(Evidence.model_fields)


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
            return getattr(self, key) if key in FIELDS else _missing(key)
        except AttributeError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)

    def __setitem__(self, key: str, value) -> None:
        """Set one field (as on the dicts evidence used to be); the record's place in its edge's
        sorted list is by (article, start, end, rule): change those through the graph, not here."""
        if key not in FIELDS:
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


class Shared(dict):
    """Equal values as one object: ``shared(value)`` gives the first equal value it was given."""

    def __call__(self, value):
        if value is None or value is True or value is False:
            return value
        key = (type(value), value)
        found = self.get(key)
        if found is None:
            self[key] = found = value
        return found


def record(evidence: Mapping, shared: Shared | None = None) -> EvidenceRecord:
    """An ``EvidenceRecord`` of ``evidence`` (a dict from ``Evidence.model_dump(mode="json")`` or a
    record), its values shared through ``shared`` when given."""
    if shared is None:
        return evidence if isinstance(evidence, EvidenceRecord) else EvidenceRecord(**evidence)
    return EvidenceRecord(**{name: shared(value) for name, value in evidence.items()})
