"""Report dates: evidence's own ``published`` first, else its article's; nodes take their edges' dates."""
from html_fixtures import hostile_graph, page_data

from newsgraph.graph.export.html_timeline import timeline
from newsgraph.graph.export.html_view import render_html


def _dated():
    kg = hostile_graph()
    g = kg.graph
    g.nodes["t-a-zh"]["published"] = "2025-03-01"
    g.nodes["t-a-xss"]["published"] = "2025-05-20"
    # evidence dated by itself (the living-graph format); the others fall back to their article's date
    g.edges["t-lab", "t-plan", "RELEASED"]["evidence"][0]["published"] = "2025-04-02"
    return kg


def test_html_timeline_dates_evidence_edges_and_nodes():
    kg = _dated()
    nodes, edges = list(kg.graph.nodes), list(kg.graph.edges(keys=True))
    t = timeline(kg, nodes, edges)
    assert t.dates == ["2025-03-01", "2025-04-02", "2025-05-20"]
    day = lambda *ds: [t.dates.index(d) for d in ds]  # noqa: E731
    assert t.edges["t-lab", "t-plan", "RELEASED"] == day("2025-04-02")
    assert t.edges["t-lab", "t-qwen", "RELEASED"] == day("2025-03-01", "2025-05-20")  # two articles
    assert t.edges["t-daily", "t-a-zh", "PUBLISHED"] == day("2025-03-01")  # no evidence: its article's date
    assert t.nodes["t-plan"] == day("2025-03-01", "2025-04-02", "2025-05-20")  # mentioned in both, and its fact
    assert t.nodes["t-a-zh"] == day("2025-03-01")


def test_html_timeline_undated_graph_has_no_dates():
    kg = hostile_graph()
    t = timeline(kg, list(kg.graph.nodes), list(kg.graph.edges(keys=True)))
    assert t.dates == [] and t.nodes == {} and t.edges == {}


def test_html_timeline_reaches_the_page():
    data = page_data(render_html(_dated()))
    assert data["options"]["meta"]["dates"] == ["2025-03-01", "2025-04-02", "2025-05-20"]
    plan = next(e for e in data["edges"] if (e["from"], e["to"]) == ("t-lab", "t-plan"))
    assert plan["d"] == [1] and all("d" in n for n in data["nodes"])
