"""The click group every command module attaches to."""
from __future__ import annotations

import functools

import click

from ...schema.errors import NewsgraphError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """Turn news about the AI industry into a knowledge graph."""


def library_errors(func):
    """Turn library errors into ClickException at the CLI boundary (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except NewsgraphError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper
