"""Warm start: the rule extractor made once per code and data version, then read back from the user's cache dir.

Making the rule extractor (gazetteer and lexicon YAML parsed, word lists checked, the Aho-Corasick
automaton built) costs every worker process about a second of CPU; reading it back costs a fifth
of that. The file is keyed by the extractor's fingerprint (the hash of the code and data files it is
made from, and of the files its options name: see :func:`~newsgraph.graph.extraction_cache.fingerprint`)
and by the Python and library versions, so a changed gazetteer or rule is never read from an old
file. It is written atomically (a private temporary file, then ``os.replace``: two processes racing
both write whole files and one wins), carries a SHA-256 of its content (a corrupt or truncated file
is ignored and made again), and any failure to read or write it only means the extractor is made
as before. ``NEWSGRAPH_WARM_START=0`` turns it off.

>>> made = []
>>> calls = lambda: made.append(1) or {"made": len(made)}
>>> import tempfile; folder = Path(tempfile.mkdtemp())
>>> load_or_make(folder / "x.pickle", calls), load_or_make(folder / "x.pickle", calls)
({'made': 1}, {'made': 1})
>>> _ = (folder / "x.pickle").write_bytes(b"not a pickle at all" * 4)   # corrupt: made again
>>> load_or_make(folder / "x.pickle", calls)
{'made': 2}
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)
ENV = "NEWSGRAPH_WARM_START"
_LIBRARIES = ("pyahocorasick", "opencc", "opencc-python-reimplemented", "PyYAML", "pydantic", "pydantic_core")
_DIGEST = hashlib.sha256().digest_size
KEEP = 8  # warm-start files kept (the newest), one per code and data version


def enabled() -> bool:
    return os.environ.get(ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def load_or_make(path: Path, make: Callable[[], object]):
    """The object pickled at ``path`` when the file is whole, else ``make()`` (then saved there, if it can be)."""
    try:
        data = path.read_bytes()
        if len(data) > _DIGEST and hashlib.sha256(data[_DIGEST:]).digest() == data[:_DIGEST]:
            return pickle.loads(data[_DIGEST:])
    except Exception as exc:  # noqa: BLE001 - missing, unreadable or unpicklable: make it anew
        log.debug("warm start: %s not used (%s)", path, exc)
    made = make()
    try:
        payload = pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(payload).digest())
                fh.write(payload)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(path.parent, keep=path)
    except Exception as exc:  # noqa: BLE001 - a cache that cannot be written is only a slower start
        log.debug("warm start: %s not written (%s)", path, exc)
    return made


def _prune(folder: Path, keep: Path, most: int = KEEP) -> None:
    """Old versions' files beyond the ``most`` newest go (each code version leaves one behind)."""
    try:
        files = sorted((p for p in folder.glob("*.pickle") if p != keep), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[most - 1:]:
            old.unlink(missing_ok=True)
    except OSError:  # another process pruned first
        pass


def _versions() -> str:
    found = [sys.version, str(pickle.HIGHEST_PROTOCOL)]
    for name in _LIBRARIES:
        try:
            found.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name}=-")
    return "\n".join(found)


def extractor(name: str, options: dict):
    """``get_extractor(name, **options)``, through the warm-start file when the extractor is the
    bundled rule extractor (any other is made as usual)."""
    from ..loaders.extract.registry import EXTRACTORS, get_extractor
    from ..loaders.extract.rules import RuleExtractor
    from .extraction_cache import default_cache_dir, fingerprint

    if not enabled() or EXTRACTORS.get(name) is not RuleExtractor:
        return get_extractor(name, **options)
    made_by = fingerprint(name, RuleExtractor, options)
    if made_by is None:
        return get_extractor(name, **options)
    key = hashlib.sha256(f"{made_by}\n{_versions()}\n{sorted(map(repr, options.items()))}".encode("utf-8")).hexdigest()
    path = default_cache_dir() / "warm" / f"{name}-{key[:32]}.pickle"
    engine = load_or_make(path, lambda: get_extractor(name, **options))
    return engine if type(engine) is RuleExtractor else get_extractor(name, **options)
