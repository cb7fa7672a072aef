"""The option vocabulary every command shares: where the graph database is, and which dates.

``--store URL`` names a store by address (a path, ``ladybug:PATH``, ``bolt://…``); ``--db PATH``
and ``--neo4j [URI]`` are aliases kept for older command lines (bare ``--neo4j`` means
``$NEO4J_URI``). Commands that read a graph read it from the database when one of these is
given, else from ``-g/--graph`` JSON. ``--since``/``--until DATE`` keep what the articles
published in that range (both days included) say.
"""
from __future__ import annotations

import click

STORE_HELP = ("Graph database address: a path (embedded LadybugDB; a directory holds newsgraph.db), "
              "ladybug:PATH, or a Bolt URI such as bolt://localhost:7687 (Neo4j; user, password and database "
              "from NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE).")


def store_options(multiple: bool = False):
    """``--store``, ``--db`` and ``--neo4j``, added to a command (``multiple`` for build, which may write several)."""

    def decorate(command):
        command = click.option("--neo4j", metavar="URI", is_flag=False, flag_value="", default=None,
                               help="Neo4j at this Bolt URI (bare --neo4j: $NEO4J_URI); same as --store URI.")(command)
        command = click.option("--db", metavar="PATH", default=None,
                               help="Embedded database path; same as --store PATH.")(command)
        command = click.option("--store", "store", metavar="URL", multiple=multiple, default=None,
                               help=STORE_HELP + (" Repeatable." if multiple else " [default: newsgraph.db]"))(command)
        return command

    return decorate


def one_store(store, db, neo4j) -> str | None:
    """The one address that ``--store``/``--db``/``--neo4j`` name (None: the default)."""
    given = [s for s in (store, db) if s] + ([_neo4j(neo4j)] if neo4j is not None else [])
    if len(given) > 1:
        raise click.UsageError("give one of --store, --db and --neo4j")
    return given[0] if given else None


def build_stores(store, db, neo4j, no_db: bool) -> list[str]:
    """The addresses a build writes to: every ``--store`` (default: the embedded ``newsgraph.db``, or
    ``--db PATH``; none with ``--no-db``), plus ``--neo4j`` (which, as before, comes on top)."""
    from ..store import DEFAULT_STORE

    if no_db and (store or db):
        raise click.UsageError("--no-db cannot be combined with --store or --db")
    stores = [] if no_db else [*(store or ()), *([db] if db else [])] or [DEFAULT_STORE]
    if neo4j is not None:
        stores.append(_neo4j(neo4j))
    return list(dict.fromkeys(stores))


def _neo4j(uri: str) -> str:
    from ..store import neo4j_address

    return neo4j_address(uri)


def graph_option(command):
    """``-g/--graph FILE``: the graph JSON a reading command uses when no database is named."""
    return click.option("-g", "--graph", "graph_path", default="graph.json", show_default=True,
                        help="Graph JSON to read (when no --store/--db/--neo4j is given).")(command)


def time_options(command):
    """``--since`` and ``--until``: only what articles published in that range say."""
    command = click.option("--until", metavar="DATE", default=None,
                           help="Only evidence from articles published on or before DATE (YYYY-MM-DD).")(command)
    return click.option("--since", metavar="DATE", default=None,
                        help="Only evidence from articles published on or after DATE (YYYY-MM-DD).")(command)
COLOR_BY = ("community", "type")  # = newsgraph.graph.export.html_view.COLOR_BY (not imported: --help stays light)
LABEL_SCRIPTS = ("auto", "hant", "hans", "en")  # = html_view.LABEL_SCRIPTS


def html_view_options(command):
    """``--color-by`` and ``--label-script``: how the HTML view opens (``export -f html``, ``build --html``)."""
    command = click.option("--label-script", type=click.Choice(LABEL_SCRIPTS), default="auto", show_default=True,
                           help="HTML: labels in 繁體 (hant), 简体 (hans) or English (en); auto: the script most "
                                "articles are written in. The page has a switch.")(command)
    command = click.option("--color-by", type=click.Choice(COLOR_BY), default="community", show_default=True,
                           help="HTML: colour nodes by community (seeded Louvain) or by type. The page has a switch.")(command)
    return command


def html_view_kwargs(color_by: str, label_script: str) -> dict:
    """The keyword options of ``write_html`` that :func:`html_view_options` adds."""
    return {"color_by": color_by, "label_script": label_script}
