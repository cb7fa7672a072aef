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

from collections.abc import Mapping, MutableSequence
from operator import attrgetter, itemgetter

from .models import Evidence

FIELDS: tuple[str, ...] = tuple(Evidence.model_fields)
_FIELD_SET = frozenset(FIELDS)
# ``mentions`` (set on a MENTIONS edge's one piece only) is an item of a record only when set, so the
# evidence of every other edge reads as the same dict as before it existed
_UNCOUNTED = tuple(name for name in FIELDS if name != "mentions")


class EvidenceRecord(Mapping):
    """A mapping of the ``Evidence`` fields in slots (see the module's docstring): items can be read
    and set, not added or deleted."""

    __slots__ = FIELDS + ("_home",)  # _home: (the EvidenceList, the index) of a record read from a graph

    def __init__(self, **values) -> None:
        object.__setattr__(self, "_home", None)
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
        return iter(_UNCOUNTED if self.mentions is None else FIELDS)

    def __len__(self) -> int:
        return len(_UNCOUNTED if self.mentions is None else FIELDS)

    def __setitem__(self, key: str, value) -> None:
        """Set one field (as on the dicts evidence used to be); the record's place in its edge's
        sorted list is by (article, start, end, rule): change those through the graph, not here."""
        if key not in _FIELD_SET:
            raise KeyError(f"not an evidence field: {key}")
        object.__setattr__(self, key, value)
        home = getattr(self, "_home", None)
        if home is not None:  # read from a graph's edge: the edge keeps the new value
            home[0].write(home[1], self)

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
_HOME = EvidenceRecord.__dict__["_home"]
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


# -- evidence packed in an edge's list -------------------------------------------------------------
# A graph of a year of news holds tens of millions of pieces; even a slotted record (112 bytes, plus
# the list's pointer) was a third of its memory. An edge's evidence is kept as one flat list of two
# shared tuples per piece: where it was said (``OCCURRENCE``: the article, its date, the sentence and
# its offsets — one tuple for every edge and rule one sentence backs) and how it was read (``READING``:
# the rule and what it found — a few hundred distinct ones in a whole graph): 16 bytes a piece.
OCCURRENCE: tuple[str, ...] = ("article", "published", "sentence", "start", "end")
READING: tuple[str, ...] = ("rule", "confidence", "aspect", "when", "when_date", "mentions")
assert sorted(OCCURRENCE + READING) == sorted(FIELDS)
assert OCCURRENCE == ("article", "published", "sentence", "start", "end")  # as :func:`split` spells them
assert READING == ("rule", "confidence", "aspect", "when", "when_date", "mentions")
_OCCURRENCE_OF = attrgetter(*OCCURRENCE)
_IN_FIELDS_ORDER = itemgetter(*[(OCCURRENCE + READING).index(name) for name in FIELDS])  # of occurrence + reading
_READING_OF = attrgetter(*READING)


class Packed(list):
    """An edge's evidence as a graph stores it: ``[occurrence, reading, occurrence, reading, …]``,
    sorted by (article, start, end, rule), one piece per key. Read it through :class:`EvidenceList`."""

    __slots__ = ()


def unpacked(occurrence: tuple, reading: tuple, home: tuple | None = None) -> EvidenceRecord:
    """The record of one packed piece, made now (``home``: the list and index it was read at, where
    setting one of its items writes the piece again)."""
    out = object.__new__(EvidenceRecord)
    for slot, value in zip(_SLOTS, _IN_FIELDS_ORDER(occurrence + reading)):
        slot.__set__(out, value)
    _HOME.__set__(out, home)
    return out


def split(evidence: Mapping) -> tuple[tuple, tuple]:
    """``(occurrence, reading)`` of a piece of evidence (a record or a dict of ``Evidence`` fields).

    >>> split({"article": "a1", "sentence": "S.", "start": 0, "end": 2, "rule": "r", "confidence": 0.5})
    (('a1', None, 'S.', 0, 2), ('r', 0.5, None, None, None, None))
    """
    if type(evidence) is EvidenceRecord:
        return _OCCURRENCE_OF(evidence), _READING_OF(evidence)
    if not _FIELD_SET.issuperset(evidence):
        raise TypeError(f"not an evidence field: {', '.join(sorted(set(evidence) - _FIELD_SET))}")
    get = evidence.get  # the fields of OCCURRENCE and READING, spelt out (a generator per tuple cost twice as much)
    return ((get("article"), get("published"), get("sentence"), get("start"), get("end")),
            (get("rule"), get("confidence"), get("aspect"), get("when"), get("when_date"), get("mentions")))


def piece_key(occurrence: tuple, reading: tuple) -> tuple:
    """A packed piece's :func:`~newsgraph.schema.merging.evidence_key`: (article, start, end, rule)."""
    return occurrence[0], occurrence[3], occurrence[4], reading[0]


