"""``newsgraph eval``: score a graph against a gold graph."""
from __future__ import annotations

import json

import click

from .app import library_errors, main

_LISTS = ("missing_entities", "missing_edges", "false_edges", "wrong_type_nodes", "forbidden_nodes",
          "unmatched_nodes", "merged_nodes")


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1)
@click.option("-g", "--graph", "graph_path", type=click.Path(dir_okay=False),
              help="Score this graph JSON instead of building one from PATHS.")
@click.option("--extractor", default="rules", show_default=True,
              help="Extractor to build with: a built-in or an installed plug-in (newsgraph.extractors entry point).")
@click.option("--gazetteer", "gazetteer", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer YAML (adds or overrides entries); repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--min-edge-f1", type=float, help="Exit 1 if edge F1 is lower (or any forbidden node is found).")
@click.option("--min-edge-precision", type=float, help="Exit 1 if edge precision is lower.")
@click.option("--min-entity-recall", type=float, help="Exit 1 if core entity recall is lower.")
@library_errors
def eval_command(gold, paths, graph_path, extractor, gazetteer, as_json, min_edge_f1, min_edge_precision,
                 min_entity_recall):
    """Score against GOLD the graph built from PATHS (or the graph JSON given with -g).

    GOLD is a JSON file: "entities" (id → {"type", "aliases", "optional"}), "edges"
    ([type, source id, target id] lists), and optionally "optional_edges" and "forbidden"
    names. Prints precision, recall and F1 per edge type, entity recall, node precision,
    forbidden nodes, and the missing and false edges; the matching rules are those of the
    project's evaluation scorer.
    """
    if bool(paths) == bool(graph_path):
        raise click.UsageError("give article PATHS to build from, or -g GRAPH.json — one of the two")
    from ..evaluation import evaluate

    result = evaluate(gold, paths, graph=graph_path, extractor=extractor, gazetteer=list(gazetteer) or None)
    report = result.report
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        lists = {**report, "merged_nodes": report["entities"]["merged_nodes"]}
        for key in _LISTS:
            if lists[key]:
                click.echo(f"{key}:")
                for item in lists[key]:
                    click.echo(f"  {item}")
        for edge_type, s in report["edges_by_type"].items():
            click.echo(f"{edge_type:12s} P={s['precision']:.2f} R={s['recall']:.2f} F1={s['f1']:.2f} "
                       f"({s['tp']}/{s['predicted']} predicted, {s['gold']} gold)")
        e, n = report["edges"], report["entities"]
        click.echo(f"entities: core recall {n['core_recall']:.2f}, node precision {n['node_precision']:.2f} of "
                   f"{n['nodes']} nodes, split {len(n['split_entities'])}, forbidden {len(report['forbidden_nodes'])}")
        click.echo(f"edges: P={e['precision']:.2f} R={e['recall']:.2f} F1={e['f1']:.2f}")
    if result.articles is not None:
        click.echo(f"scored a graph built from {result.articles} articles by {extractor!r}"
                   + (f" ({len(result.skipped)} skipped)" if result.skipped else ""), err=True)
    for reason in result.skipped:
        click.echo(f"  skipped {reason}", err=True)
    if not result.passes(min_edge_f1, min_entity_recall, min_edge_precision):
        raise SystemExit(1)
