/* kg viz: the interactive page around vis-network.
 * Reads the graph from <script type="application/json" id="kg-data"> and builds every piece of
 * text with textContent (never innerHTML): labels, aliases and evidence are data, not markup.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var META_N = DATA.nodes;
  var META_E = DATA.edges;
  var TERMS = DATA.terms;

  var I18N = {
    zh: {
      search: "搜索实体(中文或拉丁名、别名)", types: "类型", relations: "关系", confidence: "最低置信度",
      neighbourhood: "邻域", dblclick: "双击节点:只看它和周围 N 跳", depth: "跳数", clear: "取消",
      timeline: "时间轴", from: "从", to: "到", allTime: "全部时间", fit: "适应窗口", reset: "重置",
      sizeBy: "大小", degree: "度数", labels: "名称", aliases: "别名", type: "类型", wikidata: "Wikidata",
      iri: "IRI", evidence: "证据", noEvidence: "没有证据句", document: "文档", rule: "规则", time: "时间",
      role: "角色", conf: "置信度", events: "事件", participants: "参与者", attributes: "属性",
      relationsOf: "关系", noMatch: "无结果", matches: "个结果", shown: function (a, b, c, d) {
        return "显示 " + a + " / " + b + " 个节点 · " + c + " / " + d + " 条边";
      }, empty: "这个图里没有可显示的节点", focusOn: "邻域:", hops: "跳", hiddenNow: "(当前被筛选隐藏)",
      foundingDate: "创立日期", birthDate: "出生日期", deathDate: "逝世日期", trigger: "触发词"
    },
    en: {
      search: "Search entities (Chinese or Latin names, aliases)", types: "Types", relations: "Relations",
      confidence: "Minimum confidence", neighbourhood: "Neighbourhood", dblclick: "Double-click a node: show it and N hops around",
      depth: "Hops", clear: "Clear", timeline: "Timeline", from: "From", to: "To", allTime: "All time", fit: "Fit",
      reset: "Reset", sizeBy: "Size", degree: "Degree", labels: "Labels", aliases: "Aliases", type: "Type",
      wikidata: "Wikidata", iri: "IRI", evidence: "Evidence", noEvidence: "No evidence sentence", document: "Document",
      rule: "Rule", time: "Time", role: "Role", conf: "Confidence", events: "Events", participants: "Participants",
      attributes: "Attributes", relationsOf: "Relations", noMatch: "no match", matches: "matches", shown: function (a, b, c, d) {
        return a + " of " + b + " nodes · " + c + " of " + d + " edges";
      }, empty: "No nodes to show in this graph", focusOn: "Around:", hops: "hops", hiddenNow: "(hidden by the filters)",
      foundingDate: "Founding date", birthDate: "Birth date", deathDate: "Date of death", trigger: "Trigger"
    }
  };

  var state = {
    lang: DATA.lang === "en" ? "en" : "zh",
    sizeBy: "degree",
    types: new Set(DATA.types.map(function (t) { return t.name; })),
    relations: new Set(DATA.relations.map(function (r) { return r.name; })),
    minConf: 0,
    period: null,
    focus: null,
    depth: Math.max(1, DATA.depth || 1),
    panel: null
  };

  // ---------------------------------------------------------------------------------------------
  // small helpers

  function $(id) { return document.getElementById(id); }
  function t(key) { return I18N[state.lang][key]; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function term(name) {
    var x = TERMS[name];
    return x ? (x[state.lang] || x.en || name) : name;
  }
  function norm(s) { return String(s || "").normalize("NFKC").toLowerCase().trim(); }
  function fmtConf(c) { return c === null || c === undefined ? "—" : Number(c).toFixed(2); }
  function confOf(c) { return c === null || c === undefined ? 1 : c; }
  function typeColor(name) {
    for (var i = 0; i < DATA.types.length; i++) if (DATA.types[i].name === name) return DATA.types[i];
    return { color: "#999", shape: "dot" };
  }
  function nodeLabel(id) {
    var m = META_N[id];
    if (m.kind === "event") return term(m.subtype);
    if (m.kind === "time") return m.zh || m.en;
    return (state.lang === "zh" ? (m.zh || m.en) : (m.en || m.zh)) || m.key;
  }
  function fullLabel(id) {
    var m = META_N[id];
    if (m.kind === "entity" || m.kind === "time") return nodeLabel(id);
    var label = (state.lang === "zh" ? (m.zh || m.en) : (m.en || m.zh)) || term(m.subtype);
    // event labels start with the class name ("Founding: A、B"): show it in the page's language
    return label.indexOf(m.subtype + ": ") === 0 ? term(m.subtype) + ": " + label.slice(m.subtype.length + 2) : label;
  }
  function nodeTitle(id) {
    var m = META_N[id];
    return fullLabel(id) + "\n" + term(m.kind === "event" ? m.subtype : m.type);
  }
  function edgeLabel(id) { return term(META_E[id].predicate); }

  var SVGNS = "http://www.w3.org/2000/svg";
  function swatch(type) {
    var style = typeColor(type);
    var svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("class", "swatch");
    var shape;
    var pts = {
      triangle: "8,1.5 15,14.5 1,14.5", triangleDown: "1,1.5 15,1.5 8,14.5", diamond: "8,1 15,8 8,15 1,8",
      hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
      star: "8,0.8 10.1,5.6 15.3,6 11.3,9.4 12.6,14.6 8,11.8 3.4,14.6 4.7,9.4 0.7,6 5.9,5.6"
    };
    if (style.shape === "square") {
      shape = document.createElementNS(SVGNS, "rect");
      shape.setAttribute("x", "2"); shape.setAttribute("y", "2"); shape.setAttribute("width", "12"); shape.setAttribute("height", "12");
    } else if (pts[style.shape]) {
      shape = document.createElementNS(SVGNS, "polygon");
      shape.setAttribute("points", pts[style.shape]);
    } else {
      shape = document.createElementNS(SVGNS, "circle");
      shape.setAttribute("cx", "8"); shape.setAttribute("cy", "8"); shape.setAttribute("r", "6.5");
    }
    shape.setAttribute("fill", style.color);
    shape.setAttribute("stroke", "#333");
    shape.setAttribute("stroke-width", "0.8");
    svg.appendChild(shape);
    return svg;
  }

  // ---------------------------------------------------------------------------------------------
  // the network

  var nodes = new vis.DataSet(DATA.network.nodes);
  var edges = new vis.DataSet(DATA.network.edges);
  var adjacent = {};
  Object.keys(META_N).forEach(function (id) { adjacent[id] = []; });
  Object.keys(META_E).forEach(function (id) {
    var e = META_E[id];
    adjacent[e.from].push(id);
    adjacent[e.to].push(id);
  });
  var totalNodes = Object.keys(META_N).length;
  var totalEdges = Object.keys(META_E).length;
  var nodeHidden = {};
  var edgeHidden = {};

  var viewer = { ready: false, readyAt: null, state: state, nodes: nodes, edges: edges, data: DATA };
  window.kgViewer = viewer;

  var options = DATA.network.options;
  var network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, options);
  viewer.network = network;
  var physicsOn = !!(options.physics && options.physics.enabled);
  var stable = !physicsOn || totalNodes === 0;

  function markReady() {
    if (viewer.ready) return;
    viewer.ready = true;
    viewer.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
    if (DATA.focus && META_N[DATA.focus]) selectNode(DATA.focus, true);
  }
  network.once("stabilizationIterationsDone", function () {
    if (DATA.freeze) network.setOptions({ physics: { enabled: false } });
    stable = true;
    network.redraw();
  });
  network.on("afterDrawing", function () { if (stable) markReady(); });
  if (totalNodes === 0) markReady();

  // ---------------------------------------------------------------------------------------------
  // visibility: types, relations, confidence, period, neighbourhood

  function overlaps(p) {
    if (!state.period) return true;
    return !!p && p[0] < state.period[1] && p[1] > state.period[0];
  }

  function around(start, depth) {
    var limit = 2 * depth;
    var dist = {};
    dist[start] = 0;
    var buckets = [[start]];
    for (var d = 0; d <= limit; d++) {
      var bucket = buckets[d] || [];
      for (var i = 0; i < bucket.length; i++) {
        var id = bucket[i];
        if (dist[id] !== d) continue;
        adjacent[id].forEach(function (eid) {
          var e = META_E[eid];
          var other = e.from === id ? e.to : e.from;
          var nd = d + (e.kind === "relation" ? 2 : 1);
          if (nd <= limit && (dist[other] === undefined || nd < dist[other])) {
            dist[other] = nd;
            (buckets[nd] = buckets[nd] || []).push(other);
          }
        });
      }
    }
    return dist;
  }

  function computeVisibility() {
    var near = state.focus ? around(state.focus, state.depth) : null;
    var nOk = {};
    Object.keys(META_N).forEach(function (id) {
      var m = META_N[id];
      var ok = state.types.has(m.type);
      if (ok && m.kind === "event") ok = confOf(m.confidence) >= state.minConf && overlaps(m.period);
      if (ok && m.kind === "time") ok = overlaps(m.period);
      if (ok && near) ok = near[id] !== undefined;
      nOk[id] = ok;
    });
    function edgeOk(id) {
      var e = META_E[id];
      if (!nOk[e.from] || !nOk[e.to]) return false;
      if (e.kind === "relation") {
        if (!state.relations.has(e.predicate)) return false;
        if (confOf(e.confidence) < state.minConf) return false;
        if (state.period && !overlaps(e.period)) return false;
      } else if (!state.relations.has("_event")) {
        return false;
      }
      return true;
    }
    var eOk = {};
    Object.keys(META_E).forEach(function (id) { eOk[id] = edgeOk(id); });
    // times without a shown event, and (within a period) entities left without a shown edge, go too
    var dropped = false;
    Object.keys(META_N).forEach(function (id) {
      var m = META_N[id];
      if (!nOk[id] || !(m.kind === "time" || (state.period && m.kind === "entity"))) return;
      if (id === state.focus) return;
      var any = adjacent[id].some(function (eid) { return eOk[eid]; });
      if (!any) { nOk[id] = false; dropped = true; }
    });
    if (dropped) Object.keys(META_E).forEach(function (id) { if (eOk[id]) eOk[id] = edgeOk(id); });
    return { nodes: nOk, edges: eOk };
  }

  function apply() {
    var vis_ = computeVisibility();
    var nUpd = [], eUpd = [], shownN = 0, shownE = 0;
    Object.keys(vis_.nodes).forEach(function (id) {
      var hide = !vis_.nodes[id];
      if (!hide) shownN++;
      if (!!nodeHidden[id] !== hide) { nodeHidden[id] = hide; nUpd.push({ id: id, hidden: hide }); }
    });
    Object.keys(vis_.edges).forEach(function (id) {
      var hide = !vis_.edges[id];
      if (!hide) shownE++;
      if (!!edgeHidden[id] !== hide) { edgeHidden[id] = hide; eUpd.push({ id: id, hidden: hide }); }
    });
    if (nUpd.length) nodes.update(nUpd);
    if (eUpd.length) edges.update(eUpd);
    var count = $("count");
    count.textContent = t("shown")(shownN, totalNodes, shownE, totalEdges);
    count.setAttribute("data-shown", String(shownN));
    count.setAttribute("data-total", String(totalNodes));
    count.setAttribute("data-edges-shown", String(shownE));
    count.setAttribute("data-edges-total", String(totalEdges));
    renderFocusChip();
    renderTimelineWindow();
  }
  viewer.apply = apply;

  // ---------------------------------------------------------------------------------------------
  // legend and filters

  // one checkbox per item: ticked while the item's name is in `chosen`; `decorate` may add a mark
  function renderChecklist(list, items, chosen, attribute, decorate) {
    clear(list);
    items.forEach(function (item) {
      var li = el("li");
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = chosen.has(item.name);
      box.setAttribute(attribute, item.name);
      box.addEventListener("change", function () {
        if (box.checked) chosen.add(item.name); else chosen.delete(item.name);
        apply();
      });
      label.appendChild(box);
      if (decorate) label.appendChild(decorate(item));
      label.appendChild(el("span", "", item[state.lang] || item.en));
      li.appendChild(label);
      li.appendChild(el("span", "n", item.count));
      list.appendChild(li);
    });
  }

  function renderFilters() {
    renderChecklist($("type-filter"), DATA.types, state.types, "data-type", function (ty) { return swatch(ty.name); });
    renderChecklist($("relation-filter"), DATA.relations, state.relations, "data-relation", null);
  }

  $("min-confidence").addEventListener("input", function () {
    state.minConf = Number(this.value);
    $("min-confidence-value").textContent = state.minConf.toFixed(2);
    apply();
  });

  // ---------------------------------------------------------------------------------------------
  // language and size

  function renderTexts() {
    document.documentElement.lang = state.lang === "zh" ? "zh-Hans" : "en";
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    $("search").placeholder = t("search");
    $("lang").textContent = state.lang === "zh" ? "EN" : "中文";
    $("empty").textContent = t("empty");
  }

  function relabel() {
    nodes.update(Object.keys(META_N).map(function (id) { return { id: id, label: nodeLabel(id) || " ", title: nodeTitle(id) }; }));
    edges.update(Object.keys(META_E).map(function (id) { return { id: id, label: edgeLabel(id) }; }));
  }

  $("lang").addEventListener("click", function () {
    state.lang = state.lang === "zh" ? "en" : "zh";
    renderTexts();
    renderFilters();
    relabel();
    apply();
    renderTimeline();
    if (state.panel) showPanel(state.panel.kind, state.panel.id);
  });

  $("size-by").addEventListener("change", function () {
    state.sizeBy = this.value;
    nodes.update(Object.keys(META_N).map(function (id) { return { id: id, size: META_N[id].size[state.sizeBy] }; }));
  });

  // ---------------------------------------------------------------------------------------------
  // search

  var index = Object.keys(META_N).filter(function (id) { return META_N[id].kind !== "time"; }).map(function (id) {
    var m = META_N[id];
    var names = [m.zh, m.en].concat(m.aliases).filter(function (x) { return !!x; });
    return { id: id, names: names, normed: names.map(norm) };
  });

  function searchNodes(q) {
    var nq = norm(q);
    if (!nq) return [];
    var hits = [];
    index.forEach(function (entry) {
      var best = 9, name = "";
      entry.normed.forEach(function (n, i) {
        var score = n === nq ? 0 : n.indexOf(nq) === 0 ? 1 : n.indexOf(nq) > 0 ? 2 : 9;
        if (score < best) { best = score; name = entry.names[i]; }
      });
      if (best < 9) hits.push({ id: entry.id, score: best + (META_N[entry.id].kind === "event" ? 3 : 0), name: name });
    });
    hits.sort(function (a, b) { return a.score - b.score || nodeLabel(a.id).length - nodeLabel(b.id).length || (a.id < b.id ? -1 : 1); });
    return hits.slice(0, 12);
  }
  viewer.search = searchNodes;

  var suggestions = [];
  var active = 0;
  function renderSuggestions() {
    var ul = $("suggestions");
    clear(ul);
    suggestions.forEach(function (hit, i) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      li.appendChild(swatch(META_N[hit.id].type));
      li.appendChild(el("span", "", fullLabel(hit.id)));
      if (hit.name !== fullLabel(hit.id)) li.appendChild(el("span", "sub", hit.name));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(i); });
      ul.appendChild(li);
    });
    ul.hidden = suggestions.length === 0;
  }
  function choose(i) {
    var hit = suggestions[i];
    suggestions = [];
    renderSuggestions();
    if (!hit) return;
    $("search-status").textContent = "";
    selectNode(hit.id, true);
  }
  $("search").addEventListener("input", function () {
    suggestions = searchNodes(this.value);
    active = 0;
    renderSuggestions();
    $("search-status").textContent = this.value && !suggestions.length ? t("noMatch") : "";
  });
  $("search").addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, suggestions.length - 1); renderSuggestions(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); renderSuggestions(); ev.preventDefault(); }
    else if (ev.key === "Enter") {
      if (!suggestions.length) suggestions = searchNodes(this.value);
      if (suggestions.length) choose(Math.min(active, suggestions.length - 1));
      else $("search-status").textContent = t("noMatch");
      ev.preventDefault();
    } else if (ev.key === "Escape") { suggestions = []; renderSuggestions(); }
  });
  $("search").addEventListener("blur", function () { suggestions = []; renderSuggestions(); });

  // ---------------------------------------------------------------------------------------------
  // selection and the side panel

  function reveal(id) {
    if (!nodeHidden[id]) return;
    var m = META_N[id];
    state.types.add(m.type);
    state.period = null;
    if (state.focus && around(state.focus, state.depth)[id] === undefined) state.focus = null;
    if (m.kind === "event") state.minConf = Math.min(state.minConf, confOf(m.confidence));
    $("min-confidence").value = String(state.minConf);
    $("min-confidence-value").textContent = state.minConf.toFixed(2);
    resetPeriodInputs();
    renderFilters();
    apply();
  }

  function selectNode(id, move) {
    reveal(id);
    network.selectNodes([id]);
    if (move) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 250, easingFunction: "easeInOutQuad" } });
    showPanel("node", id);
  }
  viewer.selectNode = selectNode;

  function selectEdge(id) {
    network.selectEdges([id]);
    showPanel("edge", id);
  }

  function nodeLink(id) {
    var b = el("button", "link", fullLabel(id));
    b.type = "button";
    b.addEventListener("click", function () { selectNode(id, true); });
    return b;
  }

  function evidenceBox(ev) {
    var box = el("div", "evidence");
    var p = el("p", "sentence");
    ev.parts.forEach(function (part) {
      if (part[1]) p.appendChild(el("mark", part[1], part[0]));
      else p.appendChild(document.createTextNode(part[0]));
    });
    box.appendChild(p);
    var meta = el("div", "meta");
    meta.appendChild(el("span", "", t("conf") + " " + fmtConf(ev.confidence)));
    if (ev.document) meta.appendChild(el("span", "doc", t("document") + ": " + ev.document));
    if (ev.time) meta.appendChild(el("span", "", t("time") + ": " + ev.time));
    if (ev.role) meta.appendChild(el("span", "", t("role") + ": " + ev.role));
    if (ev.rule) meta.appendChild(el("span", "", t("rule") + ": " + ev.rule));
    box.appendChild(meta);
    return box;
  }

  function relationBlock(eid, from) {
    var e = META_E[eid];
    var wrap = el("div", "rel");
    var head = el("div", "rel-head");
    if (from === null || e.from !== from) head.appendChild(nodeLink(e.from)); else head.appendChild(el("span", "", fullLabel(e.from)));
    head.appendChild(el("span", "pred", "→ " + term(e.predicate) + " →"));
    if (from === null || e.to !== from) head.appendChild(nodeLink(e.to)); else head.appendChild(el("span", "", fullLabel(e.to)));
    head.appendChild(el("span", "n", t("conf") + " " + fmtConf(e.confidence)));
    if (edgeHidden[eid]) head.appendChild(el("span", "n", t("hiddenNow")));
    wrap.appendChild(head);
    if (e.period) wrap.appendChild(el("div", "n", t("time") + ": " + e.period[2]));
    if (e.evidence.length) e.evidence.forEach(function (ev) { wrap.appendChild(evidenceBox(ev)); });
    else if (e.kind === "relation") wrap.appendChild(el("div", "n", t("noEvidence")));
    return wrap;
  }

  function attrList(pairs) {
    var dl = el("dl", "attrs");
    pairs.forEach(function (pair) {
      dl.appendChild(el("dt", "", pair[0]));
      var dd = el("dd");
      if (pair[1] instanceof Node) dd.appendChild(pair[1]); else dd.textContent = String(pair[1]);
      dl.appendChild(dd);
    });
    return dl;
  }

  function showPanel(kind, id) {
    state.panel = { kind: kind, id: id };
    var body = $("panel-body");
    clear(body);
    $("panel").hidden = false;
    if (kind === "edge") {
      var e = META_E[id];
      body.appendChild(el("h2", "", term(e.predicate)));
      body.appendChild(relationBlock(id, null));
      if (e.kind !== "relation") {
        var ev = META_N[e.from];
        body.appendChild(el("h3", "", t("evidence")));
        if (ev.evidence.length) ev.evidence.forEach(function (x) { body.appendChild(evidenceBox(x)); });
        else body.appendChild(el("div", "n", t("noEvidence")));
      }
      return;
    }
    var m = META_N[id];
    body.appendChild(el("h2", "", fullLabel(id)));
    var other = state.lang === "zh" ? m.en : m.zh;
    if (m.kind !== "event" && other && other !== fullLabel(id)) body.appendChild(el("p", "other-label", other));
    var ty = el("div", "type");
    ty.appendChild(swatch(m.type));
    ty.appendChild(el("span", "", term(m.type) + (m.subtype !== m.type ? " · " + term(m.subtype) : "")));
    body.appendChild(ty);
    if (m.aliases.length) {
      body.appendChild(el("h3", "", t("aliases")));
      var ul = el("ul", "aliases");
      m.aliases.forEach(function (a) { ul.appendChild(el("li", "", a)); });
      body.appendChild(ul);
    }
    var attrs = [];
    if (m.wikidata && /^Q[0-9]+$/.test(m.wikidata)) {
      var a = el("a", "wikidata", m.wikidata);
      a.href = "https://www.wikidata.org/wiki/" + m.wikidata;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      attrs.push([t("wikidata"), a]);
    }
    if (m.period) attrs.push([t("time"), m.period[2]]);
    if (m.kind === "event") attrs.push([t("conf"), fmtConf(m.confidence)]);
    m.attributes.forEach(function (pair) { attrs.push([t(pair[0]) || pair[0], pair[1]]); });
    attrs.push([t("iri"), el("span", "iri", m.key)]);
    body.appendChild(attrList(attrs));
    if (m.kind === "event") {
      body.appendChild(el("h3", "", t("participants")));
      adjacent[id].forEach(function (eid) { body.appendChild(relationBlock(eid, id)); });
      body.appendChild(el("h3", "", t("evidence")));
      if (m.evidence.length) m.evidence.forEach(function (x) { body.appendChild(evidenceBox(x)); });
      else body.appendChild(el("div", "n", t("noEvidence")));
      return;
    }
    var rels = adjacent[id].filter(function (eid) { return META_E[eid].kind === "relation"; });
    var evs = adjacent[id].filter(function (eid) { return META_E[eid].kind !== "relation"; });
    if (rels.length) {
      body.appendChild(el("h3", "", t("relationsOf")));
      rels.forEach(function (eid) { body.appendChild(relationBlock(eid, id)); });
    }
    if (evs.length) {
      body.appendChild(el("h3", "", t("events")));
      evs.forEach(function (eid) {
        var e = META_E[eid];
        var evId = e.from === id ? e.to : e.from;
        var row = el("div", "rel");
        var head = el("div", "rel-head");
        head.appendChild(nodeLink(evId));
        head.appendChild(el("span", "n", term(e.predicate)));
        if (META_N[evId].period) head.appendChild(el("span", "n", META_N[evId].period[2]));
        row.appendChild(head);
        body.appendChild(row);
      });
    }
  }
  viewer.showPanel = showPanel;

  $("panel-close").addEventListener("click", function () { $("panel").hidden = true; state.panel = null; network.unselectAll(); });

  network.on("click", function (params) {
    if (params.nodes.length) showPanel("node", params.nodes[0]);
    else if (params.edges.length) selectEdge(params.edges[0]);
  });

  // ---------------------------------------------------------------------------------------------
  // neighbourhood focus

  function setFocus(id) {
    state.focus = id;
    apply();
    network.fit({ nodes: Object.keys(META_N).filter(function (n) { return !nodeHidden[n]; }), animation: { duration: 250 } });
  }
  viewer.setFocus = setFocus;
  function renderFocusChip() {
    var chip = $("focus-chip");
    chip.hidden = !state.focus;
    if (state.focus) $("focus-name").textContent = t("focusOn") + " " + fullLabel(state.focus) + " (" + state.depth + " " + t("hops") + ")";
  }
  network.on("doubleClick", function (params) { if (params.nodes.length) setFocus(params.nodes[0]); });
  $("focus-clear").addEventListener("click", function () { state.focus = null; apply(); });
  $("depth").value = String(state.depth);
  $("depth").addEventListener("change", function () {
    state.depth = Math.max(1, Math.min(6, parseInt(this.value, 10) || 1));
    this.value = String(state.depth);
    if (state.focus) apply();
  });

  // ---------------------------------------------------------------------------------------------
  // timeline

  var timed = Object.keys(META_N).filter(function (id) { return META_N[id].kind === "event" && META_N[id].period; });
  var span = null;
  if (timed.length) {
    var lo = Infinity, hi = -Infinity;
    timed.forEach(function (id) { lo = Math.min(lo, META_N[id].period[0]); hi = Math.max(hi, META_N[id].period[1]); });
    var first = Math.floor(lo), last = Math.ceil(hi) - 1;
    if (last < first) last = first;
    span = { first: first, last: last, lo: first, hi: last + 1 };
  }
  function pct(year) { return ((year - span.lo) / (span.hi - span.lo)) * 100; }

  function resetPeriodInputs() {
    if (!span) return;
    $("period-from").value = String(span.first);
    $("period-to").value = String(span.last);
    $("period-from-value").textContent = String(span.first);
    $("period-to-value").textContent = String(span.last);
  }

  function renderTimeline() {
    if (!span) return;
    $("timeline").hidden = false;
    var strip = $("timeline-strip");
    Array.prototype.slice.call(strip.querySelectorAll(".tmark")).forEach(function (n) { strip.removeChild(n); });
    var lanes = [];
    timed.slice().sort(function (a, b) { return META_N[a].period[0] - META_N[b].period[0]; }).forEach(function (id) {
      var p = META_N[id].period;
      var lane = 0;
      while (lanes[lane] !== undefined && lanes[lane] > p[0]) lane++;
      lanes[lane] = p[1];
      var mark = el("div", "tmark");
      mark.style.left = pct(p[0]) + "%";
      mark.style.width = Math.max(pct(p[1]) - pct(p[0]), 0.6) + "%";
      mark.style.top = (3 + (lane % 3) * 10) + "px";
      mark.style.background = typeColor("Event").color;
      mark.title = fullLabel(id) + " · " + p[2];
      mark.setAttribute("data-node", id);
      mark.addEventListener("click", function () { selectNode(id, true); });
      strip.appendChild(mark);
    });
    var axis = $("timeline-axis");
    clear(axis);
    var years = span.last - span.first + 1;
    var step = Math.max(1, Math.ceil(years / 10));
    for (var y = span.first; y <= span.last + 1; y += step) {
      var tick = el("span", "", y);
      tick.style.left = pct(y) + "%";
      axis.appendChild(tick);
    }
    renderTimelineWindow();
  }
  function renderTimelineWindow() {
    if (!span) return;
    var w = $("timeline-window");
    var p = state.period || [span.lo, span.hi];
    w.style.left = pct(p[0]) + "%";
    w.style.width = (pct(p[1]) - pct(p[0])) + "%";
    w.hidden = !state.period;
  }
  function readPeriod() {
    var a = parseInt($("period-from").value, 10), b = parseInt($("period-to").value, 10);
    if (a > b) { var c = a; a = b; b = c; }
    $("period-from-value").textContent = String(a);
    $("period-to-value").textContent = String(b);
    state.period = (a === span.first && b === span.last) ? null : [a, b + 1];
    apply();
  }
  if (span) {
    ["period-from", "period-to"].forEach(function (name) {
      var input = $(name);
      input.min = String(span.first);
      input.max = String(span.last);
      input.step = "1";
      input.addEventListener("input", readPeriod);
    });
    resetPeriodInputs();
    $("period-clear").addEventListener("click", function () { resetPeriodInputs(); state.period = null; apply(); });
  }
  viewer.setPeriod = function (a, b) {
    if (!span) return;
    $("period-from").value = String(a);
    $("period-to").value = String(b);
    readPeriod();
  };

  // ---------------------------------------------------------------------------------------------
  // buttons, start

  $("fit").addEventListener("click", function () { network.fit({ animation: { duration: 250 } }); });
  $("reset").addEventListener("click", function () {
    state.types = new Set(DATA.types.map(function (x) { return x.name; }));
    state.relations = new Set(DATA.relations.map(function (x) { return x.name; }));
    state.minConf = 0;
    state.period = null;
    state.focus = null;
    $("min-confidence").value = "0";
    $("min-confidence-value").textContent = "0.00";
    resetPeriodInputs();
    renderFilters();
    apply();
    network.fit({ animation: { duration: 250 } });
  });

  $("empty").hidden = totalNodes !== 0;
  renderTexts();
  renderFilters();
  renderTimeline();
  apply();
})();
