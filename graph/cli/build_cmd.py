"""``newsgraph build``."""
from __future__ import annotations

import click

from .app import library_errors, main
from .options import build_stores, html_view_kwargs, html_view_options, store_options
from .output import terminal_safe as safe

MAX_ARTICLE_CHARS = 1_000_000  # newsgraph.loaders.readers.budget.MAX_ARTICLE_CHARS (not imported: --help stays light)


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="graph.json", show_default=True, help="Graph JSON to write.")
@click.option("--html", type=click.Path(dir_okay=False), help="Also write the interactive HTML view here.")
@html_view_options
@click.option("--graphml", type=click.Path(dir_okay=False), help="Also write GraphML here.")
@click.option("--neo4j-csv", "neo4j_csv", type=click.Path(file_okay=False),
              help="Also write CSV files for neo4j-admin database import into this folder (IMPORT.txt has the command).")
@store_options(multiple=True)
@click.option("--no-db", is_flag=True, help="Write no database (only the files asked for).")
@click.option("--gazetteer", "gazetteer", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer YAML (adds or overrides entries); repeatable.")
@click.option("--extractor", default="rules", show_default=True,
              help="Extractor by name: rules, llm, rules+llm, or an installed plug-in (newsgraph.extractors entry point).")
@click.option("--llm-model", metavar="NAME", help="LLM extractor: the model [default: $NEWSGRAPH_LLM_MODEL].")
@click.option("--llm-base-url", metavar="URL",
              help="LLM extractor: OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 [default: $OPENAI_BASE_URL].")
@click.option("--llm-concurrency", metavar="N", type=click.IntRange(min=1),
              help="LLM extractor: parallel requests [default: $NEWSGRAPH_LLM_CONCURRENCY or 4].")
@click.option("--cache", "cache_dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Extraction cache folder [default: $NEWSGRAPH_CACHE_DIR or ~/.cache/newsgraph].")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the caches: extract every article again (and the LLM extractor asks anew).")
@click.option("--strict", is_flag=True, help="Exit non-zero, writing nothing, if any input was skipped.")
@click.option("--max-article-chars", type=click.IntRange(min=0), default=MAX_ARTICLE_CHARS, show_default=True,
              metavar="N", help="Skip (and report) an article longer than N characters (0: no limit).")
@click.option("--workers", metavar="N", type=click.IntRange(min=1),
              help="Processes that read and extract (the output is the same for any N) [default: all cores].")
@click.option("--dask", metavar="ADDRESS",
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' "
                   "(needs pip install 'newsgraph[dask]'; --workers sizes the local cluster).")
@click.option("-q", "--quiet", is_flag=True, help="No progress (a bar with rate and ETA when stderr is a terminal).")
@library_errors
def build_command(paths, output, html, color_by, label_script, graphml, neo4j_csv, store, db, neo4j, no_db, gazetteer,
                  extractor, llm_model, llm_base_url, llm_concurrency, cache_dir, no_cache, strict, max_article_chars,
                  workers, dask, quiet):
    """Read articles under PATHS (files, directories, globs) and build the graph.

    By default the graph goes to graph.json and into the embedded database newsgraph.db,
    merged with what it already holds: an article already there (same URL, or same file)
    replaces what it said before if it changed, and is skipped if it did not. Articles
    unchanged since they were last extracted are taken from the extraction cache.
    """
    from ..pipeline import build
    from .progress import BuildProgress

    if cache_dir and no_cache:
        raise click.UsageError("--cache and --no-cache cannot be combined")
    progress = None if quiet else BuildProgress()
    try:
        result = build(paths, output=output, html=html, graphml=graphml, neo4j_csv=neo4j_csv,
                       stores=build_stores(store, db, neo4j, no_db),
                       extractor=extractor, gazetteer=list(gazetteer), strict=strict,
                       html_options=html_view_kwargs(color_by, label_script),
                       progress=progress, max_article_chars=max_article_chars,
                       extractor_options=_llm_options(llm_model, llm_base_url, llm_concurrency, no_cache),
                       cache=False if no_cache else cache_dir, workers=workers, dask=dask)
    finally:
        if progress is not None:
            progress.close()
    summary = result.summary()
    click.echo(f"articles read: {summary['articles']}, skipped: {len(summary['skipped'])}", err=True)
    click.echo(f"extracted: {summary['extracted']}, from the extraction cache: {summary['cached']}", err=True)
    for reason in summary["skipped"]:
        click.echo(f"  skipped {safe(reason)}", err=True)
    for line in summary["report"]:
        click.echo(safe(line), err=True)
    click.echo("nodes: " + _pairs(summary["nodes"]), err=True)
    click.echo("edges: " + _pairs(summary["edges"]), err=True)
    for kind, where in summary["outputs"].items():
        click.echo(f"wrote {kind}: {safe(where)}", err=True)
    for where, report in summary["stores"].items():
        for line in _store_lines(safe(where), report):
            click.echo(line, err=True)
    for note in summary["notes"]:
        click.echo(f"note: {safe(note)}", err=True)


def _llm_options(model, base_url, concurrency, no_cache) -> dict:
    """The LLM flags given, as extractor options (none given: none passed, so any extractor takes them)."""
    given = {"model": model, "base_url": base_url, "concurrency": concurrency, "cache": False if no_cache else None}
    return {k: v for k, v in given.items() if v is not None}


def _store_lines(where: str, report: dict) -> list[str]:
    """What a build did to one database, and what the database now holds."""
    w, totals = report["written"], report["totals"]
    nodes, edges = sum(totals["nodes"].values()), sum(totals["edges"].values())
    return [f"{where}: articles {w['articles_new']} new, {w['articles_changed']} changed, "
            f"{w['articles_unchanged']} unchanged; nodes +{w['nodes_added']} ~{w['nodes_updated']} "
            f"-{w['nodes_removed']}; edges +{w['edges_added']} ~{w['edges_updated']} -{w['edges_removed']}",
            f"{where} now holds: nodes {nodes} ({_pairs(totals['nodes'])}), edges {edges} ({_pairs(totals['edges'])})"]


def _pairs(counts: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"
