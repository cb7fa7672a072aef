"""The extraction stage on several cores or machines: worker processes (or Dask workers) each build
the extractor once and extract their share of the input; results come back in input order, with a
bounded number of tasks in flight, so the graph is the same for any number of workers and memory
does not grow with the input.

The build (:mod:`newsgraph.graph.pipeline`) hands over a stream of *slots* in input order: a
:class:`Local` slot holds what the build settled itself (an unreadable input, an article the
extraction cache holds), a :class:`Remote` slot holds *units* of work for a worker: ``("file",
path)`` (read the file there, then extract its articles) or ``("article", article)`` (extract an
article the build read itself, from a file the cache remembers). A worker's answer for a unit is
``[(item, outcome), …]`` in file order: ``item`` an ``Article`` or an ``InputError`` (an unreadable
file or record), ``outcome`` the extraction as packed JSON (:func:`~newsgraph.graph.extraction_cache.pack` of its
``model_dump(mode="json")``, made there), an
``InputError`` (an article over the size budget), None (nothing to extract), or a :class:`Failed`
(the extractor's exception, as its class name and message: exceptions of plug-ins need not pickle).

>>> slots = list(group([("file", "a"), ("file", "b"), Local([1]), ("file", "c")], size=2))
>>> [type(s).__name__ for s in slots]
['Remote', 'Local', 'Remote']
>>> [s.units for s in slots if isinstance(s, Remote)]
[[('file', 'a'), ('file', 'b')], [('file', 'c')]]
>>> list(run_ordered(lambda f, *a: _Done(f(*a)), lambda chunk: [x * 2 for x in chunk], [[1, 2], [3]], window=1))
[2, 4, 6]
"""
from __future__ import annotations

import math
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..loaders.extract import get_extractor
from ..loaders.readers import read_input
from ..loaders.readers.budget import check_length
from ..schema import Article, InputError
from .extraction_cache import pack

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


@dataclass
class Local:
    """Slot settled by the build itself: its ``pairs`` pass through in their place."""

    pairs: list


@dataclass
class Remote:
    """Slot of units for a worker; ``tokens`` (one per unit) stay with the build."""

    units: list = field(default_factory=list)
    tokens: list = field(default_factory=list)


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def available(engine) -> bool:
    """Whether an extractor (or its class) can run in worker processes: one that extracts each article
    on its own (no ``extract_all``, which the LLM extractors use to keep requests in flight themselves)."""
    return not hasattr(engine, "extract_all")


def chunk_size(files: int, workers: int, size: int) -> int:
    """Units per task: at most ``size``, small enough that every worker gets one."""
    return max(1, min(size, math.ceil(files / max(1, workers))))


def chunks(files: list, workers: int, size: int) -> list[list]:
    """Consecutive chunks of at most ``size`` files, small enough that every worker gets one.

    >>> chunks(["a", "b", "c", "d", "e"], workers=2, size=8)
    [['a', 'b', 'c'], ['d', 'e']]
    """
    per = chunk_size(len(files), workers, size)
    return [files[i:i + per] for i in range(0, len(files), per)]


def group(items: Iterable, size: int, token=None) -> Iterator[Local | Remote]:
    """Slots from a stream of units (or ``(unit, token)`` pairs when ``token`` is True) and
    :class:`Local` slots: consecutive units in :class:`Remote` slots of at most ``size``."""
    current = Remote()
    for item in items:
        if isinstance(item, Local):
            if current.units:
                yield current
                current = Remote()
            yield item
            continue
        unit, key = item if token else (item, None)
        current.units.append(unit)
        current.tokens.append(key)
        if len(current.units) >= size:
            yield current
            current = Remote()
    if current.units:
        yield current


def extract_units(extractor: str, options: dict, max_chars: int | None, units: list) -> list[list]:
    """The task: each unit read (a file) and extracted with this process's extractor; per unit, its
    ``(item, outcome)`` pairs (see the module's docstring)."""
    engine = _engine(extractor, options)
    out: list[list] = []
    for kind, value in units:
        pairs = []
        for item in (read_input(value, max_chars=max_chars) if kind == "file" else [value]):
            if not isinstance(item, Article):
                pairs.append((item, None))
                continue
            try:
                check_length(item.path or item.id, len(item.text), max_chars or 0)
            except InputError as exc:
                pairs.append((item, exc))
                continue
            try:
                pairs.append((item, pack(engine.extract(item).model_dump(mode="json"))))
            except Exception as exc:  # noqa: BLE001 - reported as that article's failure
                pairs.append((item, Failed(type(exc).__name__, str(exc))))
        out.append(pairs)
    return out


