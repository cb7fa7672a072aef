"""Builds whose extraction runs on a Dask cluster: ``--dask tcp://scheduler:8786`` or ``--dask local``.

The driver (this process) lists the input files, sends chunks of their paths to the workers
(:func:`newsgraph.graph.parallel.extract_units`: read and extract, the extractor built once per
worker process), and merges the results in input order as they come back, a bounded number of
chunks in flight: the graph, and every output, is the one a local build makes. Every node needs
newsgraph installed (the scheduler too: it unpickles the tasks) and the input files at the same
paths. ``dask[distributed]`` is the optional extra ``newsgraph[dask]``.
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from ..schema import NewsgraphError
from .parallel import default_workers, on_dask

CONNECT_TIMEOUT = "30s"
WAIT_FOR_WORKERS = 60  # seconds for a first worker to join a remote scheduler


def dask_stage(extractor: str, options: dict, max_chars: int | None, dask, workers: int | None, batches: bool):
    """``run(slots)`` → ``(slot, result)`` for :mod:`newsgraph.graph.parallel`, on the cluster ``dask``
    (``batches``: the extractor works on several articles at once, which only this process can do)."""
    if batches:
        raise NewsgraphError(f"--dask runs extractors that take one article at a time (rules, or a plug-in "
                             f"without extract_all); {extractor!r} works on several at once in this process")

    def run(slots) -> Iterator[tuple]:
        with connect(dask, workers) as client:
            yield from on_dask(client, extractor, options, max_chars, slots)

    return run


@contextlib.contextmanager
def connect(dask, workers: int | None = None):
    """A ``distributed.Client`` for ``dask``: a Client (used as it is), ``"local"`` (a LocalCluster
    of ``workers`` single-threaded processes on 127.0.0.1, closed afterwards) or a scheduler address."""
    if hasattr(dask, "submit"):
        yield dask
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise NewsgraphError("--dask needs dask.distributed: pip install 'newsgraph[dask]'") from None
    address = str(dask)
    if address == "local":
        with LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address="127.0.0.1:0",
                          silence_logs=logging.CRITICAL) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise NewsgraphError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
        except TimeoutError:
            raise NewsgraphError(f"the Dask scheduler at {address} has no workers "
                                 f"(none joined within {WAIT_FOR_WORKERS} s)") from None
        yield client
    finally:
        client.close()
