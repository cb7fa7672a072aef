"""Exporters by format name: ``EXPORTERS[name](kg, path, **options)`` writes a file atomically."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...schema import NewsgraphError
from ..knowledge import KnowledgeGraph
from .graphml import write_graphml
from .jsonio import read_json, to_json, write_json
from .neo4j_csv import write_neo4j_csv

Exporter = Callable[..., Path]
EXPORTERS: dict[str, Exporter] = {"json": write_json, "graphml": write_graphml, "neo4j-csv": write_neo4j_csv}


def register_exporter(name: str, exporter: Exporter) -> None:
    EXPORTERS[name] = exporter


def export_graph(kg: KnowledgeGraph, fmt: str, path: str | Path, **options) -> Path:
    """Write ``kg`` in format ``fmt`` to ``path``; unknown formats list the available ones."""
    if fmt not in EXPORTERS:
        raise NewsgraphError(f"unknown export format {fmt!r}; available: {', '.join(sorted(EXPORTERS))}")
    return EXPORTERS[fmt](kg, path, **options)


def export_from_file(graph_path: str | Path, fmt: str, path: str | Path, **options) -> Path:
    """``newsgraph export``: read a graph JSON and write it in another format."""
    return export_graph(read_json(graph_path), fmt, path, **options)


__all__ = ["export_from_file", "EXPORTERS", "export_graph", "read_json", "register_exporter", "to_json", "write_graphml", "write_json"]

from . import html as _html  # noqa: E402,F401  (registers the "html" exporter)
