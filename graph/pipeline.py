"""From paths to a KnowledgeGraph, in stages: read → identity/skip → extract → merge; then write.

- **read**: files → ``Article``s (``loaders.readers``);
- **identity/skip**: each article gets its key and id (:mod:`newsgraph.schema.identity`); a second
  article with a key already seen in this build is skipped; an article whose content and
  extractor are unchanged since it was last extracted is taken from the extraction cache;
- **extract**: the others go through the extractor (and into the cache) — in this process, in worker
  processes (``workers``) or on a Dask cluster (``dask``), see :mod:`newsgraph.graph.parallel`: there
  the files the cache does not remember are read by the workers too, and the identity/skip stage
  runs on what comes back, in input order, so the graph is the same;
- **merge**: every extraction joins one ``KnowledgeGraph`` in :func:`~newsgraph.schema.merging.contribution_order`,
  so the graph does not depend on the order of the inputs;
- **write**: files, then each store (``GraphStore.write`` replaces what changed articles said before).
"""
from __future__ import annotations

import contextlib
import functools
import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..loaders.extract import get_extractor
from ..loaders.readers import input_files, read_input, read_items
from ..loaders.readers.budget import MAX_ARTICLE_CHARS, check_length
from ..schema import Article, InputError, NewsgraphError
from ..schema.errors import OutputError
from ..schema.identity import article_id, article_key, content_hash
from ..schema.merging import contribution_order
from .extraction_cache import pack, unpack
from .knowledge import KnowledgeGraph
from .outputs import check_outputs
from .store import DEFAULT_STORE, open_store, parse_address

Progress = Callable[[Article | InputError], None]


