"""From paths to a KnowledgeGraph: read, extract, merge; then write the outputs asked for."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..loaders.extract import get_extractor
from ..loaders.readers import read_paths
from ..loaders.readers.budget import MAX_ARTICLE_CHARS, check_length
from ..schema import Article, InputError, NewsgraphError
from ..schema.errors import OutputError
from .knowledge import KnowledgeGraph
from .outputs import check_outputs
from .store import DEFAULT_STORE, open_store, parse_address

Progress = Callable[[Article | InputError], None]


@dataclass
class BuildResult:
    """The graph, the articles that went into it, and the inputs that were skipped (with reasons)."""

    kg: KnowledgeGraph
    articles: list[Article] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    report: list[str] = field(default_factory=list)  # the extractor's own summary lines (its ``report()``)

    def summary(self) -> dict:
        return {"articles": len(self.articles), "skipped": [str(s) for s in self.skipped],
                **self.kg.counts(), "outputs": self.outputs, "report": self.report}


def build_graph(paths: Iterable[str | Path], extractor: str = "rules", gazetteer: list[str | Path] | None = None,
                progress: Progress | None = None, exclude: Iterable[str | Path] = (),
                extractor_options: dict | None = None,
                max_article_chars: int | None = MAX_ARTICLE_CHARS) -> BuildResult:
    """Read every article under ``paths`` and merge what the extractor finds into one graph.

    A file that cannot be read, an article longer than ``max_article_chars`` (None or 0: no
    limit), or an article the extractor fails on, is recorded in ``skipped`` and the batch goes on.
    ``extractor_options`` are passed to the extractor.
    """
    options = {**(extractor_options or {}), **({"gazetteer_files": list(gazetteer)} if gazetteer else {})}
    engine = get_extractor(extractor, **options)
    result = BuildResult(KnowledgeGraph())
    for item, extraction in _extracted(engine, _within_budget(read_paths(paths, exclude=exclude, max_chars=max_article_chars),
                                                               max_article_chars)):
        if isinstance(item, Article):
            try:
                if isinstance(extraction, Exception):
                    raise extraction
                result.kg.add_extraction(extraction)
                result.articles.append(item)
            except InputError as exc:
                item = exc
            except Exception as exc:  # noqa: BLE001 - one article (or a plug-in extractor) must not end the batch
                item = InputError(item.path or item.id, f"extraction failed: {type(exc).__name__}: {exc}")
        if isinstance(item, InputError):
            result.skipped.append(item)
        if progress:
            progress(item)
    result.report = list(engine.report()) if hasattr(engine, "report") else []
    return result


def _within_budget(items: Iterable[Article | InputError], max_chars: int | None) -> Iterator[Article | InputError]:
    """Articles over the character budget (a plug-in reader's too) become that input's error."""
    for item in items:
        if isinstance(item, Article):
            try:
                check_length(item.path or item.id, len(item.text), max_chars or 0)
            except InputError as exc:
                item = exc
        yield item


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
          graphml: str | Path | None = None, stores: Sequence[str | Path] = (DEFAULT_STORE,),
          extractor: str = "rules", gazetteer: list[str | Path] | None = None, strict: bool = False,
          progress: Progress | None = None, extractor_options: dict | None = None,
          html_options: dict | None = None, max_article_chars: int | None = MAX_ARTICLE_CHARS) -> BuildResult:
    """``newsgraph build``: the graph from ``paths``, written to every output and store asked for.

    ``stores`` are store addresses (see :func:`newsgraph.graph.store.open_store`): paths of
    embedded databases, ``bolt://…`` URIs. Outputs are checked before anything is read (none
    may name an input or another output); with ``strict``, any skipped input raises before
    anything is written. The files appear together, after the stores are written, or not at all.
    ``html_options`` go to the HTML exporter (``color_by``, ``label_script``, …).
    """
    from .export import export_graph
    from .export.atomic import OutputSet

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files = {"-o": output, "--html": html, "--graphml": graphml}
    embedded = [parse_address(s)[1] for s in stores if parse_address(s)[0] == "ladybug"]
    check_outputs(paths, files, {f"--store {e}": e for e in embedded})
    result = build_graph(paths, extractor=extractor, gazetteer=gazetteer, progress=progress,
                         exclude=[p for p in (*files.values(), *embedded) if p], max_article_chars=max_article_chars,
                         extractor_options=extractor_options)
    if not result.articles:
        raise NewsgraphError("no article could be read: " + ("; ".join(map(str, result.skipped)) or "no input files"))
    if strict and result.skipped:
        raise NewsgraphError(f"{len(result.skipped)} input(s) skipped (--strict): " + "; ".join(map(str, result.skipped)))
    staged = OutputSet()
    try:
        for fmt, path in (("json", output), ("html", html), ("graphml", graphml)):
            if path:
                try:
                    export_graph(result.kg, fmt, staged.stage(path), **((html_options or {}) if fmt == "html" else {}))
                except OutputError as exc:
                    raise OutputError(str(path), exc.reason) from None
                result.outputs[fmt] = str(path)
        for address in stores:
            with open_store(address) as store:
                store.write(result.kg)
                kind = {"ladybug": "db"}.get(store.kind, store.kind)
                result.outputs[kind if kind not in result.outputs else f"{kind} ({address})"] = store.describe()
        staged.commit()
    finally:
        staged.discard()
    return result
