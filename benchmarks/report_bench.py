"""How fast a report of a big archive is written and opened: ``python benchmarks/report_bench.py [N]``.

Builds an archive database of N issues (default 3,000: the bundled samples, each copy made
distinct by one appended line, parsed and written with the library), then prints:

* the database's counts and size;
* the time ``gazette-extract report`` takes to write the HTML, and the file's size;
* the time headless Chromium (Debian's ``chromium``) takes to load the page until every chart
  and table is drawn (``performance.now()`` when the page marks itself ready), median of 3;
* how many table rows are in the DOM (one page each, not every row).

Nothing is asserted: these are figures for the README.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gazette_extract.store.rows import extract_with_text, issue_rows  # noqa: E402
from gazette_extract.store.writer import ArchiveWriter  # noqa: E402


def build(db: Path, n: int) -> None:
    samples = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in (".txt",) and p.is_file())
    texts = [(p, p.read_bytes()) for p in samples]
    with ArchiveWriter.open(db) as writer:
        for i in range(n):
            path, data = texts[i % len(texts)]
            data = data + f"\n（副本 {i}）\n".encode()
            result, text = extract_with_text(data, path=f"archive/{i:05d}-{path.name}")
            writer.write(issue_rows(result, text))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db, html = Path(tmp) / "archive.db", Path(tmp) / "report.html"
        started = time.perf_counter()
        build(db, n)
        print(f"database: {n} issues built in {time.perf_counter() - started:.1f} s, {db.stat().st_size / 1e6:.1f} MB")
        import sqlite3

        conn = sqlite3.connect(db)
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "tasks", "appointments", "citations")
        }
        conn.close()
        print("rows:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
        cli = shutil.which("gazette-extract", path=str(Path(sys.executable).parent)) or "gazette-extract"
        started = time.perf_counter()
        subprocess.run([cli, "report", "--db", str(db), "-o", str(html), "--today", "2021-06-01"], check=True)
        print(f"report: written in {time.perf_counter() - started:.2f} s, {html.stat().st_size / 1e6:.1f} MB")
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        args = [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
        ]
        loads, walls = [], []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=args)
            for _ in range(3):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                started = time.perf_counter()
                page.goto(html.as_uri(), timeout=120_000)
                page.wait_for_selector("body[data-ready='1']", timeout=120_000)
                walls.append(time.perf_counter() - started)
                loads.append(page.evaluate("window.__report.readyMs") / 1000)
                rows = page.evaluate("document.querySelectorAll('tbody tr').length")
                page.close()
            browser.close()
        print(
            f"browser: ready {statistics.median(loads):.2f} s after navigation start (median of 3; "
            f"wall incl. goto {statistics.median(walls):.2f} s); {rows} table rows in the DOM"
        )


if __name__ == "__main__":
    main()
