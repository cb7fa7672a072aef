"""Exporters by format name: ``EXPORTERS.get(name)(kg, path, **options)`` writes atomically.

Built-ins are imported on first use (the HTML view needs pyvis, the others do not);
an installed plug-in adds a format through the ``newsgraph.exporters`` entry point group.
"""
from __future__ import annotations

from pathlib import Path

from ...schema.registry import Registry

EXPORTERS = Registry("export format", "newsgraph.exporters", {
    "json": "newsgraph.graph.export.jsonio:write_json",
    "graphml": "newsgraph.graph.export.graphml:write_graphml",
    "html": "newsgraph.graph.export.html_view:write_html",
    "neo4j-csv": "newsgraph.graph.export.neo4j_csv:write_neo4j_csv",
})


def export_graph(kg, fmt: str, path: str | Path, **options) -> Path:
    """Write ``kg`` in format ``fmt`` to ``path``; an unknown format lists the available ones."""
    return EXPORTERS.get(fmt)(kg, path, **options)


def read_json(path: str | Path):
    """Load a graph written by the JSON exporter (see :func:`.jsonio.read_json`)."""
    from .jsonio import read_json as read

    return read(path)


def export_from_file(graph_path: str | Path | None, fmt: str, path: str | Path, store: str | Path | None = None,
                     since=None, until=None, **options) -> Path:
    """``newsgraph export``: read a graph JSON (or the database ``store``), keep what the articles
    from ``since`` to ``until`` say, and write it in another format (never over the graph it reads)."""
    from ...schema.errors import UsageError
    from ..inspection import open_graph

    if store is None and graph_path is not None and Path(path).resolve() == Path(graph_path).resolve():
        raise UsageError(f"{path}: the output is the graph being read (-g); choose another output path")
    return export_graph(open_graph(graph_path, store, since, until), fmt, path, **options)


__all__ = ["EXPORTERS", "export_from_file", "export_graph", "read_json"]
