"""``gazette-extract report``: an archive database → one self-contained HTML file with charts.

The file works offline: Apache ECharts (vendored in ``app/assets/``, Apache-2.0) and the page's
own script and styles are inlined, the data is one JSON block, nothing is fetched. Charts:

* tasks per lead unit (bar);
* deadlines by month, split into overdue / due within 30 days / later against ``today``;
* personnel changes over time (appoint / remove / resign), filterable by person or organization;
* the most-cited documents, and who cites them;
* warnings by kind.

Tables of documents, tasks and appointments are sortable, filterable and paged (only one page
of rows is ever in the DOM), and every row links to its source: path and line, or page.

:func:`report_data` reads the database (plain ``sqlite3``, read-only); :func:`render_html`
turns that data into the page. Both are pure apart from reading the database and the asset.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from importlib import resources
from typing import Any

__all__ = ["DUE_SOON_DAYS", "render_html", "report_data"]

#: A task is "due soon" when its deadline is within this many days from ``today``.
DUE_SOON_DAYS = 30
#: Bars in the lead-unit and most-cited charts.
TOP_UNITS = 30
TOP_CITED = 20
#: Characters of a task's text kept in the table (the full text is in the source).
TASK_TEXT_CHARS = 160


#: What the page shows: plain JSON-ready data (see :func:`report_data`).
ReportData = dict[str, Any]


def _rows(conn: sqlite3.Connection, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in conn.execute(sql, params)]


def _count(conn: sqlite3.Connection, table: str, where: str = "") -> int:
    count: int = conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0]
    return count


def report_data(conn: sqlite3.Connection, *, today: date) -> ReportData:
    """Everything the page shows, as plain JSON-ready data (tables as column lists + row arrays)."""
    soon = today + timedelta(days=DUE_SOON_DAYS)
    params = {"today": today.isoformat(), "soon": soon.isoformat()}
    counts = {
        "files": _count(conn, "sources"),
        "failed": _count(conn, "sources", "WHERE error_code IS NOT NULL"),
        "issues": _count(conn, "issues"),
        "documents": _count(conn, "documents"),
        "tasks": _count(conn, "tasks"),
        "appointments": _count(conn, "appointments"),
        "members": _count(conn, "members"),
        "citations": _count(conn, "citations"),
        "warnings": _count(conn, "warnings"),
    }
    counts["overdue"], counts["due_soon"] = conn.execute(
        "SELECT coalesce(sum(deadline_date < :today), 0), coalesce(sum(deadline_date >= :today AND deadline_date <= :soon), 0)"
        " FROM tasks WHERE deadline_kind = 'by' AND deadline_date IS NOT NULL",
        params,
    ).fetchone()

    lead_units = _rows(
        conn,
        "SELECT unit, count(DISTINCT task_id) AS n FROM task_units WHERE role = 'lead'"
        " GROUP BY unit ORDER BY n DESC, unit LIMIT ?",
        (TOP_UNITS,),
    )
    deadlines = _rows(
        conn,
        "SELECT substr(deadline_date, 1, 7) AS month,"
        " sum(deadline_date < :today), sum(deadline_date >= :today AND deadline_date <= :soon), sum(deadline_date > :soon)"
        " FROM tasks WHERE deadline_kind = 'by' AND deadline_date IS NOT NULL GROUP BY month ORDER BY month",
        params,
    )
    cited = _rows(
        conn,
        "SELECT c.doc_number, count(DISTINCT c.document_id) AS n, max(c.title)"
        " FROM citations c WHERE c.doc_number IS NOT NULL GROUP BY c.doc_number ORDER BY n DESC, c.doc_number LIMIT ?",
        (TOP_CITED,),
    )
    citing: dict[str, list[list[Any]]] = {}
    for number, *_ in cited:
        citing[number] = [
            list(row)
            for row in conn.execute(
                "SELECT DISTINCT d.id, d.doc_number, d.title FROM citations c JOIN documents d ON d.id = c.document_id"
                " WHERE c.doc_number = ? ORDER BY d.date, d.id",
                (number,),
            )
        ]
    warnings = _rows(conn, "SELECT code, count(*) AS n FROM warnings GROUP BY code ORDER BY n DESC, code")

    documents = {
        "columns": ["id", "doc_number", "title", "kind", "issuer", "date", "path", "line", "page"],
        "rows": _rows(
            conn,
            "SELECT d.id, d.doc_number, d.title, d.kind, d.issuer, d.date, s.path, d.line_start, d.page_start"
            " FROM documents d JOIN sources s ON s.id = d.source_id ORDER BY s.path, d.ordinal",
        ),
    }
    tasks = {
        "columns": ["doc", "text", "lead", "support", "deadline", "due", "kind", "line"],
        "rows": _rows(
            conn,
            f"""SELECT t.document_id, substr(t.text, 1, {TASK_TEXT_CHARS}),
                (SELECT group_concat(unit, '、') FROM (SELECT unit FROM task_units u WHERE u.task_id = t.id AND u.role = 'lead' ORDER BY position)),
                (SELECT group_concat(unit, '、') FROM (SELECT unit FROM task_units u WHERE u.task_id = t.id AND u.role = 'support' ORDER BY position)),
                t.deadline_text, t.deadline_date, t.deadline_kind, t.line_start
            FROM tasks t ORDER BY t.document_id, t.id""",
        ),
    }
    appointments = {
        "columns": ["doc", "date", "action", "person", "position", "organization", "meeting", "line"],
        "rows": _rows(
            conn,
            "SELECT a.document_id, coalesce(a.decided_on, d.date), a.action, a.person, a.position, a.organization,"
            " a.meeting, a.line_start FROM appointments a JOIN documents d ON d.id = a.document_id"
            " ORDER BY coalesce(a.decided_on, d.date), a.id",
        ),
    }
    return {
        "today": today.isoformat(),
        "soon": soon.isoformat(),
        "due_soon_days": DUE_SOON_DAYS,
        "counts": counts,
        "lead_units": lead_units,
        "deadlines": deadlines,
        "cited": cited,
        "citing": citing,
        "warnings": warnings,
        "documents": documents,
        "tasks": tasks,
        "appointments": appointments,
    }


def _script_json(data: ReportData) -> str:
    """JSON that is safe inside <script>: no '</' can close the element, no U+2028/9 breaks it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _echarts() -> str:
    return resources.files("gazette_extract.app").joinpath("assets/echarts.min.js").read_text(encoding="utf-8")


