"""The HTML view in a real headless Chromium, driven over the DevTools protocol.

The page is the graph built from ``examples/`` plus a small hostile graph (an article titled
``<script>alert(1)</script>``, an organisation named ``<img onerror=…>``). Without Chromium the
tests skip, unless ``NEWSGRAPH_REQUIRE_BROWSER=1`` (CI), where they fail. Set
``NEWSGRAPH_SCREENSHOTS=DIR`` to keep the screenshots.
"""
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from html_cdp import Browser, find_chromium
from html_fixtures import SENTENCE, XSS_NAME, XSS_TITLE, hostile_graph

import newsgraph.graph.export.html_view as html_export
from newsgraph.graph.pipeline import build_graph

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CHECK_BOX = "(sel) => { document.querySelector(sel).click(); return true; }"
BUNDLED = [EXAMPLES, *sorted(EXAMPLES.parent.glob("benchmarks/heldout*/articles"))]
# Every fillText on the graph's canvas, in CSS pixels of the page: what is drawn, not what is configured.
RECORD_TEXT = """window.__texts = [];
(() => {
  const proto = CanvasRenderingContext2D.prototype, fill = proto.fillText;
  proto.fillText = function (text, x, y, maxWidth) {
    if (this.canvas.isConnected && this.canvas.closest('#ng-graph')) {
      const m = this.getTransform(), dpr = window.devicePixelRatio || 1, k = Math.hypot(m.a, m.b) / dpr;
      const size = parseFloat(/([\\d.]+)px/.exec(this.font)[1]);
      window.__texts.push({text: String(text), px: size * k, x: (m.a * x + m.c * y + m.e) / dpr,
                           y: (m.b * x + m.d * y + m.f) / dpr, w: this.measureText(text).width * k});
    }
    return maxWidth === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, maxWidth);
  };
})();"""
DRAWN = """(async () => {
  window.__texts = [];
  const done = new Promise(r => ngView.network.once('afterDrawing', r));
  ngView.network.redraw();
  await done;
  return window.__texts;
})()"""


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
    b.page("Page.addScriptToEvaluateOnNewDocument", source=RECORD_TEXT)
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


def drawn_labels(b: Browser) -> dict:
    """Redraw and return what was written on the canvas: ``{"nodes": {id: [lines]}, "other": [texts], "texts": [...]}``
    — node labels matched by their lines in the page's current script."""
    texts = b.evaluate(DRAWN)
    lines = b.evaluate("""(() => { const si = ngView.meta.scripts.indexOf(ngView.state.script), out = {};
        ngView.N.forEach(n => { if (!n.hidden) out[n.id] = n.lb[si].split('\\n'); }); return out; })()""")
    owner = {}
    for node, parts in lines.items():
        for line in parts:
            owner.setdefault(line, []).append(node)
    nodes, other = {}, []
    for t in texts:
        ids = [n for n in owner.get(t["text"], ()) if t["text"] not in nodes.get(n, [])]
        if ids:
            nodes.setdefault(ids[0], []).append(t["text"])
        else:
            other.append(t["text"])
    return {"nodes": nodes, "other": other, "texts": texts}


