"""CSV files for ``neo4j-admin database import``: one nodes file per label, one relationships file per type.

Lists (aliases, evidence articles) use ``;`` as the array delimiter, neo4j-admin's default;
the evidence itself travels as one JSON string per relationship, since sentences may hold ``;``.
neo4j-admin has no escape for the array delimiter, so a ``;`` inside a list item is written as the
full-width ``；``; line breaks and control characters in values become spaces (no multi-line
fields needed). These files are meant for neo4j-admin, not spreadsheets: cells are not altered
against formulas (``newsgraph query --format csv`` is the CSV for people).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ...schema import EdgeType, NodeType
from ...schema.text import strip_controls
from ..knowledge import KnowledgeGraph
from .atomic import write_text_atomic

_NODE_COLUMNS = [("id", "id:ID"), ("name", "name"), ("aliases", "aliases:string[]"), ("kind", "kind"),
                 ("confidence", "confidence:float"), ("first_seen", "first_seen:date"), ("last_seen", "last_seen:date"),
                 ("family", "family"), ("title", "title"), ("url", "url"), ("published", "published:date"),
                 ("language", "language"), ("key", "key"), ("content_hash", "content_hash"), ("extractor", "extractor")]
_EDGE_HEADER = [":START_ID", ":END_ID", "support:int", "articles:string[]", "first_seen:date", "last_seen:date",
                "evidence"]


def write_neo4j_csv(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``nodes_<Label>.csv`` and ``relationships_<TYPE>.csv`` into the folder ``path``.

    Import with: ``neo4j-admin database import full --nodes=Model=nodes_Model.csv …
    --relationships=RELEASED=relationships_RELEASED.csv … neo4j``.
    """
    folder = Path(path)
    for label in NodeType:
        rows = [[_cell(node.model_dump(mode="json").get(key)) for key, _ in _NODE_COLUMNS] for node in kg.nodes(label)]
        write_text_atomic(folder / f"nodes_{label.value}.csv", _csv([h for _, h in _NODE_COLUMNS], rows))
    for edge_type in EdgeType:
        rows = [[_cell(e.source), _cell(e.target), e.support, _cell(sorted({ev.article for ev in e.evidence})),
                 _cell(e.first_seen), _cell(e.last_seen),
                 json.dumps([ev.model_dump(mode="json") for ev in e.evidence], ensure_ascii=False, sort_keys=True)]
                for e in kg.edges(edge_type)]
        write_text_atomic(folder / f"relationships_{edge_type.value}.csv", _csv(_EDGE_HEADER, rows))
    return folder


ARRAY_DELIMITER = ";"


def _cell(value) -> str:
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_flat(str(v)).replace(ARRAY_DELIMITER, "\uff1b") for v in value)
    return "" if value is None else _flat(str(value))


def _flat(text: str) -> str:
    """One line, no control characters: neo4j-admin reads a line break inside a field only with --multiline-fields."""
    return strip_controls(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "), keep="\t")


def _csv(header: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()
