// policyie serve: the analysts' page. Plain JavaScript, no libraries; every value from the
// server is put into the page as text (textContent / text nodes), never as HTML.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const $ = (sel) => document.querySelector(sel);
  const state = { meta: null, regions: [], unknown: "(未识别地区)", search: null, offset: 0, picked: [], tab: "search" };

  // ---------------------------------------------------------------- helpers
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c) node.append(c);
    return node;
  }

  // Text with marked ranges. layers: [{ranges: [[s, e], ...], cls: "hit"}, ...]; overlapping
  // layers combine their classes on the same characters.
  function marked(text, layers) {
    text = text || "";
    const frag = document.createDocumentFragment();
    const bounds = new Set([0, text.length]);
    const active = (layers || []).filter((l) => l && l.ranges && l.ranges.length);
    for (const l of active) for (const [s, e] of l.ranges) { bounds.add(Math.max(0, Math.min(s, text.length))); bounds.add(Math.max(0, Math.min(e, text.length))); }
    const cuts = [...bounds].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i], b = cuts[i + 1];
      if (b <= a) continue;
      const classes = active.filter((l) => l.ranges.some(([s, e]) => s <= a && b <= e)).map((l) => l.cls);
      const piece = text.slice(a, b);
      frag.append(classes.length ? el("mark", { class: classes.join(" ") }, piece) : document.createTextNode(piece));
    }
    return frag;
  }

  function regionLabel(r) { return r === state.unknown ? "未识别地区" : r; }

  function showMessage(text, kind) {
    const m = $("#message");
    if (!text) { m.hidden = true; m.textContent = ""; return; }
    m.textContent = text;
    m.className = "message" + (kind === "info" ? " info" : "");
    m.hidden = false;
  }

  function busy(text) { $("#status").textContent = text || ""; }

  function qs(params) {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (Array.isArray(v)) v.forEach((x) => u.append(k, x));
      else if (v !== "" && v !== null && v !== undefined) u.append(k, v);
    }
    return u.toString();
  }

  // GET JSON; a 503 (comparison still being computed) is retried a few times.
  async function getJSON(path, params, tries) {
    tries = tries === undefined ? 12 : tries;
    const url = path + (params ? "?" + qs(params) : "");
    let resp;
    try {
      resp = await fetch(url, { headers: { Accept: "application/json" } });
    } catch (e) {
      throw new Error("无法连接服务器（服务是否已停止？）");
    }
    let body = null;
    try { body = await resp.json(); } catch (e) { body = null; }
    if (resp.status === 503 && tries > 0) {
      showMessage((body && body.error) || "服务器忙，稍后重试…", "info");
      await new Promise((r) => setTimeout(r, 3000));
      return getJSON(path, params, tries - 1);
    }
    if (!resp.ok) throw new Error((body && body.error) || ("请求失败（HTTP " + resp.status + "）"));
    return body;
  }

  async function run(label, fn) {
    busy(label);
    try {
      await fn();
      showMessage("");
    } catch (e) {
      showMessage(e.message || String(e));
    } finally {
      busy("");
    }
  }

  function setDownload(id, view, params) {
    const a = $(id);
    a.href = "/api/download.csv?" + qs(Object.assign({ view: view }, params));
    a.hidden = false;
  }

  // ---------------------------------------------------------------- tabs and URL state
  function showTab(name) {
    state.tab = name;
    document.querySelectorAll(".tabs button").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === name)));
    document.querySelectorAll("section.tab").forEach((s) => { s.hidden = s.id !== "tab-" + name; });
    if (name === "staffing" && !state.staffingLoaded) loadStaffing();
    if (name === "adoption" && !state.adoptionLoaded) loadAdoption();
    saveHash();
  }

  function saveHash() {
    const h = qs({ tab: state.tab, q: $("#q").value.trim(), region: $("#region").value, label: $("#label").value,
      a: $("#region-a").value, b: $("#region-b").value });
    history.replaceState(null, "", "#" + h);
  }

  // ---------------------------------------------------------------- start
  async function init() {
    document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
    $("#search-form").addEventListener("submit", (ev) => { ev.preventDefault(); state.offset = 0; doSearch(); });
    $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - limit()); doSearch(); });
    $("#next").addEventListener("click", () => { state.offset += limit(); doSearch(); });
    $("#detail-close").addEventListener("click", (ev) => { ev.stopPropagation(); parkDetail(); });
    $("#compare-btn").addEventListener("click", () => doCompare());
    $("#compare-selected").addEventListener("click", () => {
      if (state.picked.length !== 2) return;
      $("#region-a").value = state.picked[0];
      $("#region-b").value = state.picked[1];
      showTab("compare");
      doCompare();
    });
    $("#staffing-btn").addEventListener("click", () => loadStaffing());
    $("#staffing-group").addEventListener("change", () => loadStaffing());
    $("#adoption-btn").addEventListener("click", () => loadAdoption());
    ["#min-regions", "#max-measures"].forEach((s) => $(s).addEventListener("change", () => loadAdoption()));
    $("#staffing-q").addEventListener("keydown", (ev) => { if (ev.key === "Enter") loadStaffing(); });
    $("#adoption-q").addEventListener("keydown", (ev) => { if (ev.key === "Enter") loadAdoption(); });

    await run("正在读取数据库…", async () => {
      const [meta, regions] = await Promise.all([getJSON("/api/meta"), getJSON("/api/regions")]);
      state.meta = meta;
      state.unknown = meta.unknown_region || state.unknown;
      state.regions = regions.regions;
      $("#store-info").textContent = `${meta.store} · ${meta.n_documents} 个文件 · ${meta.n_provisions} 条条款 · ${regions.regions.length} 个地区（只读）`;
      for (const l of meta.labels) $("#label").append(el("option", { value: l, text: l }));
      for (const sel of ["#region", "#region-a", "#region-b"]) {
        const s = $(sel);
        if (sel !== "#region") s.append(el("option", { value: "", text: "（请选择）" }));
        for (const r of regions.regions) {
          const indent = "\u3000".repeat(Math.max(0, (r.level || 1) - 1));
          s.append(el("option", { value: r.region, text: `${indent}${regionLabel(r.region)}（${r.n_docs} 件）` }));
        }
      }
    });
    // restore a shared link (#tab=compare&q=…&a=…&b=…)
    const h = new URLSearchParams(location.hash.slice(1));
    if (h.get("q")) $("#q").value = h.get("q");
    for (const [k, sel] of [["region", "#region"], ["label", "#label"], ["a", "#region-a"], ["b", "#region-b"]]) {
      if (h.get(k) && [...$(sel).options].some((o) => o.value === h.get(k))) $(sel).value = h.get(k);
    }
    if (h.get("q") || h.get("region") || h.get("label")) doSearch();
    const tab = h.get("tab");
    if (tab && ["search", "compare", "staffing", "adoption"].includes(tab)) {
      showTab(tab);
      if (tab === "compare" && $("#region-a").value && $("#region-b").value) doCompare();
    }
    $("#q").focus();
  }

  function limit() { return parseInt($("#limit").value, 10) || 50; }

  // ---------------------------------------------------------------- search
  function doSearch() {
    const params = { q: $("#q").value.trim(), region: $("#region").value, label: $("#label").value, limit: limit(), offset: state.offset };
    $("#staffing-q").value = params.q;
    $("#adoption-q").value = params.q;
    state.staffingLoaded = state.adoptionLoaded = false;
    saveHash();
    return run("正在检索…", async () => {
      const data = await getJSON("/api/search", params);
      state.search = data;
      renderSearch(data);
      setDownload("#dl-search", "search", params);
    });
  }

  // A long provision is shown from a little before its first match (the whole text is in the detail view).
  const SNIPPET = 360;
  function snippet(text, hits) {
    text = text || "";
    if (text.length <= SNIPPET) return marked(text, [{ ranges: hits, cls: "hit" }]);
    const first = hits && hits.length ? hits[0][0] : 0;
    const a = Math.max(0, Math.min(first - 60, text.length - SNIPPET)), b = Math.min(text.length, a + SNIPPET);
    const shifted = (hits || []).map(([s, e]) => [s - a, e - a]).filter(([s, e]) => e > 0 && s < b - a);
    const frag = document.createDocumentFragment();
    if (a > 0) frag.append("…");
    frag.append(marked(text.slice(a, b), [{ ranges: shifted, cls: "hit" }]));
    if (b < text.length) frag.append(el("span", { class: "muted", text: `…（共 ${text.length} 字，点击看全文）` }));
    return frag;
  }

  // The detail of a provision opens in a row right below the row clicked; it goes back to
  // its place (hidden) before the table is redrawn.
  function parkDetail() {
    const d = $("#detail");
    d.hidden = true;
    const row = d.closest("tr.detail-row");
    $("#tab-search").append(d);
    if (row) row.remove();
  }

  function renderSearch(data) {
    const tbody = $("#results tbody");
    parkDetail();
    tbody.replaceChildren();
    const from = data.total ? data.offset + 1 : 0, to = data.offset + data.results.length;
    $("#result-count").textContent = data.total
      ? `共 ${data.total} 条条款${data.terms.length ? "含 “" + data.terms.join("” “") + "”" : ""}，显示第 ${from}–${to} 条`
      : "没有找到符合条件的条款。";
    for (const r of data.results) {
      const tr = el("tr", { class: "result", "data-provision": r.provision_id },
        el("td", { class: "region", title: r.region, text: regionLabel(r.region) }),
        el("td", { class: "doc", title: r.title || "" }, r.title || r.doc_id, r.date ? el("div", { class: "muted", text: r.date }) : null),
        el("td", { class: "section", text: r.section || "—" }),
        el("td", { class: "text" }, el("div", {}, snippet(r.text, r.hits))),
        el("td", { class: "labels" }, ...r.labels.map((l) => el("span", { class: "tag m-" + l, text: l }))));
      tr.addEventListener("click", () => showProvision(r.provision_id, r.doc_key, tr));
      tbody.append(tr);
    }
    const pager = document.querySelector(".pager");
    pager.hidden = data.total <= data.limit;
    $("#page-info").textContent = `第 ${Math.floor(data.offset / data.limit) + 1} / ${Math.max(1, Math.ceil(data.total / data.limit))} 页`;
    $("#prev").disabled = data.offset <= 0;
    $("#next").disabled = to >= data.total;
    // regions with hits: pick two to compare
    state.picked = state.picked.filter((p) => data.by_region.some((b) => b.region === p));
    const list = $("#hit-region-list");
    list.replaceChildren();
    for (const b of data.by_region) {
      const box = el("input", { type: "checkbox", value: b.region, "data-region": b.region });
      box.checked = state.picked.includes(b.region);
      const lab = el("label", { class: box.checked ? "on" : "" }, box, " ", regionLabel(b.region), el("span", { class: "muted", text: `（${b.n}）` }));
      box.addEventListener("change", () => {
        if (box.checked) { state.picked.push(b.region); if (state.picked.length > 2) state.picked.shift(); }
        else state.picked = state.picked.filter((p) => p !== b.region);
        list.querySelectorAll("input").forEach((i) => { i.checked = state.picked.includes(i.value); i.parentElement.className = i.checked ? "on" : ""; });
        $("#compare-selected").disabled = state.picked.length !== 2;
      });
      list.append(lab);
    }
    $("#compare-selected").disabled = state.picked.length !== 2;
    $("#hit-regions").hidden = data.by_region.length < 1;
  }

  async function showProvision(pid, docKey, tr) {
    await run("正在读取条款…", async () => {
      const d = await getJSON("/api/provision/" + encodeURIComponent(pid), { doc: docKey });
      $("#detail-title").textContent = (d.section_path.length ? d.section_path.join(" › ") : d.provision_id);
      $("#detail-meta").textContent = `${regionLabel(d.doc.region)} · ${d.doc.title || d.doc.doc_id}${d.doc.date ? " · " + d.doc.date : ""} · ${d.provision_id}`;
      const layers = {};
      for (const m of d.mentions) (layers[m.label] = layers[m.label] || []).push([m.start, m.end]);
      const terms = state.search ? state.search.terms : [];
      const hits = [];
      const low = d.text.toLowerCase();
      for (const t of terms) { let i = low.indexOf(t.toLowerCase()); while (i >= 0) { hits.push([i, i + t.length]); i = low.indexOf(t.toLowerCase(), i + t.length); } }
      $("#detail-text").replaceChildren(marked(d.text, Object.entries(layers).map(([l, r]) => ({ ranges: r, cls: "m-" + l })).concat([{ ranges: hits, cls: "hit" }])));
      $("#detail-legend").replaceChildren(...Object.keys(layers).map((l) => el("span", { class: "tag m-" + l, text: l })));
      const dl = $("#detail-roles");
      dl.replaceChildren();
      const roles = d.roles || {};
      const show = [["lead", "牵头单位"], ["cooperate", "配合单位"], ["bodies", "机构"], ["principles", "原则"]];
      for (const [k, name] of show) {
        const v = roles[k] || d[k];
        if (v && v.length) dl.append(el("dt", { text: name }), el("dd", { text: v.map((x) => (Array.isArray(x) ? x.join("、") : typeof x === "object" ? JSON.stringify(x) : x)).join("；") }));
      }
      for (const s of roles.staffing || []) dl.append(el("dt", { text: "编制" }), el("dd", { text: [s.body, s.kind, s.text].filter(Boolean).join(" ") }));
      for (const s of roles.deadlines || []) dl.append(el("dt", { text: "期限" }), el("dd", { text: [s.text, s.task ? "（" + s.task + "）" : ""].join("") }));
      const detail = $("#detail");
      if (tr && tr.parentElement) {
        const old = detail.closest("tr.detail-row");
        const row = el("tr", { class: "detail-row" }, el("td", { colspan: "5" }));
        tr.after(row);
        row.firstChild.append(detail);
        if (old) old.remove();
      }
      detail.hidden = false;
      detail.scrollIntoView({ behavior: "smooth", block: "nearest" });
    });
  }

  // ---------------------------------------------------------------- compare
  function doCompare() {
    const a = $("#region-a").value, b = $("#region-b").value;
    if (!a || !b) { showMessage("请在“地区 A”和“地区 B”中各选一个地区。"); return Promise.resolve(); }
    const params = { a, b, q: $("#q").value.trim() };
    saveHash();
    return run("正在对比两地…", async () => {
      const data = await getJSON("/api/compare", params);
      renderCompare(data);
      setDownload("#dl-compare", "compare", params);
    });
  }

  function valueCell(side, cls) {
    const td = el("td", { class: cls });
    const v = side.value;
    td.append(el("div", { class: "value" }, v ? marked(v, [{ ranges: side.value_diff, cls: "diff" }]) : el("span", { class: "muted", text: "（无）" })));
    if (side.context) td.append(el("div", { class: "context" }, marked(side.context, [{ ranges: side.span ? [side.span] : [], cls: "span" }])));
    td.append(el("div", { class: "muted", text: `${regionLabel(side.region)} · ${side.title || side.doc_id || ""}` }));
    return td;
  }

  function renderCompare(data) {
    const A = regionLabel(data.a), B = regionLabel(data.b);
    $("#fields-head-a").textContent = "A：" + A;
    $("#fields-head-b").textContent = "B：" + B;
    const nf = data.fields.length, np = data.aligned.length;
    $("#compare-summary").textContent = `A：${A}　B：${B}${data.q ? "　检索词：" + data.q : ""} —— ${nf} 处字段差异，${np} 组对应条文。`;
    $("#compare-notes").replaceChildren(...data.notes.map((n) => el("li", { text: n })));
    const tbody = $("#compare-fields tbody");
    tbody.replaceChildren();
    if (!nf) tbody.append(el("tr", {}, el("td", { colspan: "4", class: "muted", text: "没有找到两地取值不同的字段。" })));
    for (const f of data.fields) {
      tbody.append(el("tr", { class: f.differs ? "differs" : "" },
        el("td", {}, el("strong", { text: f.field_label }), f.body ? el("div", { class: "muted", text: f.body }) : null),
        el("td", { text: f.basis_label + (f.similarity !== null && f.similarity !== undefined ? `（${Math.round(f.similarity * 100)}%）` : "") }),
        valueCell(f.a, "side-a"), valueCell(f.b, "side-b")));
    }
    const box = $("#compare-pairs");
    box.replaceChildren();
    if (!np) box.append(el("p", { class: "muted", text: "没有可对应的条文。" }));
    for (const p of data.aligned) {
      const sim = p.similarity === null || p.similarity === undefined ? "" : `置信度 ${Math.round(p.similarity * 100)}%`;
      const head = el("div", { class: "pair-head" }, el("strong", { text: p.basis_label }), el("span", { text: sim }),
        el("span", { class: "muted", text: `A：${p.a.title || p.a.doc_id}` }), el("span", { class: "muted", text: `B：${p.b.title || p.b.doc_id}` }));
      const body = el("div", { class: "pair-body" },
        el("div", { class: "side-a" }, marked(p.a.text, [{ ranges: p.a.diff, cls: "diff" }, { ranges: p.a.hits, cls: "hit" }])),
        el("div", { class: "side-b" }, marked(p.b.text, [{ ranges: p.b.diff, cls: "diff" }, { ranges: p.b.hits, cls: "hit" }])));
      const node = el("div", { class: "pair" + (p.differs ? " differs" : "") }, head, body);
      if (p.fields.length) {
        const fl = el("div", { class: "pair-fields" });
        for (const f of p.fields) {
          const items = (xs) => el("div", {}, ...(xs.length ? xs.map((x) => el(x.diff ? "mark" : "span", { class: x.diff ? "diff item" : "item", text: x.value })) : [el("span", { class: "muted", text: "—" })]));
          fl.append(el("strong", { text: f.field }), items(f.a), items(f.b));
        }
        node.append(fl);
      }
      box.append(node);
    }
    const only = (id, head, rows, name) => {
      $(head).textContent = `仅${name}有（${rows.length}）`;
      $(id).replaceChildren(...rows.map((r) => el("li", {}, marked(r.text, [{ ranges: r.hits, cls: "hit" }]), el("span", { class: "muted", text: ` —— ${r.title || r.doc_id}` }))));
    };
    only("#only-a", "#only-a-head", data.only_a, "A：" + A);
    only("#only-b", "#only-b-head", data.only_b, "B：" + B);
  }

  // ---------------------------------------------------------------- staffing chart
  function loadStaffing() {
    const params = { q: $("#staffing-q").value.trim() };
    const pick = $("#staffing-group").value;
    if (pick) { const g = JSON.parse(pick); params.body = g[0]; params.post = g[1]; }
    return run("正在读取编制数…", async () => {
      let data;
      try {
        data = await getJSON("/api/staffing", params);
      } catch (e) {  // the chosen kind of body has no numbers under the new filter: the default one
        if (!params.body) throw e;
        delete params.body; delete params.post;
        data = await getJSON("/api/staffing", params);
      }
      state.staffingLoaded = true;
      fillStaffingGroups(data);
      drawStaffing(data);
      setDownload("#dl-staffing", "staffing", params);
    });
  }

  function fillStaffingGroups(data) {
    const sel = $("#staffing-group");
    sel.replaceChildren(...data.groups.map((g) => el("option", { value: JSON.stringify([g.body, g.post]),
      text: `${g.body} · ${g.post || "（未注明职务）"}（${g.n_regions} 个地区，${g.n} 条）` })));
    if (data.group) sel.value = JSON.stringify([data.group.body, data.group.post]);
    sel.hidden = !data.groups.length;
    $("#staffing-title").textContent = data.group
      ? `各地区“${data.group.body} · ${data.group.post || "（未注明职务）"}”人数` : "各地区编制数";
    $("#staffing-note").textContent = data.n_without_body ? `另有 ${data.n_without_body} 条未能归到机构，只列在下表中。` : "";
  }

  function shortLabel(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }

  function drawStaffing(data) {
    const box = $("#staffing-chart");
    box.replaceChildren();
    const rows = data.chart;
    if (!rows.length) box.append(el("p", { class: "muted", text: "没有符合筛选条件的编制数。" }));
    else {
      const labelW = 230, barW = 560, rowH = 26, top = 24, W = labelW + barW + 150;
      const H = top + rows.length * rowH + 10;
      const max = Math.max(1, ...rows.map((r) => r.high));
      const x = (v) => labelW + (v / max) * barW;
      const s = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "各地区编制数条形图", id: "staffing-svg" });
      for (const t of [0, 0.25, 0.5, 0.75, 1]) {
        const v = Math.round(max * t);
        s.append(svg("line", { x1: x(v), x2: x(v), y1: top - 6, y2: H - 10, stroke: "#e3e7eb" }));
        s.append(svg("text", { x: x(v), y: top - 10, "text-anchor": "middle", class: "axis", text: String(v) }));
      }
      rows.forEach((r, i) => {
        const y = top + i * rowH;
        const label = r.low === r.high ? String(r.high) : `${r.low}–${r.high}`;
        const g = svg("g", { class: "bar-row", "data-region": r.region },
          svg("title", { text: `${regionLabel(r.region)}：${label}${r.open ? "（含开放上限）" : ""}，${r.n} 条（${(r.bodies || []).join("、")}）` }),
          svg("text", { x: labelW - 8, y: y + rowH / 2 + 4, "text-anchor": "end", class: "bar-label", text: shortLabel(regionLabel(r.region), 16) }),
          svg("rect", { x: labelW, y: y + 4, width: Math.max(1, x(r.low) - labelW), height: rowH - 8, class: "bar-low" }),
          r.high > r.low ? svg("rect", { x: x(r.low), y: y + 4, width: x(r.high) - x(r.low), height: rowH - 8, class: "bar-range" }) : null,
          svg("text", { x: x(r.high) + 6, y: y + rowH / 2 + 4, class: "bar-value", text: `${label}${r.open ? "+" : ""}（${r.n}条）` }));
        g.addEventListener("click", () => filterStaffingTable(r.region));
        s.append(g);
      });
      box.append(s);
    }
    state.staffingRows = data.rows;
    filterStaffingTable(null);
  }

  function filterStaffingTable(region) {
    const tbody = $("#staffing-table tbody");
    tbody.replaceChildren();
    const rows = (state.staffingRows || []).filter((r) => !region || r.region === region);
    for (const r of rows) {
      tbody.append(el("tr", {},
        el("td", { class: "region", title: r.region, text: regionLabel(r.region) }),
        el("td", { text: r.body || "—" }), el("td", { text: r.kind || "—" }),
        el("td", { class: "value", text: r.value || "" }),
        el("td", {}, marked(r.context || r.text || "", [{ ranges: r.hits, cls: "hit" }])),
        el("td", { class: "doc", title: r.title || "", text: r.title || r.doc_id || "" })));
    }
    if (!rows.length) tbody.append(el("tr", {}, el("td", { colspan: "6", class: "muted", text: "（无）" })));
  }

  // ---------------------------------------------------------------- adoption heatmap
  function loadAdoption() {
    const params = { q: $("#adoption-q").value.trim(), min_regions: $("#min-regions").value, max_measures: $("#max-measures").value };
    return run("正在读取措施采纳情况…", async () => {
      const data = await getJSON("/api/adoption", params);
      state.adoptionLoaded = true;
      drawAdoption(data);
      setDownload("#dl-adoption", "adoption", params);
    });
  }

  function drawAdoption(data) {
    const box = $("#adoption-chart");
    box.replaceChildren();
    const list = $("#adoption-measures");
    list.replaceChildren();
    const R = data.regions, M = data.measures;
    $("#adoption-summary").textContent = M.length
      ? `${R.length} 个地区 × ${M.length} 项措施（符合条件的共 ${data.n_measures_total} 项，按采纳地区数排序）。深色格表示该地区文件中有这项措施；点列头看措施内容。`
      : `没有至少出现于 ${data.min_regions} 个地区的措施${data.q ? "（筛选：" + data.q + "）" : ""}。可把“至少出现于”调小。`;
    if (!M.length) return;
    const labelW = 230, cell = 18, top = 56, W = labelW + M.length * cell + 20, H = top + R.length * cell + 10;
    const s = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "措施采纳热图", id: "adoption-svg" });
    const cols = [];
    M.forEach((m, j) => {
      const g = svg("g", { class: "col", "data-measure": m.measure });
      const cx = labelW + j * cell;
      g.append(svg("text", { x: cx + cell / 2, y: top - 6, transform: `rotate(-60 ${cx + cell / 2} ${top - 6})`, class: "col-head axis", text: m.measure },
        svg("title", { text: `${m.measure}（${m.n_regions} 个地区）：${m.text}` })));
      R.forEach((r, i) => {
        const on = data.cells[i][j];
        g.append(svg("rect", { x: cx + 1, y: top + i * cell + 1, width: cell - 2, height: cell - 2, class: on ? "cell-on" : "cell-off" },
          svg("title", { text: `${regionLabel(r)} · ${m.measure}${on ? " 有" : " 无"}：${m.text}` })));
      });
      g.addEventListener("click", () => selectMeasure(j));
      cols.push(g);
      s.append(g);
    });
    R.forEach((r, i) => s.append(svg("text", { x: labelW - 8, y: top + i * cell + cell - 5, "text-anchor": "end", text: shortLabel(regionLabel(r), 16) }, svg("title", { text: regionLabel(r) }))));
    box.append(s);
    M.forEach((m, j) => {
      const li = el("li", { id: "measure-" + m.measure }, el("strong", { text: m.measure + " " }), m.text,
        el("span", { class: "muted", text: ` —— ${m.n_regions} 个地区：${m.regions.map(regionLabel).join("、")}` }));
      li.addEventListener("click", () => selectMeasure(j));
      list.append(li);
    });
    function selectMeasure(j) {
      cols.forEach((g, k) => g.setAttribute("class", k === j ? "col col-on" : "col"));
      list.querySelectorAll("li").forEach((li, k) => { li.className = k === j ? "on" : ""; });
      const li = list.children[j];
      if (li) li.scrollIntoView({ behavior: "smooth", block: "nearest" });
    }
  }

  document.addEventListener("DOMContentLoaded", init);
})();
