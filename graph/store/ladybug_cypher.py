"""LadybugDB (Kùzu dialect) statements. Labels, types and property names come only from
the schema; every value is a parameter. Kùzu needs declared tables; the rows a write sends
are one Arrow table typed by the schema (``LOAD FROM $rows``), so a column that is all null still binds.

Writes are CREATE for rows found absent and MATCH … SET for rows found present, both
decided inside the batch's write transaction (LadybugDB runs one write transaction at a
time), which is equivalent to MERGE here and 1.5x faster on large batches."""
from __future__ import annotations

from .cypher_common import (  # noqa: F401  (the same in both dialects)
    all_edges,
    all_nodes,
    article_edge_counts,
    count_edges,
    count_nodes,
    delete_edges,
    delete_nodes,
    fetch_article_edges,
    fetch_articles,
    fetch_edges,
    fetch_node_links,
    fetch_nodes,
)
from .cypher_common import q as _q
from .rows import EDGE_PROPERTIES, EDGE_TYPES, NODE_LABELS, endpoint_pairs, node_properties

TYPES = {"str": "STRING", "int": "INT64", "float": "DOUBLE", "date": "DATE",
         "str[]": "STRING[]", "int[]": "INT64[]", "float[]": "DOUBLE[]"}


def _columns(props: dict[str, str], skip: str = "") -> str:
    return ", ".join(f"{_q(p)} {TYPES[t]}" for p, t in props.items() if p != skip)


def schema_statements() -> list[str]:
    """``CREATE NODE TABLE`` per node type, ``CREATE REL TABLE`` per edge type with its FROM/TO pairs."""
    statements = []
    for label in NODE_LABELS:
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {_q(label)}"
                          f"({_columns(node_properties(label))}, PRIMARY KEY({_q('id')}))")
    for edge_type in EDGE_TYPES:
        pairs = ", ".join(f"FROM {_q(a)} TO {_q(b)}" for a, b in endpoint_pairs(edge_type))
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {_q(edge_type)}({pairs}, {_columns(EDGE_PROPERTIES)})")
    return statements


def table_columns(table: str) -> str:
    """The columns of one table (``name`` and ``type`` among the rows)."""
    return f"CALL table_info({_literal(table)}) RETURN *"


def add_column(table: str, prop: str, token: str) -> str:
    """Add a property a table of an older database lacks (lists default to empty)."""
    default = " DEFAULT []" if token.endswith("[]") else ""
    return f"ALTER TABLE {_q(table)} ADD {_q(prop)} {TYPES[token]}{default}"


def declared_columns() -> dict[str, dict[str, str]]:
    """Table → {property: type token} the schema declares, to compare with an existing database."""
    out = {label: node_properties(label) for label in NODE_LABELS}
    out.update({edge_type: dict(EDGE_PROPERTIES) for edge_type in EDGE_TYPES})
    return out


def _literal(name: str) -> str:
    if not name.isidentifier():
        raise ValueError(f"not a table name: {name!r}")
    return f"'{name}'"


def _set(var: str, props: dict[str, str], skip: str = "") -> str:
    return ", ".join(f"{var}.{_q(p)} = {_q(p)}" for p in props if p != skip)


def _props(props: dict[str, str]) -> str:
    return ", ".join(f"{_q(p)}: {_q(p)}" for p in props)


# Rows are bound as one Arrow table (``LOAD FROM $rows``, its columns named after the properties and
# typed by the schema: see :func:`row_columns`), not as a list of maps (``UNWIND $rows``): LadybugDB's
# Python binding spends ~300 µs per list-of-maps row walking and converting it, Arrow ~10 µs.
ROWS = "LOAD FROM $rows"


def _edge_rows(source: str, target: str) -> str:
    # Two MATCH clauses, not one comma pattern: LadybugDB plans the comma form as a join, ~50x slower.
    return f"{ROWS} MATCH (a:{_q(source)} {{id: {_q('source')}}}) MATCH (b:{_q(target)} {{id: {_q('target')}}})"


def row_columns(names) -> dict[str, str]:
    """The type token of each column of a ``$rows`` table (node and edge properties, ``source``, ``target``).

    >>> row_columns(["source", "support", "aliases"])
    {'source': 'str', 'support': 'int', 'aliases': 'str[]'}
    """
    return {name: _ROW_TYPES[name] for name in names}


