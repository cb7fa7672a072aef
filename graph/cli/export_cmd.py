"""``newsgraph export``."""
from __future__ import annotations

import click

from ...schema.vocabulary import EdgeType, NodeType
from .app import library_errors, main
from .options import graph_option, html_view_kwargs, html_view_options, one_store, store_options, time_options
from .output import terminal_safe


@main.command("export")
@graph_option
@store_options()
@time_options
@click.option("-f", "--format", "fmt", default="json", show_default=True,
              help="json, graphml, html, neo4j-csv, or a format an installed plug-in adds.")
@click.option("-o", "--output", help="File to write (default: graph.<format>; for neo4j-csv a folder).")
@click.option("--focus", help="HTML: centre on this entity (any alias).")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="HTML: hops around --focus.")
@click.option("--node-types", multiple=True, type=click.Choice([t.value for t in NodeType]), help="HTML: keep these node types.")
@click.option("--edge-types", multiple=True, type=click.Choice([t.value for t in EdgeType]), help="HTML: keep these edge types.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=2000, show_default=True,
              help="HTML: keep the N nodes with the most support in the facts shown (0: all).")
@html_view_options
@library_errors
def export_command(graph_path, store, db, neo4j, since, until, fmt, output, focus, depth, node_types, edge_types,
                   max_nodes, color_by, label_script):
    """Write the graph (the JSON, or the database named) as JSON, GraphML, an interactive HTML page,
    or CSV for neo4j-admin import; --since/--until keep what the articles of those dates say."""
    from ..export import EXPORTERS, export_from_file

    EXPORTERS.get(fmt)  # an unknown format fails before the graph is read, listing the available ones
    options = {}
    if fmt == "html":
        options = dict(focus=focus, depth=depth, node_types=list(node_types) or None,
                       edge_types=list(edge_types) or None, max_nodes=max_nodes,
                       **html_view_kwargs(color_by, label_script))
    written = export_from_file(graph_path, fmt, output or f"graph.{fmt}", store=one_store(store, db, neo4j),
                               since=since, until=until, **options)
    click.echo(f"wrote {fmt}: {terminal_safe(str(written))}", err=True)