def insert_piece(items: Packed, occurrence: tuple, reading: tuple) -> int:
    """Insert one piece into the sorted, de-duplicated ``items`` in place (O(log n) comparisons);
    how much the edge's support grows (1 for the first piece of its article, else 0), as
    :func:`~newsgraph.schema.merging.add_evidence` does for lists of dicts.

    >>> items = Packed()
    >>> [insert_piece(items, (a, None, "S", s, s + 1), ("r", 1.0, None, None, None, None)) for a, s in
    ...  [("b", 0), ("a", 5), ("a", 1), ("a", 5)]]
    [1, 1, 0, 0]
    >>> [(e["article"], e["start"]) for e in EvidenceList(items)]
    [('a', 1), ('a', 5), ('b', 0)]
    """
    key = (occurrence[0], occurrence[3], occurrence[4], reading[0])
    count = len(items) >> 1
    lo, hi = 0, count
    if count:
        last = items[-2]
        if (last[0], last[3], last[4], items[-1][0]) < key:  # the usual case: after every piece there
            lo = count
    while lo < hi:
        mid = (lo + hi) >> 1
        found = items[2 * mid]
        if (found[0], found[3], found[4], items[2 * mid + 1][0]) < key:
            lo = mid + 1
        else:
            hi = mid
    article = key[0]
    if lo < count:
        found = items[2 * lo]
        if (found[0], found[3], found[4], items[2 * lo + 1][0]) == key:
            return 0
        seen = found[0] == article
    else:
        seen = False
    seen = seen or (lo > 0 and items[2 * lo - 2][0] == article)
    items[2 * lo:2 * lo] = (occurrence, reading)
    return 0 if seen else 1


class EvidenceList(MutableSequence):
    """An edge's evidence as a list of :class:`EvidenceRecord` (made as they are read), over its
    :class:`Packed` storage: ``len``, indexing, slicing, iteration, ``del``, ``insert``, item
    assignment and comparison with lists work as on the list of records it replaces.

    >>> items = EvidenceList(Packed())
    >>> items.append({"article": "a1", "sentence": "S.", "start": 0, "end": 2, "rule": "r", "confidence": 0.5})
    >>> len(items), items[0]["sentence"], items == [dict(items[0])], items[0] == items[-1]
    (1, 'S.', True, True)
    """

    __slots__ = ("packed", "owner")

    def __init__(self, packed: Packed | tuple, owner=None) -> None:
        self.packed = packed  # (a tuple (occurrence, reading): the one piece of ``owner``, an edge's attributes)
        self.owner = owner

    def mutable(self) -> Packed:
        """The packed list, made again in the edge first when it kept its one piece without one."""
        if type(self.packed) is not Packed:
            self.packed = self.owner.unfold()
        return self.packed

    def __len__(self) -> int:
        return len(self.packed) >> 1

    def __getitem__(self, index):
        packed = self.packed
        if isinstance(index, slice):
            return [unpacked(packed[2 * i], packed[2 * i + 1], (self, i)) for i in range(*index.indices(len(packed) >> 1))]
        index = range(len(packed) >> 1)[index]  # (negative indices; IndexError out of range)
        return unpacked(packed[2 * index], packed[2 * index + 1], (self, index))

    def __iter__(self):
        packed = self.packed
        for at in range(0, len(packed) - 1, 2):
            yield unpacked(packed[at], packed[at + 1], (self, at >> 1))

    def write(self, index: int, record: EvidenceRecord) -> None:
        """A record read at ``index`` whose item was set: the piece there made again from it."""
        packed = self.mutable()
        if 2 * index + 1 < len(packed):
            packed[2 * index:2 * index + 2] = split(record)

    def values(self):
        """Each piece's values as a tuple in ``FIELDS`` order (no record made: for exports)."""
        packed, order = self.packed, _IN_FIELDS_ORDER
        return [order(packed[at] + packed[at + 1]) for at in range(0, len(packed) - 1, 2)]

    def __setitem__(self, index, value) -> None:
        packed = self.mutable()
        if isinstance(index, slice):
            items = list(self)
            items[index] = value
            packed[:] = [part for piece in items for part in split(piece)]
            return
        index = range(len(packed) >> 1)[index]
        packed[2 * index:2 * index + 2] = split(value)

    def __delitem__(self, index) -> None:
        packed = self.mutable()
        if isinstance(index, slice):
            start, stop, step = index.indices(len(packed) >> 1)
            if step == 1:
                del packed[2 * start:2 * max(start, stop)]
                return
            doomed = set(range(start, stop, step))
            packed[:] = [part for i, piece in enumerate(self) if i not in doomed for part in split(piece)]
            return
        index = range(len(packed) >> 1)[index]
        del packed[2 * index:2 * index + 2]

    def insert(self, index: int, value) -> None:
        packed = self.mutable()
        count = len(packed) >> 1
        index = min(max(0, index + count) if index < 0 else index, count)  # as list.insert
        packed[2 * index:2 * index] = split(value)

    def __eq__(self, other) -> bool:
        if isinstance(other, EvidenceList):
            return tuple(self.packed) == tuple(other.packed)
        if isinstance(other, (list, tuple)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return repr(list(self))

    def __reduce__(self):
        return list, (list(self),)
