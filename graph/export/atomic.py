"""Atomic file writes: a reader never sees a half-written output, and a failed write leaves the old file.

A rewritten file keeps its permission bits (a 0600 graph stays 0600); a new one gets the usual
``0666 & ~umask``. Every OS error becomes an ``OutputError`` naming the file. ``OutputSet`` stages
several outputs so that they all appear together, or none does.
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ...schema.errors import OutputError


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` via a temporary file in the same folder and a rename."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode(target: Path) -> int:
    """The permission bits a rewrite of ``target`` gets: its own when it exists, else ``0666 & ~umask``."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _target(path: str | Path) -> Path:
    """The file a write of ``path`` replaces: a symbolic link's target (the link stays); an error for a
    directory or anything that is not a regular file (replacing /dev/null or a pipe is never wanted)."""
    target = Path(path)
    try:
        if target.is_symlink():
            target = target.resolve()
        st = target.stat()
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise OutputError(str(path), f"cannot write: {_reason(exc)}") from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(str(path), "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(str(path), "is not a regular file (a device, pipe or socket); write to a file")
    return target


def check_writable(path: str | Path) -> Path:
    """Fail early (``OutputError``) when ``path`` cannot be written: it is a directory or a device, a
    parent is a file, or its folder refuses a new file. Creates nothing that stays."""
    target = _target(path)
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OutputError(str(path), f"cannot create it: {folder} is not a directory")
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".probe", dir=folder)
    except OSError as exc:
        raise OutputError(str(path), f"cannot write in {folder}: {_reason(exc)}") from None
    os.close(fd)
    os.unlink(probe)
    return target


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temporary file, fsync, rename, fsync of the folder)."""
    with _atomic_file(path, "wb") as fh:
        fh.write(data)
    return Path(path)


def write_chunks_atomic(path: str | Path, pieces: Iterable[str], end: str = "") -> Path:
    """Write text given piece by piece (then ``end``) as UTF-8 to ``path``, atomically like
    :func:`write_bytes_atomic`, without holding the whole text."""
    with open_atomic(path) as fh:
        fh.writelines(pieces)
        fh.write(end)
    return Path(path)


def open_atomic(path: str | Path):
    """A text file (UTF-8) that appears at ``path`` whole when the block ends, or not at all if it
    raises (OS errors as ``OutputError`` naming the file, like :func:`write_bytes_atomic`)."""
    return _atomic_file(path, "w", encoding="utf-8", newline="", buffering=1 << 20)


@contextlib.contextmanager
def _atomic_file(path: str | Path, mode: str, **options):
    """The one atomic write: a temporary file beside ``path`` with its mode, fsync, rename, fsync
    of the folder; on any failure the temporary file goes and ``path`` is untouched."""
    target = _target(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        permissions = file_mode(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(str(path), f"cannot write: {_reason(exc)}") from None
    try:
        os.fchmod(fd, permissions)
        with os.fdopen(fd, mode, **options) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(str(path), f"cannot write: {_reason(exc)}") from None
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class OutputSet:
    """Outputs that appear together or not at all.

    ``stage(target)`` gives a temporary path next to ``target`` to write to; ``commit()`` renames
    every staged file onto its target (each keeping the target's permission bits), ``discard()``
    removes them. Renames need no space, so once everything is staged, committing cannot run out.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> outputs = OutputSet()
    >>> _ = write_text_atomic(outputs.stage(folder / "a.txt"), "one")
    >>> sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    []
    >>> outputs.commit()
    >>> (folder / "a.txt").read_text()
    'one'
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []

    def stage(self, target: str | Path) -> Path:
        target = check_writable(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".staged", dir=target.parent)
        except OSError as exc:
            raise OutputError(str(target), f"cannot write: {_reason(exc)}") from None
        os.close(fd)
        self._staged.append((Path(tmp), target))
        return Path(tmp)

    def target_of(self, staged: str | Path) -> Path:
        return next(t for s, t in self._staged if s == Path(staged))

    def commit(self) -> None:
        try:
            for tmp, target in self._staged:
                os.chmod(tmp, file_mode(target))
            for tmp, target in self._staged:
                os.replace(tmp, target)
        except OSError as exc:
            self.discard()
            raise OutputError(str(target), f"cannot write: {_reason(exc)}") from None
        for folder in {target.parent for _, target in self._staged}:
            fsync_folder(folder)
        self._staged = []

    def discard(self) -> None:
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged = []
