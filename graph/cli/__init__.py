"""The ``newsgraph`` command line: thin wrappers over library functions."""
from . import build_cmd, db_cmd, eval_cmd, export_cmd, inspect_cmd  # noqa: F401  (each registers its commands)
from .app import main

__all__ = ["main"]
