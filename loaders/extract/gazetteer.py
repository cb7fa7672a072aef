"""The curated gazetteer: canonical entities and every alias, from YAML data files."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

import yaml

from ...schema import NewsgraphError, NodeType
from ...schema.text import name_key
from .yamlfile import DuplicateKey, Loader

_FIELDS = {"id", "type", "kind", "en", "zh_hant", "zh_hans", "aliases", "contextual", "cased", "developer", "family", "domains",
           "parent"}


@dataclass(frozen=True)
class Entry:
    """One canonical entity: its id, type, display name and every spelling."""

    id: str
    type: NodeType
    name: str
    aliases: tuple[str, ...]
    kind: str | None = None
    developer: str | None = None
    family: str | None = None
    parent: str | None = None  # an organisation's owner ("Volcano Engine" of ByteDance): a unit releasing its models
    domains: tuple[str, ...] = field(default=())
    contextual: tuple[str, ...] = field(default=())  # names valid only near the maker or family
    cased: tuple[str, ...] = field(default=())       # names valid only written so: "Variety", never "a variety of"
    canonical: tuple[str, ...] = field(default=())   # the en, zh-Hans and zh-Hant names

    def needs_context(self, surface: str) -> bool:
        """'Maverick' or 'R1' alone names this model only when its maker or family is in the article."""
        key = name_key(surface)
        short_latin = len(key) <= 3 and key.isascii() and self.type == NodeType.MODEL
        return short_latin or key in self._contextual_keys

    @cached_property
    def _contextual_keys(self) -> frozenset[str]:
        return frozenset(name_key(a) for a in self.contextual)


class Gazetteer:
    """Entries by id, and a folded-alias index (Traditional/Simplified and case merged).

    >>> gaz = Gazetteer.default()
    >>> gaz.lookup("通義千問").id == gaz.lookup("千问").id == "qwen"
    True
    """

    def __init__(self, entries: list[Entry]):
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            self.entries[entry.id] = entry
        self.by_alias: dict[str, str] = {}
        for entry in sorted(self.entries.values(), key=lambda e: e.id):
            for alias in entry.aliases:
                self.by_alias.setdefault(name_key(alias), entry.id)
        self.developers = {e.developer for e in self.entries.values() if e.developer}
        self.by_domain = {d.lower(): e.id for e in self.entries.values() for d in e.domains}
        self._heads: dict[str, tuple[tuple[int, Entry], ...]] = {}  # per spelling, its heads that are known names

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_heads": {}}

    @classmethod
    def default(cls) -> "Gazetteer":
        return cls(list(_bundled_entries()))

    @classmethod
    def with_user_files(cls, paths: list[str | Path]) -> "Gazetteer":
        """The bundled gazetteer plus user files; a user entry with an existing id replaces it.

        A user entry may not take a name (any alias, in any script) that another entry holds: that
        would silently move the name, and its node and edges, to the new entry. The error names both
        entries; to replace a built-in entry, give its ``id:``.
        """
        builtin = cls.default().entries
        entries = dict(builtin)
        user: list[tuple[str, Entry]] = []
        for path in paths:
            for index, entry in enumerate(load_entries(path)):
                entries[entry.id] = entry
                user.append((f"{path}: entry {index} ({entry.id})", entry))
        _check_collisions(entries, user, builtin)
        return cls(list(entries.values()))

    def lookup(self, name: str) -> Entry | None:
        entry_id = self.by_alias.get(name_key(name))
        return self.entries[entry_id] if entry_id else None

    def heads(self, surface: str) -> tuple[tuple[int, Entry], ...]:
        """``(cut, entry)`` for each ``cut`` from 2 to ``len(surface) - 2`` at which ``surface[:cut]`` is a known name, in
        order ("腾讯混元T1": the entry of 腾讯 at 2); worked out once per spelling.

        >>> [(cut, e.id) for cut, e in Gazetteer.default().heads("腾讯混元T1")][:1]
        [(2, 'tencent')]
        """
        found = self._heads.get(surface)
        if found is None:
            found = self._heads[surface] = tuple(
                (cut, entry) for cut in range(2, len(surface) - 1) if (entry := self.lookup(surface[:cut])) is not None)
        return found

    def __len__(self) -> int:
        return len(self.entries)



def _check_collisions(entries: dict[str, Entry], user: list[tuple[str, Entry]], builtin: dict[str, Entry]) -> None:
    """Raise when a user entry takes a name key that a built-in entry, or an earlier user entry, holds."""
    owners: dict[str, set[str]] = {}

    def hold(entry: Entry) -> None:
        for alias in entry.aliases:
            if key := name_key(alias):
                owners.setdefault(key, set()).add(entry.id)

    for entry in entries.values():
        if builtin.get(entry.id) is entry:
            hold(entry)
    for where, entry in user:
        if entries.get(entry.id) is not entry:
            continue  # replaced again by a later user entry: that one is checked
        for alias in entry.aliases:
            others = sorted(owners.get(name_key(alias), set()) - {entry.id})
            if others:
                other = entries[others[0]]
                origin = "the built-in entry" if builtin.get(other.id) is other else "the entry"
                raise NewsgraphError(f"{where}: the name {alias!r} already belongs to {origin} {other.id!r} "
                                     f"({other.type.value}, {other.name}); to replace that entry give `id: {other.id}`, "
                                     "otherwise remove the name")
        hold(entry)


@functools.lru_cache(maxsize=None)
def _bundled_entries() -> tuple[Entry, ...]:
    """The bundled gazetteer's entries, read once per process (entries are frozen: every gazetteer may share them)."""
    return tuple(load_entries(resources.files("newsgraph.loaders") / "data" / "gazetteer.yaml"))