def render_html(data: ReportData, *, title: str = "Gazette archive report") -> str:
    """The whole page, with ECharts, styles, script and data inlined."""
    from html import escape

    return (
        _PAGE.replace("__TITLE__", escape(title))
        .replace("__ECHARTS__", _echarts().replace("</script", "<\\/script"))
        .replace("__APP__", _APP)
        .replace("__DATA__", _script_json(data))
    )


_APP = r"""
"use strict";
const DATA = JSON.parse(document.getElementById("report-data").textContent);
const REPORT = { charts: {} };
window.__report = REPORT;
const FONT = 'system-ui, -apple-system, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif';
const COLORS = { overdue: "#c0392b", soon: "#e67e22", later: "#2e86c1", appoint: "#27ae60", remove: "#c0392b", resign: "#8e44ad" };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "text") node.textContent = v; else node.setAttribute(k, v);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

function sourceLink(path, line, page) {
  if (!path) return "";
  const where = page ? `p.${page}` : (line ? `L${line}` : "");
  const a = el("a", { href: encodeURI(path) + (line ? `#L${line}` : ""), title: path, text: `${path.split("/").pop()}${where ? ":" + where : ""}` });
  return a;
}

function chart(id, option, marks, bars) {
  const node = document.getElementById(id);
  if (bars) node.style.height = `${Math.max(200, 40 + 20 * bars)}px`;  // one readable label per bar
  const instance = echarts.init(node, null, { renderer: "svg" });
  option.textStyle = { fontFamily: FONT };
  option.animation = false;
  instance.setOption(option);
  REPORT.charts[id] = { marks: marks, instance: instance };
  window.addEventListener("resize", () => instance.resize());
  return instance;
}

function empty(id, message) {
  const node = document.getElementById(id);
  node.classList.add("empty");
  node.textContent = message;
  REPORT.charts[id] = { marks: 0, instance: null };
}

// ---- summary tiles ----------------------------------------------------------------------------
for (const [key, value] of Object.entries(DATA.counts)) {
  const node = document.getElementById(`count-${key}`);
  if (node) node.textContent = value.toLocaleString("en-US").replace(/,/g, ",");
}
document.getElementById("today").textContent = DATA.today;

// ---- tasks per lead unit ---------------------------------------------------------------------
if (DATA.lead_units.length) {
  const units = DATA.lead_units.slice().reverse();
  chart("chart-units", {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: units.map(r => r[0]), axisLabel: { interval: 0, width: 160, overflow: "truncate" } },
    series: [{ type: "bar", name: "tasks led", data: units.map(r => r[1]), itemStyle: { color: "#2e86c1" } }],
  }, units.length, units.length);
} else empty("chart-units", "No task names a lead unit.");

// ---- deadlines by month ----------------------------------------------------------------------
if (DATA.deadlines.length) {
  const months = DATA.deadlines.map(r => r[0]);
  const series = [["overdue", 1], ["soon", 2], ["later", 3]].map(([name, i]) => ({
    type: "bar", stack: "due", name: { overdue: "overdue", soon: `due within ${DATA.due_soon_days} days`, later: "later" }[name],
    itemStyle: { color: COLORS[name] }, data: DATA.deadlines.map(r => r[i] || 0),
  }));
  const marks = DATA.deadlines.reduce((n, r) => n + [r[1], r[2], r[3]].filter(v => v > 0).length, 0);
  chart("chart-deadlines", {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 }, tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "category", data: months }, yAxis: { type: "value", minInterval: 1 }, series,
  }, marks);
} else empty("chart-deadlines", "No task has a dated deadline.");

// ---- personnel over time ---------------------------------------------------------------------
const ACTIONS = ["appoint", "remove", "resign"];
function personnelChart(filter) {
  const needle = (filter || "").replace(/\s+/g, "");
  const cols = DATA.appointments.columns;
  const rows = DATA.appointments.rows.filter(r => !needle || [r[3], r[4], r[5]].some(v => v && v.includes(needle)));
  const byMonth = new Map();
  for (const r of rows) {
    const month = (r[1] || "undated").slice(0, 7);
    if (!byMonth.has(month)) byMonth.set(month, { appoint: 0, remove: 0, resign: 0 });
    byMonth.get(month)[r[2]] += 1;
  }
  const months = [...byMonth.keys()].sort();
  const series = ACTIONS.map(a => ({ type: "bar", stack: "p", name: a, itemStyle: { color: COLORS[a] }, data: months.map(m => byMonth.get(m)[a]) }));
  const marks = months.reduce((n, m) => n + ACTIONS.filter(a => byMonth.get(m)[a] > 0).length, 0);
  const option = {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 }, tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "category", data: months }, yAxis: { type: "value", minInterval: 1 }, series,
  };
  const existing = REPORT.charts["chart-personnel"];
  if (existing && existing.instance) { existing.instance.setOption(option, true); existing.marks = marks; }
  else chart("chart-personnel", option, marks);
  document.getElementById("personnel-shown").textContent = rows.length;
  return rows.length;
}
if (DATA.appointments.rows.length) personnelChart("");
else empty("chart-personnel", "No appointments, removals or resignations.");

// ---- most-cited documents --------------------------------------------------------------------
if (DATA.cited.length) {
  const cited = DATA.cited.slice().reverse();
  const instance = chart("chart-cited", {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: p => `${p[0].name}<br>${cited[p[0].dataIndex][2] || ""}<br>cited by ${p[0].value}` },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: cited.map(r => r[0]), axisLabel: { interval: 0 } },
    series: [{ type: "bar", name: "citing documents", data: cited.map(r => r[1]), itemStyle: { color: "#16a085" } }],
  }, cited.length, cited.length);
  const showCiting = number => {
    const box = document.getElementById("citing");
    box.replaceChildren(el("h3", { text: `Who cites ${number}` }));
    const list = el("ul");
    for (const [id, docNumber, title] of DATA.citing[number] || []) {
      list.append(el("li", {}, el("a", { href: `#doc-${id}`, "data-doc": id, text: `${docNumber || "(no number)"} ${title}` })));
    }
    box.append(list);
  };
  instance.on("click", p => showCiting(p.name));
  showCiting(DATA.cited[0][0]);
} else empty("chart-cited", "No document cites another by its number.");

// ---- warnings --------------------------------------------------------------------------------
if (DATA.warnings.length) {
  chart("chart-warnings", {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: DATA.warnings.map(r => r[0]).reverse(), axisLabel: { interval: 0 } },
    series: [{ type: "bar", name: "warnings", data: DATA.warnings.map(r => r[1]).reverse(), itemStyle: { color: "#7f8c8d" } }],
  }, DATA.warnings.length, DATA.warnings.length);
} else empty("chart-warnings", "No warnings.");

// ---- paged, sortable, filterable tables ------------------------------------------------------
const DOCS = new Map(DATA.documents.rows.map(r => [r[0], r]));
const PAGE = 25;

function table(id, spec) {
  const root = document.getElementById(id);
  const state = { filter: "", sort: null, desc: false, page: 0, rows: spec.rows };
  const input = el("input", { type: "search", placeholder: "filter…", "aria-label": `filter ${spec.name}` });
  const info = el("span", { class: "info" });
  const prev = el("button", { type: "button", text: "‹ prev" });
  const next = el("button", { type: "button", text: "next ›" });
  const head = el("tr");
  const body = el("tbody");
  spec.headers.forEach((h, i) => {
    const th = el("th", { text: h, scope: "col", tabindex: "0" });
    th.addEventListener("click", () => { state.desc = state.sort === i ? !state.desc : false; state.sort = i; state.page = 0; apply(); });
    head.append(th);
  });
  root.append(el("div", { class: "controls" }, input, prev, next, info),
              el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), body)));
  function apply() {
    const needle = state.filter.replace(/\s+/g, "");
    let rows = needle ? spec.rows.filter(r => spec.text(r).includes(needle)) : spec.rows.slice();
    if (state.sort !== null) {
      const key = spec.sortKey;
      rows.sort((a, b) => { const x = key(a, state.sort), y = key(b, state.sort); return (x < y ? -1 : x > y ? 1 : 0) * (state.desc ? -1 : 1); });
    }
    state.rows = rows;
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    const slice = rows.slice(state.page * PAGE, state.page * PAGE + PAGE);
    body.replaceChildren(...slice.map(r => { const tr = el("tr"); for (const cell of spec.cells(r)) tr.append(el("td", {}, cell)); if (spec.rowId) tr.id = spec.rowId(r); return tr; }));
    info.textContent = `${rows.length ? state.page * PAGE + 1 : 0}–${state.page * PAGE + slice.length} of ${rows.length}`;
    prev.disabled = state.page === 0; next.disabled = state.page >= pages - 1;
    root.dataset.total = rows.length; root.dataset.shown = slice.length;
  }
  input.addEventListener("input", () => { state.filter = input.value; state.page = 0; apply(); });
  prev.addEventListener("click", () => { state.page -= 1; apply(); });
  next.addEventListener("click", () => { state.page += 1; apply(); });
  apply();
  return { apply, state, input };
}

const docLabel = id => { const d = DOCS.get(id); return d ? (d[1] || d[2]) : ""; };
const docSource = (id, line) => { const d = DOCS.get(id); return d ? sourceLink(d[6], line, line ? null : d[8]) : ""; };
const s = v => (v == null ? "" : String(v));
REPORT.tables = {
  documents: table("table-documents", {
    name: "documents", rows: DATA.documents.rows,
    headers: ["number", "title", "kind", "issuer", "date", "source"],
    cells: r => [s(r[1]), s(r[2]), s(r[3]), s(r[4]), s(r[5]), sourceLink(r[6], r[7], r[8])],
    text: r => [r[1], r[2], r[3], r[4], r[5], r[6]].map(s).join("\u0001"),
    sortKey: (r, i) => s([r[1], r[2], r[3], r[4], r[5], r[6]][i]),
    rowId: r => `doc-${r[0]}`,
  }),
  tasks: table("table-tasks", {
    name: "tasks", rows: DATA.tasks.rows,
    headers: ["task", "lead", "support", "deadline", "due", "document", "source"],
    cells: r => {
      const due = el("span", { text: s(r[5]) });
      if (r[5] && r[6] === "by") due.className = r[5] < DATA.today ? "overdue" : (r[5] <= DATA.soon ? "soon" : "");
      return [s(r[1]), s(r[2]), s(r[3]), s(r[4]), due, docLabel(r[0]), docSource(r[0], r[7])];
    },
    text: r => [r[1], r[2], r[3], r[4], r[5], docLabel(r[0])].map(s).join("\u0001"),
    sortKey: (r, i) => s([r[1], r[2], r[3], r[4], r[5], docLabel(r[0]), r[7]][i]),
  }),
  appointments: table("table-appointments", {
    name: "appointments", rows: DATA.appointments.rows,
    headers: ["date", "action", "person", "position", "meeting", "document", "source"],
    cells: r => [s(r[1]), s(r[2]), s(r[3]), s(r[4]), s(r[6]), docLabel(r[0]), docSource(r[0], r[7])],
    text: r => [r[1], r[2], r[3], r[4], r[5], r[6], docLabel(r[0])].map(s).join("\u0001"),
    sortKey: (r, i) => s([r[1], r[2], r[3], r[4], r[6], docLabel(r[0]), r[7]][i]),
  }),
};
const personnelFilter = document.getElementById("personnel-filter");
personnelFilter.addEventListener("input", () => {
  if (DATA.appointments.rows.length) personnelChart(personnelFilter.value);
  const t = REPORT.tables.appointments; t.input.value = personnelFilter.value; t.state.filter = personnelFilter.value; t.state.page = 0; t.apply();
});
REPORT.readyMs = performance.now();
document.body.dataset.ready = "1";
"""

