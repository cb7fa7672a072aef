"""From paths to a KnowledgeGraph, in stages: read → identity/skip → extract → merge; then write.

- **read**: files → ``Article``s (``loaders.readers``);
- **identity/skip**: each article gets its key and id (:mod:`newsgraph.schema.identity`); a second
  article with a key already seen in this build is skipped; an article whose content and
  extractor are unchanged since it was last extracted is taken from the extraction cache;
- **extract**: the others go through the extractor (and into the cache);
- **merge**: every extraction joins one ``KnowledgeGraph`` in :func:`~newsgraph.schema.merging.contribution_order`,
  so the graph does not depend on the order of the inputs;
- **write**: files, then each store (``GraphStore.write`` replaces what changed articles said before).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..loaders.extract import get_extractor
from ..loaders.readers import read_items, read_paths
from ..schema import Article, InputError, NewsgraphError
from ..schema.identity import article_id, article_key, content_hash
from ..schema.merging import contribution_order
from .knowledge import KnowledgeGraph
from .store import DEFAULT_STORE, open_store, parse_address

Progress = Callable[[Article | InputError], None]


@dataclass
class BuildResult:
    """The graph, the articles that went into it, the inputs that were skipped (with reasons),
    how many articles were extracted or taken from the cache, and what each store reported."""

    kg: KnowledgeGraph
    articles: list[Article] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    extracted: int = 0
    cached: int = 0
    stores: dict[str, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {"articles": len(self.articles), "skipped": [str(s) for s in self.skipped],
                "extracted": self.extracted, "cached": self.cached,
                **self.kg.counts(), "outputs": self.outputs, "stores": self.stores, "notes": self.notes}


def identify(article: Article) -> Article:
    """The article with its key and id (readers set them; an article from elsewhere gets them here)."""
    if article.key:
        return article
    key = article_key(article.url, article.path or article.id)
    return article.model_copy(update={"key": key, "id": article_id(key)})


def build_graph(paths: Iterable[str | Path], extractor: str = "rules", gazetteer: list[str | Path] | None = None,
                progress: Progress | None = None, exclude: Iterable[str | Path] = (),
                cache: str | Path | bool | None = None) -> BuildResult:
    """Read every article under ``paths`` and merge what the extractor finds into one graph.

    A file that cannot be read, an article the extractor fails on, or a second article with
    the key of one already read (same canonical URL, say) is recorded in ``skipped`` and the
    batch goes on. ``cache``: the extraction cache's folder (None: the default one, see
    :func:`~newsgraph.graph.extraction_cache.default_cache_dir`; False: no cache).
    """
    from .extraction_cache import ExtractionCache

    stage = _Extract(extractor, {"gazetteer_files": list(gazetteer)} if gazetteer else {})
    store = ExtractionCache(None if cache is True else cache) if cache is not False and stage.made_by else None
    result = BuildResult(KnowledgeGraph())
    extractions: list[tuple[Article, str, dict]] = []
    seen: dict[str, str] = {}
    try:
        for item in read_paths(paths, exclude=exclude, read=store.reader(read_items) if store else None):
            if isinstance(item, Article):
                item = identify(item)
                if item.id in seen:
                    item = InputError(item.path or item.id, f"same article as {seen[item.id]} (key {item.key}); "
                                                            "the first one read is kept")
                else:
                    seen[item.id] = item.path or item.id
                    item = stage(item, store, result, extractions)
            if isinstance(item, InputError):
                result.skipped.append(item)
            if progress:
                progress(item)
    finally:
        if store is not None:
            store.close()
            if store.problem:
                result.notes.append(store.problem)
    _merge(result, extractions, stage.made_by or extractor)
    return result


class _Extract:
    """The extract stage: an article's extraction from the cache when it holds it, else from the
    extractor (made on the first miss, so an unchanged re-build never loads it)."""

    def __init__(self, name: str, options: dict) -> None:
        from ..loaders.extract.registry import EXTRACTORS
        from .extraction_cache import fingerprint

        self.name, self.options, self.engine = name, options, None
        factory = EXTRACTORS.get(name)
        if getattr(factory, "fingerprint", None) is not None and isinstance(factory, type):
            self.engine = get_extractor(name, **options)  # it says its fingerprint itself
        self.made_by = fingerprint(name, self.engine or factory, options)

    def __call__(self, article: Article, cache, result: BuildResult, out: list) -> Article | InputError:
        digest = (cache.hashes.get(article.id) if cache is not None else None) or content_hash(article)
        found = cache.get(self.made_by, article.id, digest) if cache is not None else None
        if found is not None:
            result.cached += 1
        else:
            if self.engine is None:
                self.engine = get_extractor(self.name, **self.options)
            try:
                found = self.engine.extract(article).model_dump(mode="json")
            except Exception as exc:  # noqa: BLE001 - one article (or a plug-in extractor) must not end the batch
                return InputError(article.path or article.id, f"extraction failed: {type(exc).__name__}: {exc}")
            result.extracted += 1
            if cache is not None:
                cache.put(self.made_by, article.id, digest, found)
        out.append((article, digest, found))
        return article


def _merge(result: BuildResult, extractions: list[tuple[Article, str, dict]], made_by: str) -> None:
    """The merge stage: every extraction into one graph, in contribution order; a clashing one is skipped."""
    for article, digest, data in sorted(extractions, key=lambda e: contribution_order(e[0].published,
                                                                                     e[0].key or e[0].id)):
        try:
            result.kg.add_extraction(data, extractor=made_by, digest=digest)
            result.articles.append(article)
        except NewsgraphError as exc:
            result.skipped.append(InputError(article.path or article.id, f"extraction failed: {type(exc).__name__}: {exc}"))


def build(paths: Iterable[str | Path], output: str | Path | None = "graph.json", html: str | Path | None = None,
          graphml: str | Path | None = None, stores: Sequence[str | Path] = (DEFAULT_STORE,),
          extractor: str = "rules", gazetteer: list[str | Path] | None = None, strict: bool = False,
          progress: Progress | None = None, cache: str | Path | bool | None = None) -> BuildResult:
    """``newsgraph build``: the graph from ``paths``, written to every output and store asked for.

    ``stores`` are store addresses (see :func:`newsgraph.graph.store.open_store`): paths of
    embedded databases, ``bolt://…`` URIs. With ``strict``, any skipped input raises after the
    outputs are written.
    """
    from .export import export_graph

    files = [p for p in (output, html, graphml) if p]
    embedded = [parse_address(s)[1] for s in stores if parse_address(s)[0] == "ladybug"]
    result = build_graph(paths, extractor=extractor, gazetteer=gazetteer, progress=progress,
                         exclude=[*files, *embedded], cache=cache)
    if not result.articles:
        raise NewsgraphError("no article could be read: " + ("; ".join(map(str, result.skipped)) or "no input files"))
    for fmt, path in (("json", output), ("html", html), ("graphml", graphml)):
        if path:
            result.outputs[fmt] = str(export_graph(result.kg, fmt, path))
    for address in stores:
        with open_store(address) as store:
            written = store.write(result.kg)
            kind = {"ladybug": "db"}.get(store.kind, store.kind)
            result.outputs[kind if kind not in result.outputs else f"{kind} ({address})"] = store.describe()
            result.stores[store.describe()] = {"written": written, "totals": store.counts()}
    if strict and result.skipped:
        raise NewsgraphError(f"{len(result.skipped)} input(s) skipped (--strict): " + "; ".join(map(str, result.skipped)))
    return result
