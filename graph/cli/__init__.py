"""The ``newsgraph`` command line: thin wrappers over library functions."""
import importlib

from .app import main

# Each module registers its commands on ``main``; a module not written yet is skipped.
for _name in ("build_cmd", "inspect_cmd", "export_cmd", "db_cmd"):
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_name}":
            raise

__all__ = ["main"]
