"""The extraction stage on several cores or machines: worker processes (or Dask workers) each build
the extractor once, read their share of the input files and extract them; results come back in
input order, with a bounded number of tasks in flight, so the graph is the same for any number of
workers and memory does not grow with the input.

A task is a chunk of consecutive input files; its result is ``[(item, extraction), …]`` in file
order, where ``item`` is an ``Article`` or an ``InputError`` (an unreadable file or record, with
``None`` for its extraction) and an extractor's exception travels as a :class:`Failed` (its class
name and message, whatever the class: exceptions of plug-ins need not pickle).

>>> chunks(["a", "b", "c", "d", "e"], workers=2, size=8)
[['a', 'b', 'c'], ['d', 'e']]
>>> list(run_ordered(lambda f, *a: _Done(f(*a)), lambda chunk: [x * 2 for x in chunk], [[1, 2], [3]], window=1))
[2, 4, 6]
"""
from __future__ import annotations

import math
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..loaders.extract import get_extractor
from ..loaders.readers import read_input
from ..schema import Article, InputError

CHUNK_FILES = 8  # files per task in a local pool (about half a second of work)
DASK_CHUNK_FILES = 32  # files per Dask task: each costs a few ms of scheduling
WINDOW = 2  # tasks in flight per worker

_ENGINES: dict[str, object] = {}  # one extractor per (name, options) in each worker process


class Failed(Exception):
    """An extractor's exception, as it crossed from a worker: ``kind`` is its class name."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind, self.message = kind, message

    def __reduce__(self):
        return type(self), (self.kind, self.message)

    def rebuilt(self) -> Exception:
        """An exception with the original class name and message (what the pipeline reports)."""
        return type(self.kind, (Exception,), {})(self.message)


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def available(engine) -> bool:
    """Whether an extractor can run in worker processes: one that extracts each article on its own
    (no ``extract_all``, which the LLM extractors use to keep requests in flight themselves)."""
    return not hasattr(engine, "extract_all")


def chunks(files: list, workers: int, size: int) -> list[list]:
    """Consecutive chunks of at most ``size`` files, small enough that every worker gets one."""
    per = max(1, min(size, math.ceil(len(files) / max(1, workers))))
    return [files[i:i + per] for i in range(0, len(files), per)]


def extract_files(extractor: str, options: dict, files: list[str]) -> list[tuple]:
    """The task: read ``files`` and extract their articles with this process's extractor."""
    engine = _engine(extractor, options)
    out: list[tuple] = []
    for path in files:
        for item in read_input(path):
            if not isinstance(item, Article):
                out.append((item, None))
                continue
            try:
                out.append((item, engine.extract(item)))
            except Exception as exc:  # noqa: BLE001 - reported as that article's failure
                out.append((item, Failed(type(exc).__name__, str(exc))))
    return out


def _key(extractor: str, options: dict) -> str:
    return repr((extractor, sorted((k, repr(v)) for k, v in options.items())))


def _engine(extractor: str, options: dict):
    key = _key(extractor, options)
    if key not in _ENGINES:
        _ENGINES[key] = get_extractor(extractor, **options)
    return _ENGINES[key]


class _Done:
    """A finished stand-in for a future (the doctest's executor)."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def run_ordered(submit: Callable, fn: Callable, tasks: Iterable, window: int) -> Iterator:
    """``fn(task)`` for every task through ``submit`` (an executor's), at most ``window`` in flight,
    each result's items yielded in task order."""
    pending: deque = deque()
    for task in tasks:
        pending.append(submit(fn, task))
        if len(pending) >= window:
            yield from _take(pending.popleft())
    while pending:
        yield from _take(pending.popleft())


def _take(future) -> list:
    result = future.result()
    release = getattr(future, "release", None)  # a Dask future: let the cluster forget the result now
    if release is not None:
        release()
    return result


def _restore(pairs: Iterable[tuple]) -> Iterator[tuple]:
    for item, extraction in pairs:
        yield item, extraction.rebuilt() if isinstance(extraction, Failed) else extraction


def read_entries(entries: Iterable) -> Iterator:
    """What :func:`~newsgraph.loaders.readers.read_paths` yields, from listed ``entries``."""
    for entry in entries:
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from read_input(entry)


def in_pool(engine, extractor: str, options: dict, entries: list, workers: int) -> Iterator[tuple]:
    """``(item, extraction or exception or None)`` in input order, from a pool of ``workers`` processes
    (``entries``: what :func:`~newsgraph.loaders.readers.input_files` listed).

    On Linux the workers are forked and inherit this process's extractor (``engine``); elsewhere
    each builds its own once.
    """
    from concurrent.futures import ProcessPoolExecutor

    yield from ((e, None) for e in entries if isinstance(e, InputError))
    files = [str(e) for e in entries if not isinstance(e, InputError)]
    tasks = chunks(files, workers, CHUNK_FILES)
    if not tasks:
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _ENGINES[_key(extractor, options)] = engine  # a forked worker finds it built
    pool = ProcessPoolExecutor(min(workers, len(tasks)), mp_context=context)
    try:
        yield from _restore(run_ordered(pool.submit, _Bound(extractor, options), tasks, WINDOW * workers))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Bound:
    """``extract_files`` with the extractor's name and options bound (picklable, unlike a lambda)."""

    def __init__(self, extractor: str, options: dict):
        self.extractor, self.options = extractor, options

    def __call__(self, files: list[str]) -> list[tuple]:
        return extract_files(self.extractor, self.options, files)


def on_dask(client, extractor: str, options: dict, entries: list) -> Iterator[tuple]:
    """``(item, extraction or exception or None)`` in input order, extracted on a Dask cluster.

    The files are listed here and read by the workers, which must see them at the same paths
    (a shared file system, or absolute paths present on every node).
    """
    yield from ((e, None) for e in entries if isinstance(e, InputError))
    files = [str(e) for e in entries if not isinstance(e, InputError)]
    workers = max(1, sum(client.nthreads().values()))
    tasks = chunks(files, workers, DASK_CHUNK_FILES)

    def submit(fn, task):
        return client.submit(fn, extractor, options, task, pure=False)

    yield from _restore(run_ordered(submit, extract_files, tasks, WINDOW * workers))


def stage(engine, extractor: str, options: dict, workers: int | None = None, dask=None):
    """The extraction stage of a build, as ``run(entries)`` → ``(item, extraction)`` pairs in input
    order (``entries``: what :func:`~newsgraph.loaders.readers.input_files` listed), or None when
    the build extracts in its own process (one worker, or an extractor that works on several
    articles itself).

    ``workers``: processes (None: all cores, once there are enough files to give each a chunk);
    ``dask``: a scheduler address (``tcp://host:8786``), ``"local"`` for a local cluster of
    ``workers`` processes, or a ``distributed.Client``.
    """
    if dask is not None:
        from .distributed import dask_stage

        return dask_stage(engine, extractor, options, dask, workers)
    count = default_workers() if workers is None else workers
    if count <= 1 or not available(engine):
        return None

    def run(entries: list):
        use = count
        if workers is None:  # by default, only when every worker gets a full chunk
            use = min(count, sum(not isinstance(e, InputError) for e in entries) // CHUNK_FILES)
        if use <= 1:
            from .pipeline import _extracted

            return _extracted(engine, read_entries(entries))
        return in_pool(engine, extractor, options, entries, use)

    return run
