"""Where a build writes: checked before anything is read, and written all together or not at all.

An output may never name an input (a file given on the command line, matched by a glob, or found
in a walked directory), another output, or an embedded database; a file found in a walked
directory that an earlier build wrote (graph JSON, GraphML, the HTML view) is the exception: it is
replaced, and not read.
"""
from __future__ import annotations

import glob
import mmap
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..loaders.readers.paths import SKIPPED_NAMES
from ..schema.errors import UsageError
from .export.atomic import check_writable

# What an earlier build's outputs contain (graph JSON, GraphML, the HTML view's page)
_OWN_MARKERS = (b'"format": "newsgraph/node-link"', b"<graphml", b'id="ng-heading"')


def is_own_output(path: str | Path) -> bool:
    """Whether ``path`` holds something a newsgraph build writes (so replacing it loses no input)."""
    try:
        with open(path, "rb") as fh:
            if fh.seek(0, 2) == 0:
                return True
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return any(data.find(marker) >= 0 for marker in _OWN_MARKERS)
    except (OSError, ValueError):
        return False


def _walk_reads(root: Path, path: Path) -> bool:
    """Whether walking the directory ``root`` reads the file ``path`` (hidden and README-like files are not read)."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    return not any(p.startswith(".") for p in parts) and path.stem.lower() not in SKIPPED_NAMES


def _input_reading(arg: str | Path, target: Path) -> str | None:
    """How input ``arg`` would read ``target`` (a resolved existing file): "names" it, walks to it, or None."""
    path = Path(arg)
    candidates = [path] if path.exists() else [Path(m) for m in sorted(glob.glob(str(arg), recursive=True))]
    for candidate in candidates:
        try:
            real = candidate.resolve()
            if real.is_dir():
                if _walk_reads(real, target):
                    return f"is found under the input directory {candidate}"
            elif real == target:
                return "is an input file"
        except OSError:
            continue
    return None


_DATABASE_MAGIC = b"LBUG"  # how every LadybugDB database file begins


def _not_a_database(path: str | Path) -> str | None:
    """Why the embedded database ``path`` (a directory holds ``newsgraph.db``) is some other file, or
    None when it is a database, an empty file or not there yet: said before the build reads anything."""
    from .store import DEFAULT_STORE

    target = Path(path).expanduser()
    target = target / DEFAULT_STORE if target.is_dir() else target
    try:
        with open(target, "rb") as fh:
            head = fh.read(len(_DATABASE_MAGIC))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    except OSError as exc:
        return f"{target}: cannot be read ({exc.strerror or exc})"
    if not head or head == _DATABASE_MAGIC:
        return None
    return f"{target}: not a LadybugDB database (it begins {head!r})"


def _under(folder: Path, arg: str | Path) -> str | None:
    """The input (``arg``, or a file its glob matches) that is ``folder`` or inside it, if any."""
    path = Path(arg)
    candidates = [path] if path.exists() else [Path(m) for m in sorted(glob.glob(str(arg), recursive=True))]
    for candidate in candidates:
        try:
            real = candidate.resolve()
        except OSError:
            continue
        if real == folder or folder in real.parents:
            return str(candidate)
    return None


def check_outputs(inputs: Iterable[str | Path], outputs: Mapping[str, str | Path | None],
                  databases: Mapping[str, str | Path] = {},  # noqa: B006 - read only
                  reads: Mapping[str, Iterable[str | Path] | None] = {},  # noqa: B006 - read only
                  folders: Iterable[str] = ("--neo4j-csv",)) -> None:
    """Refuse (``UsageError``) an output or embedded database that names an input, a file the build
    reads (``reads``: ``{"--gazetteer": [paths]}``) or another output, and (``OutputError``) an output
    that cannot be written: a directory, under a file, an unwritable folder.

    ``outputs`` and ``databases`` map the option that names each one (``-o``, ``--html``, ``--db``) to its path.
    """
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    seen: dict[Path, str] = {}
    read_by: dict[Path, str] = {}
    for option, paths in reads.items():
        for read in [paths] if isinstance(paths, (str, Path)) else (paths or ()):
            read_by.setdefault(Path(read).resolve(), option)
    named = [(option, path, False) for option, path in outputs.items() if path]
    named += [(option, path, True) for option, path in databases.items() if path]
    for option, path, is_database in named:
        real = Path(path).resolve()
        if real in seen:
            raise UsageError(f"{path}: named by both {seen[real]} and {option}; give each output its own file")
        seen[real] = option
        if option in folders:  # a folder of output files: the build reads nothing in it
            for arg in inputs:
                inside = _under(real, arg)
                if inside is not None:
                    how = "is" if Path(inside).resolve() == real else "holds"
                    raise UsageError(f"{path}: the {option} folder {how} the input {inside}, which the build would "
                                     "not read; give the output a folder of its own")
        if real in read_by:
            raise UsageError(f"{path}: the {option} output is the {read_by[real]} file the build reads; writing it "
                             "would overwrite it (choose another output path)")
        if real.is_file():
            for arg in inputs:
                how = _input_reading(arg, real)
                if how == "is an input file" or (how and not is_database and not is_own_output(real)):
                    raise UsageError(f"{path}: the {option} output {how}; writing it would overwrite an article "
                                     "(choose another output path)")
    for option, path, is_database in named:  # after the checks above, which say more about an input named
        problem = _not_a_database(path) if is_database and option not in folders else None
        if problem:
            raise UsageError(f"{problem}; the database to write (--db, --store) must be one newsgraph made, "
                             "a new path, or a folder")
    for option, path in outputs.items():
        if path:
            check_writable(path)