_PAGE = r"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>
:root { --fg: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bg: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 1200px; margin: 0 auto; padding: 12px 16px; }
h1 { font-size: 1.4rem; margin: 8px 0; } h2 { font-size: 1.1rem; margin: 0 0 8px; } h3 { font-size: 1rem; margin: 8px 0 4px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 8px; }
.tile { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.tile b { display: block; font-size: 1.3rem; } .tile span { color: var(--muted); font-size: .85rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr)); gap: 12px; margin-top: 12px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; min-width: 0; }
.chart { width: 100%; height: 360px; } .chart.empty { height: auto; color: var(--muted); padding: 24px 0; }
.controls { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 6px; }
.controls input { flex: 1 1 180px; padding: 4px 6px; font: inherit; }
.info { color: var(--muted); font-size: .85rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--line); }
th { cursor: pointer; white-space: nowrap; background: #f0f4f8; }
td:first-child { min-width: 12em; }
.overdue { color: #c0392b; font-weight: 600; } .soon { color: #d35400; font-weight: 600; }
#citing ul { margin: 0; padding-left: 1.2em; max-height: 180px; overflow: auto; }
footer { color: var(--muted); font-size: .8rem; max-width: 1200px; margin: 0 auto; padding: 8px 16px 24px; }
</style>
</head>
<body>
<header>
  <h1>__TITLE__</h1>
  <div class="tiles">
    <div class="tile"><b id="count-issues">–</b><span>issues</span></div>
    <div class="tile"><b id="count-documents">–</b><span>documents</span></div>
    <div class="tile"><b id="count-tasks">–</b><span>tasks</span></div>
    <div class="tile"><b id="count-overdue">–</b><span>overdue on <span id="today"></span></span></div>
    <div class="tile"><b id="count-due_soon">–</b><span>due within 30 days</span></div>
    <div class="tile"><b id="count-appointments">–</b><span>personnel changes</span></div>
    <div class="tile"><b id="count-members">–</b><span>roster members</span></div>
    <div class="tile"><b id="count-citations">–</b><span>citations</span></div>
    <div class="tile"><b id="count-warnings">–</b><span>warnings</span></div>
    <div class="tile"><b id="count-failed">–</b><span>files not read</span></div>
  </div>
</header>
<main>
  <div class="grid">
    <section><h2>Tasks per lead unit</h2><div id="chart-units" class="chart"></div></section>
    <section><h2>Deadlines by month</h2><div id="chart-deadlines" class="chart"></div></section>
    <section><h2>Personnel changes over time</h2>
      <div class="controls"><input id="personnel-filter" type="search" placeholder="person or organization…" aria-label="filter personnel"><span class="info"><span id="personnel-shown">0</span> shown</span></div>
      <div id="chart-personnel" class="chart"></div></section>
    <section><h2>Most-cited documents</h2><div id="chart-cited" class="chart"></div><div id="citing"></div></section>
    <section><h2>Warnings by kind</h2><div id="chart-warnings" class="chart"></div></section>
  </div>
  <section style="margin-top:12px"><h2>Tasks</h2><div id="table-tasks"></div></section>
  <section style="margin-top:12px"><h2>Personnel changes</h2><div id="table-appointments"></div></section>
  <section style="margin-top:12px"><h2>Documents</h2><div id="table-documents"></div></section>
</main>
<footer>Made by gazette-extract from an archive database. Charts: Apache ECharts (Apache License 2.0). Each row's source link opens the file it was read from (path:line, or p.page).</footer>
<script type="application/json" id="report-data">__DATA__</script>
<script>__ECHARTS__</script>
<script>__APP__</script>
</body>
</html>
"""
