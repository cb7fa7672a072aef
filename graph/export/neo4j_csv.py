"""CSV files for ``neo4j-admin database import full``: the database the stores write, row for row.

One nodes file per label (``id:ID`` … ``:LABEL``) and one relationships file per type
(``:START_ID``, ``:END_ID``, ``:TYPE`` …), with exactly the properties the stores write
(:mod:`newsgraph.graph.store.rows`): every node field including ``type``; on relationships
``type``, ``support``, ``articles`` and the evidence as parallel lists. Values are verbatim:
strings are always quoted (a quote doubled), so an empty string stays one and an empty field is
null; line breaks stay inside quotes (``--multiline-fields=true``). Lists are joined with an
array delimiter that occurs in no value — U+001F, or the first of a few other characters when a
value holds it — and ``IMPORT.txt`` in the folder has the exact command with it.

>>> import tempfile, pathlib
>>> from newsgraph.graph.traversal import _example
>>> folder = write_neo4j_csv(_example(), pathlib.Path(tempfile.mkdtemp()) / "csv")
>>> sorted(p.name for p in folder.iterdir())[:3]
['IMPORT.txt', 'nodes_Model.csv', 'nodes_Organization.csv']
>>> (folder / "relationships_RELEASED.csv").read_text(encoding="utf-8").splitlines()[0].split(",")[:5]
[':START_ID', ':END_ID', ':TYPE', 'type', 'support:long']
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..knowledge import KnowledgeGraph
from ..store.rows import EDGE_PROPERTIES, EDGE_TYPES, NODE_LABELS, iter_edge_rows, node_groups, node_properties
from .atomic import open_atomic, write_chunks_atomic, write_text_atomic

DELIMITERS = ("\x1f", "\x1e", "\x1d", "\x1c", "\ue000", "\ue001")  # tried in this order
NEO4J_TYPES = {"str": "", "int": ":long", "float": ":double", "date": ":date",
               "str[]": ":string[]", "int[]": ":long[]", "float[]": ":double[]"}


def write_neo4j_csv(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``nodes_<Label>.csv``, ``relationships_<TYPE>.csv`` and ``IMPORT.txt`` (the command) into
    the folder ``path``; each file atomically, the rows streamed."""
    folder = Path(path)
    delimiter = array_delimiter(_list_strings(kg))
    nodes = node_groups(kg)
    files = {"nodes": [], "relationships": []}
    for label in NODE_LABELS:
        props = node_properties(label)
        header = [f"{name}:ID" if name == "id" else name + NEO4J_TYPES[token] for name, token in props.items()]
        lines = (_line([*(row[name] for name in props), label], delimiter) for row in nodes.get(label, ()))
        target = folder / f"nodes_{label}.csv"
        write_chunks_atomic(target, _with_header([*header, ":LABEL"], lines))
        files["nodes"].append(target.name)
    header = [":START_ID", ":END_ID", ":TYPE", *(name + NEO4J_TYPES[token] for name, token in EDGE_PROPERTIES.items())]
    with contextlib.ExitStack() as stack:  # one pass over the edges, a file per type
        out = {}
        for edge_type in EDGE_TYPES:
            target = folder / f"relationships_{edge_type}.csv"
            out[edge_type] = stack.enter_context(open_atomic(target))
            out[edge_type].write(",".join(header) + "\n")
            files["relationships"].append(target.name)
        for (edge_type, _, _), row in iter_edge_rows(kg):
            values = [row["source"], row["target"], edge_type, *(row[name] for name in EDGE_PROPERTIES)]
            out[edge_type].write(_line(values, delimiter))
    write_text_atomic(folder / "IMPORT.txt", import_command(files, delimiter) + "\n")
    return folder


def import_command(files: dict[str, list[str]], delimiter: str = DELIMITERS[0], database: str = "neo4j",
                   folder: str = "import") -> str:
    """The ``neo4j-admin database import full`` command for these files (``folder``: where they are).

    >>> print(import_command({"nodes": ["nodes_Model.csv"], "relationships": ["relationships_CITES.csv"]}))
    neo4j-admin database import full --array-delimiter=U+001F --multiline-fields=true \\
      --nodes=import/nodes_Model.csv \\
      --relationships=import/relationships_CITES.csv \\
      neo4j
    """
    options = [f"--array-delimiter=U+{ord(delimiter):04X}", "--multiline-fields=true"]
    inputs = [f"--{kind}={folder}/{name}" for kind in ("nodes", "relationships") for name in files.get(kind, ())]
    return " \\\n  ".join(["neo4j-admin database import full " + " ".join(options), *inputs, database])


def array_delimiter(strings: Iterable[str]) -> str:
    """The first of :data:`DELIMITERS` that occurs in none of ``strings`` (the items of list values).

    >>> array_delimiter(["a", "b\\x1fc"]) == "\\x1e"
    True
    """
    left = list(DELIMITERS)
    for text in strings:
        left = [d for d in left if d not in text]
        if not left:
            raise ValueError("every candidate array delimiter occurs in some list value")
    return left[0]


def _list_strings(kg: KnowledgeGraph) -> Iterator[str]:
    """Every string that goes into a list property (aliases, article ids, evidence)."""
    for _, data in kg.graph.nodes(data=True):
        yield from data.get("aliases") or ()
    for _, _, data in kg.graph.edges(data=True):
        for item in data["evidence"]:
            yield from (item["article"], item["sentence"], item["rule"], item.get("aspect") or "")


def _with_header(header: list[str], lines: Iterable[str]) -> Iterator[str]:
    yield ",".join(header) + "\n"
    yield from lines


def _line(values: list, delimiter: str) -> str:
    return ",".join(_field(v, delimiter) for v in values) + "\n"


def _field(value, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return _quoted(delimiter.join("" if v is None else str(v) for v in value))
    if hasattr(value, "isoformat"):
        return _quoted(value.isoformat())
    return _quoted(str(value))


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
