"""Scoring a graph against a gold (reference) graph: per-type precision/recall/F1, entity recall, node precision.

The matching rules are those of the project's evaluation scorer (``../shared/eval/score.py``),
so figures from ``newsgraph eval`` and from the scorer agree on the same graph:

- names meet after NFKC, case folding and dropping everything but letters and digits (the gold
  lists Traditional and Simplified spellings where they differ, so scripts are not folded here);
- a node stands for every gold entity one of its names belongs to, those of its own type
  first, in a fixed order (its primary name's entities first);
- only the semantic edge types are scored (RELEASED, OUTPERFORMS, CITES, WORRIES: the schema's
  ``SEMANTIC_EDGE_TYPES``); an edge that only matches an optional gold edge is neither right nor wrong.

>>> gold = {"entities": {"qwen3": {"type": "Model", "aliases": ["Qwen3"]},
...                      "alibaba": {"type": "Organization", "aliases": ["Alibaba", "阿里巴巴"]}},
...         "edges": [["RELEASED", "alibaba", "qwen3"]]}
>>> graph = {"nodes": [{"id": "a", "type": "Organization", "name": "阿里巴巴"}, {"id": "q", "type": "Model", "name": "QWEN-3"}],
...          "edges": [{"source": "a", "target": "q", "type": "RELEASED"}]}
>>> report = score(gold, graph["nodes"], graph["edges"])
>>> report["edges"]["f1"], report["entities"]["core_recall"]
(1.0, 1.0)
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..schema import NewsgraphError
from ..schema.jsonload import NumberTooLong, loads
from ..schema.vocabulary import SEMANTIC_EDGE_TYPES

SCORED = tuple(t.value for t in SEMANTIC_EDGE_TYPES)


def norm(text) -> str:
    """The scorer's name key: NFKC, case-folded, letters and digits only.

    >>> norm("GPT-OSS 120b"), norm("Ｑｗｅｎ３")
    ('gptoss120b', 'qwen3')
    """
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def node_type(node: dict) -> str | None:
    for key in ("type", "label", "kind_label"):
        if isinstance(node.get(key), str):
            return node[key]
    labels = node.get("labels")
    if isinstance(labels, list) and labels:
        return labels[0]
    return None


def edge_type(edge: dict) -> str | None:
    for key in ("type", "rel", "label", "key"):
        if isinstance(edge.get(key), str):
            return edge[key].upper()
    return None


def node_names(node: dict) -> list[str]:
    """The node's keys: primary name first, then its title and aliases in order."""
    names: list[str] = []
    for raw in [node.get("name"), node.get("title"), *(node.get("aliases") or [])]:
        key = norm(raw) if raw else ""
        if key and key not in names:
            names.append(key)
    return names


def _prf(tp: int, predicted: int, gold: int) -> dict:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "predicted": predicted,
            "gold": gold}


def score(gold: dict, nodes: list[dict], edges: list[dict]) -> dict:
    """The report for a graph given as node-link ``nodes`` and ``edges`` (dicts), against ``gold``."""
    entities = gold["entities"]
    alias_index: dict[str, list[str]] = defaultdict(list)
    for gid, entity in entities.items():
        for alias in entity["aliases"]:
            alias_index[norm(alias)].append(gid)
    forbidden = {norm(f) for f in gold.get("forbidden", [])}

    mapping: dict[str, list[str]] = {}
    wrong_type, unmatched, forbidden_hits, merged = [], [], [], []
    mapped_by: dict[str, list[str]] = defaultdict(list)
    for node in nodes:
        names = node_names(node)
        candidates: list[str] = []
        for name in names:
            for gid in sorted(alias_index.get(name, [])):
                if gid not in candidates:
                    candidates.append(gid)
        ntype = node_type(node)
        same_type = [g for g in candidates if entities[g]["type"] == ntype]
        gids = same_type or candidates[:1]
        mapping[str(node.get("id"))] = gids
        label = f"{node.get('name')!s} ({ntype})"
        if set(names) & forbidden:
            forbidden_hits.append(label)
        if not gids:
            unmatched.append(label)
        elif not same_type:
            wrong_type.append(f"{label} ~ {gids[0]} ({entities[gids[0]]['type']})")
        else:
            for gid in gids:
                mapped_by[gid].append(str(node.get("id")))
            if len([g for g in gids if not entities[g].get("optional")]) > 1:
                merged.append(f"{label} = {', '.join(gids)}")

    core_entities = [g for g, e in entities.items() if not e.get("optional")]
    found_entities = [g for g in core_entities if mapped_by.get(g)]
    split = {g: ids for g, ids in mapped_by.items() if len(ids) > 1}
    good_nodes = len(nodes) - len(unmatched) - len(wrong_type)

    core = {tuple(e) for e in gold["edges"]}
    optional = {tuple(e) for e in gold.get("optional_edges", [])}
    predicted = set()
    for edge in edges:
        etype = edge_type(edge)
        if etype not in SCORED:
            continue
        sources = mapping.get(str(edge.get("source"))) or [f"?{edge.get('source')}"]
        targets = mapping.get(str(edge.get("target"))) or [f"?{edge.get('target')}"]
        options = [(etype, s, t) for s in sources for t in targets]
        hit = next((t for t in options if t in core), None)
        if hit is None and any(t in optional for t in options):
            continue  # only an optional gold edge: neither right nor wrong
        predicted.add(hit or options[0])
    tp, fp, fn = predicted & core, predicted - core, core - predicted
    per_type = {t: _prf(sum(1 for x in tp if x[0] == t), sum(1 for x in predicted if x[0] == t),
                        sum(1 for x in core if x[0] == t)) for t in SCORED}
    return {
        "edges": _prf(len(tp), len(predicted), len(core)),
        "edges_by_type": per_type,
        "entities": {
            "core_recall": round(len(found_entities) / len(core_entities), 3) if core_entities else 0.0,
            "node_precision": round(good_nodes / len(nodes), 3) if nodes else 0.0,
            "nodes": len(nodes),
            "split_entities": {g: len(ids) for g, ids in split.items()},
            "merged_nodes": sorted(merged),
        },
        "missing_entities": sorted(set(core_entities) - set(found_entities)),
        "missing_edges": sorted(map(list, fn)),
        "false_edges": sorted(map(list, fp)),
        "wrong_type_nodes": sorted(wrong_type),
        "unmatched_nodes": sorted(unmatched),
        "forbidden_nodes": sorted(forbidden_hits),
    }


