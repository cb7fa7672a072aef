"""Compact mappings for the graph's edges: networkx's per-edge dicts as small slotted objects.

A ``MultiDiGraph`` keeps two dicts per edge: the dict of its keys (``G[u][v]``, one per pair of
nodes, ``{key: attributes}``) and the dict of its attributes. Both are mostly tiny (one key; five
attributes) and cost 224 bytes each, about half of what a graph of news holds per edge.
:class:`KeyDict` and :class:`EdgeAttrs` are the same mappings in 56 and 80 bytes;
:class:`CompactMultiDiGraph` is a ``MultiDiGraph`` that makes them (``isinstance(g,
nx.MultiDiGraph)``, every networkx view and algorithm works as before). Both behave as dicts
do: same keys in the same order (insertion order), ``dict(m)``, ``m == dict(m)``, ``get``,
``update``, ``pop``, ``del``, ``in``, ``len``, copying and pickling.

>>> g = CompactMultiDiGraph()
>>> g.add_edge("a", "b", key="CITES", type="CITES", evidence=[], support=0)
'CITES'
>>> g.add_edge("a", "b", key="MENTIONS", type="MENTIONS", support=1)
'MENTIONS'
>>> g["a"]["b"]["CITES"]["support"], sorted(g["a"]["b"]), dict(g.edges["a", "b", "MENTIONS"])
(0, ['CITES', 'MENTIONS'], {'type': 'MENTIONS', 'support': 1})
>>> g.remove_edge("a", "b", "CITES"); list(g.edges(keys=True))
[('a', 'b', 'MENTIONS')]
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping

import networkx as nx
from networkx.utils.misc import _clear_cache

from ..schema.evidence import EvidenceList, Packed

_ABSENT = object()
_new_attrs = object.__new__


class KeyDict(MutableMapping):
    """``{key: value}`` of one key in two slots; a dict behind it from the second key on.

    >>> k = KeyDict(); k["x"] = 1; k["y"] = 2; del k["x"]
    >>> dict(k), len(k), "y" in k, k == {"y": 2}
    ({'y': 2}, 1, True, True)
    """

    __slots__ = ("_key", "_value", "_more")

    def __init__(self, *args, **kwargs) -> None:
        self._key = _ABSENT
        self._value = None
        self._more = None
        if args or kwargs:
            self.update(*args, **kwargs)

    def __getitem__(self, key):
        more = self._more
        if more is not None:
            return more[key]
        if self._key is not _ABSENT and self._key == key:
            return self._value
        raise KeyError(key)

    def get(self, key, default=None):
        more = self._more
        if more is not None:
            return more.get(key, default)
        if self._key is not _ABSENT and self._key == key:
            return self._value
        return default

    def __contains__(self, key) -> bool:
        more = self._more
        if more is not None:
            return key in more
        return self._key is not _ABSENT and self._key == key

    def __setitem__(self, key, value) -> None:
        more = self._more
        if more is not None:
            more[key] = value
        elif self._key is _ABSENT or self._key == key:
            self._key, self._value = key, value
        else:
            self._more = {self._key: self._value, key: value}
            self._key, self._value = _ABSENT, None

    def __delitem__(self, key) -> None:
        more = self._more
        if more is not None:
            del more[key]
            if len(more) == 1:
                (self._key, self._value), = more.items()
                self._more = None
        elif self._key is not _ABSENT and self._key == key:
            self._key, self._value = _ABSENT, None
        else:
            raise KeyError(key)

    def __iter__(self) -> Iterator:
        more = self._more
        if more is not None:
            return iter(more)
        return iter(() if self._key is _ABSENT else (self._key,))

    def __len__(self) -> int:
        more = self._more
        if more is not None:
            return len(more)
        return 0 if self._key is _ABSENT else 1

    def items(self):
        more = self._more
        if more is not None:
            return more.items()
        return () if self._key is _ABSENT else ((self._key, self._value),)

    def values(self):
        more = self._more
        if more is not None:
            return more.values()
        return () if self._key is _ABSENT else (self._value,)

    def keys(self):
        more = self._more
        if more is not None:
            return more.keys()
        return () if self._key is _ABSENT else (self._key,)

    def copy(self) -> dict:
        return dict(self.items())

    def __repr__(self) -> str:
        return repr(dict(self.items()))

    def __reduce__(self):
        return KeyDict, (dict(self.items()),)


_FIELDS = ("type", "evidence", "support", "first_seen", "last_seen")


class EdgeAttrs(MutableMapping):
    """An edge's attributes: ``type``, ``evidence``, ``support``, ``first_seen``, ``last_seen`` in slots
    (each present once set), any other in a dict behind them. Keys iterate in insertion order, as a
    dict's do.

    >>> a = EdgeAttrs(type="CITES", support=1); a["note"] = "x"; a["evidence"] = []
    >>> list(a), a["support"], a.get("first_seen"), a == {"type": "CITES", "support": 1, "note": "x", "evidence": []}
    (['type', 'support', 'note', 'evidence'], 1, None, True)
    """

    __slots__ = (*_FIELDS, "_order")
    # _order: n while the keys are the first n of _FIELDS, set in that order (the graph's own edges);
    # else a dict of every key in insertion order (_IN_SLOT for those whose value is in a slot)

    def __init__(self, *args, **kwargs) -> None:
        self._order = 0
        if args or kwargs:
            self.update(*args, **kwargs)

    def __getitem__(self, key):
        slot = _SLOTTED.get(key) if type(key) is str else None
        if slot is not None:
            try:
                value = slot.__get__(self)
            except AttributeError:
                raise KeyError(key) from None
            kind = type(value)
            if kind is Packed:  # evidence as the graph packs it
                return EvidenceList(value, self)
            if kind is tuple and key == "evidence":  # one piece: its occurrence here, its reading in support
                return EvidenceList((value, self.support), self)
            if key == "support" and type(getattr(self, "evidence", None)) is tuple:
                return 1
            return value
        order = self._order
        if type(order) is dict:
            return order[key]
        raise KeyError(key)

    # An edge with one piece of evidence (two thirds of a graph of news) keeps it without a list: the
    # piece's occurrence in the ``evidence`` slot and its reading in ``support`` (its support is 1).
    def fold(self) -> None:
        """Keep a one-piece packed evidence list as its piece alone (the graph calls this)."""
        value = getattr(self, "evidence", None)
        if type(value) is Packed and len(value) == 2 and getattr(self, "support", None) == 1:
            self.evidence, self.support = value

    def unfold(self) -> Packed:
        """The packed evidence list, made again for a one-piece edge (before it changes)."""
        value = self.evidence
        if type(value) is tuple:
            packed = Packed((value, self.support))
            self.evidence, self.support = packed, 1
            return packed
        return value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __setitem__(self, key, value) -> None:
        slot = _SLOTTED.get(key) if type(key) is str else None
        if slot is not None:
            if (key == "evidence" or key == "support") and type(getattr(self, "evidence", None)) is tuple:
                self.unfold()
            if key == "evidence":
                if type(value) is EvidenceList:
                    value = value.mutable()
                elif type(value) is tuple:
                    value = list(value)
        order = self._order
        if type(order) is int:
            if slot is not None:
                at = _POSITION[key]
                if at < order:
                    slot.__set__(self, value)
                    return
                if at == order:
                    slot.__set__(self, value)
                    self._order = order + 1
                    return
            order = self._order = dict.fromkeys(_FIELDS[:order], _IN_SLOT)  # from now on, keys in a dict
        if slot is not None:
            slot.__set__(self, value)
            value = _IN_SLOT
        order[key] = value

    def update(self, other=(), /, **kwargs) -> None:
        for key, value in (other.items() if isinstance(other, Mapping) else other):
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __delitem__(self, key) -> None:
        if key not in self:
            raise KeyError(key)
        if (key == "evidence" or key == "support") and type(getattr(self, "evidence", None)) is tuple:
            self.unfold()
        order = self._order
        if type(order) is int:
            order = self._order = dict.fromkeys(_FIELDS[:order], _IN_SLOT)
        slot = _SLOTTED.get(key) if type(key) is str else None
        if slot is not None:
            slot.__delete__(self)
        del order[key]

    def __iter__(self) -> Iterator[str]:
        order = self._order
        return iter(_FIELDS[:order] if type(order) is int else list(order))

    def __len__(self) -> int:
        order = self._order
        return order if type(order) is int else len(order)

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    def keys(self):
        return list(self)

    def copy(self) -> dict:
        return dict(self.items())

    def __repr__(self) -> str:
        return repr(dict(self.items()))

    def __reduce__(self):
        return EdgeAttrs, (), None, None, iter(self.items())


class _InSlot:
    __slots__ = ()


_IN_SLOT = _InSlot()  # marks, in EdgeAttrs._order, a key whose value is in its slot
_SLOTTED = {name: EdgeAttrs.__dict__[name] for name in _FIELDS}
_POSITION = {name: at for at, name in enumerate(_FIELDS)}


class CompactMultiDiGraph(nx.MultiDiGraph):
    """A ``MultiDiGraph`` whose edges are :class:`KeyDict` and :class:`EdgeAttrs` (see the module)."""

    edge_key_dict_factory = KeyDict
    edge_attr_dict_factory = EdgeAttrs

    def add_new_edge(self, u, v, key, type, evidence, support, first_seen, last_seen) -> EdgeAttrs:
        """What ``add_edge(u, v, key=key, type=…, evidence=…, support=…, first_seen=…, last_seen=…)`` does for
        an edge not there yet between nodes that are (the graph's own five attributes set in their slots at
        once, not one by one through ``update``); the edge's attributes. Most edges of a build are new.

        >>> g = CompactMultiDiGraph(); g.add_nodes_from("ab")
        >>> a = g.add_new_edge("a", "b", "CITES", "CITES", [], 0, None, None)
        >>> b = g.add_new_edge("a", "b", "MENTIONS", "MENTIONS", [], 1, "2025-01-02", None)
        >>> g["a"]["b"]["CITES"] is a, dict(b) == {"type": "MENTIONS", "evidence": [], "support": 1,
        ...     "first_seen": "2025-01-02", "last_seen": None}, list(g.pred["b"]["a"])
        (True, True, ['CITES', 'MENTIONS'])
        """
        succ = self._succ
        if u not in succ or v not in succ or (v in succ[u] and key in succ[u][v]):
            self.add_edge(u, v, key=key, type=type, evidence=evidence, support=support, first_seen=first_seen,
                          last_seen=last_seen)
            return succ[u][v][key]
        attrs = _new_attrs(EdgeAttrs)
        attrs.type, attrs.evidence, attrs.support, attrs.first_seen, attrs.last_seen = \
            type, evidence, support, first_seen, last_seen
        attrs._order = 5
        keydict = succ[u].get(v)
        if keydict is None:
            keydict = KeyDict()
            keydict[key] = attrs
            succ[u][v] = keydict
            self._pred[v][u] = keydict
        else:
            keydict[key] = attrs
        _clear_cache(self)
        return attrs

    def to_directed_class(self):
        return CompactMultiDiGraph
