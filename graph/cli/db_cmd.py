"""``newsgraph query`` and ``newsgraph db info|clear``: thin wrappers over newsgraph.graph.store."""
from __future__ import annotations

import json

import click

from ..store import FORMATS, db_clear, db_info, query_text
from .app import library_errors, main

_db_option = click.option("--db", type=click.Path(dir_okay=True), default=None,
                          help="Embedded database (default: newsgraph.db here; a directory holds newsgraph.db).")
_neo4j_option = click.option("--neo4j", metavar="URI", is_flag=False, flag_value="", default=None,
                             help="Use Neo4j at this Bolt URI instead (bare --neo4j: $NEO4J_URI); "
                                  "user, password, database from NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE.")


def _target(db, neo4j) -> dict:
    if db is not None and neo4j is not None:
        raise click.UsageError("give --db or --neo4j, not both")
    return {"db": db, "neo4j": neo4j}


@main.command("query")
@click.argument("cypher")
@_db_option
@_neo4j_option
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter ($NAME); VALUE is JSON when it parses (42, true, [1,2]), else text. Repeatable.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@library_errors
def query_command(cypher, db, neo4j, params, fmt):
    """Run CYPHER against the graph database and print the rows.

    \b
    newsgraph query 'MATCH (o:Organization)-[:RELEASED]->(m:Model) RETURN o.name AS org, m.name AS model'
    newsgraph query 'MATCH (n {id: $id}) RETURN n' --param id=qwen3 --format json
    """
    click.echo(query_text(cypher, params, fmt, **_target(db, neo4j)), nl=False)


@main.group("db")
def db_group():
    """Inspect or empty the graph database (embedded by default, or Neo4j)."""


@db_group.command("info")
@_db_option
@_neo4j_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@library_errors
def info_command(db, neo4j, as_json):
    """Which database, where, and how many nodes and edges of each type."""
    info = db_info(**_target(db, neo4j))
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"store: {info['store']}\nlocation: {info['location']}")
    for key in ("nodes", "edges"):
        parts = ", ".join(f"{k} {v}" for k, v in sorted(info[key].items()))
        click.echo(f"{key}: {info['total_' + key]} ({parts})")


@db_group.command("clear")
@_db_option
@_neo4j_option
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@library_errors
def clear_command(db, neo4j, yes):
    """Delete every node and relationship (the schema stays)."""
    target = _target(db, neo4j)
    if not yes:
        click.confirm("Delete every node and relationship?", abort=True)
    before = db_clear(**target)
    total = sum(before["nodes"].values()), sum(before["edges"].values())
    click.echo(f"deleted {total[0]} nodes and {total[1]} edges", err=True)