def test_html_browser_draws_the_examples_graph_with_chinese_labels(browser, examples_page, tmp_path):
    kg, path = examples_page
    load(browser, path)
    drawn = browser.evaluate("""(() => {
        const body = ngView.network.body, ids = Object.keys(body.nodes).filter(id => !id.startsWith('edgeId:'));
        const canvas = document.querySelector('#ng-graph canvas'), ctx = canvas.getContext('2d');
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && px[i] + px[i + 1] + px[i + 2] < 600) ink++;
        return {nodes: ids.length, ink: ink / (px.length / 4), face: body.nodes[ids[0]].options.font.face};
    })()""")
    assert drawn["nodes"] == len(kg)
    assert drawn["ink"] > 0.01, "the canvas is (nearly) blank"
    labels = drawn_labels(browser)["nodes"]
    assert sum(1 for parts in labels.values() if any(re.search("[\u4e00-\u9fff]", t) for t in parts)) >= 10
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
    call(browser, CHECK_BOX, '#ng-show input[value="articles"]')  # article nodes are hidden at first
    browser.evaluate("ngView.fit(false) || true")  # the Fit button without its animation: they may lie outside the view
    browser.evaluate(DRAWN)  # vis-network finds a node under the pointer once it has drawn it
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
    const body = ngView.network.body, items = kind === 'node' ? ngView.N : ngView.E;
    const field = kind === 'node' ? 'ntype' : 'etype', store = kind === 'node' ? body.nodes : body.edges;
    const states = items.filter(i => i[field] === type && !i.art).map(i => !!store[i.id].options.hidden);
    return states.length && states.every(h => h === states[0]) ? states[0] : 'mixed';
}"""


def test_html_browser_type_filters_hide_and_show(browser, examples_page):
    load(browser, examples_page[1])
    call(browser, CHECK_BOX, '#ng-show input[value="isolated"]')  # every node of a type on, connected or not
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
    call(browser, CHECK_BOX, '#ng-show input[value="isolated"]')
    call(browser, CHECK_BOX, '#ng-node-types input[value="Model"]')
    assert _search(browser, "grt -test")["selected"] == ["t-gpt"]
    assert call(browser, HIDDEN, "node", "Model") is False
    assert browser.evaluate("document.querySelector('#ng-node-types input[value=Model]').checked") is True


def test_html_browser_physics_toggle(browser, examples_page):
    load(browser, examples_page[1])
    state = "[document.getElementById('ng-physics').checked, ngView.network.physics.options.enabled]"
    assert browser.evaluate(state) == [False, False]  # the layout is precomputed
    call(browser, CHECK_BOX, "#ng-physics")
    assert browser.evaluate(state) == [True, True]
    hidden_pull = browser.evaluate("""ngView.N.filter(n => n.hidden && ngView.network.body.nodes[n.id].options.physics).length
        + ngView.E.filter(e => e.hidden && ngView.network.body.edges[e.id].options.physics).length""")
    assert hidden_pull == 0  # hidden articles and MENTIONS do not pull the nodes shown
    call(browser, CHECK_BOX, "#ng-physics")
    assert browser.evaluate(state) == [False, False]


def test_html_browser_capped_graph_is_static_and_says_what_was_left_out(browser, tmp_path):
    path = html_export.write_html(hostile_graph(), tmp_path / "capped.html", max_nodes=4)
    load(browser, path)
    moved = browser.evaluate("""ngView.nodes.get().filter(n => {
        const p = ngView.network.body.nodes[n.id];
        return Math.abs(p.x - n.x) >= 1 || Math.abs(p.y - n.y) >= 1; }).length""")  # vis keeps whole units
    assert moved == 0 and browser.evaluate("ngView.nodes.length") == 4
    note = browser.evaluate("(s => s.hidden ? null : s.textContent)(document.getElementById('ng-omitted'))")
    assert "Only the 4 nodes with the most support in the facts shown, of 10, are here." in note
    assert "Left out: 6 nodes (2 Organization, 1 Policy, 3 Source" in note


# ---- the graph of every bundled article (examples/ and benchmarks/heldout*): about 320 nodes ----------

@pytest.fixture(scope="module")
def bundled_page(tmp_path_factory):
    kg = build_graph(BUNDLED).kg
    assert 250 <= len(kg) <= 450, len(kg)
    return kg, html_export.write_html(kg, tmp_path_factory.mktemp("html") / "bundled.html")


def _boxes_overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["w"] - 1 and b["x"] < a["x"] + a["w"] - 1 and \
        a["y"] < b["y"] + b["px"] - 1 and b["y"] < a["y"] + a["px"] - 1


def test_html_browser_bundled_graph_opens_with_readable_hub_labels_apart_and_nothing_clipped(browser, bundled_page, tmp_path):
    kg, path = bundled_page
    load(browser, path)
    drawn = drawn_labels(browser)
    readable = {n for n, parts in drawn["nodes"].items()
                if all(t["px"] >= 12 for t in drawn["texts"] if t["text"] in parts)}
    assert len(readable) >= 15, f"only {len(readable)} labels drawn at the opening zoom"
    hubs = browser.evaluate("ngView.N.filter(n => !n.hidden).sort((a, b) => a.rk - b.rk).slice(0, 10).map(n => n.id)")
    assert set(hubs) <= set(drawn["nodes"]), f"hubs without a label: {set(hubs) - set(drawn['nodes'])}"
    texts = drawn["texts"]
    overlaps = [(a["text"], b["text"]) for i, a in enumerate(texts) for b in texts[i + 1:] if _boxes_overlap(a, b)]
    assert overlaps == []
    view = browser.evaluate("(r => ({w: r.width, h: r.height}))(document.getElementById('ng-graph').getBoundingClientRect())")
    assert all(0 <= t["x"] and t["x"] + t["w"] <= view["w"] and 0 <= t["y"] and t["y"] + t["px"] <= view["h"] for t in texts)
    margins = browser.evaluate("""(() => { const net = ngView.network, out = [];
        ngView.N.filter(n => !n.hidden).forEach(n => { const b = net.body.nodes[n.id], p = net.canvasToDOM({x: b.x, y: b.y});
            out.push([p.x, p.y]); }); return out; })()""")
    assert min(x for x, _ in margins) >= 20 and max(x for x, _ in margins) <= view["w"] - 20
    assert min(y for _, y in margins) >= 20 and max(y for _, y in margins) <= view["h"] - 20
    assert drawn["other"] == [], "no edge label at the opening zoom"
    assert keep_screenshot(browser, tmp_path, "bundled.png").stat().st_size > 50_000


def _select(b: Browser, selector: str, value: str) -> None:
    call(b, """(sel, value) => { const s = document.querySelector(sel); s.value = value;
        s.dispatchEvent(new Event('change')); return true; }""", selector, value)


def test_html_browser_script_switch_changes_every_label(browser, bundled_page, tmp_path):
    from newsgraph.schema.text import to_simplified

    load(browser, bundled_page[1])
    seen = {}
    for script in ("hant", "hans", "en"):
        _select(browser, "#ng-script", script)
        drawn = drawn_labels(browser)
        assert drawn["other"] == [], f"{script}: text drawn that is no label in this script: {drawn['other'][:5]}"
        seen[script] = {n: "\n".join(parts) for n, parts in drawn["nodes"].items()}
        keep_screenshot(browser, tmp_path, f"bundled-{script}.png")
        legend = browser.evaluate("Array.from(document.querySelectorAll('#ng-communities button'), b => b.textContent).join('|')")
        names = browser.evaluate("Array.from(document.querySelectorAll('#ng-names option'), o => o.value).slice(0, 30)")
        seen[script + " legend"], seen[script + " names"] = legend, names
    labels = browser.evaluate("Object.fromEntries(ngView.N.map(n => [n.id, n.lb]))")
    for i, script in enumerate(("hant", "hans", "en")):  # every label drawn is that node's label in the script chosen
        assert all(text == labels[n][i] for n, text in seen[script].items()), script
    assert all(to_simplified(text) == text for text in seen["hans"].values())
    both = set(seen["hant"]) & set(seen["hans"])
    differ = [n for n in both if labels[n][0] != labels[n][1]]
    assert len(differ) >= 5 and all(seen["hant"][n] != seen["hans"][n] for n in differ)
    latin = [n for n in set(seen["hant"]) & set(seen["en"]) if labels[n][0] != labels[n][2]]
    assert len(latin) >= 5 and all(not re.search("[\u4e00-\u9fff]", seen["en"][n]) for n in latin)
    assert seen["hant legend"] != seen["en legend"] and seen["hant names"] != seen["hans names"]


def _pixels(b: Browser, node_id: str) -> list[list[int]]:
    """The colours drawn at a node's centre and at four points half-way to its rim (a label or an edge
    drawn over the centre must not hide the node's own colour)."""
    return call(b, """(id) => { const net = ngView.network, c = document.querySelector('#ng-graph canvas');
        const b = net.body.nodes[id], r = window.devicePixelRatio || 1, h = (b.options.size || 10) / 2;
        return [[0, 0], [h, 0], [-h, 0], [0, h], [0, -h]].map(([dx, dy]) => {
            const p = net.canvasToDOM({x: b.x + dx, y: b.y + dy});
            return Array.from(c.getContext('2d').getImageData(Math.round(p.x * r), Math.round(p.y * r), 1, 1).data).slice(0, 3); }); }""",
                node_id)


