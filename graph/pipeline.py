"""From paths to a KnowledgeGraph: read, extract, merge; then write the outputs asked for."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..loaders.extract import get_extractor
from ..loaders.readers import read_paths
from ..schema import Article, InputError, NewsgraphError
from .knowledge import KnowledgeGraph

Progress = Callable[[Article | InputError], None]


@dataclass
class BuildResult:
    """The graph, the articles that went into it, and the inputs that were skipped (with reasons)."""

    graph: KnowledgeGraph
    articles: list[Article] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)

    def summary(self) -> dict:
        return {"articles": len(self.articles), "skipped": [str(s) for s in self.skipped],
                **self.graph.counts(), "outputs": self.outputs}


def build_graph(paths: Iterable[str | Path], extractor: str = "rules", gazetteer: list[str | Path] | None = None,
                progress: Progress | None = None, exclude: Iterable[str | Path] = ()) -> BuildResult:
    """Read every article under ``paths`` and merge what the extractor finds into one graph.

    A file that cannot be read, or an article the extractor fails on, is recorded
    in ``skipped`` and the batch goes on.
    """
    options = {"gazetteer_files": list(gazetteer)} if gazetteer else {}
    engine = get_extractor(extractor, **options)
    result = BuildResult(KnowledgeGraph())
    for item in read_paths(paths, exclude=exclude):
        if isinstance(item, Article):
            try:
                result.graph.add_extraction(engine.extract(item))
                result.articles.append(item)
            except Exception as exc:  # noqa: BLE001 - one article (or a plug-in extractor) must not end the batch
                item = InputError(item.path or item.id, f"extraction failed: {type(exc).__name__}: {exc}")
        if isinstance(item, InputError):
            result.skipped.append(item)
        if progress:
            progress(item)
    return result


def build(paths: Iterable[str | Path], output: str | Path | None = "graph.json", html: str | Path | None = None,
          graphml: str | Path | None = None, db: str | Path | None = "newsgraph.db", neo4j: str | None = None,
          extractor: str = "rules", gazetteer: list[str | Path] | None = None, strict: bool = False,
          progress: Progress | None = None) -> BuildResult:
    """``newsgraph build``: the graph from ``paths``, written to every output asked for.

    With ``strict``, any skipped input raises after the outputs are written.
    """
    from .export import export_graph

    outputs = [p for p in (output, html, graphml, db) if p]
    result = build_graph(paths, extractor=extractor, gazetteer=gazetteer, progress=progress, exclude=outputs)
    if not result.articles:
        raise NewsgraphError("no article could be read: " + ("; ".join(map(str, result.skipped)) or "no input files"))
    for fmt, path in (("json", output), ("html", html), ("graphml", graphml)):
        if path:
            result.outputs[fmt] = str(export_graph(result.graph, fmt, path))
    for kind, target in (("db", db), ("neo4j", neo4j)):
        if target is not None:  # neo4j="" means "the server in $NEO4J_URI"
            result.outputs[kind] = _write_store(result.graph, **{kind: target})
    if strict and result.skipped:
        raise NewsgraphError(f"{len(result.skipped)} input(s) skipped (--strict): " + "; ".join(map(str, result.skipped)))
    return result


def _write_store(kg: KnowledgeGraph, **where) -> str:
    from .store import open_store

    with open_store(**where) as store:
        store.write(kg)
        return store.describe()
