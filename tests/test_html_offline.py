"""One self-contained UTF-8 file: no reference to anything outside it."""
import re

from html_fixtures import hostile_graph

from newsgraph.graph.export import EXPORTERS, export_graph
from newsgraph.graph.export.html_view import render_html, write_html

REFERENCE = re.compile(r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def test_html_offline_no_tag_references_the_network():
    html = render_html(hostile_graph())
    assert not REFERENCE.findall(html)
    assert not re.search(r"<link\b|<iframe\b|<img\b|@import|bootstrap|cdn\.", html, re.I)


def test_html_offline_vis_network_is_inlined_from_pyvis():
    html = render_html(hostile_graph())
    assert "vis-network" in html and "new vis.Network(" in html and len(html) > 400_000


def test_html_offline_content_security_policy_forbids_requests():
    html = render_html(hostile_graph())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert policy.startswith("default-src 'none';") and not re.search(r"https?:|\*|'self'|connect-src", policy)


def test_html_offline_file_is_utf8_with_meta_charset(tmp_path):
    path = write_html(hostile_graph(), tmp_path / "g.html")
    raw = path.read_bytes()
    assert raw.decode("utf-8").startswith("<!DOCTYPE html>")
    assert b'<meta charset="utf-8">' in raw[:200]
    assert "測試報道".encode("utf-8") in raw
    assert [p.name for p in tmp_path.iterdir()] == ["g.html"]  # atomic: no temporary file left


def test_html_offline_registered_as_an_exporter_with_options(tmp_path):
    assert EXPORTERS.get("html") is write_html
    path = export_graph(hostile_graph(), "html", tmp_path / "f.html", focus="Qwen Test", depth=1, max_nodes=50)
    assert "around 千問測試版 (depth 1)" in path.read_text(encoding="utf-8")
