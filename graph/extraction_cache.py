"""The extraction cache: an article read again with the same content, by the same extractor, is not extracted again.

Entries are keyed by (extractor fingerprint, article id, content hash) and hold the
extraction as compressed JSON in one SQLite file, so a daily build over a growing folder
extracts only what is new or changed and still writes a complete graph of all its inputs.
The fingerprint names the extractor, its version, a hash of its code and data files and of
the gazetteer files given, so a changed rule, gazetteer or release never reuses an old result.

Files are remembered too: a file whose size, modification time and inode are those it had when
it was last read (by the same readers) gives the articles it gave then, without being read or
parsed again. A file modified in the last two seconds before it was read is not remembered
(its next change could keep the same time stamp).

The cache is an accelerator only: a cache that cannot be opened, read or written (locked,
corrupt, full disk) is reported once and the build goes on extracting.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import sqlite3
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)
CACHE_ENV = "NEWSGRAPH_CACHE_DIR"
CODE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt", ".tsv", ".csv")
COMMIT_EVERY = 200
RACY_SECONDS = 2.0
# Extractor options that change how an extraction is made, never what it finds: not in the fingerprint.
NEUTRAL_OPTIONS = frozenset({"concurrency", "cache", "cache_dir", "timeout", "retries", "progress"})


def default_cache_dir() -> Path:
    """``$NEWSGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsgraph``, else ``~/.cache/newsgraph``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsgraph"


def _hash_files(files, digest) -> None:
    for path in sorted(files):
        digest.update(str(path.name).encode("utf-8") + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")


def _code_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts]


def code_root(module_name: str) -> Path | None:
    """The folder whose files make up an extractor's code: the package two levels under the top
    (``newsgraph.loaders`` for the rule extractor), the module's own folder for a plug-in
    package, its file for a one-module plug-in."""
    parts = module_name.split(".")
    for depth in (2, 1):
        module = sys.modules.get(".".join(parts[:depth]))
        if module is not None and len(parts) >= depth:
            where = getattr(module, "__file__", None)
            if where:
                path = Path(where)
                return path.parent if path.name == "__init__.py" else path
    return None


def fingerprint(name: str, engine, options: dict | None = None) -> str | None:
    """What an extraction depends on besides the article: extractor name, version, code, data, options.

    ``engine`` is the extractor or its class. An extractor may say it itself (a ``fingerprint``
    attribute or method); otherwise it is the hash of the files under :func:`code_root` of its
    class and of the schema (the shape of what is cached), its distribution's version and the
    content of the files given as options (gazetteers); options in :data:`NEUTRAL_OPTIONS` (or the
    extractor's ``neutral_options``), such as an LLM's concurrency, are left out. ``None``: not cacheable.
    """
    own = getattr(engine, "fingerprint", None)
    if own is not None:
        own = own() if callable(own) else own
        return f"{name}:{hashlib.sha256(str(own).encode('utf-8')).hexdigest()[:16]}"
    module = (engine if isinstance(engine, type) else type(engine)).__module__
    root = code_root(module)
    if root is None:
        return None
    digest = hashlib.sha256(name.encode("utf-8") + b"\0")
    top = module.split(".")[0]
    for dist in ("newsgraph", top):
        try:
            digest.update(importlib.metadata.version(dist).encode("utf-8"))
        except importlib.metadata.PackageNotFoundError:
            pass
    files = [root] if root.is_file() else _code_files(root)
    _hash_files(files + _code_files(Path(sys.modules["newsgraph.schema"].__file__).parent), digest)
    neutral = NEUTRAL_OPTIONS | frozenset(getattr(engine, "neutral_options", ()))
    for key, value in sorted((options or {}).items()):
        if key in neutral:
            continue
        digest.update(f"\0{key}=".encode("utf-8"))
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            path = Path(str(item))
            if path.is_file():
                _hash_files([path], digest)
            else:
                digest.update(str(item).encode("utf-8"))
    return f"{name}:{digest.hexdigest()[:16]}"


def readers_fingerprint() -> str:
    """What reading a file depends on: the readers' and the schema's code, the reader plug-ins installed."""
    from ..loaders.readers import READERS

    digest = hashlib.sha256(b"readers\0")
    try:
        digest.update(importlib.metadata.version("newsgraph").encode("utf-8"))
    except importlib.metadata.PackageNotFoundError:
        pass
    for package in ("newsgraph.loaders.readers", "newsgraph.schema"):
        _hash_files(_code_files(Path(sys.modules[package].__file__).parent), digest)
    digest.update(",".join(READERS.names()).encode("utf-8"))
    return digest.hexdigest()[:16]


def pack(extraction: dict, level: int = 1) -> bytes:
    """An extraction's JSON, compressed: how the cache stores it, and how a build holds it until the
    merge (a tenth of the memory of the dict).

    >>> unpack(pack({"article": {"id": "a1", "title": "深度求索"}, "nodes": [], "edges": []}))["article"]["title"]
    '深度求索'
    """
    return zlib.compress(json.dumps(extraction, ensure_ascii=False).encode("utf-8"), level)


def unpack(blob: bytes) -> dict:
    """The extraction :func:`pack` packed."""
    return json.loads(zlib.decompress(blob))