def load_entries(path) -> list[Entry]:
    """Read one gazetteer YAML file; errors name the file and the entry."""
    try:
        source = path if hasattr(path, "read_text") else Path(path)
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=Loader)
    except DuplicateKey as exc:
        raise NewsgraphError(f"{path}: {exc}") from None
    except OSError as exc:
        raise NewsgraphError(f"{path}: cannot read gazetteer: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise NewsgraphError(f"{path}: cannot read gazetteer: {' '.join(str(exc).split())}") from None
    if not isinstance(data, list):
        raise NewsgraphError(f"{path}: a gazetteer is a YAML list of entries")
    return [_entry(path, i, row) for i, row in enumerate(data)]


_SCALAR = (str, int, float)  # a name such as 360 reads as a number in YAML


def _names(where: str, row: dict, key: str) -> list[str]:
    """A list field; a lone string is a list of one (never a string of characters)."""
    value = row.get(key) or []
    if isinstance(value, _SCALAR) and not isinstance(value, bool):
        return [str(value)]
    if not isinstance(value, list):
        raise NewsgraphError(f"{where} ({row['id']}): '{key}' must be a list of names, not {_kind(value)}")
    for item in value:
        if item is not None and (isinstance(item, bool) or not isinstance(item, _SCALAR)):
            raise NewsgraphError(f"{where} ({row['id']}): '{key}' must be a list of names; it holds {_kind(item)} {item!r:.60}")
    return [str(v) for v in value if v not in (None, "")]


def _text(where: str, row: dict, key: str) -> str | None:
    """A one-name field (``en``, ``kind``, ``developer`` …): text (or a number), else an error naming the field."""
    value = row.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, _SCALAR):
        raise NewsgraphError(f"{where} ({row.get('id')}): '{key}' must be a single name, not {_kind(value)} {value!r:.60}")
    return str(value)


def _kind(value) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false"}.get(type(value), f"a {type(value).__name__}")


def _entry(path, index: int, row) -> Entry:
    where = f"{path}: entry {index}"
    if not isinstance(row, dict) or not row.get("id") or not row.get("type"):
        raise NewsgraphError(f"{where}: needs at least 'id' and 'type'")
    row = {str(k): v for k, v in row.items()}
    row["id"] = _text(where, row, "id")
    unknown = set(row) - _FIELDS
    if unknown:
        raise NewsgraphError(f"{where} ({row['id']}): unknown fields {sorted(unknown)}; allowed: {sorted(_FIELDS)}")
    try:
        node_type = NodeType(_text(where, row, "type"))
    except ValueError:
        raise NewsgraphError(f"{where} ({row['id']}): unknown type {row['type']!r}; "
                             f"allowed: {', '.join(t.value for t in NodeType)}") from None
    for key in ("kind", "developer", "family", "parent"):
        row[key] = _text(where, row, key)
    canonical = tuple(dict.fromkeys(n for n in (_text(where, row, k) for k in ("en", "zh_hans", "zh_hant")) if n))
    aliases, contextual, cased, domains = (_names(where, row, key) for key in ("aliases", "contextual", "cased", "domains"))
    names = [*canonical, *aliases, *contextual, *cased]
    if not names:
        raise NewsgraphError(f"{where} ({row['id']}): has no name (en, zh_hans, zh_hant or aliases)")
    return Entry(id=str(row["id"]), type=node_type, name=names[0], aliases=tuple(dict.fromkeys(names)),
                 kind=row.get("kind"), developer=row.get("developer"), family=row.get("family"),
                 parent=row.get("parent"), domains=tuple(domains), contextual=tuple(contextual), cased=tuple(cased),
                 canonical=canonical or (names[0],))


def same_maker(a: str, b: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether two organisation ids name one maker or its unit ("alibaba" and "alibaba-cloud"; with the gazetteer,
    also a unit it gives an owner: "volcano-engine" of "bytedance")."""
    if a == b or a.startswith(b + "-") or b.startswith(a + "-"):
        return True
    entries = gazetteer.entries if gazetteer is not None else {}
    return any(getattr(entries.get(x), "parent", None) == y for x, y in ((a, b), (b, a)))
