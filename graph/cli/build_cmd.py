"""``newsgraph build``."""
from __future__ import annotations

import click

from ...schema import Article
from ..pipeline import build
from .app import library_errors, main


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="graph.json", show_default=True, help="Graph JSON to write.")
@click.option("--html", type=click.Path(dir_okay=False), help="Also write the interactive HTML view here.")
@click.option("--graphml", type=click.Path(dir_okay=False), help="Also write GraphML here.")
@click.option("--db", default="newsgraph.db", show_default=True, help="Embedded LadybugDB database to write (a file; inside DIR if DIR is a directory).")
@click.option("--no-db", is_flag=True, help="Do not write the embedded database.")
@click.option("--neo4j", metavar="URI", is_flag=False, flag_value="", default=None,
              help="Also push to Neo4j at this Bolt URI (bare --neo4j: $NEO4J_URI).")
@click.option("--gazetteer", "gazetteer", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer YAML (adds or overrides entries); repeatable.")
@click.option("--extractor", default="rules", show_default=True, help="Registered extractor to use.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input was skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No per-file progress.")
@library_errors
def build_command(paths, output, html, graphml, db, no_db, neo4j, gazetteer, extractor, strict, quiet):
    """Read articles under PATHS (files, directories, globs) and build the graph."""
    result = build(paths, output=output, html=html, graphml=graphml, db=None if no_db else db, neo4j=neo4j,
                   extractor=extractor, gazetteer=list(gazetteer), strict=strict,
                   progress=None if quiet else _progress)
    summary = result.summary()
    click.echo(f"articles read: {summary['articles']}, skipped: {len(summary['skipped'])}", err=True)
    for reason in summary["skipped"]:
        click.echo(f"  skipped {reason}", err=True)
    click.echo("nodes: " + _pairs(summary["nodes"]), err=True)
    click.echo("edges: " + _pairs(summary["edges"]), err=True)
    for kind, where in summary["outputs"].items():
        click.echo(f"wrote {kind}: {where}", err=True)


def _progress(item) -> None:
    if isinstance(item, Article):
        click.echo(f"read {item.path or item.id}: {item.title[:60]}", err=True)
    else:
        click.echo(f"skip {item}", err=True)


def _pairs(counts: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"