def restore(outcome):
    """An outcome as the build takes it: a :class:`Failed` becomes the exception it stands for."""
    return outcome.rebuilt() if isinstance(outcome, Failed) else outcome


def _key(extractor: str, options: dict) -> str:
    return repr((extractor, sorted((k, repr(v)) for k, v in options.items())))


def _engine(extractor: str, options: dict):
    key = _key(extractor, options)
    if key not in _ENGINES:
        from .warm_start import extractor as warm

        _ENGINES[key] = warm(extractor, options)  # the bundled rule extractor read back, not made again
    return _ENGINES[key]


class _Done:
    """A finished stand-in for a future (a local slot, and the doctest's executor)."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def ordered(submit: Callable[[list], object], slots: Iterable[Local | Remote], window: int) -> Iterator[tuple]:
    """``(slot, its result)`` in slot order: remote slots through ``submit(units)`` (a future), at most
    ``window`` in flight; a local slot's result is its own pairs."""
    pending: deque = deque()
    for slot in slots:
        pending.append((slot, _Done(slot.pairs) if isinstance(slot, Local) else submit(slot.units)))
        if len(pending) >= window:
            slot, future = pending.popleft()
            yield slot, _take(future)
    while pending:
        slot, future = pending.popleft()
        yield slot, _take(future)


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


def _take(future):
    result = future.result()
    release = getattr(future, "release", None)  # a Dask future: let the cluster forget the result now
    if release is not None:
        release()
    return result


class _Bound:
    """``extract_units`` with the extractor's name, options and budget bound (picklable, unlike a lambda)."""

    def __init__(self, extractor: str, options: dict, max_chars: int | None):
        self.extractor, self.options, self.max_chars = extractor, options, max_chars

    def __call__(self, units: list) -> list[list]:
        return extract_units(self.extractor, self.options, self.max_chars, units)


def in_pool(make_engine: Callable[[], object], extractor: str, options: dict, max_chars: int | None,
            slots: Iterable[Local | Remote], workers: int) -> Iterator[tuple]:
    """``(slot, result)`` in slot order, remote slots done by a pool of ``workers`` processes, started
    at the first remote slot (a build the caches settle wholly starts none).

    On Linux the workers are forked and inherit this process's extractor (``make_engine()``, made
    just before); elsewhere each builds its own once. When the pool ends this process lets go of the
    extractor it kept for the fork (its build holds its own while it needs it): the rest of a build —
    its exports and the database load, beside which the loader peaks — no longer carries it.
    """
    from concurrent.futures import ProcessPoolExecutor

    pool = None
    bound = _Bound(extractor, options, max_chars)

    def submit(units):
        nonlocal pool
        if pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            kept.append(_key(extractor, options))
            _ENGINES[kept[0]] = make_engine()  # a forked worker finds it built
            pool = ProcessPoolExecutor(workers, mp_context=context)
        return pool.submit(bound, units)

    kept: list[str] = []  # the key this process set in _ENGINES for its workers
    try:
        yield from ordered(submit, slots, WINDOW * workers)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        for key in kept:
            _ENGINES.pop(key, None)


def on_dask(client, extractor: str, options: dict, max_chars: int | None,
            slots: Iterable[Local | Remote]) -> Iterator[tuple]:
    """``(slot, result)`` in slot order, remote slots done on a Dask cluster.

    Files are read by the workers, which must see them at the same paths (a shared file system,
    or absolute paths present on every node).
    """
    workers = max(1, sum(client.nthreads().values()))

    def submit(units):
        return client.submit(extract_units, extractor, options, max_chars, units, pure=False)

    yield from ordered(submit, slots, WINDOW * workers)


def workers_for(files: int, workers: int | None) -> int:
    """How many local worker processes a build of ``files`` files uses: ``workers``, or by default all
    cores once every worker gets a full chunk (1: extract in the build's own process)."""
    if workers is not None:
        return workers
    return max(1, min(default_workers(), files // CHUNK_FILES))
