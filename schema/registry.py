"""One registry pattern for readers, extractors, exporters and stores.

A registry knows three kinds of entries, looked up in this order:

1. objects registered at run time (``@REGISTRY.register("name")`` or ``REGISTRY.add``);
2. built-ins, given as ``"module:attribute"`` strings and imported on first use, so that
   importing a registry never imports what it lists (a database driver, pyvis …);
3. installed plug-ins: ``importlib.metadata`` entry points in the registry's group,
   e.g. ``[project.entry-points."newsgraph.extractors"] mine = "my_pkg:MyExtractor"``.

An unknown name is an error that lists what is available.

>>> colours = Registry("colour", "example.colours", {"red": "builtins:str"})
>>> @colours.register("blue")
... def blue(): return "blue"
>>> colours.get("blue")()
'blue'
>>> colours.get("red") is str
True
>>> colours.get("green")
Traceback (most recent call last):
...
newsgraph.schema.errors.NewsgraphError: unknown colour 'green'; available: blue, red
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from .errors import NewsgraphError


class Registry:
    """Named entries of one kind: registered, built in (lazily imported) or from entry points."""

    def __init__(self, kind: str, group: str, builtins: Mapping[str, str] | None = None):
        self.kind, self.group = kind, group
        self._builtins = dict(builtins or {})
        self._entries: dict[str, Any] = {}
        self._entry_points: dict | None = None

    def register(self, name: str) -> Callable[[Any], Any]:
        """Decorator: ``@READERS.register("pdf")`` adds (or replaces) an entry."""

        def add(obj):
            self.add(name, obj)
            return obj

        return add

    def add(self, name: str, obj: Any) -> None:
        self._entries[name] = obj

    def remove(self, name: str) -> None:
        """Forget a run-time registration (built-ins and plug-ins stay available)."""
        self._entries.pop(name, None)

    def get(self, name: str) -> Any:
        """The entry called ``name``; NewsgraphError listing the available names otherwise."""
        if name in self._entries:
            return self._entries[name]
        if name in self._builtins:
            self._entries[name] = _load(self._builtins[name], f"built-in {self.kind} {name!r}")
            return self._entries[name]
        plugin = self._plugins().get(name)
        if plugin is None:
            raise NewsgraphError(f"unknown {self.kind} {name!r}; available: {', '.join(self.names()) or 'none'}")
        try:
            self._entries[name] = plugin.load()
        except Exception as exc:  # noqa: BLE001 - a broken plug-in is reported, not a traceback
            raise NewsgraphError(f"{self.kind} {name!r} from {plugin.value} cannot be loaded: "
                                 f"{type(exc).__name__}: {exc}") from exc
        return self._entries[name]

    def names(self) -> list[str]:
        """Every available name, sorted (this scans installed entry points)."""
        return sorted({*self._entries, *self._builtins, *self._plugins()})

    def __contains__(self, name: str) -> bool:
        return name in self._entries or name in self._builtins or name in self._plugins()

    def is_loaded(self, name: str) -> bool:
        """Whether ``name`` is registered or already imported (as opposed to only listed)."""
        return name in self._entries

    def _plugins(self) -> dict:
        """Installed entry points of this group, scanned once per process."""
        if self._entry_points is None:
            from importlib.metadata import entry_points

            self._entry_points = {ep.name: ep for ep in entry_points(group=self.group)}
        return self._entry_points


def _load(target: str, what: str) -> Any:
    module, _, attribute = target.partition(":")
    try:
        return getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError) as exc:
        raise NewsgraphError(f"{what} cannot be loaded from {target}: {exc}") from exc