class ExtractionCache:
    """Extractions by (fingerprint, article id, content hash), in ``DIR/extractions.sqlite``, as the
    ``model_dump(mode="json")`` of a validated ``Extraction`` (what ``KnowledgeGraph.add_extraction``
    takes), so a hit costs no validation.

    >>> import tempfile
    >>> from newsgraph.schema import Article, Extraction
    >>> cache = ExtractionCache(tempfile.mkdtemp())
    >>> ex = Extraction(article=Article(id="a1", title="T", text="body")).model_dump(mode="json")
    >>> cache.get("rules:0", "a1", "h1") is None
    True
    >>> cache.put("rules:0", "a1", "h1", ex); cache.get("rules:0", "a1", "h1") == ex
    True
    >>> cache.close()
    """

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else default_cache_dir()
        self.path = self.folder / "extractions.sqlite"
        self.hits = self.misses = self.files_remembered = 0
        self.hashes: dict[str, str] = {}  # article id → content hash, for articles of remembered files
        self.problem: str | None = None
        self._pending = 0
        self._db: sqlite3.Connection | None = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS extraction (fingerprint TEXT, article TEXT, content_hash TEXT, "
                             "data BLOB, PRIMARY KEY (fingerprint, article, content_hash))")
            self._db.execute("CREATE TABLE IF NOT EXISTS file (fingerprint TEXT, path TEXT, size INTEGER, "
                             "mtime INTEGER, inode INTEGER, items BLOB, PRIMARY KEY (fingerprint, path))")
        except (OSError, sqlite3.Error) as exc:
            self._give_up(f"cannot open the extraction cache {self.path}: {exc}")

    def _give_up(self, message: str) -> None:
        if self.problem is None:
            self.problem = message
            log.warning("%s; extracting without it", message)
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None

    def get(self, fingerprint: str, article: str, content_hash: str) -> dict | None:
        """The cached extraction, or None (a miss, or an entry that no longer reads)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT data FROM extraction WHERE fingerprint = ? AND article = ? AND content_hash = ?",
                                   (fingerprint, article, content_hash)).fetchone()
        except sqlite3.Error as exc:
            self._give_up(f"cannot read the extraction cache {self.path}: {exc}")
            return None
        if row is None:
            self.misses += 1
            return None
        try:
            found = json.loads(zlib.decompress(row[0]))
        except (zlib.error, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, fingerprint: str, article: str, content_hash: str, extraction: dict | bytes) -> None:
        """Keep an extraction (its dict, or :func:`pack`'s bytes of it)."""
        if self._db is None:
            return
        try:
            self._db.execute("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?, ?)",
                             (fingerprint, article, content_hash,
                              extraction if isinstance(extraction, bytes) else pack(extraction, 3)))
            self._count_write()
        except sqlite3.Error as exc:
            self._give_up(f"cannot write the extraction cache {self.path}: {exc}")

    def reader(self, read: Callable[[Path], list], salt: str = "") -> Callable[[Path], list]:
        """``read`` (one file → its Articles and InputErrors), remembering unchanged files; ``salt``
        names what else the reading depends on (the article size budget, say)."""
        def cached(path: Path) -> list:
            items, token = self.recall(path, salt)
            if items is None:
                items = read(path)
                self.remember(token, items)
            return items

        return cached

    def recall(self, path: str | Path, salt: str = "") -> tuple[list | None, tuple | None]:
        """The items a file gave when it was last read, if it is unchanged since (else None), and the
        token to :meth:`remember` what reading it now gives (None: not to be remembered)."""
        from ..loaders.readers import InputError
        from ..schema import Article
        from ..schema.identity import printable_path

        if self._db is None:
            return None, None
        fingerprint = self._readers_fingerprint + (f":{salt}" if salt else "")
        try:
            stat = os.stat(path)
            key = printable_path(str(Path(path).resolve()))  # SQLite takes no lone surrogate
            row = self._db.execute("SELECT items FROM file WHERE fingerprint = ? AND path = ? AND size = ? AND "
                                   "mtime = ? AND inode = ?",
                                   (fingerprint, key, stat.st_size, stat.st_mtime_ns, stat.st_ino)).fetchone()
        except (OSError, sqlite3.Error):
            return None, None
        token = (fingerprint, key, stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_mtime)
        if row is not None:
            try:
                items = []
                for item in json.loads(zlib.decompress(row[0])):
                    if "error" in item:
                        items.append(InputError(*item["error"]))
                    else:
                        article = Article.model_validate(item["article"])
                        self.hashes[article.id] = item["hash"]
                        items.append(article)
                self.files_remembered += 1
                return items, token
            except (zlib.error, ValueError, TypeError, KeyError):
                pass
        return None, token

    def remember(self, token: tuple | None, items: list) -> None:
        """Remember what reading a file gave (``token``: from :meth:`recall` before it was read)."""
        from ..loaders.readers import InputError
        from ..schema.identity import content_hash

        if token is None or self._db is None or time.time() - token[5] <= RACY_SECONDS:
            return
        entries = [{"error": [i.path, i.reason]} if isinstance(i, InputError)
                   else {"article": i.model_dump(mode="json"), "hash": content_hash(i)} for i in items]
        try:
            self._db.execute("INSERT OR REPLACE INTO file VALUES (?, ?, ?, ?, ?, ?)",
                             (*token[:5], zlib.compress(json.dumps(entries, ensure_ascii=False).encode("utf-8"), 3)))
            self._count_write()
        except sqlite3.Error as exc:
            self._give_up(f"cannot write the extraction cache {self.path}: {exc}")

    @functools.cached_property
    def _readers_fingerprint(self) -> str:
        return readers_fingerprint()

    def _count_write(self) -> None:
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self._db.commit()
            self._pending = 0

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self._db.commit()
            self._db.close()
        except sqlite3.Error as exc:
            self._give_up(f"cannot write the extraction cache {self.path}: {exc}")
        self._db = None
