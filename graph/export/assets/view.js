// newsgraph view: labels drawn without overlap (most important first), colour by community or type,
// labels in 繁體/简体/English, filters (types, articles, unconnected nodes, dates), search by any alias
// in any script, community reports and evidence in the details panel.
// Every string from the data reaches the DOM through textContent/value, or the canvas through fillText.
(function () {
  "use strict";
  function read(id) { return JSON.parse(document.getElementById(id).textContent); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function $(id) { return document.getElementById(id); }
  var cfg = read("ng-options"), meta = cfg.meta;
  var N = read("ng-nodes"), E = read("ng-edges"), dates = meta.dates, reports = meta.communities;
  var FONT = cfg.vis.nodes.font.face, EDGE_LABEL_SCALE = 0.9, CELL = 64, HUBS = 30, LABELS = 80, openScale = 0;
  var index = new Map();
  N.forEach(function (n, i) { index.set(n.id, i); n.hidden = false; });
  var edgeAt = new Map();
  E.forEach(function (e, i) { e.f = index.get(e.from); e.t = index.get(e.to); e.hidden = false; edgeAt.set(e.id, i); });
  var order = N.map(function (_, i) { return i; }).sort(function (a, b) { return N[a].rk - N[b].rk; });
  var state = { script: meta.script, colorBy: meta.colorBy, articles: false, isolated: false,
                from: 0, to: Math.max(0, dates.length - 1), physics: false };
  var nodeOn = {}, edgeOn = {}, forced = new Set(), counts = { nodes: 0, edges: 0, isolated: 0 };
  N.forEach(function (n) { nodeOn[n.ntype] = true; });
  E.forEach(function (e) { edgeOn[e.etype] = meta.hiddenEdgeTypes.indexOf(e.etype) < 0; });

  // ---- which nodes and edges are shown -------------------------------------------------------
  function inRange(d) {
    if (!d || !d.length || (state.from === 0 && state.to === dates.length - 1)) return true;
    var lo = 0, hi = d.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (d[mid] < state.from) lo = mid + 1; else hi = mid; }
    return lo < d.length && d[lo] <= state.to;
  }
  function computeVisibility() {
    var base = new Uint8Array(N.length), degree = new Uint32Array(N.length), i;
    for (i = 0; i < N.length; i++) {
      var n = N[i];
      base[i] = nodeOn[n.ntype] && (!n.art || state.articles) && inRange(n.d) ? 1 : 0;
    }
    counts.edges = 0;
    for (i = 0; i < E.length; i++) {
      var e = E[i], on = edgeOn[e.etype] && base[e.f] && base[e.t] && inRange(e.d);
      e.on = !!on;
      if (on) { degree[e.f]++; degree[e.t]++; counts.edges++; }
    }
    counts.nodes = counts.isolated = 0;
    for (i = 0; i < N.length; i++) {
      var alone = base[i] && degree[i] === 0 && !N[i].art;
      if (alone) counts.isolated++;
      N[i].on = !!base[i] && (state.isolated || !alone || forced.has(N[i].id));
      if (N[i].on) counts.nodes++;
    }
  }
  function colourOf(n) {
    if (state.colorBy === "community") return n.cm >= 0 && reports[n.cm] ? reports[n.cm].colour : meta.otherColour;
    return (meta.nodeStyle[n.ntype] || ["#999999"])[0];
  }
  computeVisibility();
  N.forEach(function (n) { n.hidden = !n.on; n.color = colourOf(n); });
  E.forEach(function (e) { e.hidden = !e.on; });

  var container = $("ng-graph");
  var nodes = new vis.DataSet(N.map(function (n) {
    return { id: n.id, x: n.x, y: n.y, shape: n.shape, size: n.size, color: n.color, title: n.title,
             hidden: n.hidden, physics: false };
  }));
  var edges = new vis.DataSet(E.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, color: e.color, width: e.width, title: e.title,
             hidden: e.hidden, physics: false };
  }));
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, cfg.vis);
  var view = window.ngView = { network: network, nodes: nodes, edges: edges, meta: meta, N: N, E: E, state: state,
                               counts: counts, ready: false, drawn: [] };

  // Showing and hiding thousands of items through the DataSets (a full setOptions each, then vis-network's
  // whole "_dataChanged" round) takes seconds at 10,000 nodes. vis-network draws the items listed by
  // _updateVisibleIndices(), which reads each item's options.hidden: the flags are set there directly and
  // that list is rebuilt. Colour and physics changes, fewer, go through the DataSets.
  var direct = !!(network.body && network.body.nodes && typeof network._updateVisibleIndices === "function");
  function requestRedraw() {
    if (network.body && network.body.emitter) network.body.emitter.emit("_requestRedraw"); else network.redraw();
  }
  function applyFilters() {
    computeVisibility();
    var flips = [], edgeFlips = [], updates = [], edgeUpdates = [];
    N.forEach(function (n) {
      if (n.hidden !== !n.on) {
        n.hidden = !n.on;
        flips.push(n);
        var change = { id: n.id }, needed = false;
        if (state.physics) { change.physics = !n.hidden; needed = true; }
        if (needed || !direct) { change.hidden = n.hidden; updates.push(change); }
      }
    });
    E.forEach(function (e) {
      if (e.hidden !== !e.on) {
        e.hidden = !e.on;
        edgeFlips.push(e);
        if (state.physics || !direct) edgeUpdates.push({ id: e.id, hidden: e.hidden, physics: state.physics && !e.hidden });
      }
    });
    if (direct && (flips.length || edgeFlips.length)) {
      var body = network.body;
      flips.forEach(function (n) { if (body.nodes[n.id]) body.nodes[n.id].options.hidden = n.hidden; });
      edgeFlips.forEach(function (e) { if (body.edges[e.id]) body.edges[e.id].options.hidden = e.hidden; });
      network._updateVisibleIndices();
    }
    if (updates.length) nodes.update(updates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    showCounts();
    requestRedraw();
  }
  view.applyFilters = applyFilters;

  // ---- labels: drawn by the page, most important first, none overlapping another ----------------
  var widths = new Map(), measure = document.createElement("canvas").getContext("2d");
  function textWidth(line) {  // at 1 px
    var w = widths.get(line);
    if (w === undefined) { measure.font = "100px " + FONT; w = measure.measureText(line).width / 100; widths.set(line, w); }
    return w;
  }
  function scriptIndex() { return Math.max(0, meta.scripts.indexOf(state.script)); }
  function labelOf(n) { return n.lb[scriptIndex()]; }
  var hoverNode = null, hoverEdge = null;
  network.on("hoverNode", function (p) { hoverNode = p.node; });
  network.on("blurNode", function () { hoverNode = null; });
  network.on("hoverEdge", function (p) { hoverEdge = p.edge; requestRedraw(); });
  network.on("blurEdge", function () { hoverEdge = null; requestRedraw(); });

  function drawLabels(ctx) {
    var started = performance.now(), v = network.body.view, s = v.scale, tx = v.translation.x, ty = v.translation.y;
    var W = container.clientWidth, H = container.clientHeight, body = network.body.nodes;
    var grid = new Map(), placed = [], si = scriptIndex();
    function cells(b, visit) {
      for (var cx = Math.floor(b[0] / CELL); cx <= Math.floor(b[2] / CELL); cx++)
        for (var cy = Math.floor(b[1] / CELL); cy <= Math.floor(b[3] / CELL); cy++)
          if (visit(cx + ":" + cy) === false) return false;
      return true;
    }
    function free(b, where) {
      return cells(b, function (key) {
        var list = (where || grid).get(key);
        if (list) for (var k = 0; k < list.length; k++) {
          var o = list[k];
          if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return false;
        }
      });
    }
    function take(b, where) {
      where = where || grid;
      cells(b, function (key) { var l = where.get(key); if (l) l.push(b); else where.set(key, [b]); });
    }
    var discs = new Map(), hubDiscs = new Map();  // node shapes: no label covers a hub, only hubs' labels cover others
    function screen(id) { var b = body[id]; return b ? [b.x * s + tx, b.y * s + ty] : null; }
    // node shapes that are large on screen are obstacles too
    for (var o = 0; o < order.length; o++) {
      var on = N[order[o]], r0 = on.size * s;
      if (on.hidden || r0 < 5) continue;
      var p0 = screen(on.id);
      if (p0 && p0[0] > -r0 && p0[1] > -r0 && p0[0] < W + r0 && p0[1] < H + r0)
        take([p0[0] - r0, p0[1] - r0, p0[0] + r0, p0[1] + r0], on.rk < HUBS ? hubDiscs : discs);
    }
    function tryNode(i, must) {
      var n = N[i];
      if (n.hidden) return;
      var p = screen(n.id);
      if (!p || p[0] < -200 || p[1] < -200 || p[0] > W + 200 || p[1] > H + 200) return;
      var lines = n.lb[si].split("\n"), px = must ? Math.max(n.lp, 14) : n.lp, w = 0;
      for (var k = 0; k < lines.length; k++) w = Math.max(w, textWidth(lines[k]) * px);
      w += 6;
      var h = lines.length * Math.round(px * 1.2) + 2, r = n.size * s;
      var d = r * 0.75, spots = [[p[0] - w / 2, p[1] + r + 2], [p[0] - w / 2, p[1] - r - 2 - h], [p[0] + r + 3, p[1] - h / 2],
        [p[0] - r - 3 - w, p[1] - h / 2], [p[0] + d, p[1] + d], [p[0] - d - w, p[1] + d], [p[0] + d, p[1] - d - h], [p[0] - d - w, p[1] - d - h]];
      if (n.rk < HUBS) spots.push([p[0] - w / 2, p[1] + r + 2 + h], [p[0] - w / 2, p[1] - r - 2 - 2 * h],
                                  [p[0] + r + 3, p[1] + h / 2], [p[0] - r - 3 - w, p[1] + h / 2]);
      // a hub's label may, as a last resort, cover other nodes: never another label
      for (var pass = 0; pass < (n.rk < HUBS ? 2 : 1); pass++) {
        for (var c = 0; c < spots.length; c++) {
          var b = [spots[c][0], spots[c][1], spots[c][0] + w, spots[c][1] + h];
          var inside = b[0] >= 1 && b[1] >= 1 && b[2] <= W - 1 && b[3] <= H - 1;
          if (inside && (must || (free(b) && (pass === 1 || (free(b, hubDiscs) && (n.rk < HUBS || free(b, discs))))))) {
            take(b);
            placed.push({ id: n.id, lines: lines, px: px, box: b, colour: "#1b1b1b", bold: n.lp >= 16 });
            return;
          }
        }
      }
    }
    var first = network.getSelectedNodes();
    if (hoverNode !== null && first.indexOf(hoverNode) < 0) first.push(hoverNode);
    first.forEach(function (id) { if (index.has(id)) tryNode(index.get(id), true); });
    var done = new Set(first);
    // at the opening zoom at most LABELS labels (the most important that fit); zooming in makes room for more
    var budget = openScale ? LABELS * Math.pow(Math.max(1, s / openScale), 2) : Infinity;
    for (var j = 0; j < order.length && placed.length < budget; j++) if (!done.has(N[order[j]].id)) tryNode(order[j], false);
    function tryEdge(e, must) {
      if (e.hidden) return;
      var a = screen(e.from), b2 = screen(e.to);
      if (!a || !b2) return;
      var mx = (a[0] + b2[0]) / 2, my = (a[1] + b2[1]) / 2, px = 11, w = textWidth(e.etype) * px + 6, h = 15;
      if (mx < 0 || my < 0 || mx > W || my > H) return;
      var b = [mx - w / 2, my - h / 2, mx + w / 2, my + h / 2];
      if (must || (free(b) && free(b, discs) && free(b, hubDiscs))) {
        take(b);
        placed.push({ edge: e.id, lines: [e.etype], px: px, box: b, colour: e.color, bold: false });
      }
    }
    var edgeIndex = hoverEdge !== null && edgeAt.has(hoverEdge) ? edgeAt.get(hoverEdge) : -1;
    if (edgeIndex >= 0) tryEdge(E[edgeIndex], true);
    network.getSelectedEdges().forEach(function (id) { if (edgeAt.has(id) && edgeAt.get(id) !== edgeIndex) tryEdge(E[edgeAt.get(id)], true); });
    if (s >= EDGE_LABEL_SCALE) for (var q = 0; q < E.length; q++) if (q !== edgeIndex) tryEdge(E[q], false);

    var ratio = network.canvas.pixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textBaseline = "top";
    ctx.textAlign = "left";
    ctx.lineJoin = "round";
    placed.forEach(function (l) {
      ctx.font = (l.bold ? "bold " : "") + l.px + "px " + FONT;
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.fillStyle = l.colour;
      var step = Math.round(l.px * 1.2);
      l.lines.forEach(function (line, k) {
        var lw = textWidth(line) * l.px, x = (l.box[0] + l.box[2]) / 2 - lw / 2, y = l.box[1] + 1 + k * step;
        ctx.strokeText(line, x, y);
        ctx.fillText(line, x, y);
      });
    });
    ctx.restore();
    view.drawn = placed;
    view.labelMs = performance.now() - started;
  }
  network.on("afterDrawing", drawLabels);

  // ---- the opening view: every shown node, with room for labels round the edge -------------------
  function fit(animate, ids) {
    var body = network.body.nodes, x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    (ids || N.filter(function (n) { return !n.hidden; }).map(function (n) { return n.id; })).forEach(function (id) {
      var b = body[id], r = N[index.get(id)].size;
      if (!b) return;
      x0 = Math.min(x0, b.x - r); x1 = Math.max(x1, b.x + r); y0 = Math.min(y0, b.y - r); y1 = Math.max(y1, b.y + r);
    });
    if (x0 === Infinity) return;
    var W = container.clientWidth, H = container.clientHeight, side = Math.min(110, W / 6), top = 36, bottom = 60;
    var scale = Math.min((W - 2 * side) / Math.max(x1 - x0, 1), (H - top - bottom) / Math.max(y1 - y0, 1));
    scale = Math.max(0.01, Math.min(scale, 1.5));
    var centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 + (bottom - top) / 2 / scale };
    network.moveTo({ position: centre, scale: scale, animation: animate ? { duration: 300, easingFunction: "easeInOutQuad" } : false });
  }
  view.fit = fit;
  fit(false);
  openScale = network.getScale();
  network.once("afterDrawing", function () { view.ready = true; });
  network.redraw();
  $("ng-fit").addEventListener("click", function () { fit(true); });

  // ---- side panel: show, timeline, types, communities ---------------------------------------------
  function countBy(items, field) {
    var out = {};
    items.forEach(function (item) { out[item[field]] = (out[item[field]] || 0) + 1; });
    return out;
  }
  function checkbox(box, value, kind, checked, onChange, parts) {
    var label = el("label"), input = el("input");
    input.type = "checkbox"; input.checked = checked; input.value = value; input.dataset.kind = kind;
    input.addEventListener("change", function () { onChange(input.checked); });
    label.append.apply(label, [input].concat(parts));
    box.appendChild(label);
    return input;
  }
  var articleCount = N.filter(function (n) { return n.art; }).length;
  var articlesBox = checkbox($("ng-show"), "articles", "show", false, function (on) { state.articles = on; applyFilters(); },
                             [el("span", "articles"), el("span", articleCount, "ng-count")]);
  var isolatedCount = el("span", "", "ng-count");
  var isolatedBox = checkbox($("ng-show"), "isolated", "show", false, function (on) { state.isolated = on; applyFilters(); },
                             [el("span", "unconnected nodes"), isolatedCount]);

  var nodeSwatches = [];
  var present = countBy(N, "ntype");
  Object.keys(meta.nodeStyle).forEach(function (type) {
    if (!present[type]) return;
    var sw = el("span", null, "ng-swatch " + meta.nodeStyle[type][1]);
    nodeSwatches.push([sw, type]);
    checkbox($("ng-node-types"), type, "node", true, function (on) { nodeOn[type] = on; applyFilters(); },
             [sw, el("span", type), el("span", present[type], "ng-count")]);
  });
  var edgePresent = countBy(E, "etype"), fromArticles = {};
  E.forEach(function (e) { if (!N[e.f].art && !N[e.t].art) fromArticles[e.etype] = false; else if (fromArticles[e.etype] === undefined) fromArticles[e.etype] = true; });
  Object.keys(meta.edgeColour).forEach(function (type) {
    if (!edgePresent[type]) return;
    var sw = el("span", null, "ng-line"); sw.style.borderColor = meta.edgeColour[type];
    var parts = [sw, el("span", type), el("span", edgePresent[type], "ng-count")];
    if (fromArticles[type]) parts.push(el("span", "with articles", "ng-note"));
    checkbox($("ng-edge-types"), type, "edge", edgeOn[type], function (on) {
      edgeOn[type] = on;
      if (on && fromArticles[type] && !state.articles) { state.articles = true; articlesBox.checked = true; }
      applyFilters();
    }, parts);
  });
  function paintSwatches() {
    nodeSwatches.forEach(function (pair) {
      pair[0].style.background = state.colorBy === "type" ? meta.nodeStyle[pair[1]][0] : "#8a8a8a";
    });
  }
  function showCounts() {
    isolatedCount.textContent = counts.isolated;
    $("ng-status").textContent = "showing " + counts.nodes + " of " + N.length + " nodes, " + counts.edges + " of " + E.length + " edges";
  }

  // communities: the legend lists each by its top entities; a click shows its report
  function communityName(c) {
    return reports[c].top.slice(0, 3).map(function (id) { return index.has(id) ? labelOf(N[index.get(id)]).split("\n").join(" ") : id; }).join(" · ");
  }
  var LEGEND_MAX = 40;
  function fillCommunities() {
    var box = $("ng-communities");
    box.replaceChildren();
    reports.slice(0, LEGEND_MAX).forEach(function (r) {
      var row = el("button", null, "ng-community"), sw = el("span", null, "ng-swatch dot");
      sw.style.background = r.colour;
      row.type = "button"; row.dataset.community = r.id;
      row.append(sw, el("span", communityName(r.id)), el("span", r.size, "ng-count"));
      row.addEventListener("click", function () { showCommunity(r.id, true); });
      box.appendChild(row);
    });
    if (reports.length > LEGEND_MAX) box.appendChild(el("p", "… and " + (reports.length - LEGEND_MAX) + " smaller communities", "ng-hint"));
    if (!reports.length) box.appendChild(el("p", "none: no facts between the nodes shown", "ng-hint"));
  }

  // timeline: a date range filters facts and nodes by when they were reported
  if (dates.length > 1) {
    var from = $("ng-from"), to = $("ng-to"), pending = false;
    [from, to].forEach(function (input) { input.min = 0; input.max = dates.length - 1; input.step = 1; });
    from.value = 0; to.value = dates.length - 1;
    var showRange = function () {
      $("ng-range").textContent = dates[state.from] + " → " + dates[state.to] + "  (" + (state.to - state.from + 1) + " of " + dates.length + " dates)";
    };
    var onSlide = function (ev) {
      var a = Number(from.value), b = Number(to.value);
      if (a > b) { if (ev && ev.target === from) { b = a; to.value = b; } else { a = b; from.value = a; } }
      state.from = a; state.to = b;
      showRange();
      if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; applyFilters(); }); }
    };
    from.addEventListener("input", onSlide); to.addEventListener("input", onSlide);
    view.setRange = function (a, b) { from.value = a; to.value = b; state.from = a; state.to = b; showRange(); applyFilters(); };
    showRange();
    $("ng-timeline").hidden = false;
  }

  // ---- colour, script and physics switches --------------------------------------------------------
  var colorSelect = $("ng-color");
  colorSelect.value = state.colorBy;
  // A colour set the way vis-network parses a colour string, written into each node's parsed options in
  // place: a DataSet update per node (a full setOptions each) would take seconds at 10,000 nodes.
  function shade(hex, s, v) {
    var r = parseInt(hex.slice(1, 3), 16) / 255, g = parseInt(hex.slice(3, 5), 16) / 255, b = parseInt(hex.slice(5, 7), 16) / 255;
    var max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min, h = 0;
    if (d) h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    var sat = Math.min(1, (max ? d / max : 0) * s), val = Math.min(1, max * v), c = val * sat, x = c * (1 - Math.abs(h % 2 - 1)), m = val - c;
    var rgb = [[c, x, 0], [x, c, 0], [0, c, x], [0, x, c], [x, 0, c], [c, 0, x]][Math.floor(h) % 6];
    return "#" + rgb.map(function (k) { return ("0" + Math.round((k + m) * 255).toString(16)).slice(-2); }).join("");
  }
  var colourSets = {};
  function colourSet(hex) {
    if (!colourSets[hex]) {
      var lighter = shade(hex, 0.8, 1.02), darker = shade(hex, 1.25, 0.8);
      colourSets[hex] = { background: hex, border: darker, highlight: { background: lighter, border: darker },
                          hover: { background: lighter, border: darker } };
    }
    return colourSets[hex];
  }
  function setColorBy(mode) {
    state.colorBy = mode; colorSelect.value = mode;
    var body = network.body.nodes, changes = [];
    N.forEach(function (n) {
      var colour = colourOf(n), item = body[n.id];
      if (colour === n.color) return;
      n.color = colour;
      if (item && item.options && typeof item.options.color === "object") {
        var set = colourSet(colour);
        item.options.color.background = set.background; item.options.color.border = set.border;
        item.options.color.highlight = { background: set.highlight.background, border: set.highlight.border };
        item.options.color.hover = { background: set.hover.background, border: set.hover.border };
      } else changes.push({ id: n.id, color: colour });
    });
    if (changes.length) nodes.update(changes);
    paintSwatches();
    requestRedraw();
  }
  colorSelect.addEventListener("change", function () { setColorBy(colorSelect.value); });
  view.setColorBy = setColorBy;

  var names = $("ng-names"), scriptSelect = $("ng-script"), again = null;
  function fillNames() {
    var options = order.slice(0, 1000).map(function (i) { var o = el("option"); o.value = labelOf(N[i]).split("\n").join(" "); return o; });
    names.replaceChildren.apply(names, options);
  }
  function setScript(script) {
    state.script = script; scriptSelect.value = script;
    document.documentElement.lang = { hant: "zh-Hant", hans: "zh-Hans", en: "en" }[script] || "zh";
    fillNames(); fillCommunities();
    if (again) again();
    requestRedraw();
  }
  scriptSelect.addEventListener("change", function () { setScript(scriptSelect.value); });
  view.setScript = setScript;

  var physics = $("ng-physics");
  physics.addEventListener("change", function () {
    state.physics = physics.checked;
    if (state.physics) {
      nodes.update(N.map(function (n) { return { id: n.id, physics: !n.hidden }; }));
      edges.update(E.map(function (e) { return { id: e.id, physics: !e.hidden }; }));
    }
    network.setOptions({ physics: { enabled: state.physics } });
  });

  // ---- search: fold the query as name_key() folds names (NFKC, Traditional→Simplified, case, no punctuation)
  function fold(text) {
    var out = "";
    for (var ch of String(text).normalize("NFKC")) out += meta.t2s[ch] || ch;
    return out.toLowerCase().replace(/[^\p{L}\p{N}+]/gu, "");
  }
  function find(query) {
    var q = fold(query), best = null, bestRank = 9;
    if (!q) return null;
    for (var j = 0; j < order.length; j++) {  // most important first: the first best match wins a tie
      var n = N[order[j]], rank = 9;
      for (var k = 0; k < n.keys.length; k++) {
        var key = n.keys[k];
        rank = Math.min(rank, key === q ? 0 : key.startsWith(q) ? 1 : key.indexOf(q) >= 0 ? 2 : 9);
      }
      if (rank < bestRank) { best = n; bestRank = rank; if (rank === 0) break; }
    }
    return best;
  }
  function reveal(n) {
    var changed = false;
    if (!nodeOn[n.ntype]) {
      nodeOn[n.ntype] = true; changed = true;
      document.querySelector('#ng-node-types input[value="' + CSS.escape(n.ntype) + '"]').checked = true;
    }
    if (n.art && !state.articles) { state.articles = true; articlesBox.checked = true; changed = true; }
    if (!inRange(n.d) && view.setRange) { view.setRange(0, dates.length - 1); changed = true; }
    if (!n.on) { forced.add(n.id); changed = true; }
    if (changed) applyFilters();
  }
  function focusNode(id) {
    var n = N[index.get(id)];
    reveal(n);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(1.2, network.getScale()), animation: { duration: 300 } });
    showNode(id);
  }
  view.search = function (query) {
    var n = find(query), found = $("ng-found");
    found.textContent = n ? "→ " + labelOf(n).split("\n").join(" ") + " (" + n.ntype + ")" : "no match";
    if (n) focusNode(n.id);
    return n ? n.id : null;
  };
  $("ng-search").addEventListener("submit", function (ev) { ev.preventDefault(); view.search($("ng-query").value); });

  // ---- details: a node's or edge's evidence and articles, a community's report --------------------
  function articleLink(a) {
    var info = meta.articles[a] || { title: a }, link = el("a", info.title);
    if (info.url && /^https?:\/\//i.test(info.url)) { link.href = info.url; link.target = "_blank"; link.rel = "noopener noreferrer"; }
    return link;
  }
  function showDetails(text, articleIds, extra) {
    var box = $("ng-details"), list = el("ul");
    box.replaceChildren(el("div", text));
    if (extra) box.appendChild(extra);
    articleIds.forEach(function (a) { var li = el("li"); li.appendChild(articleLink(a)); list.appendChild(li); });
    if (articleIds.length) box.append(el("strong", "Articles"), list);
  }
  function communityButton(c) {
    var b = el("button", "Community: " + communityName(c), "ng-link");
    b.type = "button";
    b.addEventListener("click", function () { showCommunity(c, true); });
    return b;
  }
  function showNode(id) {
    var n = N[index.get(id)];
    again = function () { showNode(id); };
    showDetails(n.title, n.arts, n.cm >= 0 && reports[n.cm] ? communityButton(n.cm) : null);
  }
  function showEdge(id) {
    var e = E[edgeAt.get(id)];
    again = null;
    showDetails(e.title, e.arts, null);
  }
  function showCommunity(c, zoom) {
    var r = reports[c], box = $("ng-details"), top = el("ol"), facts = el("ol");
    again = function () { showCommunity(c, false); };
    var heading = el("strong", "Community " + (c + 1) + ": " + communityName(c));
    var sw = el("span", null, "ng-swatch dot"); sw.style.background = r.colour;
    r.top.forEach(function (id) {
      var n = N[index.get(id)];
      top.appendChild(el("li", labelOf(n).split("\n").join(" ") + " (" + n.ntype + ")"));
    });
    r.facts.forEach(function (f) {
      var u = N[index.get(f[0][0])], v = N[index.get(f[0][1])], e = E.find(function (x) { return x.from === u.id && x.to === v.id && x.etype === f[0][2]; });
      var li = el("li", labelOf(u).split("\n").join(" ") + " —" + f[0][2] + "→ " + labelOf(v).split("\n").join(" ") + (e ? " · support " + e.sp : ""));
      var quotes = el("ul");
      f[1].forEach(function (ev) {
        var q = el("li", "“" + ev[0] + "” — ");
        q.appendChild(articleLink(ev[1]));
        quotes.appendChild(q);
      });
      li.appendChild(quotes);
      facts.appendChild(li);
    });
    box.replaceChildren(sw, heading, el("p", r.size + " entities, " + r.facts_inside + " facts between them", "ng-hint"),
                        el("strong", "Top entities"), top, el("strong", "Strongest facts"), facts);
    if (zoom) {
      var members = N.filter(function (n) { return n.cm === c && !n.hidden; }).map(function (n) { return n.id; });
      if (members.length) fit(true, members);
    }
  }
  view.showCommunity = showCommunity;
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  var om = meta.omitted;
  if (om && om.nodes) {
    var parts = Object.keys(om.node_types).map(function (t) { return om.node_types[t] + " " + t; });
    $("ng-omitted-text").textContent = "Only the " + N.length + " nodes with the most support in the facts shown, of " +
      (N.length + om.nodes) + ", are here. Left out: " + om.nodes + " nodes (" + parts.join(", ") +
      "; none in facts with a total support above " + om.max_weight + ", e.g. " + om.examples.join(", ") + ") and " + om.edges +
      " edges. Use --focus, --node-types or --max-nodes to see them.";
    $("ng-omitted").hidden = false;
  }
  paintSwatches();
  setScript(state.script);
  showCounts();
  find("\u0000warm-up");  // compiles the folding (Unicode classes, the script map) before the first real search
})();
