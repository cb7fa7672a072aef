"""The graph's compact edge mappings behave as the dicts they replace (graph/compact.py)."""
import copy
import pickle
import random

import networkx as nx
import pytest

from newsgraph.graph import KnowledgeGraph
from newsgraph.graph.compact import CompactMultiDiGraph, EdgeAttrs, KeyDict
from newsgraph.schema import Edge, Evidence, Model, Organization

EDGE_KEYS = ["type", "evidence", "support", "first_seen", "last_seen", "note", "weight"]


@pytest.mark.parametrize("cls, keys", [(EdgeAttrs, EDGE_KEYS), (EdgeAttrs, EDGE_KEYS[:5]), (KeyDict, ["A", "B", "C"])])
def test_compact_mapping_follows_a_dict_through_random_operations(cls, keys):
    rng = random.Random(13)
    for _ in range(500):
        mine, theirs = cls(), {}
        for step in range(12):
            key = rng.choice(keys)
            if rng.random() < 0.7:
                mine[key] = theirs[key] = step
            elif key in theirs:
                del mine[key], theirs[key]
            else:
                with pytest.raises(KeyError):
                    del mine[key]
            assert list(mine) == list(theirs) and list(mine.items()) == list(theirs.items())
            assert mine == theirs and dict(mine) == theirs and len(mine) == len(theirs)
            assert all((k in mine) == (k in theirs) and mine.get(k) == theirs.get(k) for k in keys)
        assert list(pickle.loads(pickle.dumps(mine)).items()) == list(theirs.items())
        assert list(copy.deepcopy(mine).items()) == list(theirs.items())


def test_compact_mapping_missing_key_raises_key_error():
    with pytest.raises(KeyError):
        EdgeAttrs(type="CITES")["evidence"]
    with pytest.raises(KeyError):
        KeyDict()["CITES"]


def test_compact_graph_is_a_networkx_multidigraph_with_the_same_edges_as_a_plain_one():
    rows = [("a", "b", "CITES", {"support": 1}), ("a", "b", "MENTIONS", {}), ("b", "c", "CITES", {"note": "x"}),
            ("c", "a", "RELEASED", {"support": 2, "type": "RELEASED"})]
    compact, plain = CompactMultiDiGraph(), nx.MultiDiGraph()
    for graph in (compact, plain):
        for u, v, k, data in rows:
            graph.add_edge(u, v, key=k, **data)
        graph.remove_edge("a", "b", "MENTIONS")
    assert isinstance(compact, nx.MultiDiGraph)
    assert list(compact.edges(keys=True, data=True)) == list(plain.edges(keys=True, data=True))
    assert dict(compact.degree) == dict(plain.degree)
    assert sorted(compact.to_undirected().edges(keys=True)) == sorted(plain.to_undirected().edges(keys=True))
    assert nx.shortest_path(compact, "a", "c") == nx.shortest_path(plain, "a", "c")
    assert nx.utils.edges_equal(compact.copy().edges(keys=True, data=True), plain.edges(keys=True, data=True))


def test_compact_knowledge_graph_edges_read_as_before():
    kg = KnowledgeGraph()
    kg.add_node(Organization(id="alibaba", name="Alibaba"))
    kg.add_node(Model(id="qwen3", name="Qwen3"))
    for article in ("a2", "a1", "a2"):
        kg.add_edge(Edge(source="alibaba", target="qwen3", type="RELEASED", evidence=[Evidence(
            article=article, sentence="Alibaba released Qwen3.", start=0, end=23, rule="r", confidence=0.9,
            published="2025-01-0" + article[1])]))
    data = kg.graph.edges["alibaba", "qwen3", "RELEASED"]
    assert dict(data) == {"type": "RELEASED", "evidence": data["evidence"], "support": 2,
                          "first_seen": "2025-01-01", "last_seen": "2025-01-02"}
    assert [e["article"] for e in data["evidence"]] == ["a1", "a2"]
    assert kg.copy() == kg and kg.remove_article("a1")["edges_changed"] == 1
    assert kg.graph.edges["alibaba", "qwen3", "RELEASED"]["support"] == 1


def _piece(article: str, start: int, rule: str = "r", **more) -> dict:
    return {"article": article, "sentence": f"Sentence at {start}.", "start": start, "end": start + 5, "rule": rule,
            "confidence": 0.5, "aspect": None, "published": None, "when": None, "when_date": None, **more}