def _hex(colour: str) -> list[int]:
    return [int(colour[i:i + 2], 16) for i in (1, 3, 5)]


def test_html_browser_colours_by_community_or_type_and_reports_each_community(browser, bundled_page):
    load(browser, bundled_page[1])
    hubs = browser.evaluate("""ngView.N.filter(n => !n.hidden).sort((a, b) => a.rk - b.rk).slice(0, 5)
        .map(n => [n.id, n.ntype, n.cm])""")
    meta = browser.evaluate("({c: ngView.meta.communities.map(r => r.colour), t: ngView.meta.nodeStyle, o: ngView.meta.otherColour})")
    close = lambda seen, b: any(max(abs(x - y) for x, y in zip(a, b)) <= 8 for a in seen)  # noqa: E731
    community = [close(_pixels(browser, n), _hex(meta["c"][cm] if cm >= 0 else meta["o"])) for n, _, cm in hubs]
    assert sum(community) >= 4, "the hubs are not drawn in their community's colour"
    assert len({cm for _, _, cm in hubs}) >= 2
    _select(browser, "#ng-color", "type")
    browser.evaluate(DRAWN)
    by_type = [close(_pixels(browser, n), _hex(meta["t"][t][0])) for n, t, _ in hubs]
    assert sum(by_type) >= 4, "the hubs are not drawn in their type's colour"
    # the legend names each community by its top entities; a click shows its report with evidence
    rows = browser.evaluate("Array.from(document.querySelectorAll('#ng-communities button'), b => b.textContent)")
    top = browser.evaluate("""(() => { const si = ngView.meta.scripts.indexOf(ngView.state.script);
        return ngView.meta.communities[0].top.slice(0, 3).map(id => ngView.N.find(n => n.id === id).lb[si].replace(/\\n/g, ' ')); })()""")
    assert len(rows) >= 5 and rows[0].startswith(" · ".join(top))
    call(browser, CHECK_BOX, "#ng-communities button")
    report = browser.evaluate("""(() => { const d = document.getElementById('ng-details');
        return {text: d.textContent, quotes: Array.from(d.querySelectorAll('ol ul li'), li => li.textContent),
                links: d.querySelectorAll('ol ul li a').length}; })()""")
    assert "Top entities" in report["text"] and "Strongest facts" in report["text"] and top[0] in report["text"]
    assert report["quotes"] and all(q.startswith("“") and "” — " in q for q in report["quotes"]) and report["links"] >= 1


