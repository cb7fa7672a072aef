// newsgraph view: legend and type filters, search by any alias in any script, physics toggle,
// details panel. Every string from the data reaches the DOM through textContent/value only.
(function () {
  "use strict";
  function read(id) { return JSON.parse(document.getElementById(id).textContent); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  var cfg = read("ng-options"), meta = cfg.meta;
  var nodes = new vis.DataSet(read("ng-nodes")), edges = new vis.DataSet(read("ng-edges"));
  var network = new vis.Network(document.getElementById("ng-graph"), { nodes: nodes, edges: edges }, cfg.vis);
  var view = window.ngView = { network: network, nodes: nodes, edges: edges, meta: meta, ready: false };
  var nodeOn = {}, edgeOn = {};

  function markReady() { network.once("afterDrawing", function () { view.ready = true; }); network.redraw(); }
  if (meta.physics) network.once("stabilizationIterationsDone", markReady); else markReady();

  function counts(items, field) {
    var out = {};
    items.forEach(function (item) { out[item[field]] = (out[item[field]] || 0) + 1; });
    return out;
  }
  function legend(boxId, present, style, on, swatch) {
    var box = document.getElementById(boxId);
    Object.keys(style).forEach(function (type) {
      if (!present[type]) return;
      on[type] = meta.hiddenEdgeTypes.indexOf(type) < 0 || boxId === "ng-node-types";
      var label = el("label"), input = el("input");
      input.type = "checkbox"; input.checked = on[type]; input.value = type;
      input.dataset.kind = boxId === "ng-node-types" ? "node" : "edge";
      input.addEventListener("change", function () { on[type] = input.checked; applyFilters(); });
      label.append(input, swatch(style[type]), el("span", type), el("span", present[type], "ng-count"));
      box.appendChild(label);
    });
  }
  legend("ng-node-types", counts(nodes.get(), "ntype"), meta.nodeStyle, nodeOn, function (s) {
    var sw = el("span", null, "ng-swatch " + s[1]); sw.style.background = s[0]; return sw;
  });
  legend("ng-edge-types", counts(edges.get(), "etype"), meta.edgeColour, edgeOn, function (c) {
    var sw = el("span", null, "ng-line"); sw.style.borderColor = c; return sw;
  });

  function applyFilters() {
    var nodeChanges = [], edgeChanges = [];
    nodes.forEach(function (n) {
      var hidden = !nodeOn[n.ntype];
      if (!!n.hidden !== hidden) nodeChanges.push({ id: n.id, hidden: hidden });
    });
    nodes.update(nodeChanges);
    edges.forEach(function (e) {
      var hidden = !edgeOn[e.etype] || !!nodes.get(e.from).hidden || !!nodes.get(e.to).hidden;
      if (!!e.hidden !== hidden) edgeChanges.push({ id: e.id, hidden: hidden });
    });
    edges.update(edgeChanges);
  }
  view.applyFilters = applyFilters;
  applyFilters();

  // Search: fold the query as name_key() folds names (NFKC, Traditional→Simplified, case, no punctuation).
  function fold(text) {
    var out = "";
    for (var ch of String(text).normalize("NFKC")) out += meta.t2s[ch] || ch;
    return out.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  }
  function find(query) {
    var q = fold(query), best = null, bestRank = 9;
    if (!q) return null;
    nodes.forEach(function (n) {
      var rank = 9;
      n.keys.forEach(function (k) { rank = Math.min(rank, k === q ? 0 : k.startsWith(q) ? 1 : k.indexOf(q) >= 0 ? 2 : 9); });
      if (rank < bestRank || (rank === bestRank && rank < 9 && n.size > best.size)) { best = n; bestRank = rank; }
    });
    return best;
  }
  function focusNode(id) {
    var n = nodes.get(id);
    if (!nodeOn[n.ntype]) {
      nodeOn[n.ntype] = true;
      document.querySelector('#ng-node-types input[value="' + CSS.escape(n.ntype) + '"]').checked = true;
      applyFilters();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 300 } });
    showNode(id);
  }
  view.search = function (query) {
    var n = find(query), found = document.getElementById("ng-found");
    found.textContent = n ? "→ " + n.label + " (" + n.ntype + ")" : "no match";
    if (n) focusNode(n.id);
    return n ? n.id : null;
  };
  document.getElementById("ng-search").addEventListener("submit", function (ev) {
    ev.preventDefault(); view.search(document.getElementById("ng-query").value);
  });
  var names = document.getElementById("ng-names");
  nodes.get().slice(0, 5000).forEach(function (n) { var o = el("option"); o.value = n.label; names.appendChild(o); });

  var physics = document.getElementById("ng-physics");
  physics.checked = !!meta.physics;
  if (!meta.physics) document.getElementById("ng-physics-note").textContent =
    "off above " + meta.physicsMaxNodes + " nodes: the layout is precomputed";
  physics.addEventListener("change", function () { network.setOptions({ physics: { enabled: physics.checked } }); });

  // Details: the tooltip text, then every article as a link (only http(s) URLs become links).
  function showDetails(text, articleIds) {
    var box = document.getElementById("ng-details"), list = el("ul");
    box.replaceChildren(el("div", text));
    articleIds.forEach(function (a) {
      var info = meta.articles[a] || { title: a }, li = el("li"), link = el("a", info.title);
      if (info.url && /^https?:\/\//i.test(info.url)) { link.href = info.url; link.target = "_blank"; link.rel = "noopener noreferrer"; }
      li.appendChild(link); list.appendChild(li);
    });
    if (articleIds.length) box.append(el("strong", "Articles"), list);
  }
  function showNode(id) { var n = nodes.get(id); showDetails(n.title, n.arts); }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) { var e = edges.get(p.edges[0]); showDetails(e.title, e.arts); }
  });

  var om = meta.omitted;
  if (om && om.nodes) {
    var parts = Object.keys(om.node_types).map(function (t) { return om.node_types[t] + " " + t; });
    document.getElementById("ng-omitted-text").textContent = "Only the " + nodes.length + " best-connected of " +
      (nodes.length + om.nodes) + " nodes are shown. Left out: " + om.nodes + " nodes (" + parts.join(", ") +
      "; none with more than " + om.max_degree + " edge(s), e.g. " + om.examples.join(", ") + ") and " + om.edges +
      " edges. Use --focus, --node-types or --max-nodes to see them.";
    document.getElementById("ng-omitted").hidden = false;
  }
})();
