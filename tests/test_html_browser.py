"""The HTML view in a real headless Chromium, driven over the DevTools protocol.

The page is the graph built from ``examples/`` plus a small hostile graph (an article titled
``<script>alert(1)</script>``, an organisation named ``<img onerror=…>``). Without Chromium the
tests skip, unless ``NEWSGRAPH_REQUIRE_BROWSER=1`` (CI), where they fail. Set
``NEWSGRAPH_SCREENSHOTS=DIR`` to keep the screenshots.
"""
import json
import os
import shutil
from pathlib import Path

import pytest
from html_cdp import Browser, find_chromium
from html_fixtures import SENTENCE, XSS_NAME, XSS_TITLE, hostile_graph

import newsgraph.graph.export.html_view as html_export
from newsgraph.graph.pipeline import build_graph

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CHECK_BOX = "(sel) => { document.querySelector(sel).click(); return true; }"


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        message = "Chromium not found: apt-get install chromium fonts-wqy-microhei to run the browser tests"
        if os.environ.get("NEWSGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    b = Browser(executable)
    for domain in ("Page", "Network", "Runtime", "Log"):
        b.page(f"{domain}.enable")
    b.page("Page.addScriptToEvaluateOnNewDocument", source=(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.blockedURI + ' ' + e.violatedDirective));"))
    yield b
    b.close()


@pytest.fixture(scope="module")
def examples_page(tmp_path_factory):
    kg = build_graph([EXAMPLES]).kg
    assert len(kg) > 50, "examples/ should give a real graph"
    kg.merge(hostile_graph())
    return kg, html_export.write_html(kg, tmp_path_factory.mktemp("html") / "examples.html")


def load(b: Browser, path: Path) -> int:
    """Open ``path`` fresh; returns the index of the first event of this load."""
    mark = len(b.events)
    b.page("Page.navigate", url=path.as_uri())
    b.wait_for("window.ngView && window.ngView.ready === true", timeout=60)
    return mark


def since(b: Browser, mark: int, method: str) -> list[dict]:
    return [e["params"] for e in b.events[mark:] if e.get("method") == method]


def call(b: Browser, function: str, *args):
    return b.evaluate(f"({function})(...{json.dumps(list(args))})")


def keep_screenshot(b: Browser, tmp_path: Path, name: str) -> Path:
    shot = tmp_path / name
    shot.write_bytes(b.screenshot())
    if keep := os.environ.get("NEWSGRAPH_SCREENSHOTS"):
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / name)
    return shot


def test_html_browser_draws_the_examples_graph_with_chinese_labels(browser, examples_page, tmp_path):
    kg, path = examples_page
    load(browser, path)
    drawn = browser.evaluate("""(() => {
        const body = ngView.network.body, ids = Object.keys(body.nodes).filter(id => !id.startsWith('edgeId:'));
        const labels = ids.map(id => body.nodes[id].options.label || '');
        const canvas = document.querySelector('#ng-graph canvas'), ctx = canvas.getContext('2d');
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && px[i] + px[i + 1] + px[i + 2] < 600) ink++;
        return {nodes: ids.length, chinese: labels.filter(l => /[\\u4e00-\\u9fff]/.test(l)).length,
                ink: ink / (px.length / 4), face: body.nodes[ids[0]].options.font.face};
    })()""")
    assert drawn["nodes"] == len(kg) and drawn["chinese"] >= 15
    assert drawn["ink"] > 0.01, "the canvas is (nearly) blank"
    glyphs = call(browser, """(face) => {
        const c = document.createElement('canvas'); c.width = 48; c.height = 48;
        const ctx = c.getContext('2d'); ctx.font = '40px ' + face;
        const draw = ch => { ctx.clearRect(0, 0, 48, 48); ctx.fillText(ch, 2, 40);
                             return Array.from(ctx.getImageData(0, 0, 48, 48).data).join(','); };
        const a = draw('阿'), b = draw('頓'), blank = draw(' ');
        return {different: a !== b, inked: a !== blank && b !== blank};
    }""", drawn["face"])
    assert glyphs == {"different": True, "inked": True}, "Chinese glyphs render as identical boxes: no CJK font"
    assert keep_screenshot(browser, tmp_path, "examples.png").stat().st_size > 50_000


def test_html_browser_makes_no_network_request(browser, examples_page):
    _, path = examples_page
    mark = load(browser, path)
    urls = [r["request"]["url"] for r in since(browser, mark, "Network.requestWillBeSent")]
    assert [u for u in urls if not u.startswith("data:")] == [path.as_uri()]
    assert browser.evaluate("window.__csp") == []
    assert since(browser, mark, "Runtime.exceptionThrown") == []
    errors = [e["entry"]["text"] for e in since(browser, mark, "Log.entryAdded") if e["entry"]["level"] == "error"]
    assert errors == []