def test_html_browser_articles_and_unconnected_nodes_hidden_until_asked_for(browser, bundled_page):
    load(browser, bundled_page[1])
    state = """(() => { const N = ngView.N, body = ngView.network.body.nodes;
        return {articles: N.filter(n => n.art && !body[n.id].options.hidden).length,
                allArticles: N.filter(n => n.art).length, shown: ngView.counts.nodes,
                isolated: Number(document.querySelector('#ng-show label:nth-child(2) .ng-count').textContent)}; })()"""
    first = browser.evaluate(state)
    assert first["articles"] == 0 and first["allArticles"] >= 40 and first["isolated"] > 0
    call(browser, CHECK_BOX, '#ng-show input[value="articles"]')
    assert browser.evaluate(state)["articles"] == first["allArticles"]
    call(browser, CHECK_BOX, '#ng-show input[value="articles"]')
    call(browser, CHECK_BOX, '#ng-show input[value="isolated"]')
    assert browser.evaluate(state)["shown"] == first["shown"] + first["isolated"]
    # an unconnected node found by search is shown, the others stay hidden
    call(browser, CHECK_BOX, '#ng-show input[value="isolated"]')
    alone = browser.evaluate("""(() => { const deg = {}; ngView.E.forEach(e => { if (!e.hidden) { deg[e.from] = 1; deg[e.to] = 1; } });
        return ngView.N.find(n => n.hidden && !n.art && !deg[n.id] && n.keys.length).lb[2]; })()""")
    _search(browser, alone.replace("\n", " "))
    assert browser.evaluate("ngView.counts.nodes") == first["shown"] + 1


def test_html_browser_edge_labels_on_hover_and_when_zoomed_in(browser, bundled_page):
    load(browser, bundled_page[1])
    assert drawn_labels(browser)["other"] == []
    edge = browser.evaluate("ngView.E.filter(e => !e.hidden).sort((a, b) => b.sp - a.sp)[0].id")
    point = _point_on(browser, "edge", edge)
    assert point
    _hover(browser, point)  # _point_on zoomed in on the edge: back out, still hovering it
    browser.evaluate("ngView.network.moveTo({scale: 0.4}) || true")
    etype = browser.evaluate(f"ngView.E.find(e => e.id === {edge}).etype")
    assert drawn_labels(browser)["other"] == [etype]
    browser.evaluate("""(() => { const hub = ngView.N.find(n => n.rk === 0), b = ngView.network.body.nodes[hub.id];
        ngView.network.moveTo({position: {x: b.x, y: b.y}, scale: 1.6}); return true; })()""")
    zoomed = drawn_labels(browser)["other"]
    assert len(zoomed) >= 2 and set(zoomed) <= {"RELEASED", "OUTPERFORMS", "CITES", "WORRIES", "PUBLISHED", "MENTIONS"}


