"""``newsgraph stats``, ``neighbors`` and ``path``."""
from __future__ import annotations

import json

import click

from ...schema.vocabulary import EdgeType
from .app import library_errors, main
from .options import graph_option, one_store, store_options, time_options
from .output import terminal_safe as safe


@main.command("stats")
@click.argument("graph_path", default="graph.json", required=False)
@store_options()
@time_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@library_errors
def stats_command(graph_path, store, db, neo4j, since, until, as_json):
    """Counts of articles, nodes and edges by type (of GRAPH_PATH, or of the database named)."""
    from ..inspection import graph_stats

    stats = graph_stats(graph_path, one_store(store, db, neo4j), since, until)
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=1))
        return
    click.echo(f"{safe(str(stats['graph']))}: {stats['articles']} articles")
    for section in ("nodes", "edges"):
        click.echo(f"{section}:")
        for name, count in stats[section].items():
            click.echo(f"  {name:<13} {count}")


@main.command("neighbors")
@click.argument("name")
@graph_option
@store_options()
@time_options
@click.option("-t", "--type", "edge_type", type=click.Choice([t.value for t in EdgeType]), help="Only this edge type.")
@click.option("-d", "--direction", type=click.Choice(["out", "in", "both"]), default="both", show_default=True)
@library_errors
def neighbors_command(name, graph_path, store, db, neo4j, since, until, edge_type, direction):
    """Entities linked to NAME (any alias, any script), in the graph JSON or the database."""
    from ..inspection import neighbors_of

    found = neighbors_of(name, graph_path, edge_type, direction, one_store(store, db, neo4j), since, until)
    click.echo(f"{safe(found['name'])} [{found['type']}] ({safe(found['id'])})")
    for row in found["neighbors"]:
        arrow = "->" if row["direction"] == "out" else "<-"
        click.echo(f"  {arrow} {row['type']:<11} {safe(row['name'])} [{row['node_type']}] support={row['support']}")


@main.command("path")
@click.argument("a")
@click.argument("b")
@graph_option
@store_options()
@time_options
@click.option("-t", "--type", "edge_types", multiple=True, type=click.Choice([t.value for t in EdgeType]),
              help="Only walk these edge types; repeatable.")
@library_errors
def path_command(a, b, graph_path, store, db, neo4j, since, until, edge_types):
    """A shortest path between entities A and B (edge direction ignored), in the graph JSON or the database."""
    from ..inspection import path_between

    for step in path_between(a, b, graph_path, list(edge_types) or None, one_store(store, db, neo4j), since, until):
        prefix = ""
        if "via" in step:
            prefix = f"  -[{step['via']}]-> " if step["forward"] else f"  <-[{step['via']}]- "
        click.echo(f"{prefix}{safe(step['name'])} [{step['type']}]")
