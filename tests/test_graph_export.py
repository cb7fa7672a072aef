import json

from newsgraph.graph.export.graphml import write_graphml
from newsgraph.graph.export.jsonio import read_json, to_json, write_json
from newsgraph.graph.traversal import _example


def test_export_json_round_trip_gives_an_equal_graph(tmp_path):
    kg = _example()
    path = write_json(kg, tmp_path / "g.json")
    again = read_json(path)
    assert again == kg and to_json(again) == to_json(kg)


def test_export_json_follows_the_contract(tmp_path):
    data = json.loads(to_json(_example()))
    assert [n["id"] for n in data["nodes"]] == sorted(n["id"] for n in data["nodes"])
    edge = data["edges"][0]
    assert set(edge) == {"source", "target", "type", "support", "evidence"}
    assert set(edge["evidence"][0]) == {"article", "sentence", "start", "end", "rule", "confidence"}


def test_export_json_write_is_atomic_and_leaves_no_temp_files(tmp_path):
    write_json(_example(), tmp_path / "g.json")
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_export_graphml_is_readable(tmp_path):
    import networkx as nx

    path = write_graphml(_example(), tmp_path / "g.graphml")
    back = nx.read_graphml(path)
    assert set(back.nodes) == {"alibaba", "qwen3", "gpt-oss"} and back.number_of_edges() == 2


def test_export_neo4j_csv_has_one_file_per_label_and_type(tmp_path):
    import csv

    from newsgraph.graph.export import export_graph

    folder = export_graph(_example(), "neo4j-csv", tmp_path / "import")
    models = list(csv.DictReader((folder / "nodes_Model.csv").open(encoding="utf-8")))
    assert sorted(r["id:ID"] for r in models) == ["gpt-oss", "qwen3"]
    released = list(csv.DictReader((folder / "relationships_RELEASED.csv").open(encoding="utf-8")))
    assert [(r[":START_ID"], r[":END_ID"], r[":TYPE"], r["support:long"]) for r in released] == \
        [("alibaba", "qwen3", "RELEASED", "1")]
    assert released[0]["evidence_rules:string[]"] == "example"
    assert (folder / "relationships_WORRIES.csv").read_text(encoding="utf-8").count("\n") == 1  # header only
