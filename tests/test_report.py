"""The HTML report (issue 12): data from the archive database, rendered into one offline page,
opened in a real headless Chromium (Debian's ``chromium`` package, driven by Playwright).

The browser tests need ``/usr/bin/chromium`` (``.ci/run`` installs it); they fail, never skip,
when it is missing. The screenshot they take is kept in ``test-artifacts/`` (or
``$GAZETTE_TEST_ARTIFACTS``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gazette_extract.app.report import DUE_SOON_DAYS, render_html, report_data
from gazette_extract.store.rows import extract_with_text, issue_rows
from gazette_extract.store.writer import ArchiveWriter

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2021, 6, 1)
ARTIFACTS = Path(os.environ.get("GAZETTE_TEST_ARTIFACTS", ROOT / "test-artifacts"))
CLI = [sys.executable, "-m", "gazette_extract"]


def build_db(path: Path, samples: list[Path]) -> Path:
    with ArchiveWriter.open(path) as writer:
        for sample in samples:
            result, text = extract_with_text(sample.read_bytes(), path=sample.relative_to(ROOT).as_posix())
            writer.write(issue_rows(result, text))
    return path


@pytest.fixture(scope="session")
def archive(tmp_path_factory) -> Path:
    samples = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in (".txt", ".html") and p.is_file())
    return build_db(tmp_path_factory.mktemp("report") / "archive.db", samples)


@pytest.fixture(scope="session")
def data(archive) -> dict:
    conn = sqlite3.connect(archive)
    try:
        return report_data(conn, today=TODAY)
    finally:
        conn.close()


def scalar(db: Path, sql: str, *params):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


# ---- the data --------------------------------------------------------------------------------


def test_counts_are_the_database_counts(archive, data):
    for table in ("issues", "documents", "tasks", "appointments", "members", "citations", "warnings"):
        assert data["counts"][table] == scalar(archive, f"SELECT count(*) FROM {table}"), table
    assert data["counts"]["tasks"] > 100 and data["counts"]["appointments"] > 10  # the samples are really in it
    assert len(data["tasks"]["rows"]) == data["counts"]["tasks"]
    assert len(data["appointments"]["rows"]) == data["counts"]["appointments"]
    assert len(data["documents"]["rows"]) == data["counts"]["documents"]


def test_overdue_and_due_soon_are_measured_from_today(archive, data):
    dated = "SELECT count(*) FROM tasks WHERE deadline_kind = 'by' AND deadline_date"
    assert data["counts"]["overdue"] == scalar(archive, f"{dated} < ?", "2021-06-01")
    assert data["counts"]["due_soon"] == scalar(archive, f"{dated} BETWEEN ? AND ?", "2021-06-01", "2021-07-01")
    assert DUE_SOON_DAYS == 30
    months = {month: (overdue, soon, later) for month, overdue, soon, later in data["deadlines"]}
    assert sum(sum(v) for v in months.values()) == scalar(archive, f"{dated} IS NOT NULL")
    assert months["2021-11"][0] == 0 and months["2021-11"][2] > 0  # the sample's 2021年11月底前 tasks are later
    assert months["2021-02"][0] > 0  # and its 2021年2月底 ones are overdue on 2021-06-01
    later = report_data(sqlite3.connect(archive), today=date(2030, 1, 1))
    assert later["counts"]["overdue"] == scalar(archive, f"{dated} < ?", "2030-01-01")


def test_lead_units_and_citations(archive, data):
    top_unit, top_count = data["lead_units"][0]
    assert top_count == scalar(
        archive, "SELECT count(DISTINCT task_id) FROM task_units WHERE role = 'lead' AND unit = ?", top_unit
    )
    assert [n for _, n in data["lead_units"]] == sorted((n for _, n in data["lead_units"]), reverse=True)
    number, count, _ = data["cited"][0]
    assert count == scalar(archive, "SELECT count(DISTINCT document_id) FROM citations WHERE doc_number = ?", number)
    assert len(data["citing"][number]) == count


def test_page_is_self_contained_and_script_safe(data):
    hostile = json.loads(json.dumps(data))
    hostile["documents"]["rows"].append(
        [999, "x", "</script><script>alert(1)</script>\u2028", None, None, None, "a.txt", 1, None]
    )
    html = render_html(hostile, title="<b>title</b>")
    assert html.count("</script>") == 3  # data, ECharts, the app: nothing closed early
    assert "<b>title</b>" not in html and "&lt;b&gt;title&lt;/b&gt;" in html
    markup = re.sub(r"(<script[^>]*>).*?</script>", r"\1</script>", html, flags=re.S)
    assert not re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)=", markup)  # nothing to fetch
    assert "default-src 'none'" in html  # and the page may not fetch anything


# ---- the command -----------------------------------------------------------------------------


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, **kwargs)


def test_report_command_writes_the_file(archive, tmp_path):
    out = tmp_path / "report.html"
    done = run("report", "--db", str(archive), "-o", str(out), "--today", "2021-06-01")
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert '"today":"2021-06-01"' in page
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left


def test_report_command_bad_today(archive, tmp_path):
    done = run("report", "--db", str(archive), "-o", str(tmp_path / "r.html"), "--today", "June")
    assert done.returncode == 2 and done.stderr == "Error: --today must be a date YYYY-MM-DD: 'June'\n"
    assert list(tmp_path.iterdir()) == []


def test_report_command_missing_database(tmp_path):
    done = run("report", "--db", str(tmp_path / "missing.db"), "-o", str(tmp_path / "r.html"))
    assert done.returncode != 0 and done.stderr.startswith("Error: no such database") and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_report_never_replaces_the_database(archive, tmp_path):
    db = tmp_path / "a.db"
    shutil.copy(archive, db)
    done = run("report", "--db", str(db), "-o", str(db))
    assert done.returncode == 2 and "would replace the database" in done.stderr
    assert db.read_bytes() == archive.read_bytes()


# ---- in a real browser -----------------------------------------------------------------------

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]  # fmt: skip


def chromium_path() -> str:
    for name in (os.environ.get("GAZETTE_CHROMIUM"), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    pytest.fail("Chromium is needed for the report tests: apt-get install chromium (as .ci/run does)")


@pytest.fixture(scope="module")  # Playwright's sync API holds an event loop in this thread while
def browser():  # it runs: closed with this module, so later tests (the MCP client) can run their own
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def open_report(browser, path: Path, viewport=(1280, 900)):
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    return page, problems, requests


@pytest.fixture(scope="session")
def report_file(archive, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    done = run("report", "--db", str(archive), "-o", str(out), "--today", TODAY.isoformat())
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.slow
def test_report_in_chromium(browser, report_file, data):
    page, problems, requests = open_report(browser, report_file)
    assert problems == []
    assert requests == [report_file.as_uri()]  # the page fetches nothing

    charts = page.evaluate(
        """() => Object.fromEntries(Object.entries(window.__report.charts).map(([id, c]) =>
             [id, {marks: c.marks, svg: document.querySelectorAll('#' + id + ' svg').length,
                   paths: document.querySelectorAll('#' + id + ' svg path').length}]))"""
    )
    assert set(charts) == {"chart-units", "chart-deadlines", "chart-personnel", "chart-cited", "chart-warnings"}
    expected_marks = {
        "chart-units": len(data["lead_units"]),
        "chart-cited": len(data["cited"]),
        "chart-warnings": len(data["warnings"]),
        "chart-deadlines": sum(1 for row in data["deadlines"] for v in row[1:] if v),
    }
    for chart_id, marks in expected_marks.items():
        assert charts[chart_id]["marks"] == marks > 0, chart_id
    for chart_id, chart in charts.items():
        assert chart["svg"] == 1 and chart["paths"] >= chart["marks"] > 0, chart_id

    shown = page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('[id^=count-]')].map(n => [n.id.slice(6), n.textContent]))"
    )
    assert len(shown) >= 9
    assert {k: int(v.replace(",", "")) for k, v in shown.items()} == {k: data["counts"][k] for k in shown}  # 1,050

    # tables are paged: one page of rows in the DOM, the total in the info line
    for name, total in (
        ("tasks", data["counts"]["tasks"]),
        ("appointments", data["counts"]["appointments"]),
        ("documents", data["counts"]["documents"]),
    ):
        rows = page.locator(f"#table-{name} tbody tr").count()
        assert rows == min(25, total), name
        assert page.get_attribute(f"#table-{name}", "data-total") == str(total)
    links = page.locator("#table-tasks tbody tr td:last-child a")
    assert links.count() == 25 and re.search(r":L\d+$", links.first.text_content())

    # filtering the personnel chart by a person narrows chart and table together
    person = data["appointments"]["rows"][0][3]
    expected = sum(1 for r in data["appointments"]["rows"] if any(v and person in v for v in (r[3], r[4], r[5])))
    page.fill("#personnel-filter", person)
    assert page.text_content("#personnel-shown") == str(expected)
    assert page.get_attribute("#table-appointments", "data-total") == str(expected)

    # sorting the tasks by deadline puts the earliest due first
    page.fill("#table-tasks input", "")
    page.click("#table-tasks th:nth-child(5)")
    first_due = page.text_content("#table-tasks tbody tr:first-child td:nth-child(5)")
    assert first_due == min((r[5] for r in data["tasks"]["rows"] if r[5]), default="") or first_due == ""
    assert problems == []

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
    page.close()


@pytest.mark.slow
def test_report_on_a_phone_and_on_an_empty_archive(browser, tmp_path, report_file):
    page, problems, _ = open_report(browser, report_file, viewport=(390, 800))
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1  # no sideways scrolling of the page itself (tables scroll in their box)
    assert problems == []
    page.close()

    empty_db = build_db(tmp_path / "empty.db", [])
    out = tmp_path / "empty.html"
    assert run("report", "--db", str(empty_db), "-o", str(out), "--today", "2021-06-01").returncode == 0
    page, problems, _ = open_report(browser, out)
    assert problems == []
    assert page.text_content("#count-tasks") == "0"
    assert page.locator(".chart.empty").count() == 5
    page.close()