def _row_types() -> dict[str, str]:
    out = {"source": "str", "target": "str", **EDGE_PROPERTIES}
    for label in NODE_LABELS:
        for prop, token in node_properties(label).items():
            if out.setdefault(prop, token) != token:
                raise ValueError(f"property {prop} has two types: {out[prop]} and {token}")
    return out


_ROW_TYPES = _row_types()


def create_nodes(label: str) -> str:
    """Create the nodes in ``$rows`` (the store has checked, in the same transaction, that they are new)."""
    return f"{ROWS} CREATE (n:{_q(label)} {{{_props(node_properties(label))}}})"


def update_nodes(label: str) -> str:
    """Overwrite the properties of the stored nodes in ``$rows``."""
    props = node_properties(label)
    return f"{ROWS} MATCH (n:{_q(label)} {{id: {_q('id')}}}) SET {_set('n', props, skip='id')}"


def create_edges(edge_type: str, source: str, target: str) -> str:
    """Create the edges in ``$rows`` (checked new in the same transaction: faster than MERGE)."""
    return f"{_edge_rows(source, target)} CREATE (a)-[e:{_q(edge_type)} {{{_props(EDGE_PROPERTIES)}}}]->(b)"


def update_edges(edge_type: str, source: str, target: str) -> str:
    """Overwrite the properties of the stored edges in ``$rows``."""
    return f"{_edge_rows(source, target)} MATCH (a)-[e:{_q(edge_type)}]->(b) SET {_set('e', EDGE_PROPERTIES)}"


def copy_nodes(label: str, path: str) -> str:
    """Bulk-load the nodes of one label from a Parquet file (columns in the table's order)."""
    return f"COPY {_q(label)} FROM {_path(path)}"


def copy_edges(edge_type: str, source: str, target: str, path: str) -> str:
    """Bulk-load the edges of one (type, source label, target label) from a Parquet file whose columns
    are the source id, the target id and the properties in the table's order."""
    return f"COPY {_q(edge_type)} FROM {_path(path)} (from={_path(source)}, to={_path(target)})"


def _path(text: str) -> str:
    """A file path (one the store made) or a table name as a Cypher string literal."""
    return "'" + str(text).replace("\\", "\\\\").replace("'", "\\'") + "'"


CLEAR = "MATCH (n) DETACH DELETE n"


# LadybugDB (0.17–0.22) loses the exceptions of its floating-point compression (ALP) when a checkpoint
# appends DOUBLE[] values in place to a compressed column: such a value reads back as the column's encoded
# base, e.g. 0.6 as 1.0 in a column of mostly whole numbers (benchmarks/ladybug_double_list_repro.py).
# A database created with compression off never has such columns (the setting is the database's, fixed
# when it is created); the store creates every database so, and tells older ones by their columns.
FLOAT_LISTS = [p for p, t in EDGE_PROPERTIES.items() if t == "float[]"]
COMPRESSED_FLOATS = "FLOAT_COMPRESSION"  # how storage_info names an ALP-compressed column chunk


def storage_info(table: str) -> str:
    """One row per column chunk of ``table`` (``column_name``, ``compression``, …)."""
    return f"CALL storage_info({_literal(table)}) RETURN *"


def export_nodes(label: str, path: str) -> str:
    """Write the nodes of one label to a Parquet file, columns in the table's order (what :func:`copy_nodes` reads)."""
    columns = ", ".join(f"n.{_q(p)} AS {_q(p)}" for p in node_properties(label))
    return f"COPY (MATCH (n:{_q(label)}) RETURN {columns}) TO {_path(path)}"


def export_edges(edge_type: str, source: str, target: str, path: str) -> str:
    """Write the edges of one (type, source label, target label) to a Parquet file: source id, target id,
    the properties in the table's order (what :func:`copy_edges` reads)."""
    columns = ", ".join(f"e.{_q(p)} AS {_q(p)}" for p in EDGE_PROPERTIES)
    return (f"COPY (MATCH (a:{_q(source)})-[e:{_q(edge_type)}]->(b:{_q(target)}) "
            f"RETURN a.id AS {_q('from')}, b.id AS {_q('to')}, {columns}) TO {_path(path)}")
