"""Graph databases behind one address: ``open_store(url)``.

An address is a path (the embedded LadybugDB database, default ``newsgraph.db``), ``ladybug:PATH``,
or a Bolt URI (``bolt://``, ``neo4j://``, ``neo4j+s://`` … for Neo4j 5). Another store plugs in
through the ``newsgraph.stores`` entry point group under its URL scheme. Stores are imported
only when opened, so neither database driver loads until one is needed.

>>> import tempfile, pathlib
>>> from newsgraph.graph import KnowledgeGraph
>>> from newsgraph.schema import Organization
>>> kg = KnowledgeGraph(); kg.add_node(Organization(id="alibaba", name="Alibaba"))
>>> with open_store(str(pathlib.Path(tempfile.mkdtemp()) / "g.db")) as store:
...     _ = store.write(kg)
...     store.query("MATCH (o:Organization) RETURN o.name AS name")
[{'name': 'Alibaba'}]
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from ...schema.registry import Registry
from .base import GraphStore, StoreError

DEFAULT_STORE = "newsgraph.db"
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
STORES = Registry("store", "newsgraph.stores", {
    "ladybug": "newsgraph.graph.store.ladybug_store:LadybugStore",
    "neo4j": "newsgraph.graph.store.neo4j_store:Neo4jStore",
})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def parse_address(url: str | Path | None) -> tuple[str, str]:
    """``(store name, location)`` for a store address.

    >>> parse_address("graphs/news.db"), parse_address("ladybug:/tmp/x.db")
    (('ladybug', 'graphs/news.db'), ('ladybug', '/tmp/x.db'))
    >>> parse_address("neo4j+s://db.example.com")
    ('neo4j', 'neo4j+s://db.example.com')
    """
    text = str(url) if url not in (None, "") else DEFAULT_STORE
    scheme = _SCHEME.match(text)
    if scheme:
        name = scheme.group(1).lower()
        return ("neo4j" if name in NEO4J_SCHEMES else name), text
    if text.startswith("ladybug:"):
        return "ladybug", text.removeprefix("ladybug:") or DEFAULT_STORE
    return "ladybug", text


def neo4j_address(uri: str | None) -> str:
    """The address for ``--neo4j [URI]``: the URI, or ``$NEO4J_URI`` when it is empty."""
    uri = uri or os.environ.get("NEO4J_URI") or ""
    if not uri:
        raise StoreError("no Neo4j URI: pass --neo4j URI (or --store bolt://…) or set NEO4J_URI")
    if parse_address(uri)[0] != "neo4j":
        raise StoreError(f"{uri}: not a Bolt URI (use one of {', '.join(s + '://' for s in NEO4J_SCHEMES)})")
    return uri


def open_store(url: str | Path | None = None, **opts: Any) -> GraphStore:
    """The store at ``url`` (see :func:`parse_address`), opened; ``opts`` go to its constructor
    (``batch_size`` for all; ``create=False`` refuses to make a new embedded database)."""
    name, location = parse_address(url)
    try:
        cls = STORES.get(name)
    except Exception as exc:
        raise StoreError(f"{location}: {exc}") from None
    return cls(location, **opts)


DEFAULT_TIMEOUT = 60.0


def run_query(cypher: str, params: dict[str, Any] | None = None, store: str | Path | None = None, *,
              write: bool = False, timeout: float | None = DEFAULT_TIMEOUT) -> list[dict]:
    """Rows of a Cypher query against an existing database, keyed by the RETURN names.

    Read-only unless ``write`` (LadybugDB opens the database read-only; Neo4j refuses writing
    clauses and runs a READ session); stopped after ``timeout`` seconds (0/None: no limit). A
    ``$parameter`` the query uses but ``params`` lacks, or the reverse, is a ``UsageError``.
    """
    params = params or {}
    check_parameters(cypher, params)
    with open_store(store, create=False, read_only=not write) as db:
        return db.query(cypher, params, timeout=timeout or None)


def check_parameters(cypher: str, params: dict[str, Any]) -> None:
    """Raise ``UsageError`` naming a ``$parameter`` that is used but not given, or given but not used."""
    from ...schema.errors import UsageError
    from .statements import parameters

    used = parameters(cypher)
    missing, unused = sorted(used - set(params)), sorted(set(params) - used)
    if missing:
        given = f" (given: {', '.join('$' + p for p in sorted(params))})" if params else ""
        raise UsageError(f"the query uses ${missing[0]} but no value is given for it: pass --param "
                         f"{missing[0]}=VALUE{given}")
    if unused:
        uses = f"it uses {', '.join('$' + p for p in sorted(used))}" if used else "it uses no parameters"
        raise UsageError(f"--param {unused[0]} is not used by the query ({uses})")


def db_info(store: str | Path | None = None) -> dict:
    """Which store, where, and its node and edge counts by type (read-only)."""
    with open_store(store, create=False, read_only=True) as db:
        counts = db.counts()
        return {"store": db.kind, "location": db.describe(), **counts,
                "total_nodes": sum(counts["nodes"].values()), "total_edges": sum(counts["edges"].values())}


def db_articles(store: str | Path | None = None) -> list[dict]:
    """Every article in the database (id, key, url, title, published, content hash, extractor, …)
    with ``edges``: how many edges of each type its evidence backs."""
    with open_store(store, create=False) as db:
        return db.articles()


def db_remove(refs: list[str], store: str | Path | None = None) -> dict:
    """Retract the articles named by id, URL or path (see :func:`.articles.find_articles`), in one
    transaction; what was removed and changed, and the ids found for each reference."""
    from .articles import find_articles

    with open_store(store, create=False) as db:
        found = find_articles(list(refs), db.articles())
        report = db.remove_articles(sorted({i for ids in found.values() for i in ids}))
        return {**report, "found": found}


def db_clear(store: str | Path | None = None) -> dict:
    """Delete every node and relationship; the counts before clearing."""
    with open_store(store, create=False) as db:
        counts = db.counts()
        db.clear()
        return counts


def __getattr__(name: str):
    """``LadybugStore`` and ``Neo4jStore`` on first use (each imports its database driver)."""
    if name in ("LadybugStore", "Neo4jStore"):
        return STORES.get({"LadybugStore": "ladybug", "Neo4jStore": "neo4j"}[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEFAULT_STORE", "GraphStore", "LadybugStore", "Neo4jStore", "NEO4J_SCHEMES", "STORES", "StoreError",
           "db_articles", "db_clear", "db_info", "db_remove", "neo4j_address", "open_store", "parse_address",
           "run_query"]
