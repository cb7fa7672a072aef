"""Command-line style inputs (files, directories, globs) → a sorted list of files."""
from __future__ import annotations

import glob
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


def expand(arg: str | Path) -> list[Path]:
    """One argument → its files. A directory is walked recursively (hidden entries and
    README/LICENSE files skipped); a glob pattern is expanded; a missing path raises."""
    path = Path(arg)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not _skipped(p, path))
    if path.exists():
        return [path]
    text = str(arg)
    if glob.has_magic(text):
        found = []
        for match in sorted(glob.glob(text, recursive=True)):
            p = Path(match)
            found.extend(expand(p) if p.is_dir() else [p])
        if found:
            return found
        raise InputError(text, "no files match this pattern")
    raise InputError(text, "no such file or directory")


def iter_input_paths(paths: Iterable[str | Path]) -> list[Path]:
    """All files named by ``paths``, sorted and de-duplicated. Raises ``InputError`` for a
    path that does not exist (use ``expand`` per argument to collect errors instead)."""
    files: list[Path] = []
    for arg in ([paths] if isinstance(paths, (str, Path)) else paths):
        files.extend(expand(arg))
    return dedupe(files)


def dedupe(files: Iterable[Path]) -> list[Path]:
    """Sorted, one entry per real file (``a/../b.txt`` and ``b.txt`` are the same file)."""
    seen: dict[Path, Path] = {}
    for f in files:
        seen.setdefault(f.resolve(), f)
    return sorted(seen.values(), key=lambda p: str(p))
