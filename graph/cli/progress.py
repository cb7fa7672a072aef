"""Build progress on stderr: a bar with rate and ETA (tqdm) when stderr is a terminal; otherwise one
line once reading is under way and then only the inputs that were skipped, one line each."""
from __future__ import annotations

import sys

import click


class BuildProgress:
    """The ``progress`` callback of a build: counts input files (the bar's total comes from
    :meth:`expect`); an article or skipped record of the file being read does not count again."""

    def __init__(self, bar: bool | None = None) -> None:
        self.bar_wanted = sys.stderr.isatty() if bar is None else bar
        self.bar = None
        self._file: str | None = None
        self._announce: str | None = None

    def expect(self, files: int) -> None:
        """The build has listed its inputs: ``files`` files to read."""
        if self.bar_wanted:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread (worker processes are forked)
            self.bar = tqdm(total=files, unit="file", desc="reading", file=sys.stderr, dynamic_ncols=True,
                            smoothing=0.05, mininterval=0.5)
        else:  # said with the first file done (an extractor that cannot start says only why)
            self._announce = f"reading {files} input file{'' if files == 1 else 's'}…"

    def __call__(self, item) -> None:
        from ...schema.errors import InputError

        if self._announce:
            click.echo(self._announce, err=True)
            self._announce = None
        path = str(getattr(item, "path", None) or getattr(item, "id", ""))
        if self._file is None or not (path == self._file or path.startswith((self._file + ":", self._file + "["))):
            self._file = path
            if self.bar is not None:
                self.bar.update(1)
        if isinstance(item, InputError):
            from .output import terminal_safe

            self.write(f"skip {terminal_safe(str(item))}")

    def phase(self, what: str) -> None:
        """The build has moved on to writing ``what`` (an output or a store)."""
        if self.bar is not None:
            self.close()
            click.echo(f"writing {what}…", err=True)

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
