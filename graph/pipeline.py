"""From paths to a KnowledgeGraph: read, extract, merge; then write the outputs asked for."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..loaders.extract import get_extractor
from ..loaders.readers import input_files
from ..schema import Article, InputError, NewsgraphError
from .knowledge import KnowledgeGraph
from .store import DEFAULT_STORE, open_store, parse_address

Progress = Callable[[Article | InputError], None]


@dataclass
class BuildResult:
    """The graph, the articles that went into it, and the inputs that were skipped (with reasons)."""

    kg: KnowledgeGraph
    articles: list[Article] = field(default_factory=list)  # without their text: memory follows the graph
    skipped: list[InputError] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    report: list[str] = field(default_factory=list)  # the extractor's own summary lines (its ``report()``)

    def summary(self) -> dict:
        return {"articles": len(self.articles), "skipped": [str(s) for s in self.skipped],
                **self.kg.counts(), "outputs": self.outputs, "report": self.report}


def build_graph(paths: Iterable[str | Path], extractor: str = "rules", gazetteer: list[str | Path] | None = None,
                progress: Progress | None = None, exclude: Iterable[str | Path] = (),
                extractor_options: dict | None = None, workers: int | None = None, dask=None) -> BuildResult:
    """Read every article under ``paths`` and merge what the extractor finds into one graph.

    A file that cannot be read, or an article the extractor fails on, is recorded
    in ``skipped`` and the batch goes on. ``extractor_options`` are passed to the extractor.
    ``workers`` processes read and extract (None: all cores), or a Dask cluster does (``dask``: see
    :func:`newsgraph.graph.parallel.stage`); the graph is the same either way.
    """
    options = {**(extractor_options or {}), **({"gazetteer_files": list(gazetteer)} if gazetteer else {})}
    engine = get_extractor(extractor, **options)
    result = BuildResult(KnowledgeGraph())
    entries = list(input_files(paths, exclude=exclude))
    if hasattr(progress, "expect"):  # a progress bar: how many input files there are
        progress.expect(sum(not isinstance(e, InputError) for e in entries))
    for item, extraction in _extraction_stage(engine, extractor, options, entries, workers, dask):
        if isinstance(item, Article):
            try:
                if isinstance(extraction, Exception):
                    raise extraction
                result.kg.add_extraction(extraction)
                result.articles.append(item.model_copy(update={"text": ""}))
            except Exception as exc:  # noqa: BLE001 - one article (or a plug-in extractor) must not end the batch
                item = InputError(item.path or item.id, f"extraction failed: {type(exc).__name__}: {exc}")
        if isinstance(item, InputError):
            result.skipped.append(item)
        if progress:
            progress(item)
    result.report = list(engine.report()) if hasattr(engine, "report") else []
    return result


def _extraction_stage(engine, extractor: str, options: dict, entries: list, workers, dask) -> Iterator[tuple]:
    """``(item, its Extraction or exception)`` in input order: here, in worker processes or on Dask."""
    from .parallel import read_entries, stage

    run = stage(engine, extractor, options, workers=workers, dask=dask)
    return _extracted(engine, read_entries(entries)) if run is None else run(entries)


def _extracted(engine, items: Iterable[Article | InputError]) -> Iterator[tuple]:
    """``(item, its Extraction or exception)`` in input order (None for an unreadable input).

    An extractor with ``extract_all`` gets the articles as one stream (it may work on several at once).
    """
    if not hasattr(engine, "extract_all"):
        for item in items:
            if not isinstance(item, Article):
                yield item, None
                continue
            try:
                yield item, engine.extract(item)
            except Exception as exc:  # noqa: BLE001 - reported as that article's failure
                yield item, exc
        return
    pending: deque = deque()

    def articles():
        for item in items:
            pending.append(item)
            if isinstance(item, Article):
                yield item

    for extraction in engine.extract_all(articles()):
        while not isinstance(pending[0], Article):
            yield pending.popleft(), None
        yield pending.popleft(), extraction
    while pending:
        yield pending.popleft(), None


def build(paths: Iterable[str | Path], output: str | Path | None = "graph.json", html: str | Path | None = None,
          graphml: str | Path | None = None, neo4j_csv: str | Path | None = None, stores: Sequence[str | Path] = (DEFAULT_STORE,),
          extractor: str = "rules", gazetteer: list[str | Path] | None = None, strict: bool = False,
          progress: Progress | None = None, extractor_options: dict | None = None, workers: int | None = None,
          dask=None) -> BuildResult:
    """``newsgraph build``: the graph from ``paths``, written to every output and store asked for.

    ``stores`` are store addresses (see :func:`newsgraph.graph.store.open_store`): paths of
    embedded databases, ``bolt://…`` URIs. With ``strict``, any skipped input raises after the
    outputs are written.
    """
    from .export import export_graph

    files = [p for p in (output, html, graphml, neo4j_csv) if p]
    embedded = [parse_address(s)[1] for s in stores if parse_address(s)[0] == "ladybug"]
    result = build_graph(paths, extractor=extractor, gazetteer=gazetteer, progress=progress,
                         exclude=[*files, *embedded], extractor_options=extractor_options, workers=workers, dask=dask)
    if not result.articles:
        raise NewsgraphError("no article could be read: " + ("; ".join(map(str, result.skipped)) or "no input files"))
    for fmt, path in (("json", output), ("html", html), ("graphml", graphml), ("neo4j-csv", neo4j_csv)):
        if path:
            _phase(progress, f"{fmt}: {path}")
            result.outputs[fmt] = str(export_graph(result.kg, fmt, path))
    for address in stores:
        _phase(progress, f"db: {address}")
        with open_store(address) as store:
            store.write(result.kg)
            kind = {"ladybug": "db"}.get(store.kind, store.kind)
            result.outputs[kind if kind not in result.outputs else f"{kind} ({address})"] = store.describe()
    if strict and result.skipped:
        raise NewsgraphError(f"{len(result.skipped)} input(s) skipped (--strict): " + "; ".join(map(str, result.skipped)))
    return result


def _phase(progress, what: str) -> None:
    if hasattr(progress, "phase"):  # a progress bar: the build has moved on to writing ``what``
        progress.phase(what)
