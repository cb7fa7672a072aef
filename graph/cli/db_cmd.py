"""``newsgraph query`` and ``newsgraph db info|clear``: thin wrappers over newsgraph.graph.store."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .app import library_errors, main
from .options import one_store, store_options
from .output import FORMATS, terminal_safe


@main.command("query")
@click.argument("cypher", required=False)
@click.option("-f", "--file", "query_file", metavar="FILE",
              help="Read the query from FILE ('-': standard input) instead of the CYPHER argument.")
@store_options()
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter ($NAME); VALUE is JSON when it parses (42, true, [1,2]), else text. Repeatable.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow the query to change the database (CREATE, SET, DELETE, DROP …); "
                                            "without it the database is opened read-only.")
@click.option("--timeout", type=click.FloatRange(min=0), default=60, show_default=True, metavar="SECONDS",
              help="Stop the query after this many seconds (0: no limit).")
@click.option("--csv-formulas", is_flag=True,
              help="CSV: write cells starting with = + - @ as they are (by default they get a leading ' so a "
                   "spreadsheet shows them as text, not formulas).")
@library_errors
def query_command(cypher, query_file, store, db, neo4j, params, fmt, write, timeout, csv_formulas):
    """Run CYPHER (or the query in --file; '-' reads standard input) against the graph database and print the rows.

    Queries are read-only and stopped after --timeout seconds unless told otherwise; every $NAME the
    query uses needs a --param NAME=VALUE.

    \b
    newsgraph query 'MATCH (o:Organization)-[:RELEASED]->(m:Model) RETURN o.name AS org, m.name AS model'
    newsgraph query 'MATCH (n {id: $id}) RETURN n' --param id=qwen3 --format json
    newsgraph query -f report.cypher --format csv > report.csv
    """
    from ..store import run_query
    from .output import format_rows, parse_params

    text = _query_text(cypher, query_file)
    rows = run_query(text, parse_params(params), store=one_store(store, db, neo4j), write=write, timeout=timeout)
    click.echo(format_rows(rows, fmt, csv_formulas=csv_formulas), nl=False)


def _query_text(cypher: str | None, query_file: str | None) -> str:
    """The query from the argument, from --file, or from standard input ('-')."""
    if query_file in FORMATS and not Path(query_file).exists():
        raise click.UsageError(f"no query file {query_file!r}: -f is short for --file; "
                               f"for the output format write --format {query_file}")
    if cypher is not None and query_file is not None:
        raise click.UsageError("give the query as the CYPHER argument or with --file, not both")
    source = query_file if query_file is not None else cypher
    if source is None:
        raise click.UsageError("no query: give CYPHER, --file FILE, or '-' to read standard input")
    if source == "-":
        text = sys.stdin.read()
    elif query_file is not None:
        path = Path(query_file)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise click.ClickException(f"{terminal_safe(query_file)}: the query file is not UTF-8 text") from None
    else:
        text = cypher
    if not text.strip():
        raise click.UsageError("the query is empty")
    return text


@main.group("db")
def db_group():
    """Inspect or empty the graph database (embedded by default, or Neo4j)."""


@db_group.command("info")
@store_options()
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@library_errors
def info_command(store, db, neo4j, as_json):
    """Which database, where, and how many nodes and edges of each type."""
    from ..store import db_info

    info = db_info(one_store(store, db, neo4j))
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"store: {info['store']}\nlocation: {terminal_safe(info['location'])}")
    for key in ("nodes", "edges"):
        parts = ", ".join(f"{k} {v}" for k, v in sorted(info[key].items()))
        click.echo(f"{key}: {info['total_' + key]} ({parts})")


@db_group.command("articles")
@store_options()
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@library_errors
def articles_command(store, db, neo4j, fmt):
    """The articles in the database: id, URL (or file), title, date, and the edges each backs."""
    from ..store import db_articles
    from .output import format_rows

    rows = []
    for a in db_articles(one_store(store, db, neo4j)):
        edges = a["edges"]
        rows.append({"id": a["id"], "url": a.get("url") or a.get("key") or "", "title": a.get("title") or a["name"],
                     "published": a.get("published"), "mentions": edges.get("MENTIONS", 0),
                     "facts": sum(n for t, n in edges.items() if t not in ("MENTIONS", "PUBLISHED"))})
    click.echo(format_rows(rows, fmt), nl=False)


@db_group.command("remove")
@click.argument("articles", nargs=-1, required=True)
@store_options()
@library_errors
def remove_command(articles, store, db, neo4j):
    """Retract ARTICLES (ids, URLs or files) from the database: their evidence goes, support is
    recounted, and edges and nodes nothing else backs go, as if they had never been built."""
    from ..store import db_remove

    report = db_remove(list(articles), one_store(store, db, neo4j))
    for ref, ids in report["found"].items():
        click.echo(f"removing {ref}: {', '.join(ids)}", err=True)
    click.echo(f"removed {report['articles_removed']} article(s); nodes: {report['nodes_updated']} changed, "
               f"{report['nodes_removed']} removed; edges: {report['edges_updated']} changed, "
               f"{report['edges_removed']} removed", err=True)


@db_group.command("clear")
@store_options()
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@library_errors
def clear_command(store, db, neo4j, yes):
    """Delete every node and relationship (the schema stays)."""
    from ..store import db_clear

    address = one_store(store, db, neo4j)
    if not yes:
        click.confirm("Delete every node and relationship?", abort=True)
    before = db_clear(address)
    total = sum(before["nodes"].values()), sum(before["edges"].values())
    click.echo(f"deleted {total[0]} nodes and {total[1]} edges", err=True)
