"""Figures for ``index`` and ``query`` on a large archive. Prints figures, asserts nothing.

    python benchmarks/index_bench.py               # 3,000 issues
    python benchmarks/index_bench.py -n 500        # fewer, when time is short

1. Builds N issues from the bundled samples (samples/**/*.txt in turn), each varied by a line
   naming its copy number so that every sha256 differs.
2. Times ``batch -j 2`` (to /dev/null), ``index -j 2`` and ``index -j 2 --no-fts`` (into fresh
   databases) on the same files: files/s, CPU ms per file (the command and its workers) and the
   ratios to batch (the issue's target: index ≥ 80 % of batch).
3. Times each query on that database (median of 5 runs, in subprocesses) against
   ``gazette-extract --version`` (target: each ≤ 4×).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES: dict[str, list[str]] = {
    "person": ["query", "person", "任宝军"],
    "unit": ["query", "unit", "区教委", "--due-before", "2022-01-01", "--today", "2021-03-01"],
    "unit --open": ["query", "unit", "国家发展改革委", "--open"],
    "cites": ["query", "cites", "国办发[2019]3号"],
    "cited-by": ["query", "cited-by", "京平政发〔2021〕1号"],
    "search (FTS)": ["query", "search", "垃圾分类"],
    "search (LIKE)": ["query", "search", "垃圾"],
    "sql": ["query", "sql", "SELECT unit, count(*) AS n FROM task_units GROUP BY unit ORDER BY n DESC LIMIT 10"],
}


def command() -> list[str]:
    script = shutil.which("gazette-extract", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "gazette_extract"]


def build(folder: Path, count: int) -> int:
    samples = sorted(p for p in (ROOT / "samples").rglob("*.txt"))
    texts = [p.read_bytes() for p in samples]
    size = 0
    for i in range(count):
        data = texts[i % len(texts)] + f"\n（第{i}份）\n".encode()
        (folder / f"issue-{i:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its workers, once waited for
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def timed_cpu(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (the CPU figure is steadier on a machine shared with other work)."""
    cpu = cpu_seconds()
    wall = timed(args)
    return wall, cpu_seconds() - cpu


def median_of(args: list[str], runs: int = 5) -> float:
    return statistics.median(timed(args) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=3000, help="issues to build (default 3000)")
    parser.add_argument("-j", type=int, default=2, help="workers for batch and index (default 2)")
    args = parser.parse_args()
    exe = command()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "issues"
        folder.mkdir()
        size = build(folder, args.n)
        db = Path(tmp) / "archive.db"
        print(f"{args.n} issues, {size / 1e6:.1f} MB, {os.cpu_count()} CPUs")
        runs = {
            "batch": [*exe, "batch", str(folder), "-j", str(args.j), "-o", os.devnull],
            "index": [*exe, "index", str(folder), "--db", str(db), "-j", str(args.j)],
            "index --no-fts": [
                *exe,
                "index",
                str(folder),
                "--db",
                str(Path(tmp) / "nofts.db"),
                "-j",
                str(args.j),
                "--no-fts",
            ],
        }
        figures = {name: timed_cpu(run) for name, run in runs.items()}
        batch_wall, batch_cpu = figures["batch"]
        for name, (wall, cpu) in figures.items():
            share = (
                ""
                if name == "batch"
                else f"  = {batch_wall / wall:.0%} of batch's throughput, {batch_cpu / cpu:.0%} by CPU (target ≥ 80 %)"
            )
            print(
                f"{name + f' -j {args.j}':20s} {wall:7.2f} s  {args.n / wall:7.1f} files/s  {cpu * 1000 / args.n:5.2f} ms CPU/file{share}"
            )
        again = timed([*exe, "index", str(folder), "--db", str(db), "-j", str(args.j)])
        print(f"index again (nothing new): {again:.2f} s; database {db.stat().st_size / 1e6:.1f} MB")
        version = median_of([*exe, "--version"])
        print(f"--version: {version * 1000:.0f} ms")
        for name, query in QUERIES.items():
            seconds = median_of([*exe, *query, "--db", str(db), "-f", "jsonl"])
            print(f"query {name:14s} {seconds * 1000:6.0f} ms  = {seconds / version:.1f}× --version (target ≤ 4×)")


if __name__ == "__main__":
    main()
