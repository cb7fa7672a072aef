"""Positions are precomputed for every node; physics runs only up to the threshold."""
import math

from html_fixtures import hostile_graph, page_data

import newsgraph.graph.export.html_view as html_export
from newsgraph.graph.export.html_layout import radial_layout
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


def test_html_layout_physics_on_at_or_below_the_threshold(monkeypatch):
    monkeypatch.setattr(html_export, "PHYSICS_MAX_NODES", 10)
    data = page_data(html_export.render_html(hostile_graph()))
    assert data["options"]["vis"]["physics"]["enabled"] is True and data["options"]["meta"]["physics"] is True
    assert all("x" in n and "y" in n for n in data["nodes"])  # physics starts from the layout


def test_html_layout_physics_off_above_the_threshold(monkeypatch):
    monkeypatch.setattr(html_export, "PHYSICS_MAX_NODES", 9)
    data = page_data(html_export.render_html(hostile_graph()))
    assert data["options"]["vis"]["physics"]["enabled"] is False and data["options"]["meta"]["physics"] is False
    chosen = select(hostile_graph())
    shown_at_first = [e for e in chosen.edges if e[2] != "MENTIONS"]  # the layout keeps these short
    expected = radial_layout(chosen.nodes, shown_at_first)
    assert {n["id"]: (n["x"], n["y"]) for n in data["nodes"]} == expected != radial_layout(chosen.nodes, chosen.edges)
