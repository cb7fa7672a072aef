"""KnowledgeGraph: typed nodes and evidence-carrying edges over a networkx MultiDiGraph."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from ..schema import (
    Article,
    Edge,
    EdgeType,
    Evidence,
    Extraction,
    LookupFailed,
    NewsgraphError,
    NodeModel,
    NodeType,
    UsageError,
    check_endpoints,
    make_node,
    parse_edge_type,
    parse_node_type,
)
from ..schema.evidence import EvidenceList, Packed, Shared, insert_piece, split
from ..schema.identity import canonical_url, content_hash
from ..schema.merging import (FIRST_MENTION_ONLY, first_mention, merge_contributions, merge_node, remove_article,
                              seen_range, type_clash)
from ..schema.text import name_key
from .compact import CompactMultiDiGraph, EdgeAttrs


class KnowledgeGraph:
    """Nodes keyed by id, edges keyed by type; the same fact added twice is merged.

    ``self.graph`` is a :class:`networkx.MultiDiGraph` for programs that want to walk it
    (a :class:`~newsgraph.graph.compact.CompactMultiDiGraph`: its per-edge mappings are small
    slotted objects that behave as dicts): node attributes are the node's fields, edge attributes are
    ``type``, ``evidence`` (a list of mappings with the ``Evidence`` fields in slots,
    :class:`~newsgraph.schema.evidence.EvidenceRecord`; equal values stored once), ``support``,
    ``first_seen`` and ``last_seen`` (ISO dates from the evidence's ``published``).

    The graph remembers what each article contributed (its version of each node, its
    evidence), so an article can be taken out again exactly (:meth:`remove_article`):
    its evidence goes, support is recounted, edges and nodes nothing else backs go, and
    the nodes it touched are merged again from what the other articles said.

    >>> from newsgraph.schema import Organization, Model, Edge, Evidence
    >>> kg = KnowledgeGraph()
    >>> kg.add_node(Organization(id="alibaba", name="Alibaba", aliases=["阿里巴巴"]))
    >>> kg.add_node(Model(id="qwen3", name="Qwen3"))
    >>> ev = Evidence(article="a1", sentence="阿里巴巴發佈Qwen3。", start=0, end=12, rule="released.cue", confidence=0.9)
    >>> kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev]))
    >>> kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[ev.model_copy(update={"article": "a2"})]))
    >>> kg.edge("alibaba", "qwen3", "RELEASED").support
    2
    >>> kg.resolve("阿里巴巴")
    'alibaba'
    """

    def __init__(self) -> None:
        self.graph = CompactMultiDiGraph()
        self._names: dict[str, set[str]] = {}
        self._contributions: dict[str, dict[str | None, dict]] = {}  # node id → {article id (None: no article): node}
        # article id → ids of the nodes it contributed, and edges holding its evidence (but its own node's):
        # a set while the article is being added, then a tuple (:meth:`_settle`)
        self._article_nodes: dict[str, set[str] | tuple[str, ...]] = {}
        self._article_edges: dict[str, set[tuple[str, str, str]] | tuple[tuple[str, str, str], ...]] = {}
        self._edge_keys: dict[tuple[str, str, str], tuple[str, str, str]] = {}  # one tuple per edge
        self._shared = Shared()  # one object per distinct evidence value (sentences, rules, offsets)
        self._versions: dict[tuple, dict] = {}  # one dict per distinct contributed node version
        self._days: dict[str, str | None] = {}  # article id → its date, for the versions it left undated (_Undated)
        # evidence is packed (:class:`~newsgraph.schema.evidence.Packed`): one tuple per distinct reading (rule,
        # confidence, aspect, when) in the graph, one per occurrence (article, date, sentence, offsets) shared by
        # the pieces one article's sentence backs (pooled while that article is added)
        self._readings: dict[tuple, tuple] = {}
        self._occurrences: dict[tuple, tuple] = {}

    # -- building -------------------------------------------------------
    def add_node(self, node: NodeModel, article: str | None = None) -> None:
        """Add a node, or merge it into the node with the same id (see :mod:`newsgraph.schema.merging`).

        ``article`` says which article's version of the node this is (kept for :meth:`remove_article`).
        """
        self._add_node_data(node.model_dump(mode="json"), article)

    def _add_node_data(self, data: dict, article: str | None, day: str | None = None) -> None:
        """``day``: the article's date. An article's version of a node seen on that day only is kept
        without it (:class:`_Undated`: one version serves every article that says the same)."""
        node_id = data["id"] = self._shared(data["id"])  # one string per id, however many articles name it
        current = self.graph.nodes.get(node_id)
        if current is None:
            _one_copy(data)
        known: set | tuple = ()
        if current is not None:
            if current["type"] != data["type"]:
                raise type_clash(node_id, current["type"], data["type"])
            merged = merge_node(current, data)
            if merged == current:  # mostly: nothing new (equal values are the same values, see merge_node)
                merged = None
            else:
                known = set(current["aliases"])
        else:
            merged = data
        if merged is not None:
            self.graph.add_node(node_id, **merged)
            for alias in merged["aliases"]:
                if alias not in known:  # the node's other aliases are indexed already (name_key folds: not cheap)
                    self._names.setdefault(name_key(alias), set()).add(node_id)
        own = self._contributions.setdefault(node_id, {})
        # an article's version of its own node is its alone: not pooled (the pool's key would cost more)
        version = self._version if node_id != article else _itself
        if article in own:
            own[article] = version(merge_node(self._dated(article, own[article]), data))
        elif day and article is not None and data.get("first_seen") == day == data.get("last_seen") \
                and self._days.setdefault(article, day) == day:
            own[article] = version(_Undated({**data, "first_seen": None, "last_seen": None}))
        else:
            own[article] = version(data)
        if article is not None:
            _note(self._article_nodes, article, node_id)

    def _dated(self, article: str | None, version: dict) -> dict:
        """An article's version of a node as it said it (dated, when it is kept undated)."""
        return _dated(version, self._days[article]) if type(version) is _Undated else version

    def _version(self, data: dict) -> dict:
        """``data``, or the equal node version stored before (same keys in the same order, values of the
        same types): articles mostly say the same about a node, so memory follows the distinct versions.
        Contributions are never changed in place (:func:`~newsgraph.schema.merging.merge_node` copies)."""
        try:
            key = (type(data),) + tuple((k, type(v), tuple(v) if type(v) is list else v) for k, v in data.items())
            return self._versions.setdefault(key, data)
        except TypeError:  # an unhashable value: kept as it is
            return data

    def add_edge(self, edge: Edge) -> None:
        """Add an edge, or add its evidence to the edge with the same (source, type, target).

        Each piece of evidence costs O(log n) comparisons, whatever the edge's support.
        """
        for end in (edge.source, edge.target):
            if end not in self.graph:
                raise LookupFailed(f"{edge.type.value} edge refers to unknown node {end!r}")
        check_endpoints(edge.type, self.node_type(edge.source), self.node_type(edge.target))
        self._add_evidence(edge.source, edge.target, edge.type.value, [e.model_dump(mode="json") for e in edge.evidence])

    def _add_evidence(self, source: str, target: str, key: str, evidence: Iterable[dict]) -> None:
        shared = self._shared  # the ends and the type as the strings the graph holds already
        source, target, key = shared(source), shared(target), shared(key)
        attrs = self.graph._succ[source].get(target)
        attrs = None if attrs is None else attrs.get(key)
        if attrs is None:
            made = attrs = self.graph.add_new_edge(source, target, key, key, Packed(), 0, None, None)
        else:
            made = None
        if type(attrs) is not EdgeAttrs or len(attrs) != 5:  # (an edge whose attributes a program changed)
            attrs = _Attributes(attrs)
        packed = self._packed(attrs)
        edge = None
        for item in evidence:
            occurrence, reading = self._split(item)
            attrs.support += insert_piece(packed, occurrence, reading)
            article = occurrence[0]
            if article != source and article != target:  # an article's own node's edges are found from it
                if edge is None:
                    edge = (source, target, key)
                    edge = self._edge_keys.setdefault(edge, edge)
                _note(self._article_edges, article, edge)
            elif article not in self._article_edges:
                self._article_edges[article] = ()
            if day := occurrence[1]:
                first, last = attrs.first_seen, attrs.last_seen
                attrs.first_seen = min(first or day, day)
                attrs.last_seen = max(last or day, day)
        if made is not None:  # a new edge's list of exactly its pieces (grown by inserts, it has room for more)
            made.evidence = Packed(packed)
            if type(made) is EdgeAttrs:
                made.fold()
        elif len(packed) == 2 and type(attrs) is EdgeAttrs:
            attrs.fold()

    def _packed(self, attrs) -> Packed:
        """The edge's packed evidence (a list of evidence a program set there is packed now)."""
        found = attrs.evidence
        if type(found) is Packed:
            return found
        if type(found) is tuple:  # an edge keeping its one piece alone (EdgeAttrs.fold)
            return attrs.unfold()
        if type(found) is EvidenceList:
            return found.mutable()
        packed = Packed()
        for item in found or ():
            insert_piece(packed, *self._split(item))
        attrs.evidence = packed if type(attrs) is EdgeAttrs else EvidenceList(packed)
        return packed

    def _split(self, item) -> tuple[tuple, tuple]:
        """A piece of evidence as its (occurrence, reading), each the tuple the graph holds already when
        it holds an equal one (values of different types are never one: ``1`` and ``1.0`` stay apart)."""
        occurrence, reading = split(item)
        key = (occurrence, tuple(map(type, occurrence)))
        found = self._occurrences.get(key)
        if found is None:
            if len(self._occurrences) >= 65536:  # pooled for the article being added: kept small
                self._occurrences.clear()
            shared = self._shared
            found = self._occurrences[key] = tuple(map(shared, occurrence))
        occurrence = found
        key = (reading, tuple(map(type, reading)))
        found = self._readings.get(key)
        if found is None:
            shared = self._shared
            found = self._readings[key] = tuple(map(shared, reading))
        return occurrence, found

    def add_extraction(self, extraction: Extraction | dict, extractor: str | None = None,
                       digest: str | None = None) -> None:
        """Add everything an extractor found in one article — all of it, or (on a clash) none of it.

        ``extraction`` is an :class:`Extraction` or its ``model_dump(mode="json")`` (what the
        extraction cache holds). The article's date is stamped where the extractor left it out:
        ``published`` on its evidence (and ``when_date``, the day its ``when`` names),
        ``first_seen``/``last_seen`` on its nodes; the article's own
        node gets its identity (``key``, ``content_hash`` — ``digest`` when the caller has it) and
        ``extractor`` (which extractor made these facts). A ``MENTIONS`` edge keeps one piece of evidence, the
        article's first mention, with ``mentions`` (how many it has; :func:`~newsgraph.schema.merging.first_mention`),
        also from an extractor that gives every mention.
        """
        data = extraction if isinstance(extraction, dict) else extraction.model_dump(mode="json")
        self._check_fits(data)
        self._occurrences.clear()  # occurrences are shared within one article
        article = data["article"]
        day = article.get("published")
        anchor = dt.date.fromisoformat(day) if day else None
        for node in data["nodes"]:
            node = _dated(node, day)
            if node["id"] == article["id"] and node["type"] == NodeType.SOURCE.value:
                node["key"] = node.get("key") or article.get("key") or canonical_url(article.get("url"))
                node["content_hash"] = node.get("content_hash") or digest or content_hash(Article(**article))
                node["extractor"] = node.get("extractor") or extractor
            self._add_node_data(node, article["id"], day)
        for edge in data["edges"]:
            items, found = [], edge["evidence"]
            if edge["type"] in FIRST_MENTION_ONLY and (len(found) != 1 or found[0].get("mentions") is None):
                found = first_mention(found)  # an extractor that kept every mention: its first, counted
            for item in found:
                if item["article"] == article["id"] and item.get("published") is None:
                    item = {**item, "published": day}
                if item.get("when") and item.get("when_date") is None and (stated := _resolve_when(item["when"], anchor)):
                    item = {**item, "when_date": stated.isoformat()}
                items.append(item)
            self._add_evidence(edge["source"], edge["target"], edge["type"], items)
        _settle(self._article_nodes, article["id"])
        _settle(self._article_edges, article["id"])

    def _check_fits(self, data: dict) -> None:
        types = {n["id"]: n["type"] for n in data["nodes"]}
        for node_id, node_type in types.items():
            known = self.graph.nodes.get(node_id)
            if known is not None and known["type"] != node_type:
                raise type_clash(node_id, known["type"], node_type)
        for edge in data["edges"]:
            for end in (edge["source"], edge["target"]):
                if end not in types and end not in self.graph:
                    raise LookupFailed(f"{edge['type']} edge refers to unknown node {end!r}")

    def merge(self, other: "KnowledgeGraph") -> None:
        """Add every node and edge of ``other`` into this graph (with what each article contributed)."""
        for node_id in sorted(other.graph.nodes):
            for article, data in other._contributions.get(node_id, {None: other.graph.nodes[node_id]}).items():
                self._add_node_data(dict(other._dated(article, data)), article)
        for source, target, key, data in sorted(other.graph.edges(keys=True, data=True), key=lambda r: r[:3]):
            self._add_evidence(source, target, key, data["evidence"])

    # -- taking articles out ------------------------------------------------
    def articles(self) -> list[str]:
        """Ids of the articles that contributed nodes or evidence, sorted."""
        return sorted(set(self._article_nodes) | set(self._article_edges))

    def contribution(self, node_id: str, article: str) -> dict | None:
        """What ``article`` said about node ``node_id`` (its node fields), or None."""
        found = self._contributions.get(node_id, {}).get(article)
        return None if found is None else self._dated(article, found)

    def remove_article(self, article: str) -> dict[str, int]:
        """Take out everything ``article`` contributed: its evidence (support recounted, first/last
        seen recomputed), then every edge with no evidence left, every node it alone backed and
        no edge still touches, and its other nodes merged again from the remaining articles (in
        the order they were added). Returns counts of edges and nodes changed and removed.
        """
        counts = {"edges_changed": 0, "edges_removed": 0, "nodes_changed": 0, "nodes_removed": 0}
        touched = set(self._article_nodes.pop(article, ()))
        for source, target, key in sorted(self._held_edges(article, self._article_edges.pop(article, ()))):
            attrs = self.graph.edges[source, target, key]
            if not remove_article(attrs["evidence"], article):
                continue
            touched |= {source, target}
            if not attrs["evidence"]:
                self.graph.remove_edge(source, target, key)
                self._edge_keys.pop((source, target, key), None)
                counts["edges_removed"] += 1
                continue
            attrs["support"] = len({e["article"] for e in attrs["evidence"]})
            attrs["first_seen"], attrs["last_seen"] = seen_range(attrs["evidence"])
            counts["edges_changed"] += 1
        for node_id in sorted(touched):
            own = self._contributions.get(node_id, {})
            if own.pop(article, None) is None:
                continue
            if not own and self.graph.degree(node_id) == 0:
                self._forget_names(node_id)
                self.graph.remove_node(node_id)
                del self._contributions[node_id]
                counts["nodes_removed"] += 1
            elif own:
                before = dict(self.graph.nodes[node_id])
                self._forget_names(node_id)
                data = merge_contributions(self._dated(a, v) for a, v in own.items())
                self.graph.nodes[node_id].clear()
                self.graph.nodes[node_id].update(data)
                for alias in data["aliases"]:
                    self._names.setdefault(name_key(alias), set()).add(node_id)
                counts["nodes_changed"] += data != before
        self._days.pop(article, None)  # none of its versions is left
        return counts

    def _held_edges(self, article: str, held: Iterable[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """The edges that may hold ``article``'s evidence: those recorded, and those of its own node."""
        edges = set(held)
        if article in self.graph:
            edges.update(self.graph.out_edges(article, keys=True))
            edges.update(self.graph.in_edges(article, keys=True))
        return edges

    def _forget_names(self, node_id: str) -> None:
        for alias in self.graph.nodes[node_id].get("aliases") or ():
            ids = self._names.get(name_key(alias))
            if ids is not None:
                ids.discard(node_id)
                if not ids:
                    del self._names[name_key(alias)]

    def copy(self) -> "KnowledgeGraph":
        """An independent copy (with what each article contributed)."""
        out = KnowledgeGraph()
        out.graph.add_nodes_from((n, dict(d)) for n, d in self.graph.nodes(data=True))
        out.graph.add_edges_from((u, v, k, {**d, "evidence": _copied(d["evidence"])})
                                 for u, v, k, d in self.graph.edges(keys=True, data=True))
        out._names = {k: set(v) for k, v in self._names.items()}
        out._contributions = {k: dict(v) for k, v in self._contributions.items()}
        out._versions = dict(self._versions)
        out._days = dict(self._days)
        out._article_nodes = {k: set(v) for k, v in self._article_nodes.items()}
        out._article_edges = {k: set(v) for k, v in self._article_edges.items()}
        out._edge_keys = dict(self._edge_keys)
        out._readings = dict(self._readings)
        return out

    def without_articles(self, articles: Iterable[str]) -> "KnowledgeGraph":
        """The graph the other articles make (what :meth:`remove_article` of each would leave),
        built afresh from their contributions in one pass.

        >>> from newsgraph.graph.traversal import _example_dated
        >>> kg = _example_dated()
        >>> kg.without_articles(["b"]).edge("qwen3", "gpt-oss", "OUTPERFORMS").support
        1
        """
        drop = set(articles)
        out = KnowledgeGraph()
        for node_id in self.graph.nodes:
            for article, data in self._contributions.get(node_id, {}).items():
                if article not in drop:
                    out._add_node_data(self._dated(article, data), article)
        for source, target, key, data in self.graph.edges(keys=True, data=True):
            kept = [e for e in data["evidence"] if e["article"] not in drop]
            if kept and source in out.graph and target in out.graph:
                out._add_evidence(source, target, key, kept)
        return out

    # -- time -------------------------------------------------------------
    def between(self, since: dt.date | str | None = None, until: dt.date | str | None = None) -> "KnowledgeGraph":
        """The graph as the articles published from ``since`` to ``until`` (both included) tell it.

        Only evidence whose ``published`` date is in the range is kept (undated evidence goes
        once a bound is given); edges keep the support and first/last seen of what is left and
        go when nothing is; nodes stay when an edge left touches them (or, with no edges at
        all, when their own ``first_seen`` is in range), with ``first_seen``/``last_seen``
        taken from the evidence left. Names and aliases are not narrowed.

        >>> from newsgraph.graph.traversal import _example_dated
        >>> kg = _example_dated()
        >>> sorted(e.target for e in kg.between("2025-01-01", "2025-01-31").edges())
        ['qwen3']
        >>> kg.as_of("2025-02-28").edge("qwen3", "gpt-oss", "OUTPERFORMS").support
        1
        """
        low, high = date_range(since, until)
        if low is None and high is None:
            return self.copy()
        out = KnowledgeGraph()
        kept_nodes: dict[str, list[dict]] = {}
        for source, target, key, data in sorted(self.graph.edges(keys=True, data=True), key=lambda r: r[:3]):
            kept = [e for e in data["evidence"] if _within(e.get("published"), low, high)]
            if kept:
                kept_nodes.setdefault(source, []).extend(kept)
                kept_nodes.setdefault(target, []).extend(kept)
        for node_id, data in self.graph.nodes(data=True):
            if node_id in kept_nodes:
                first, last = seen_range(kept_nodes[node_id])
                out._add_node_data({**data, "first_seen": first, "last_seen": last}, None)
            elif self.graph.degree(node_id) == 0 and _within(data.get("first_seen"), low, high):
                out._add_node_data(dict(data), None)
        for source, target, key, data in sorted(self.graph.edges(keys=True, data=True), key=lambda r: r[:3]):
            kept = [e for e in data["evidence"] if _within(e.get("published"), low, high)]
            if kept:
                out._add_evidence(source, target, key, kept)
        return out

    def as_of(self, day: dt.date | str) -> "KnowledgeGraph":
        """The graph as known on ``day``: what the articles published up to that day say."""
        return self.between(None, day)

    # -- reading --------------------------------------------------------
    def __contains__(self, node_id: str) -> bool:
        return node_id in self.graph

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return (dict(self.graph.nodes(data=True)) == dict(other.graph.nodes(data=True))
                and sorted(self._edge_rows()) == sorted(other._edge_rows()))

    def _edge_rows(self) -> list[tuple]:
        return [(u, k, v, repr(d)) for u, v, k, d in self.graph.edges(keys=True, data=True)]

    def node(self, node_id: str) -> NodeModel:
        """The node with this id as a schema model."""
        if node_id not in self.graph:
            raise LookupFailed(f"no node with id {node_id!r}")
        return make_node(**self.graph.nodes[node_id])

    def node_type(self, node_id: str) -> NodeType:
        return parse_node_type(self.graph.nodes[node_id]["type"])

    def nodes(self, node_type: NodeType | str | None = None) -> Iterator[NodeModel]:
        """All nodes (optionally of one type), sorted by id."""
        for node_id in sorted(self.graph.nodes):
            if node_type is None or self.graph.nodes[node_id]["type"] == parse_node_type(node_type).value:
                yield self.node(node_id)

    def edge(self, source: str, target: str, edge_type: EdgeType | str) -> Edge:
        key = parse_edge_type(edge_type).value
        if not self.graph.has_edge(source, target, key):
            raise LookupFailed(f"no {key} edge from {source!r} to {target!r}")
        return _edge_model(source, target, self.graph.edges[source, target, key])

    def edges(self, edge_type: EdgeType | str | None = None) -> Iterator[Edge]:
        """All edges (optionally of one type), sorted by source, type, target."""
        rows = sorted(self.graph.edges(keys=True, data=True), key=lambda r: (r[0], r[2], r[1]))
        for source, target, key, data in rows:
            if edge_type is None or key == parse_edge_type(edge_type).value:
                yield _edge_model(source, target, data)

    def resolve(self, name: str) -> str:
        """The id of the node called ``name`` (id, name or any alias, in any script or case).

        Several matches: an exact id wins, then the node with the most edges.
        """
        if name in self.graph:
            return name
        ids = self._names.get(name_key(name), set())
        if not ids:
            raise LookupFailed(f"no node named {name!r}{self._suggestions(name)}")
        return sorted(ids, key=lambda i: (-self.graph.degree(i), i))[0]

    def _suggestions(self, name: str, most: int = 5) -> str:
        """``"; did you mean: A, B?"``: the nodes whose names are nearest ``name`` (none: how many there are)."""
        import difflib

        close = difflib.get_close_matches(name_key(name), list(self._names), n=most * 2, cutoff=0.6)
        shown: list[str] = []
        for key in close:
            for node_id in sorted(self._names[key]):
                label = str(self.graph.nodes[node_id].get("name") or node_id)
                if label not in shown:
                    shown.append(label)
        if shown:
            return "; did you mean: " + ", ".join(shown[:most]) + "?"
        return f" (the graph has {self.graph.number_of_nodes()} nodes; `newsgraph stats` counts them by type)"

    def counts(self) -> dict[str, dict[str, int]]:
        """Nodes by type and edges by type, for summaries."""
        nodes: dict[str, int] = {}
        for _, data in self.graph.nodes(data=True):
            nodes[data["type"]] = nodes.get(data["type"], 0) + 1
        edges: dict[str, int] = {}
        for _, _, key in self.graph.edges(keys=True):
            edges[key] = edges.get(key, 0) + 1
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}


class _Attributes:
    """An edge's attributes mapping read and set as attributes (as :class:`EdgeAttrs` are)."""

    __slots__ = ("_data",)

    def __init__(self, data) -> None:
        object.__setattr__(self, "_data", data)

    def __getattr__(self, name):
        return self._data.get(name)

    def __setattr__(self, name, value) -> None:
        self._data[name] = value


class _Undated(dict):
    """A node as an article's extraction gave it, before :func:`_dated` (the graph keeps the article's date once)."""

    __slots__ = ()


def _itself(data: dict) -> dict:
    return data


def _one_copy(data: dict) -> None:
    """Equal strings of one node's fields as one object (a title is also its name and its alias)."""
    seen: dict[str, str] = {}
    for key, value in data.items():
        if type(value) is str:
            data[key] = seen.setdefault(value, value)
        elif type(value) is list and value and all(type(v) is str for v in value):
            data[key] = [seen.setdefault(v, v) for v in value]


def _dated(node: dict, day: str | None) -> dict:
    """A copy of ``node`` with the article's date ``day`` where the extractor left it out."""
    node = dict(node)
    node["first_seen"] = node.get("first_seen") or day
    node["last_seen"] = node.get("last_seen") or day or node["first_seen"]
    return node


def _note(held: dict, article: str, item) -> None:
    """``item`` into ``held[article]`` (a set, made again from a settled tuple when need be)."""
    found = held.get(article)
    if type(found) is set:
        found.add(item)
    elif found is None:
        held[article] = {item}
    elif item not in found:
        held[article] = {*found, item}


def _settle(held: dict, article: str) -> None:
    """``held[article]`` as a tuple (a tenth of a set's memory), once the article is in."""
    found = held.get(article)
    if type(found) is set:
        held[article] = tuple(found)


def _resolve_when(expression: str, anchor: dt.date | None) -> dt.date | None:
    """The day a stated time names (the readers' date rules, loaded only when a claim states one)."""
    from ..loaders.readers.dates import resolve_when

    return resolve_when(expression, anchor)


def date_range(since: dt.date | str | None, until: dt.date | str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` as ISO date strings (None: no bound); a ``UsageError`` when ``since``
    is later than ``until``, a range no article can be in.

    >>> date_range("2025-03-01", "2025-02-01")
    Traceback (most recent call last):
    newsgraph.schema.errors.UsageError: --since 2025-03-01 is later than --until 2025-02-01: no article is published in that range
    """
    bounds = []
    for option, value in (("--since", since), ("--until", until)):
        try:
            bounds.append(_day(value))
        except NewsgraphError as exc:
            raise NewsgraphError(f"{option}: {exc}") from None
    low, high = bounds
    if low is not None and high is not None and low > high:
        raise UsageError(f"--since {low} is later than --until {high}: no article is published in that range")
    return low, high


def _day(value: dt.date | str | None) -> str | None:
    """A bound as an ISO date string (evidence dates are ISO strings in the graph)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise NewsgraphError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _within(day: str | None, low: str | None, high: str | None) -> bool:
    return bool(day) and (low is None or day >= low) and (high is None or day <= high)


def _copied(evidence):
    """An edge's evidence for a copy of the graph (the packed tuples are immutable: shared)."""
    return EvidenceList(Packed(evidence.packed)) if type(evidence) is EvidenceList else list(evidence)


def _edge_model(source: str, target: str, data: dict) -> Edge:
    return Edge(source=source, target=target, type=data["type"], evidence=[Evidence(**e) for e in data["evidence"]])
