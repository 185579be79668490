// czfacts viewer: the article with its facts highlighted, a hover card per fact, a sortable table.
// All data is in the page (#czfacts-data); nothing is fetched.
"use strict";
(function () {
  const DOCS = JSON.parse(document.getElementById("czfacts-data").textContent);
  const KINDS = ["amount", "count", "growth", "share", "change", "ratio", "rank"];
  const MODALITIES = ["actual", "target", "forecast"];
  const ATTRS = { metric: "m", subject: "s", period: "p" };
  const HOW = {
    explicit: "read here",
    inherited: "inherited from an earlier clause",
    document: "guessed: the document's",
  };
  const $ = (sel) => document.querySelector(sel);
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

  let doc = null;          // the article shown
  let segs = null;         // the text's segment elements, in order
  let cuts = null;         // segment k covers text[cuts[k], cuts[k+1])
  let lit = [];            // elements marked for the active fact
  let active = -1, pinned = false;
  const sort = { key: "i", dir: 1 };
  const filters = {};

  // ------------------------------------------------------------ the text
  function segIndex(pos) { // the segment starting at pos (a cut point, by construction)
    let lo = 0, hi = cuts.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cuts[mid] < pos) lo = mid + 1; else hi = mid; }
    return lo;
  }

  function renderText() {
    const text = doc.text, set = new Set([0, text.length]);
    for (const f of doc.facts) {
      set.add(f.provenance.start); set.add(f.provenance.end);
      for (const e of Object.values(f.provenance.evidence)) if (e.start != null) { set.add(e.start); set.add(e.end); }
    }
    cuts = Array.from(set).sort((a, b) => a - b);
    const n = cuts.length - 1, factAt = new Array(n), evAt = new Uint8Array(n);
    doc.facts.forEach((f, i) => {
      for (let k = segIndex(f.provenance.start), z = segIndex(f.provenance.end); k < z; k++) (factAt[k] ||= []).push(i);
      for (const [name, e] of Object.entries(f.provenance.evidence)) {
        if (e.start == null || name !== "metric") continue; // faint underline: where metrics were read
        for (let k = segIndex(e.start), z = segIndex(e.end); k < z; k++) evAt[k] = 1;
      }
    });
    const parts = new Array(n);
    for (let k = 0; k < n; k++) {
      const piece = esc(text.slice(cuts[k], cuts[k + 1]));
      const fs = factAt[k];
      const cls = (fs ? `f k-${doc.facts[fs[0]].kind}` : "") + (evAt[k] ? " xm" : "");
      parts[k] = fs ? `<span class="${cls}" data-f="${fs.join(" ")}">${piece}</span>`
                    : `<span${cls ? ` class="${cls.trim()}"` : ""}>${piece}</span>`;
    }
    const box = $("#text");
    box.innerHTML = parts.join("");
    box.scrollTop = 0;
    segs = box.children;
  }

  function spanOf(start, end) { const a = segIndex(start), z = segIndex(end); return [a, z]; }

  function light(i) { // mark fact i's span and underline its evidence
    for (const [el, cls] of lit) el.classList.remove(cls);
    lit = [];
    active = i;
    if (i < 0) return;
    const f = doc.facts[i];
    const mark = (start, end, cls) => {
      const [a, z] = spanOf(start, end);
      for (let k = a; k < z; k++) { segs[k].classList.add(cls); lit.push([segs[k], cls]); }
    };
    mark(f.provenance.start, f.provenance.end, "on");
    for (const [name, e] of Object.entries(f.provenance.evidence)) if (e.start != null) mark(e.start, e.end, "e" + ATTRS[name]);
  }

  // ------------------------------------------------------------ the hover card
  function howBadge(f, name) {
    const e = f.provenance.evidence[name];
    if (!e) return "";
    const quote = e.start != null ? ` “${esc(doc.text.slice(e.start, e.end))}”` : "";
    const label = e.how === "document" ? `${HOW.document} ${name}` : HOW[e.how];
    const mark = e.how === "explicit" ? "" : "⚠ ";
    return ` <span class="how how-${e.how}" title="how: ${e.how}">${mark}${esc(label)}${quote}</span>`;
  }

  function cardHtml(i) {
    const f = doc.facts[i], p = f.provenance;
    const period = f.period ? `${esc(f.period.text)} → ${esc(f.period.start ?? "?")} .. ${esc(f.period.end ?? "?")}` : "—";
    const row = (label, value, extra = "") => `<tr><td>${label}</td><td>${value}${extra}</td></tr>`;
    const val = (v) => (v == null || v === "" ? "—" : esc(v));
    const rows = [
      row("value", `${esc(f.shown)} (${esc(f.value)}${f.upper != null ? " – " + esc(f.upper) : ""} ${esc(f.unit)}, bound ${esc(f.bound)})`),
      row("kind", esc(f.kind)),
      row("metric", val(f.metric), howBadge(f, "metric")),
      ...(f.indicator !== undefined ? [row("indicator", val(f.indicator))] : []),
      row("subject", val(f.subject), howBadge(f, "subject")),
      row("period", period, howBadge(f, "period")),
      row("modality", esc(f.modality)),
      row("comparison", val(f.comparison)),
      row("classifier", val(f.classifier)),
      row("scope", val(f.scope)),
      row("span", `${p.start}..${p.end} “${esc(p.text)}”`),
      row("doc_id", val(p.doc_id)),
    ];
    const steps = p.rule.split("+").map((r) => `<li>${esc(r)}</li>`).join("");
    const sentence = doc.text.slice(p.sentence_start, p.sentence_end);
    return `<h2>${esc(p.text)} <span class="kind k-${f.kind}">${esc(f.kind)}</span></h2>` +
      `<table>${rows.join("")}</table><div>rule chain</div><ol>${steps}</ol>` +
      `<div class="sentence">${esc(sentence)}</div>`;
  }

  function showCard(i, anchor) {
    const card = $("#card");
    card.innerHTML = cardHtml(i);
    card.hidden = false;
    card.dataset.fact = i;
    card.classList.toggle("pinned", pinned); // a hover card lets the mouse through to the text
    card.style.left = "0px"; card.style.top = "0px"; // measure at full width, not squeezed at the edge
    const r = anchor.getBoundingClientRect(), w = card.offsetWidth, h = card.offsetHeight;
    const left = Math.max(6, Math.min(r.left, window.innerWidth - w - 6));
    const below = r.bottom + 8 + h < window.innerHeight, above = r.top - h - 8 > 0;
    card.style.left = left + "px";
    card.style.top = (below || !above ? Math.min(r.bottom + 8, Math.max(6, window.innerHeight - h - 6))
                                      : r.top - h - 8) + "px";
  }

  function hideCard() { $("#card").hidden = true; }

  // ------------------------------------------------------------ the table
  const periodLabel = (f) => f.when; // 2024, 2024-06, 2024-06-30, start..end, or 今年?

  function cell(f, key) {
    switch (key) {
      case "text": return f.provenance.text;
      case "value": return f.shown;
      case "period": return periodLabel(f);
      default: return f[key] ?? "";
    }
  }

  function valueMatches(f, want) {
    const m = want.match(/^\s*(>=|<=|>|<|=)\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*$/i);
    if (!m) return f.shown.includes(want.trim()) || String(f.value).includes(want.trim());
    const x = Number(m[2]), v = f.value;
    return { ">=": v >= x, "<=": v <= x, ">": v > x, "<": v < x, "=": v === x }[m[1]];
  }

  function visible() {
    const rows = [];
    doc.facts.forEach((f, i) => {
      for (const [key, want] of Object.entries(filters)) {
        if (!want) continue;
        if (key === "kind" || key === "modality") { if (f[key] !== want) return; }
        else if (key === "value") { if (!valueMatches(f, want)) return; }
        else if (!cell(f, key).toLowerCase().includes(want.toLowerCase())) return;
      }
      rows.push(i);
    });
    const key = sort.key, dir = sort.dir;
    const value = (i) => key === "i" ? i : key === "value" ? doc.facts[i].value : cell(doc.facts[i], key);
    rows.sort((a, b) => { const x = value(a), y = value(b); return (x < y ? -1 : x > y ? 1 : a - b) * dir; });
    return rows;
  }

  function renderTable() {
    const rows = visible();
    $("#count").textContent = `${rows.length} of ${doc.facts.length} facts` +
      (rows.length < doc.facts.length ? " (filtered)" : "") + " · click a row to find it in the text";
    $("#facts tbody").innerHTML = rows.map((i) => {
      const f = doc.facts[i];
      const how = (name) => { // an attribute not read in the fact's own clause is marked in its cell
        const e = f.provenance.evidence[name];
        return e && e.how !== "explicit" ? ` class="how-${e.how}" title="${name}: ${HOW[e.how]}"` : "";
      };
      return `<tr data-i="${i}"${i === active ? ' class="sel"' : ""}><td class="num">${i + 1}</td>` +
        `<td>${esc(f.provenance.text)}</td><td class="num">${esc(f.shown)}</td>` +
        `<td><span class="kind k-${f.kind}">${f.kind}</span></td><td${how("metric")}>${esc(f.metric ?? "")}</td>` +
        `<td${how("subject")}>${esc(f.subject ?? "")}</td>` +
        `<td class="when"><span${how("period")}>${esc(periodLabel(f))}</span></td><td>${f.modality}</td></tr>`;
    }).join("");
    document.querySelectorAll("thead th[data-sort]").forEach((th) => {
      th.dataset.dir = th.dataset.sort === sort.key ? (sort.dir > 0 ? "asc" : "desc") : "";
    });
  }

  function select(i, fromTable) {
    light(i);
    pinned = true;
    document.querySelectorAll("#facts tbody tr.sel").forEach((tr) => tr.classList.remove("sel"));
    const tr = document.querySelector(`#facts tbody tr[data-i="${i}"]`);
    if (tr) { tr.classList.add("sel"); if (!fromTable) tr.scrollIntoView({ block: "nearest" }); }
    const [a, z] = spanOf(doc.facts[i].provenance.start, doc.facts[i].provenance.end);
    const first = segs[a];
    if (fromTable) { // the span a quarter down the text pane: room for the card below it
      const box = $("#text");
      box.scrollTop += first.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 4;
    }
    for (let k = a; k < z; k++) {
      segs[k].classList.remove("flash");
      void segs[k].offsetWidth; // restart the animation
      segs[k].classList.add("flash");
    }
    showCard(i, first);
  }

  // ------------------------------------------------------------ the header
  function renderHeader() {
    const n = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
    $("#docinfo").textContent = `${doc.path && doc.path !== "-" ? doc.path : doc.doc_id} · ${n(doc.facts.length, "fact")} · ` +
      n(doc.text.length, "character");
    const date = doc.date_guessed
      ? `<span class="warn">⚠ reference date ${esc(doc.date ?? "none")}: ${esc(doc.date_note)}</span>`
      : `reference date ${esc(doc.date)} (${esc(doc.date_note)})`;
    const place = `place ${esc(doc.place ?? "none")} (${esc(doc.place_note)})`;
    $("#context").innerHTML = `${date} · <span class="${doc.place_guessed ? "warn" : ""}">${place}</span>`;
    document.title = `${doc.doc_id} · czfacts`;
  }

  function renderLegend() {
    const kinds = KINDS.map((k) => `<span class="legend-item"><span class="swatch f k-${k}"></span>${k}</span>`);
    const ev = [["m", "metric evidence"], ["s", "subject evidence"], ["p", "period evidence"]]
      .map(([c, label]) => `<span class="legend-item"><span class="ev-key-${c}">${label}</span></span>`);
    const how = '<span class="legend-item">table and card: <span class="how-inherited">inherited from an earlier clause</span>' +
      ' · <span class="how-document">guessed from the document</span></span>';
    $("#legend").innerHTML = kinds.join("") + " · " + ev.join("") + " · " + how;
  }

  function show(index) {
    doc = DOCS[index];
    active = -1; lit = []; pinned = false;
    hideCard();
    renderHeader();
    renderText();
    renderTable();
  }

  // ------------------------------------------------------------ events
  function init() {
    const pick = $("#doc");
    pick.innerHTML = DOCS.map((d, i) => `<option value="${i}">${esc(d.doc_id)} (${d.facts.length})</option>`).join("");
    pick.classList.toggle("single", DOCS.length < 2);
    pick.addEventListener("change", () => show(Number(pick.value)));
    for (const [name, options] of [["kind", KINDS], ["modality", MODALITIES]]) {
      document.querySelector(`select[data-filter="${name}"]`).insertAdjacentHTML("beforeend",
        options.map((o) => `<option>${o}</option>`).join(""));
    }
    document.querySelectorAll("[data-filter]").forEach((input) => {
      input.addEventListener("input", () => { filters[input.dataset.filter] = input.value; renderTable(); });
    });
    document.querySelectorAll("thead th[data-sort]").forEach((th) => th.addEventListener("click", () => {
      sort.dir = sort.key === th.dataset.sort ? -sort.dir : 1;
      sort.key = th.dataset.sort;
      renderTable();
    }));
    $("#facts tbody").addEventListener("click", (event) => {
      const tr = event.target.closest("tr[data-i]");
      if (tr) select(Number(tr.dataset.i), true);
    });
    const text = $("#text");
    text.addEventListener("mouseover", (event) => {
      const el = event.target.closest("[data-f]");
      if (!el || pinned) return;
      const i = Number(el.dataset.f.split(" ")[0]);
      light(i);
      showCard(i, el);
    });
    text.addEventListener("mouseout", (event) => {
      if (pinned || (event.relatedTarget && event.relatedTarget.closest && event.relatedTarget.closest("[data-f]"))) return;
      light(-1);
      hideCard();
    });
    text.addEventListener("click", (event) => {
      const el = event.target.closest("[data-f]");
      if (el) { select(Number(el.dataset.f.split(" ")[0]), false); return; }
      pinned = false; light(-1); hideCard();
    });
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") { pinned = false; light(-1); hideCard(); } });
    text.addEventListener("scroll", () => { // a pinned card follows its span
      if (!pinned || active < 0) { hideCard(); return; }
      showCard(active, segs[spanOf(doc.facts[active].provenance.start, doc.facts[active].provenance.end)[0]]);
    });
    renderLegend();
    show(0);
  }

  if (DOCS.length) init();
  else document.getElementById("text").textContent = "No articles.";
})();
