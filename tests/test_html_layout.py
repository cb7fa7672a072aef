"""Positions are precomputed for every node: communities as clusters, deterministic; physics starts off."""
import math

from html_fixtures import hostile_graph, page_data

import newsgraph.graph.export.html_view as html_export
from newsgraph.graph.export.html_layout import FORCE_MAX, NODE_ROOM, community_layout, radial_layout
from newsgraph.graph.export.html_select import select


def test_html_layout_places_every_node_apart_and_deterministically():
    chosen = select(hostile_graph())
    first = radial_layout(chosen.nodes, chosen.edges)
    assert set(first) == set(chosen.nodes) and first == radial_layout(chosen.nodes, chosen.edges)
    points = list(first.values())
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    assert closest > 20


def test_html_layout_puts_a_hub_in_the_middle_of_its_leaves():
    leaves = [f"leaf{i}" for i in range(30)]
    placed = radial_layout(["hub", *leaves], [("hub", leaf, "MENTIONS") for leaf in leaves])
    hub = placed["hub"]
    radii = {round(math.dist(hub, placed[leaf])) for leaf in leaves}
    assert len(radii) == 1 and radii.pop() > 0


def test_html_layout_separate_components_do_not_overlap():
    edges = [("a", "b", "CITES"), ("c", "d", "CITES"), ("e", "f", "CITES")]
    placed = radial_layout(list("abcdef"), edges)
    assert len({placed[n] for n in "abcdef"}) == 6
    assert min(math.dist(placed[x], placed[y]) for x in "ab" for y in "cdef") > 40


def _two_cliques():
    left, right = [f"l{i}" for i in range(8)], [f"r{i}" for i in range(8)]
    edges = [(a, b, 1.0) for group in (left, right) for i, a in enumerate(group) for b in group[i + 1:]]
    return left, right, edges + [("l0", "r0", 1.0)]


def test_html_layout_communities_are_clusters_apart_from_each_other():
    left, right, edges = _two_cliques()
    community = {**{n: 0 for n in left}, **{n: 1 for n in right}}
    placed = community_layout(sorted(left + right), edges, community)
    assert placed == community_layout(sorted(left + right), edges, community)  # deterministic
    inside = max(math.dist(placed[a], placed[b]) for group in (left, right) for a in group for b in group)
    between = min(math.dist(placed[a], placed[b]) for a in left for b in right)
    assert between > 0 and inside < 4 * NODE_ROOM
    centre = lambda g: (sum(placed[n][0] for n in g) / len(g), sum(placed[n][1] for n in g) / len(g))  # noqa: E731
    assert math.dist(centre(left), centre(right)) > inside  # the two clusters do not overlap
    assert min(math.dist(placed[a], placed[b]) for a in placed for b in placed if a < b) > NODE_ROOM / 4


def test_html_layout_unconnected_nodes_go_in_a_grid_below():
    left, right, edges = _two_cliques()
    placed = community_layout(sorted(left + right + ["alone1", "alone2"]), edges, {})
    lowest = max(y for n, (_, y) in placed.items() if not n.startswith("alone"))
    assert placed["alone1"][1] > lowest and placed["alone2"][1] > lowest
    assert placed["alone1"] != placed["alone2"]


def test_html_layout_the_page_is_static_and_byte_identical_each_time():
    html = html_export.render_html(hostile_graph())
    data = page_data(html)
    assert data["options"]["vis"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert html == html_export.render_html(hostile_graph())
    shown = [(e["from"], e["to"]) for e in data["edges"] if e["etype"] in ("RELEASED", "OUTPERFORMS")]
    pos = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert max(math.dist(pos[a], pos[b]) for a, b in shown) < 4 * NODE_ROOM  # facts shown at first are short


def test_html_layout_page_is_the_same_whatever_the_hash_seed(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    examples = Path(__file__).resolve().parents[1] / "examples"
    code = ("import hashlib, sys; from newsgraph.graph.pipeline import build_graph; "
            "from newsgraph.graph.export.html_view import render_html; "
            "print(hashlib.sha1(render_html(build_graph([sys.argv[1]]).kg).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code, str(examples)], capture_output=True, text=True, check=True,
                              env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1  # communities, layout and labels do not depend on set order


def test_html_layout_very_many_communities_are_packed_apart():
    nodes, edges, community = [], [], {}
    for c in range(FORCE_MAX + 50):  # triangles in a chain: more communities than the force layout takes
        members = [f"c{c:03}n{i}" for i in range(3)]
        nodes += members
        edges += [(members[0], members[1], 1.0), (members[1], members[2], 1.0), (members[0], members[2], 1.0)]
        edges += [(f"c{c - 1:03}n0", members[0], 0.1)] if c else []
        community.update((m, c) for m in members)
    placed = community_layout(sorted(nodes), edges, community)
    assert len(placed) == len(nodes) and len(set(placed.values())) == len(nodes)
    first = sorted(nodes)[:240]
    assert min(math.dist(placed[a], placed[b]) for i, a in enumerate(first) for b in first[i + 1:]) >= NODE_ROOM * 0.9
