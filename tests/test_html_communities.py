"""Communities (seeded Louvain) and their reports: top entities, strongest facts with evidence."""
from collections import Counter

from html_fixtures import SENTENCE, hostile_graph, page_data

from newsgraph.graph.export.html_communities import PALETTE, communities, louvain
from newsgraph.graph.export.html_view import render_html


def _facts(pairs):
    return [(u, v, "OUTPERFORMS", {"support": s, "evidence": [{"article": f"a-{u}-{v}", "sentence": f"{u} beat {v}.",
                                                                   "start": 0, "end": 9, "rule": "r", "confidence": c}]})
            for u, v, s, c in pairs]


def _two_groups():
    pairs = [("a", "b", 3, 0.9), ("b", "c", 1, 0.8), ("a", "c", 1, 0.95), ("x", "y", 2, 0.9), ("y", "z", 2, 0.7),
             ("x", "z", 1, 0.9), ("c", "x", 1, 0.5)]
    return list("abcxyz") + ["alone"], _facts(pairs)


def test_html_communities_louvain_is_seeded_and_sorted():
    nodes, facts = _two_groups()
    edges = [(u, v, d["support"]) for u, v, _, d in facts]
    assert louvain(nodes, edges) == [["a", "b", "c"], ["x", "y", "z"]]
    assert all(louvain(nodes, list(reversed(edges))) == louvain(nodes, edges) for _ in range(3))
    assert louvain(["p", "q"], []) == []


def test_html_communities_report_top_entities_and_strongest_facts_with_evidence():
    nodes, facts = _two_groups()
    weight = Counter()
    for u, v, _, d in facts:
        weight[u] += d["support"]
        weight[v] += d["support"]
    found = communities(nodes, facts, weight)
    assert found.of["alone"] == -1 and found.of["a"] == found.of["b"] == 0 and found.of["z"] == 1
    first = found.reports[0]
    assert first["top"] == ["a", "b", "c"] and first["size"] == 3 and first["facts_inside"] == 3
    assert [f[0] for f in first["facts"]] == [["a", "b", "OUTPERFORMS"], ["a", "c", "OUTPERFORMS"], ["b", "c", "OUTPERFORMS"]]
    assert first["facts"][0][1] == [["a beat b.", "a-a-b"]]
    assert [r["colour"] for r in found.reports] == list(PALETTE[:2]) and found.colour(-1) not in PALETTE


def test_html_communities_reach_the_page_with_evidence_and_article_titles():
    data = page_data(render_html(hostile_graph()))
    meta, nodes = data["options"]["meta"], {n["id"]: n for n in data["nodes"]}
    report = meta["communities"][nodes["t-lab"]["cm"]]
    assert report["top"][0] == "t-lab"
    released = next(f for f in report["facts"] if f[0] == ["t-lab", "t-qwen", "RELEASED"])
    assert [SENTENCE, "t-a-zh"] in released[1] and "t-a-zh" in meta["articles"]
    assert nodes["t-a-zh"]["cm"] == nodes["t-lab"]["cm"]  # an article joins the community most of its entities are in