def load_gold(path: str | Path) -> dict:
    """A gold file: ``entities`` (id → type and aliases), ``edges`` ([type, source, target]), optionally
    ``optional_edges`` and ``forbidden`` names. Errors name the file and what is wrong."""
    try:
        gold = loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, NumberTooLong) as exc:
        raise NewsgraphError(f"{path}: cannot read gold file: {exc}") from None
    except RecursionError:
        raise NewsgraphError(f"{path}: cannot read gold file: nested too deeply") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("entities"), dict) or not isinstance(gold.get("edges"), list):
        raise NewsgraphError(f"{path}: a gold file is an object with 'entities' (id → entity) and 'edges' "
                             f"([type, source, target] lists)")
    for gid, entity in gold["entities"].items():
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str) \
                or not isinstance(entity.get("aliases"), list):
            raise NewsgraphError(f"{path}: entity {gid!r} needs a 'type' and a list of 'aliases'")
    for key in ("edges", "optional_edges"):
        for row in gold.get(key) or []:
            if not (isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row)):
                raise NewsgraphError(f"{path}: each of '{key}' is [type, source, target], not {row!r}")
    if not isinstance(gold.get("forbidden", []), list):
        raise NewsgraphError(f"{path}: 'forbidden' is a list of names")
    return gold


def read_graph(path: str | Path) -> tuple[list[dict], list[dict]]:
    """Nodes and edges of a node-link graph JSON (``newsgraph build -o``, or networkx's ``links``)."""
    try:
        data = loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, NumberTooLong) as exc:
        raise NewsgraphError(f"{path}: cannot read graph JSON: {exc}") from None
    except RecursionError:
        raise NewsgraphError(f"{path}: cannot read graph JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise NewsgraphError(f"{path}: not a node-link graph (top level is not an object)")
    nodes = data.get("nodes") or []
    edges = data.get("edges") or data.get("links") or data.get("relationships") or []
    for part, rows in (("nodes", nodes), ("edges", edges)):
        if not isinstance(rows, list):
            raise NewsgraphError(f"{path}: not a node-link graph ('{part}' is a JSON {type(rows).__name__}, not a list)")
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                raise NewsgraphError(f"{path}: not a node-link graph ({part}[{i}] is a JSON {type(row).__name__}, "
                                     "not an object)")
    return nodes, edges


@dataclass
class Evaluation:
    """A report (see :func:`score`) and what was scored."""

    report: dict
    nodes: int
    articles: int | None = None   # when the graph was built here
    skipped: tuple[str, ...] = ()

    def passes(self, min_edge_f1: float | None = None, min_entity_recall: float | None = None,
               min_edge_precision: float | None = None) -> bool:
        """The thresholds (as ``score.py`` applies them: with ``min_edge_f1``, forbidden nodes fail too)."""
        r = self.report
        failed = (min_edge_f1 is not None and (r["edges"]["f1"] < min_edge_f1 or bool(r["forbidden_nodes"]))) \
            or (min_entity_recall is not None and r["entities"]["core_recall"] < min_entity_recall) \
            or (min_edge_precision is not None and r["edges"]["precision"] < min_edge_precision)
        return not failed


def evaluate(gold: str | Path | dict, paths: Iterable[str | Path] = (), graph: str | Path | None = None,
             extractor: str = "rules", gazetteer: list[str | Path] | None = None) -> Evaluation:
    """Score the graph built from ``paths`` by ``extractor`` (or the graph JSON ``graph``) against ``gold``."""
    gold_data = gold if isinstance(gold, dict) else load_gold(gold)
    paths = list(paths)
    if graph is not None and paths:
        raise NewsgraphError("give either article paths to build from, or a graph JSON, not both")
    if graph is not None:
        nodes, edges = read_graph(graph)
        return Evaluation(score(gold_data, nodes, edges), len(nodes))
    if not paths:
        raise NewsgraphError("nothing to score: give article paths, or a graph JSON")
    from .export.jsonio import to_dict
    from .pipeline import build_graph

    built = build_graph(paths, extractor=extractor, gazetteer=gazetteer)
    if not built.articles:
        raise NewsgraphError("no article could be read: " + "; ".join(str(s) for s in built.skipped))
    data = to_dict(built.kg)
    return Evaluation(score(gold_data, data["nodes"], data["edges"]), len(data["nodes"]), len(built.articles),
                      tuple(str(s) for s in built.skipped))
