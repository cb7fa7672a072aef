"""The JSON is written streaming, through the C encoder, and its bytes are json.dumps(indent=1, sort_keys=True)'s."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from test_store_ladybug_bulk import _awkward_graph

from newsgraph.graph.export.jsonio import edge_rows, read_json, to_dict, to_json, write_json
from newsgraph.graph.export.jsonstream import chunks
from newsgraph.graph.pipeline import build_graph

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("which", ["examples", "awkward"])
def test_export_json_stream_writes_the_bytes_json_dumps_gives(tmp_path, which):
    kg = build_graph([EXAMPLES], workers=1).kg if which == "examples" else _awkward_graph()
    path = write_json(kg, tmp_path / "g.json")
    expected = json.dumps(to_dict(kg), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert path.read_bytes() == expected.encode("utf-8") == to_json(kg).encode("utf-8")
    assert read_json(path) == kg


def test_export_json_stream_edge_rows_are_the_models_rows():
    kg = build_graph([EXAMPLES], workers=1).kg
    from_models = []
    for edge in kg.edges():
        row = edge.model_dump(mode="json")
        data = kg.graph.edges[edge.source, edge.target, row["type"]]
        # (a MENTIONS edge also shows its count of mentions, Edge.mentions: it keeps the first one's evidence only)
        full = {"source": edge.source, "target": edge.target, "type": row["type"], "support": edge.support,
                "first_seen": data["first_seen"], "last_seen": data["last_seen"], "mentions": edge.mentions,
                "evidence": [{k: v for k, v in e.items() if v is not None} for e in row["evidence"]]}
        from_models.append({k: v for k, v in full.items() if v is not None})
    assert list(edge_rows(kg)) == from_models


def test_export_json_stream_matches_json_dumps_on_random_values():
    rng = random.Random(5)
    alphabet = ['a', '"', '\\', '\n', '\t', '\x00', '\x1f', '\u2028', '中', '😀', ' ', '/', '}', ']', ',']

    def value(depth):
        kind = rng.randrange(9 if depth < 3 else 5)
        if kind == 0:
            return "".join(rng.choice(alphabet) for _ in range(rng.randrange(6)))
        if kind == 1:
            return rng.randrange(-10**6, 10**6)
        if kind == 2:
            return rng.choice([0.1, 1.0, -2.5e-7, 1e21, 3.0])
        if kind == 3:
            return rng.choice([None, True, False])
        if kind == 4:
            return ""
        if kind in (5, 6):
            return [value(depth + 1) for _ in range(rng.randrange(4))]
        return {"".join(rng.choice(alphabet) for _ in range(3)): value(depth + 1) for _ in range(rng.randrange(4))}

    for _ in range(300):
        v = {"k": value(0), "rows": [value(1) for _ in range(rng.randrange(3))]}
        assert "".join(chunks(v)) == json.dumps(v, ensure_ascii=False, indent=1, sort_keys=True)
        streamed = {**v, "rows": iter(v["rows"])}
        assert "".join(chunks(streamed)) == json.dumps(v, ensure_ascii=False, indent=1, sort_keys=True)