def _point_on(b: Browser, kind: str, ident) -> dict:
    """A page coordinate where vis-network finds this node or edge (and nothing else on top)."""
    return call(b, """(kind, id) => {
        const net = ngView.network, box = document.getElementById('ng-graph').getBoundingClientRect();
        net.stopSimulation();
        const ends = kind === 'node' ? [id, id] : net.getConnectedNodes(id);
        if (kind === 'edge') net.fit({nodes: ends, animation: false});  // the edge fills the view: fewer overlaps
        const pos = net.getPositions(ends), a = pos[ends[0]], b = pos[ends[1]];
        const ts = [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];
        for (const t of ts) {
            const dom = net.canvasToDOM({x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t});
            const page = {x: Math.round(box.left + dom.x), y: Math.round(box.top + dom.y)};  // mice move in whole pixels
            const at = {x: page.x - box.left, y: page.y - box.top};
            const hit = kind === 'node' ? net.getNodeAt(at) : (net.getNodeAt(at) == null && net.getEdgeAt(at));
            if (hit === id) return page;
        }
        return null;
    }""", kind, ident)


def _hover(b: Browser, point: dict) -> str:
    corner = b.evaluate("(r => ({x: r.left + 3, y: r.bottom - 3}))(document.getElementById('ng-graph').getBoundingClientRect())")
    b.page("Input.dispatchMouseEvent", type="mouseMoved", **corner)  # over empty canvas: the last tooltip goes
    b.wait_for("(t => !t || getComputedStyle(t).visibility !== 'visible')(document.querySelector('.vis-tooltip'))")
    for dx in (0, 1, 0):  # vis-network shows a tooltip after the pointer rests
        b.page("Input.dispatchMouseEvent", type="mouseMoved", x=point["x"] + dx, y=point["y"])
    b.wait_for("(t => !!t && getComputedStyle(t).visibility === 'visible')(document.querySelector('.vis-tooltip'))",
               timeout=10)
    return b.evaluate("document.querySelector('.vis-tooltip').innerText")


def test_html_browser_edge_tooltip_shows_every_evidence_sentence_as_text(browser, examples_page):
    load(browser, examples_page[1])
    edge = browser.evaluate("ngView.edges.get({filter: e => e.from === 't-lab' && e.to === 't-qwen'})[0].id")
    point = _point_on(browser, "edge", edge)
    assert point, "no free spot on the edge to hover"
    text = _hover(browser, point)
    assert "RELEASED · support 2" in text and SENTENCE in text and XSS_TITLE in text
    assert browser.evaluate("document.querySelectorAll('.vis-tooltip script, .vis-tooltip img').length") == 0


def test_html_browser_hostile_title_is_shown_and_never_runs(browser, examples_page):
    mark = load(browser, examples_page[1])
    assert XSS_TITLE in _hover(browser, _point_on(browser, "node", "t-a-xss"))
    assert XSS_NAME in _hover(browser, _point_on(browser, "node", "t-xss"))
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.scripts.length") == 5
    assert since(browser, mark, "Page.javascriptDialogOpening") == []


def test_html_browser_click_lists_articles_linking_only_http_urls(browser, examples_page):
    load(browser, examples_page[1])
    point = _point_on(browser, "node", "t-bureau")
    for kind in ("mousePressed", "mouseReleased"):
        browser.page("Input.dispatchMouseEvent", type=kind, x=point["x"], y=point["y"], button="left", clickCount=1)
    browser.wait_for("document.getElementById('ng-details').textContent.includes('Articles')")
    details = browser.evaluate("""(() => { const d = document.getElementById('ng-details');
        return {text: d.textContent, links: Array.from(d.querySelectorAll('a[href]'), a => a.href),
                items: Array.from(d.querySelectorAll('li'), li => li.textContent),
                markup: d.querySelectorAll('script, img').length}; })()""")
    assert details["items"] == [XSS_TITLE, "測試報道:中國開源AI將主導世界?"] and details["markup"] == 0
    assert details["links"] == ["https://example.com/news/1?a=1&b=%3C2%3E"]  # not javascript:alert(2)


HIDDEN = """(kind, type) => {
    const body = ngView.network.body, items = kind === 'node' ? ngView.nodes : ngView.edges;
    const field = kind === 'node' ? 'ntype' : 'etype', store = kind === 'node' ? body.nodes : body.edges;
    const states = items.get({filter: i => i[field] === type}).map(i => !!store[i.id].options.hidden);
    return states.length && states.every(h => h === states[0]) ? states[0] : 'mixed';
}"""


