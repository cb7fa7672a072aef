"""Command-line style inputs (files, directories, globs) → a sorted list of files.

A directory that cannot be listed, or an entry that cannot be looked at, is reported (an
``InputError`` naming it), never skipped in silence.
"""
from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from newsgraph.schema.errors import InputError

# In a directory walk these are documentation, not news (named explicitly, they are read).
SKIPPED_NAMES = ("readme", "license", "licence", "changelog")


def _skipped(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    if any(part.startswith(".") for part in parts):
        return True
    return path.stem.lower() in SKIPPED_NAMES


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _walk(root: Path) -> tuple[list[Path], list[InputError]]:
    """Every file under ``root`` (hidden entries and README/LICENSE files skipped), and an error for
    each directory that cannot be listed or entry that cannot be looked at."""
    files: list[Path] = []
    errors: list[InputError] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or root
        errors.append(InputError(str(where), f"cannot list directory: {_reason(exc)}"))

    for folder, dirs, names in os.walk(root, onerror=unreadable):  # symlinked folders not followed (no loops)
        base = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = base / name
            if _skipped(path, root):
                continue
            try:
                if path.is_file():
                    files.append(path)
            except OSError as exc:
                errors.append(InputError(str(path), f"cannot read file: {_reason(exc)}"))
    return sorted(files), errors


def _kind(path: Path) -> str | None:
    """"dir", "file" (anything else that exists) or None; OSError when the path cannot be looked at."""
    try:
        st = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return "dir" if stat.S_ISDIR(st.st_mode) else "file"


def scan(arg: str | Path) -> tuple[list[Path], list[InputError]]:
    """One argument → its files, and an ``InputError`` for each part that cannot be read (a missing
    path, a pattern that matches nothing, a directory that cannot be listed, a path that cannot be
    looked at). A directory is walked recursively (hidden entries and README/LICENSE skipped); a glob
    pattern is expanded."""
    path = Path(arg)
    try:
        kind = _kind(path)
    except OSError as exc:
        return [], [InputError(str(arg), f"cannot read: {_reason(exc)}")]
    if kind == "dir":
        return _walk(path)
    if kind == "file":
        return [path], []
    text = str(arg)
    if glob.has_magic(text):
        files: list[Path] = []
        errors: list[InputError] = []
        for match in sorted(glob.glob(text, recursive=True)):
            found, failed = scan(match)
            files.extend(found)
            errors.extend(failed)
        if files or errors:
            return files, errors
        return [], [InputError(text, "no files match this pattern")]
    return [], [InputError(text, "no such file or directory")]


def expand(arg: str | Path) -> list[Path]:
    """One argument → its files (see ``scan``); raises the first ``InputError`` when a part cannot be read."""
    files, errors = scan(arg)
    if errors:
        raise errors[0]
    return files


def iter_input_paths(paths: Iterable[str | Path]) -> list[Path]:
    """All files named by ``paths``, sorted and de-duplicated. Raises ``InputError`` for a
    path that does not exist (use ``scan`` per argument to collect errors instead)."""
    files: list[Path] = []
    for arg in ([paths] if isinstance(paths, (str, Path)) else paths):
        files.extend(expand(arg))
    return dedupe(files)


def dedupe(files: Iterable[Path]) -> list[Path]:
    """Sorted, one entry per real file (``a/../b.txt`` and ``b.txt`` are the same file)."""
    seen: dict[Path, Path] = {}
    for f in files:
        try:
            seen.setdefault(f.resolve(), f)
        except OSError:  # cannot be resolved: keep it as given, reading it will say why
            seen.setdefault(f, f)
    return sorted(seen.values(), key=lambda p: str(p))
