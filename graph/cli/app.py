"""The click group every command module attaches to, and how errors leave the program.

Every failure is one line on stderr, never a traceback: ``Error: PATH: reason``. Exit codes:
1 for errors (library errors and every OS error), 2 for usage errors (conflicting options, an
output naming an input), 130 for Ctrl-C (SIGINT). Text from the data (titles, names, paths)
is shown without control characters or terminal escape sequences.
"""
from __future__ import annotations

import errno
import functools

import click

from ...schema.errors import NewsgraphError, UsageError
from .output import terminal_safe

INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def _os_message(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc)
    return f"{where}: {reason}" if where else reason


def _translate(exc: BaseException) -> click.ClickException | None:
    """The click exception an error leaves the program as, or None when it is not ours to translate."""
    if isinstance(exc, click.ClickException):
        return None
    if isinstance(exc, UsageError):
        return click.UsageError(terminal_safe(str(exc)))
    if isinstance(exc, NewsgraphError):
        return click.ClickException(terminal_safe(str(exc)))
    if isinstance(exc, OSError):
        return click.ClickException(terminal_safe(_os_message(exc)))
    return None


def library_errors(func):
    """Turn library and OS errors into one-line click errors at the CLI boundary (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (NewsgraphError, OSError) as exc:
            if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
                raise
            translated = _translate(exc)
            if translated is None:
                raise
            raise translated from exc

    return wrapper


class NewsgraphGroup(click.Group):
    """A click group whose commands end cleanly: one-line errors, 130 on Ctrl-C, quiet on a closed pipe."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            click.echo("\ninterrupted" + (f": {exc}" if str(exc) else ""), err=True)
            raise click.exceptions.Exit(INTERRUPTED) from None
        except (NewsgraphError, OSError) as exc:
            translated = None if getattr(exc, "errno", None) == errno.EPIPE else _translate(exc)
            if translated is None:  # a closed pipe (`newsgraph query … | head`): click ends quietly
                raise
            raise translated from exc


@click.group(cls=NewsgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """Turn news about the AI industry into a knowledge graph."""