def test_html_browser_type_filters_hide_and_show(browser, examples_page):
    load(browser, examples_page[1])
    assert call(browser, HIDDEN, "edge", "MENTIONS") is True  # off by default
    assert call(browser, HIDDEN, "node", "Model") is False and call(browser, HIDDEN, "edge", "OUTPERFORMS") is False
    call(browser, CHECK_BOX, '#ng-node-types input[value="Model"]')
    assert call(browser, HIDDEN, "node", "Model") is True and call(browser, HIDDEN, "node", "Policy") is False
    assert call(browser, HIDDEN, "edge", "OUTPERFORMS") is True  # both ends are models
    call(browser, CHECK_BOX, '#ng-node-types input[value="Model"]')
    call(browser, CHECK_BOX, '#ng-edge-types input[value="RELEASED"]')
    call(browser, CHECK_BOX, '#ng-edge-types input[value="MENTIONS"]')
    assert call(browser, HIDDEN, "node", "Model") is False and call(browser, HIDDEN, "edge", "OUTPERFORMS") is False
    assert call(browser, HIDDEN, "edge", "RELEASED") is True and call(browser, HIDDEN, "edge", "MENTIONS") is False


def _search(b: Browser, query: str) -> dict:
    b.evaluate("(q => { q.value = ''; q.focus(); })(document.getElementById('ng-query'))")
    b.page("Input.insertText", text=query)
    b.page("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13, text="\r")
    b.page("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)
    return b.evaluate("""({selected: ngView.network.getSelectedNodes(),
                          found: document.getElementById('ng-found').textContent,
                          details: document.getElementById('ng-details').textContent})""")


def test_html_browser_search_finds_any_alias_in_any_script_and_focuses_it(browser, examples_page):
    load(browser, examples_page[1])
    simplified = _search(browser, "千问测试版")  # the node is named 千問測試版
    assert simplified["selected"] == ["t-qwen"] and "千問測試版" in simplified["found"]
    assert simplified["details"].startswith("千問測試版\nModel\nAliases: Qwen Test")
    assert _search(browser, "washington test BUREAU")["selected"] == ["t-bureau"]
    assert _search(browser, "華盛頓測試")["selected"] == ["t-bureau"]  # a prefix, Traditional
    assert _search(browser, "沒有這個名字")["found"] == "no match"


def test_html_browser_search_turns_a_filtered_type_back_on(browser, examples_page):
    load(browser, examples_page[1])
    call(browser, CHECK_BOX, '#ng-node-types input[value="Model"]')
    assert _search(browser, "grt -test")["selected"] == ["t-gpt"]
    assert call(browser, HIDDEN, "node", "Model") is False
    assert browser.evaluate("document.querySelector('#ng-node-types input[value=Model]').checked") is True


def test_html_browser_physics_toggle(browser, examples_page):
    load(browser, examples_page[1])
    state = "[document.getElementById('ng-physics').checked, ngView.network.physics.options.enabled]"
    assert browser.evaluate(state) == [True, True]
    call(browser, CHECK_BOX, "#ng-physics")
    assert browser.evaluate(state) == [False, False]
    call(browser, CHECK_BOX, "#ng-physics")
    assert browser.evaluate(state) == [True, True]


def test_html_browser_large_graph_is_static_and_says_what_was_left_out(browser, tmp_path, monkeypatch):
    monkeypatch.setattr(html_export, "PHYSICS_MAX_NODES", 3)
    path = html_export.write_html(hostile_graph(), tmp_path / "capped.html", max_nodes=4)
    load(browser, path)
    assert browser.evaluate("[document.getElementById('ng-physics').checked,"
                            " ngView.network.physics.options.enabled]") == [False, False]
    assert browser.evaluate("document.getElementById('ng-physics-note').textContent") == \
        "off above 3 nodes: the layout is precomputed"
    moved = browser.evaluate("""ngView.nodes.get().filter(n => {
        const p = ngView.network.getPositions([n.id])[n.id];
        return Math.abs(p.x - n.x) > 0.5 || Math.abs(p.y - n.y) > 0.5; }).length""")
    assert moved == 0 and browser.evaluate("ngView.nodes.length") == 4
    note = browser.evaluate("(s => s.hidden ? null : s.textContent)(document.getElementById('ng-omitted'))")
    assert "Only the 4 best-connected of 10 nodes are shown. Left out: 6 nodes (1 Model, 4 Organization, 1 Policy" in note