@pytest.mark.parametrize("first", [1, 2, 3])
def test_packed_evidence_follows_a_list_of_dicts_through_random_operations(first):
    rng = random.Random(first)
    for _ in range(200):
        kg = KnowledgeGraph()
        kg.add_node(Organization(id="alibaba", name="Alibaba"))
        kg.add_node(Model(id="qwen3", name="Qwen3"))
        pieces = [_piece(f"a{i}", 10 * i) for i in range(first)]
        kg._add_evidence("alibaba", "qwen3", "RELEASED", pieces)
        data = kg.graph.edges["alibaba", "qwen3", "RELEASED"]
        theirs = sorted(pieces, key=lambda e: (e["article"], e["start"]))
        assert data["support"] == first and data["evidence"] == theirs and len(data["evidence"]) == first
        for step in range(6):
            mine = data["evidence"]  # a view made again every time, as a program reads it
            new = _piece(f"b{step}", step, rule=rng.choice("xyz"), when=rng.choice([None, "in May"]))
            op = rng.choice(["append", "insert", "del", "set", "slice", "pop"])
            if op == "append":
                mine.append(new), theirs.append(new)
            elif op == "insert":
                at = rng.randint(-3, 3)
                mine.insert(at, new), theirs.insert(at, new)
            elif op == "del" and theirs:
                at = rng.randrange(len(theirs))
                del mine[at], theirs[at]
            elif op == "set" and theirs:
                at = rng.randrange(len(theirs))
                mine[at] = theirs[at] = new
            elif op == "slice":
                del mine[:1], theirs[:1]
            elif op == "pop" and theirs:
                assert mine.pop() == theirs.pop()
            assert data["evidence"] == theirs and list(data["evidence"]) == theirs
            assert [dict(e) for e in data["evidence"][::-1]] == theirs[::-1]
            assert pickle.loads(pickle.dumps(data))["evidence"] == theirs
        data["support"] = len({e["article"] for e in theirs})
        assert kg.copy() == kg


def test_packed_evidence_an_edge_of_one_piece_reads_writes_and_grows_as_before():
    kg = KnowledgeGraph()
    kg.add_node(Organization(id="alibaba", name="Alibaba"))
    kg.add_node(Model(id="qwen3", name="Qwen3"))
    kg._add_evidence("alibaba", "qwen3", "RELEASED", [_piece("a1", 0, published="2025-01-02")])
    data = kg.graph.edges["alibaba", "qwen3", "RELEASED"]
    assert type(data.evidence) is tuple  # kept without a list
    assert dict(data) == {"type": "RELEASED", "evidence": [_piece("a1", 0, published="2025-01-02")], "support": 1,
                          "first_seen": "2025-01-02", "last_seen": "2025-01-02"}
    kg._add_evidence("alibaba", "qwen3", "RELEASED", [_piece("a1", 0, published="2025-01-02")])  # the same piece
    assert data["support"] == 1 and len(data["evidence"]) == 1
    kg._add_evidence("alibaba", "qwen3", "RELEASED", [_piece("a0", 3, published="2025-01-01")])
    assert data["support"] == 2 and [e["article"] for e in data["evidence"]] == ["a0", "a1"]
    assert (data["first_seen"], data["last_seen"]) == ("2025-01-01", "2025-01-02")
    kg.remove_article("a0")
    assert data["support"] == 1 and [e["article"] for e in data["evidence"]] == ["a1"]
    data["support"] = 7  # a program's own value
    assert data["support"] == 7 and data["evidence"] == [_piece("a1", 0, published="2025-01-02")]
    data["evidence"] = [_piece("z", 1), _piece("c", 2)]  # a program's own list: kept as given, packed when the graph adds
    assert [e["article"] for e in data["evidence"]] == ["z", "c"]
    kg._add_evidence("alibaba", "qwen3", "RELEASED", [_piece("b", 0)])
    assert [e["article"] for e in data["evidence"]] == ["b", "c", "z"]
    record = data["evidence"][1]
    record["confidence"] = 0.25  # a record read from the graph writes its piece again
    assert [e["confidence"] for e in data["evidence"]] == [0.5, 0.25, 0.5]
    kg._add_evidence("alibaba", "qwen3", "CITES", [_piece("a1", 0)])
    one = kg.graph.edges["alibaba", "qwen3", "CITES"]
    one["evidence"][0]["published"] = "2025-04-02"  # also on an edge of one piece
    assert one["evidence"] == [_piece("a1", 0, published="2025-04-02")] and one["support"] == 1