def test_html_browser_timeline_filters_facts_and_nodes_by_date(browser, tmp_path):
    from newsgraph.schema import Edge, Evidence, Model, Organization

    kg = hostile_graph()
    kg.add_node(Organization(id="t-late", name="Late Lab"))
    kg.add_node(Model(id="t-late-m", name="Late Model"))
    kg.add_edge(Edge(source="t-late", target="t-late-m", type="RELEASED", evidence=[Evidence(
        article="t-a-xss", sentence="Late Lab released Late Model.", start=0, end=29, rule="r", confidence=0.9)]))
    g = kg.graph
    g.nodes["t-a-zh"]["published"], g.nodes["t-a-xss"]["published"] = "2025-03-01", "2025-05-20"
    g.edges["t-lab", "t-plan", "RELEASED"]["evidence"][0]["published"] = "2025-04-02"  # evidence dated by itself
    load(browser, html_export.write_html(kg, tmp_path / "dated.html"))
    shown = "ngView.E.filter(e => !ngView.network.body.edges[e.id].options.hidden).map(e => e.from + '>' + e.to).sort()"
    nodes = "ngView.N.filter(n => !ngView.network.body.nodes[n.id].options.hidden).map(n => n.id)"
    every = browser.evaluate(shown)
    assert {"t-late>t-late-m", "t-lab>t-plan", "t-lab>t-qwen"} <= set(every)
    assert browser.evaluate("document.getElementById('ng-range').textContent").startswith("2025-03-01 → 2025-05-20")
    slide = """(value) => { const s = document.getElementById('ng-to'); s.value = value;
        s.dispatchEvent(new Event('input')); return new Promise(r => requestAnimationFrame(() => setTimeout(() => r(true))));}"""
    call(browser, slide, 1)  # 2025-03-01 to 2025-04-02
    early = browser.evaluate(shown)
    assert "t-late>t-late-m" not in early and {"t-lab>t-plan", "t-lab>t-qwen"} <= set(early)
    assert "t-late" not in browser.evaluate(nodes)
    call(browser, slide, 0)  # 2025-03-01 only: the fact dated 2025-04-02 by its evidence goes
    assert "t-lab>t-plan" not in browser.evaluate(shown) and "t-lab>t-qwen" in browser.evaluate(shown)
    assert browser.evaluate("document.getElementById('ng-range').textContent").startswith("2025-03-01 → 2025-03-01")


# ---- 10,000 nodes: usable, and every control answers quickly ----------------------------------

STEP = """(async () => {
    const v = ngView, drawn = () => new Promise(r => v.network.once('afterDrawing', () => r(performance.now())));
    const t0 = performance.now();
    ACTION;
    const next = drawn();  // the drawing after the action (one it may have drawn itself does not count)
    v.network.redraw();
    return (await next) - t0;
})()"""
CONTROLS = {
    "bare redraw": "0",
    "search": "v.search('Entity 7' + (7 + RUN))",  # three searches (a node hidden as unconnected among them)
    "node type filter": "document.querySelector('#ng-node-types input[value=Model]').click()",
    "edge type filter": "document.querySelector('#ng-edge-types input[value=RELEASED]').click()",
    "articles checkbox": "document.querySelector('#ng-show input[value=articles]').click()",
    "date range": "v.setRange(0, Math.floor(v.meta.dates.length / 2))",
    "script switch": "v.setScript('en')",
    "colour switch": "v.setColorBy('type')",
}


def test_html_browser_ten_thousand_nodes_stay_usable(browser, tmp_path, record_property):
    from html_fixtures import synthetic_graph

    path = html_export.write_html(synthetic_graph(10_000), tmp_path / "10k.html", max_nodes=0)
    load(browser, path)
    assert browser.evaluate("[ngView.N.length, ngView.network.physics.options.enabled]") == [10_000, False]
    drawn = drawn_labels(browser)
    hubs = browser.evaluate("ngView.N.filter(n => !n.hidden).sort((a, b) => a.rk - b.rk).slice(0, 5).map(n => n.id)")
    assert set(hubs) <= set(drawn["nodes"]), "hubs without a label"
    timings = {}
    for name, action in CONTROLS.items():
        runs = sorted(browser.evaluate(STEP.replace("ACTION", action).replace("RUN", str(run)))
                      for run in range(3 if name in ("bare redraw", "search") else 1))
        timings[name] = round(runs[len(runs) // 2], 1)
    assert browser.evaluate("ngView.network.getSelectedNodes()") == ["e79"]
    record_property("html_10k_ms", json.dumps(timings))
    print("\n10,000-node page, ms from the action to the next drawing:", json.dumps(timings, ensure_ascii=False))
    if keep := os.environ.get("NEWSGRAPH_SCREENSHOTS"):
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / "html_10k_timings.json").write_text(json.dumps(timings, ensure_ascii=False, indent=1))
    # under 200 ms; on a machine so loaded that a bare redraw takes more than 50 ms, within 4 redraws
    budget = max(200.0, 4 * timings["bare redraw"])
    slow = {k: v for k, v in timings.items() if v > budget}
    assert slow == {}, f"slower than {budget:.0f} ms: {slow}"
