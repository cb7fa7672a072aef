"""neo4j-admin CSV: read back with Python's csv module, it is the JSON graph, and the rows the stores write."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_store_ladybug_bulk import _awkward_graph

from newsgraph.graph.export import export_graph
from newsgraph.graph.export.jsonio import to_dict
from newsgraph.graph.export.neo4j_csv import DELIMITERS, array_delimiter
from newsgraph.graph.pipeline import build_graph
from newsgraph.graph.store.rows import EDGE_PROPERTIES, edge_groups, node_groups, node_properties

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CAST = {"long": int, "double": float, "date": str, "string": str}


def read_back(folder: Path) -> tuple[dict, dict, str]:
    """Nodes by id and relationships by (start, type, end), typed by their headers; and the delimiter."""
    command = (folder / "IMPORT.txt").read_text(encoding="utf-8")
    delimiter = chr(int(command.split("--array-delimiter=U+")[1].split()[0], 16))
    nodes, edges = {}, {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            for values in reader:
                row = {}
                for column, value in zip(header, values):
                    name, _, kind = column[1:].partition("\0") if column.startswith(":") else column.partition(":")
                    if kind.endswith("[]"):
                        row[name] = [CAST[kind[:-2]](v) for v in value.split(delimiter)]
                    elif value == "":
                        row[name] = None  # an empty string is quoted: checked on the raw text below
                    else:
                        row[name] = CAST.get(kind, str)(value)
                if path.name.startswith("nodes_"):
                    nodes[row["id"]] = row
                else:
                    edges[(row["START_ID"], row["TYPE"], row["END_ID"])] = row
    return nodes, edges, delimiter


@pytest.fixture(scope="module")
def examples_kg():
    return build_graph([EXAMPLES], workers=1).kg


@pytest.mark.parametrize("which", ["examples", "awkward"])
def test_export_neo4j_csv_reads_back_as_the_json_graph(tmp_path, examples_kg, which):
    kg = examples_kg if which == "examples" else _awkward_graph()
    folder = export_graph(kg, "neo4j-csv", tmp_path / "csv")
    nodes, edges, _ = read_back(folder)
    graph = json.loads(json.dumps(to_dict(kg)))
    assert set(nodes) == {n["id"] for n in graph["nodes"]}
    for node in graph["nodes"]:
        got = nodes[node["id"]]
        assert got["LABEL"] == node["type"]
        assert {k: v for k, v in got.items() if k != "LABEL" and v not in (None, [])} == \
            {k: v for k, v in node.items() if v not in ("", [])}
    assert set(edges) == {(e["source"], e["type"], e["target"]) for e in graph["edges"]}
    for edge in graph["edges"]:
        got = edges[(edge["source"], edge["type"], edge["target"])]
        assert (got["type"], got["support"]) == (edge["type"], edge["support"])
        assert got["articles"] == sorted({ev["article"] for ev in edge["evidence"]})
        for field in ("article", "sentence", "start", "end", "rule", "confidence"):
            assert got[f"evidence_{field}s"] == [ev[field] for ev in edge["evidence"]]
        assert got["evidence_aspects"] == [ev.get("aspect") or "" for ev in edge["evidence"]]
        # a MENTIONS edge keeps its first mention and counts them (the JSON row's and its piece's count)
        assert got["mentions"] == edge.get("mentions")
        if edge["type"] == "MENTIONS" and which == "examples":
            assert len(edge["evidence"]) == 1 and edge["mentions"] == edge["evidence"][0]["mentions"] >= 1


def test_export_neo4j_csv_has_the_properties_the_stores_write(tmp_path, examples_kg):
    folder = export_graph(examples_kg, "neo4j-csv", tmp_path / "csv")
    nodes, edges, _ = read_back(folder)
    for label, rows in node_groups(examples_kg).items():
        for row in rows:
            got = nodes[row["id"]]
            assert set(got) - {"LABEL"} == set(node_properties(label))
            assert {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items() if v is not None} == \
                {k: v for k, v in got.items() if k != "LABEL" and v is not None}
    for (edge_type, _, _), rows in edge_groups(examples_kg).items():
        for row in rows:
            got = edges[(row["source"], edge_type, row["target"])]
            as_read = {k: v.isoformat() if hasattr(v, "isoformat") else (None if v == "" else v) for k, v in row.items()}
            assert {k: got[k] for k in EDGE_PROPERTIES} == {k: as_read[k] for k in EDGE_PROPERTIES}


def test_export_neo4j_csv_keeps_empty_strings_apart_from_nulls(tmp_path):
    folder = export_graph(_awkward_graph(), "neo4j-csv", tmp_path / "csv")
    text = (folder / "nodes_Source.csv").read_text(encoding="utf-8")
    header, line = text.split("\n")[:2]
    fields = next(csv.reader([line]))
    title = header.split(",").index("title")
    assert fields[title] == "" and ',"",' in line  # the empty title is a quoted empty string, not a null
    command = (folder / "IMPORT.txt").read_text(encoding="utf-8")
    assert command.startswith("neo4j-admin database import full --array-delimiter=U+001F --multiline-fields=true")
    assert "--nodes=import/nodes_Model.csv" in command and command.rstrip().endswith("neo4j")


def test_export_neo4j_csv_picks_a_delimiter_no_value_holds(tmp_path):
    kg = _awkward_graph()
    kg.graph.nodes["o1"]["aliases"].append("unit\x1fseparator")
    folder = export_graph(kg, "neo4j-csv", tmp_path / "csv")
    nodes, _, delimiter = read_back(folder)
    assert delimiter == DELIMITERS[1]
    assert "unit\x1fseparator" in nodes["o1"]["aliases"]
    with pytest.raises(ValueError):
        array_delimiter(["".join(DELIMITERS)])