@dataclass
class BuildResult:
    """The graph, the articles that went into it, and the inputs that were skipped (with reasons)."""

    kg: KnowledgeGraph
    articles: list[Article] = field(default_factory=list)  # without their text: memory follows the graph
    skipped: list[InputError] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    extracted: int = 0
    cached: int = 0
    stores: dict[str, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    report: list[str] = field(default_factory=list)  # the extractor's own summary lines (its ``report()``)

    def summary(self) -> dict:
        return {"articles": len(self.articles), "skipped": [str(s) for s in self.skipped],
                "extracted": self.extracted, "cached": self.cached,
                **self.kg.counts(), "outputs": self.outputs, "stores": self.stores, "notes": self.notes,
                "report": self.report}


def identify(article: Article) -> Article:
    """The article with its key and id (readers set them; an article from elsewhere gets them here)."""
    if article.key:
        return article
    key = article_key(article.url, article.path or article.id)
    return article.model_copy(update={"key": key, "id": article_id(key)})


def build_graph(paths: Iterable[str | Path], extractor: str = "rules", gazetteer: list[str | Path] | None = None,
                progress: Progress | None = None, exclude: Iterable[str | Path] = (),
                extractor_options: dict | None = None, max_article_chars: int | None = MAX_ARTICLE_CHARS,
                cache: str | Path | bool | None = None, workers: int | None = None, dask=None) -> BuildResult:
    """Read every article under ``paths`` and merge what the extractor finds into one graph.

    A file that cannot be read, an article longer than ``max_article_chars`` (None or 0: no
    limit), an article the extractor fails on, or a second article with the key of one already
    read (same canonical URL, say) is recorded in ``skipped`` and the batch goes on.
    ``extractor_options`` are passed to the extractor. ``cache``: the extraction cache's folder
    (None: the default one, see :func:`~newsgraph.graph.extraction_cache.default_cache_dir`;
    False: no cache). ``workers`` processes read and extract (None: all cores, once there are
    enough files to give each a share), or a Dask cluster does (``dask``: a scheduler address
    ``tcp://host:8786``, ``"local"`` for a local cluster of ``workers`` processes, or a
    ``distributed.Client``); the graph is the same either way.
    """
    from .extraction_cache import ExtractionCache

    options = _takes(extractor, {**(extractor_options or {}),
                                 **({"gazetteer_files": list(gazetteer)} if gazetteer else {})})
    stage = _Extract(extractor, options)
    store = ExtractionCache(None if cache is True else cache) if cache is not False and stage.made_by else None
    result = BuildResult(KnowledgeGraph())
    extractions = _Spill()  # the packed extractions wait for the merge on disk, not in memory
    read = functools.partial(read_items, max_chars=max_article_chars)
    salt = f"max_chars={max_article_chars or 0}"
    entries = list(input_files(paths, exclude=exclude))
    if hasattr(progress, "expect"):  # a progress bar: how many input files there are
        progress.expect(sum(not isinstance(e, InputError) for e in entries))
    try:
        run = stage.elsewhere(entries, workers, dask, max_article_chars)
        if run is None:
            items = _within_budget(_read_entries(entries, store.reader(read, salt=salt) if store else read),
                                   max_article_chars)
            outcomes = stage.run(_identified(items, store, stage, result, extractions))
        else:
            outcomes = _returned(run(_slots(entries, store, stage, salt, max_article_chars, workers, dask)),
                                 store, stage, result, extractions)
        for item, extraction in outcomes:
            if isinstance(item, _Cached):
                item = item.article
            elif isinstance(item, Article):
                item = stage.keep(item, extraction, store, result, extractions)
            if isinstance(item, InputError):
                result.skipped.append(item)
            if progress:
                progress(item)
        _merge(result, extractions, stage.made_by or extractor)
    finally:
        extractions.close()
        if store is not None:
            store.close()
            if store.problem:
                result.notes.append(store.problem)
    result.report = list(stage.engine.report()) if hasattr(stage.engine, "report") else []
    return result


def _read_entries(entries: Iterable[Path | InputError], read) -> Iterator[Article | InputError]:
    """What :func:`~newsgraph.loaders.readers.read_paths` yields, from the files it would read."""
    for entry in entries:
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from read_input(entry, read=read)


def _within_budget(items: Iterable[Article | InputError], max_chars: int | None) -> Iterator[Article | InputError]:
    """Articles over the character budget (a plug-in reader's too) become that input's error."""
    for item in items:
        if isinstance(item, Article):
            try:
                check_length(item.path or item.id, len(item.text), max_chars or 0)
            except InputError as exc:
                item = exc
        yield item


@dataclass(frozen=True)
class _Cached:
    """An article whose extraction came from the cache (passes the extract stage untouched)."""

    article: Article


def _identified(items: Iterable[Article | InputError], cache, stage: "_Extract", result: BuildResult,
                out: list) -> Iterator[Article | InputError | _Cached]:
    """The identity/skip stage: keys and ids, a second article with a key already seen skipped,
    an article the cache holds taken from it; the others go on to be extracted."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Article):
            item = _first(identify(item), seen)
            if isinstance(item, Article):
                digest = (cache.hashes.get(item.id) if cache is not None else None) or content_hash(item)
                found = cache.get(stage.made_by, item.id, digest) if cache is not None else None
                if found is not None:
                    result.cached += 1
                    out.append((_bare(item), digest, pack(_textless(found))))
                    item = _Cached(item)
        yield item


def _first(article: Article, seen: dict[str, str]) -> Article | InputError:
    """The article, or (a second article with a key already seen in this build) its InputError."""
    if article.id in seen:
        return InputError(article.path or article.id, f"same article as {seen[article.id]} (key {article.key}); "
                                                      "the first one read is kept")
    seen[article.id] = article.path or article.id
    return article


@dataclass(frozen=True)
class _Hit:
    """An extraction the cache holds for an article the build read itself (from a remembered file)."""

    digest: str
    found: dict


def _slots(entries: list, cache, stage: "_Extract", salt: str, max_chars: int | None, workers, dask) -> Iterator:
    """The work of a build extracting elsewhere, as :mod:`~newsgraph.graph.parallel` slots in input
    order: a file the cache remembers is read here (its articles the cache holds settled here, the
    others sent as articles), any other file is sent to be read and extracted by a worker."""
    from .parallel import CHUNK_FILES, DASK_CHUNK_FILES, Local, chunk_size, default_workers, group

    files = sum(not isinstance(e, InputError) for e in entries)
    size = chunk_size(files, workers or default_workers(), DASK_CHUNK_FILES if dask is not None else CHUNK_FILES)

    def units():
        for entry in entries:
            if isinstance(entry, InputError):
                yield Local([(entry, None)])
                continue
            items, token = cache.recall(entry, salt) if cache is not None else (None, None)
            if items is None:
                yield ("file", str(entry)), token
                continue
            for item in _within_budget(items, max_chars):
                if not isinstance(item, Article):
                    yield Local([(item, None)])
                    continue
                item = identify(item)
                digest = cache.hashes.get(item.id) or content_hash(item)
                found = cache.get(stage.made_by, item.id, digest)
                yield Local([(item, _Hit(digest, found))]) if found is not None else (("article", item), None)

    return group(units(), size, token=True)


def _returned(results: Iterable[tuple], cache, stage: "_Extract", result: BuildResult, out: list) -> Iterator[tuple]:
    """The identity/skip stage of a build extracting elsewhere, on what comes back in input order:
    ``(item, extraction)`` pairs as :meth:`_Extract.run` gives them (a cached article as ``_Cached``)."""
    from .parallel import Local, restore

    seen: dict[str, str] = {}

    def settle(item, outcome, lookup: bool):
        if not isinstance(item, Article):
            return item, None
        if isinstance(outcome, InputError):  # over the size budget
            return outcome, None
        item = _first(identify(item), seen)
        if not isinstance(item, Article):
            return item, None
        if isinstance(outcome, _Hit):
            digest, found = outcome.digest, outcome.found
        else:
            digest = (cache.hashes.get(item.id) if cache is not None else None) or content_hash(item)
            found = cache.get(stage.made_by, item.id, digest) if cache is not None and lookup else None
        if found is None:
            return item, restore(outcome)
        result.cached += 1
        out.append((_bare(item), digest, pack(_textless(found))))
        return _Cached(item), None

    for slot, answer in results:
        if isinstance(slot, Local):
            for item, outcome in slot.pairs:
                yield settle(item, outcome, False)
            continue
        for (kind, _), token, pairs in zip(slot.units, slot.tokens, answer):
            if kind == "file" and cache is not None:
                cache.remember(token, [item for item, _ in pairs])
            for item, outcome in pairs:
                yield settle(item, outcome, kind == "file")


def _takes(extractor: str, options: dict) -> dict:
    """``options`` without ``cache`` when the extractor has no cache of its own to bypass (``--no-cache``
    also means "extract again", which the extraction cache's ``cache=False`` already does)."""
    if "cache" not in options:
        return options
    import inspect

    from ..loaders.extract.registry import EXTRACTORS

    try:
        parameters = inspect.signature(EXTRACTORS.get(extractor)).parameters.values()
    except (TypeError, ValueError):
        return options
    if any(p.name == "cache" or p.kind is p.VAR_KEYWORD for p in parameters):
        return options
    return {k: v for k, v in options.items() if k != "cache"}


class _Extract:
    """The extract stage: the extractor is made on the first article that needs it (so an
    unchanged re-build never loads it), and gets the articles as one stream."""

    def __init__(self, name: str, options: dict) -> None:
        from ..loaders.extract.registry import EXTRACTORS
        from .extraction_cache import fingerprint

        self.name, self.options, self.engine = name, options, None
        factory = EXTRACTORS.get(name)
        if getattr(factory, "fingerprint", None) is not None and isinstance(factory, type):
            self.engine = get_extractor(name, **options)  # it says its fingerprint itself
        self.made_by = fingerprint(name, self.engine or factory, options)

    def batches(self) -> bool:
        """Whether the extractor works on several articles at once (``extract_all``: only in this process)."""
        from ..loaders.extract.registry import EXTRACTORS
        from .parallel import available

        factory = EXTRACTORS.get(self.name)
        if self.engine is None and not isinstance(factory, type):
            self.engine = get_extractor(self.name, **self.options)
        return not available(self.engine if self.engine is not None else factory)

    def made(self):
        """The extractor, made now if it was not yet."""
        if self.engine is None:
            from .warm_start import extractor

            self.engine = extractor(self.name, self.options)  # the rule extractor from its warm-start file
        return self.engine

    def elsewhere(self, entries: list, workers: int | None, dask, max_chars: int | None):
        """``run(slots)`` when the extraction runs in worker processes or on Dask, else None (here)."""
        from .parallel import in_pool, workers_for

        if dask is not None:
            from .distributed import dask_stage

            return dask_stage(self.name, self.options, max_chars, dask, workers, self.batches())
        count = workers_for(sum(not isinstance(e, InputError) for e in entries), workers)
        if count <= 1 or self.batches():
            return None
        return lambda slots: in_pool(self.made, self.name, self.options, max_chars, slots, count)

    def run(self, items: Iterable) -> Iterator[tuple]:
        """``(item, its Extraction or exception)`` in input order (None for what is not extracted)."""
        items = iter(items)
        for item in items:
            if isinstance(item, Article):
                yield from _extracted(self.made(), _chain(item, items))
                return
            yield item, None

    def keep(self, article: Article, extraction, cache, result: BuildResult, out: list) -> Article | InputError:
        """An extraction (or the exception it raised) into the list to merge, and into the cache."""
        if isinstance(extraction, InputError):
            return extraction
        if isinstance(extraction, Exception):
            return InputError(article.path or article.id, f"extraction failed: {type(extraction).__name__}: {extraction}")
        try:
            blob = extraction if isinstance(extraction, bytes) else pack(extraction.model_dump(mode="json"))
        except Exception as exc:  # noqa: BLE001 - a plug-in extractor's odd result: this article only
            return InputError(article.path or article.id, f"extraction failed: {type(exc).__name__}: {exc}")
        result.extracted += 1
        digest = (cache.hashes.get(article.id) if cache is not None else None) or content_hash(article)
        if cache is not None:
            cache.put(self.made_by, article.id, digest, blob)
        out.append((_bare(article), digest, blob))
        return article


def _bare(article: Article) -> Article:
    """The article without its text, for the merge (which orders by date and key)."""
    return article.model_copy(update={"text": ""}) if article.text else article


def _textless(found: dict) -> dict:
    """An extraction without its article's text (the merge does not read it: memory follows the graph)."""
    article = found.get("article")
    if isinstance(article, dict) and article.get("text"):
        return {**found, "article": {**article, "text": ""}}
    return found


def _chain(first, rest: Iterator) -> Iterator:
    yield first
    yield from rest


def _extracted(engine, items: Iterable) -> Iterator[tuple]:
    """``(item, its Extraction or exception)`` in input order (None for what is not an article).

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


def _merge(result: BuildResult, extractions: "_Spill | list[tuple[Article, str, bytes]]", made_by: str) -> None:
    """The merge stage: every extraction into one graph, in contribution order; a clashing one is skipped.
    (Extractions wait for it packed, :func:`~newsgraph.graph.extraction_cache.pack`, in a :class:`_Spill`
    on disk or in a list: memory follows the graph.)"""
    extractions.sort(key=lambda e: contribution_order(e[0].published, e[0].key or e[0].id))
    items = extractions.drain() if isinstance(extractions, _Spill) else _drained(extractions)
    with _graph_left_by_gc() as freeze:
        for index, (article, digest, blob) in enumerate(items):
            try:
                result.kg.add_extraction(unpack(blob), extractor=made_by, digest=digest)
                result.articles.append(article)
            except NewsgraphError as exc:
                result.skipped.append(InputError(article.path or article.id, f"extraction failed: {type(exc).__name__}: {exc}"))
            if index % 256 == 255 and freeze:
                gc.freeze()


def _drained(extractions: list) -> Iterator[tuple]:
    """The list's items in order, each let go once given."""
    for index, item in enumerate(extractions):
        extractions[index] = None
        yield item


class _Spill:
    """Packed extractions waiting for the merge: held in memory up to ``spill_above`` bytes, past that
    appended to an anonymous temporary file (``tempfile.TemporaryFile``: no name left behind, gone
    when closed or when the process dies) with their article, digest, offset and length in memory;
    read back in the merge's order. A small build never touches the temporary folder.

    >>> from newsgraph.schema import Article
    >>> spill = _Spill(spill_above=4)
    >>> spill.append((Article(id="b", title="B", text=""), "d1", b"blob-b"))
    >>> spill.append((Article(id="a", title="A", text=""), "d2", b"a"))
    >>> spill.on_disk
    True
    >>> spill.sort(key=lambda e: e[0].id); [(a.id, d, b) for a, d, b in spill.drain()]
    [('a', 'd2', b'a'), ('b', 'd1', b'blob-b')]
    >>> spill.close(); len(spill)
    0
    """

    spill_above = 64 << 20  # bytes of packed extractions kept in memory before they go to disk

    def __init__(self, spill_above: int | None = None) -> None:
        self._file = None
        self._end = 0
        self._held = 0
        self._entries: list = []  # [article, digest, offset, length] on disk; [article, digest, None, blob] held
        if spill_above is not None:
            self.spill_above = spill_above

    @property
    def on_disk(self) -> bool:
        return self._file is not None

    def append(self, item: tuple[Article, str, bytes]) -> None:
        article, digest, blob = item
        if self._file is None and self._held + len(blob) <= self.spill_above:
            self._entries.append((article, digest, None, blob))
            self._held += len(blob)
            return
        if self._file is None:
            self._open()
            held, self._entries, self._held = self._entries, [], 0
            for old_article, old_digest, _, old_blob in held:
                self._write(old_article, old_digest, old_blob)
        self._write(article, digest, blob)

    def _open(self) -> None:
        import tempfile

        try:
            self._file = tempfile.TemporaryFile(prefix="newsgraph-merge-")
        except OSError as exc:
            raise self._error("cannot make a temporary file for the merge", exc) from None

    def _write(self, article: Article, digest: str, blob: bytes) -> None:
        try:
            self._file.write(blob)
        except OSError as exc:
            raise self._error("cannot write the extractions waiting for the merge to a temporary file", exc) from None
        self._entries.append((article, digest, self._end, len(blob)))
        self._end += len(blob)

    @staticmethod
    def _error(what: str, exc: OSError) -> NewsgraphError:
        import tempfile

        return NewsgraphError(f"{what} in {tempfile.gettempdir()}: {exc.strerror or exc} "
                              "(set TMPDIR to a folder with room)")

    def __len__(self) -> int:
        return len(self._entries)

    def sort(self, key: Callable) -> None:
        """Order the extractions by ``key((article, digest, None))``."""
        self._entries.sort(key=lambda e: key((e[0], e[1], None)))

    def drain(self) -> Iterator[tuple[Article, str, bytes]]:
        """``(article, digest, blob)`` in order, each entry let go once given."""
        entries, self._entries, self._held = self._entries, [], 0
        if self._file is not None:
            try:
                self._file.flush()
            except OSError as exc:
                raise self._error("cannot write the extractions waiting for the merge to a temporary file", exc) from None
        for index, (article, digest, offset, length) in enumerate(entries):
            entries[index] = None
            if offset is None:  # held in memory: ``length`` is the blob
                yield article, digest, length
                continue
            self._file.seek(offset)
            blob = self._file.read(length)
            if len(blob) != length:
                raise NewsgraphError("the temporary file of the extractions waiting for the merge was cut short")
            yield article, digest, blob

    def close(self) -> None:
        """Remove the temporary file (every exit path of a build calls this)."""
        self._entries = []
        self._held = 0
        if self._file is not None:
            self._file.close()
            self._file = None


@contextlib.contextmanager
def _graph_left_by_gc():
    """While the merge runs, what is merged already is frozen out of the cyclic garbage collector
    (``gc.freeze``, every 256 articles): the graph only grows, and the collector's full passes over
    millions of evidence records were work that grew with the corpus. Unfrozen at the end (left
    alone when the program had frozen objects itself)."""
    mine = gc.isenabled() and gc.get_freeze_count() == 0
    try:
        yield mine
    finally:
        if mine:
            gc.unfreeze()


class Interrupted(KeyboardInterrupt):
    """Ctrl-C after a database had taken the build in: the message says what each output holds."""


def build(paths: Iterable[str | Path], output: str | Path | None = "graph.json", html: str | Path | None = None,
          graphml: str | Path | None = None, neo4j_csv: str | Path | None = None,
          stores: Sequence[str | Path] = (DEFAULT_STORE,),
          extractor: str = "rules", gazetteer: list[str | Path] | None = None, strict: bool = False,
          progress: Progress | None = None, extractor_options: dict | None = None,
          html_options: dict | None = None, max_article_chars: int | None = MAX_ARTICLE_CHARS,
          cache: str | Path | bool | None = None, workers: int | None = None, dask=None) -> BuildResult:
    """``newsgraph build``: the graph from ``paths``, written to every output and store asked for.

    ``stores`` are store addresses (see :func:`newsgraph.graph.store.open_store`): paths of
    embedded databases, ``bolt://…`` URIs. Outputs are checked before anything is read (none
    may name an input or another output); with ``strict``, any skipped input raises before
    anything is written. The files appear together, after the stores are written, or not at all.
    ``html_options`` go to the HTML exporter (``color_by``, ``label_script``, …); ``cache`` is the
    extraction cache, ``workers`` and ``dask`` where the extraction runs (see :func:`build_graph`);
    ``neo4j_csv`` a folder for the neo4j-admin CSV files (they appear with the other files).
    """
    from .export import export_graph
    from .export.atomic import OutputSet

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files = {"-o": output, "--html": html, "--graphml": graphml}
    embedded = [parse_address(s)[1] for s in stores if parse_address(s)[0] == "ladybug"]
    check_outputs(paths, files, {**{f"--store {e}": e for e in embedded}, "--neo4j-csv": neo4j_csv},
                  {"--gazetteer": gazetteer})
    result = build_graph(paths, extractor=extractor, gazetteer=gazetteer, progress=progress,
                         exclude=[p for p in (*files.values(), *embedded, neo4j_csv) if p],
                         max_article_chars=max_article_chars, extractor_options=extractor_options, cache=cache,
                         workers=workers, dask=dask)
    if not result.articles:
        raise NewsgraphError("no article could be read: " + ("; ".join(map(str, result.skipped)) or "no input files"))
    if strict and result.skipped:
        raise NewsgraphError(f"{len(result.skipped)} input(s) skipped (--strict): " + "; ".join(map(str, result.skipped)))
    staged = OutputSet()
    try:
        for fmt, path in (("json", output), ("html", html), ("graphml", graphml)):
            if path:
                _phase(progress, f"{fmt}: {path}")
                try:
                    export_graph(result.kg, fmt, staged.stage(path), **((html_options or {}) if fmt == "html" else {}))
                except OutputError as exc:
                    raise OutputError(str(path), exc.reason) from None
                result.outputs[fmt] = str(path)
        if neo4j_csv:
            _phase(progress, f"neo4j-csv: {neo4j_csv}")
            _stage_folder(result.kg, "neo4j-csv", neo4j_csv, staged)
            result.outputs["neo4j-csv"] = str(neo4j_csv)
        written_to = []  # the stores that already hold this build
        try:
            for address in stores:
                _phase(progress, f"db: {address}")
                with open_store(address) as store:
                    written = store.write(result.kg)
                    written_to.append(address)
                    kind = {"ladybug": "db"}.get(store.kind, store.kind)
                    result.outputs[kind if kind not in result.outputs else f"{kind} ({address})"] = store.describe()
                    result.stores[store.describe()] = {"written": written, "totals": store.counts()}
        except KeyboardInterrupt:
            if not written_to:
                raise
            staged.commit()  # a database already holds this build: the files follow it, all outputs stay one state
            raise Interrupted(f"{', '.join(map(str, written_to))} already held the new build; the other outputs "
                              "were written to match it" + ("" if len(written_to) == len(stores) else
                                                            "; see `newsgraph db info` for the others")) from None
        staged.commit()
    finally:
        staged.discard()
    return result


def _stage_folder(kg: KnowledgeGraph, fmt: str, folder: str | Path, staged) -> None:
    """An export that writes a folder of files, staged file by file in ``staged`` (an ``OutputSet``)."""
    import os
    import shutil
    import tempfile

    from .export import export_graph

    target = Path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".staged", dir=target.parent))
    try:
        try:
            export_graph(kg, fmt, scratch)
        except OutputError as exc:
            raise OutputError(str(folder), exc.reason) from None
        for made in sorted(scratch.iterdir()):
            os.replace(made, staged.stage(target / made.name))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _phase(progress, what: str) -> None:
    if hasattr(progress, "phase"):  # a progress bar: the build has moved on to writing ``what``
        progress.phase(what)
