"""Figures for ``batch --cluster`` (issue 13): how OCR-bound work scales from one Dask worker to
two, and what a text file costs through the cluster compared with local worker processes.

    python benchmarks/cluster_bench.py                 # both
    python benchmarks/cluster_bench.py --only ocr      # scanned PDFs: 1 worker vs 2 (target ≥ 1.7×)
    python benchmarks/cluster_bench.py --only text     # small text files: --cluster vs -j 2

Starts its own ``dask scheduler`` and ``dask worker --nthreads 1`` processes on 127.0.0.1 and
stops them. Needs the test extra (distributed, reportlab, rapidocr) and the wqy-zenhei font.
Runs the real command line, so each figure includes start-up. Prints figures, asserts nothing.
On a machine shared with other work, run it when the machine is idle: the workers compete for
the cores.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
BIN = Path(sys.executable).parent
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"


@contextmanager
def cluster(workers: int, folder: Path):
    """The address of a scheduler with ``workers`` one-thread worker processes."""
    from distributed import Client

    scheduler_file = folder / f"scheduler-{workers}.json"
    scheduler_file.unlink(missing_ok=True)  # an earlier cluster's: its scheduler is gone
    common = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "start_new_session": True,
    }
    procs = [
        subprocess.Popen(
            [
                BIN / "dask",
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                scheduler_file,
            ],
            **common,
        )
    ]
    try:
        procs += [
            subprocess.Popen(
                [
                    BIN / "dask",
                    "worker",
                    "--scheduler-file",
                    scheduler_file,
                    "--nworkers",
                    "1",
                    "--nthreads",
                    "1",
                    "--host",
                    "127.0.0.1",
                    "--no-dashboard",
                ],
                **common,
            )
            for _ in range(workers)
        ]
        while not scheduler_file.exists():
            time.sleep(0.1)
        with Client(scheduler_file=str(scheduler_file), timeout=30) as client:
            client.wait_for_workers(workers, timeout=60)
            address = client.scheduler.address
        yield address
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def timed(*args: object) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "gazette_extract", *map(str, args)], capture_output=True, stdin=subprocess.DEVNULL
    )
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"batch failed: {proc.stderr.decode()}")
    return seconds


def ocr(folder: Path, files: int) -> None:
    import pdfmaker

    scans = folder / "scans"
    scans.mkdir()
    pdf = pdfmaker.scanned_pdf((ROOT / "samples" / "more" / "gwy-46.txt").read_text(encoding="utf-8"))  # 2 A4 pages
    for i in range(files):
        (scans / f"scan-{i:02}.pdf").write_bytes(pdf)
    warm = folder / "warm"
    warm.mkdir()
    (warm / "scan.pdf").write_bytes(pdf)
    pages = 2 * files
    figures = {}
    for workers in (1, 2):
        with cluster(workers, folder) as address:
            timed("batch", warm, "--cluster", address, "-o", folder / "warm.jsonl")  # the models loaded in each worker
            figures[workers] = timed("batch", scans, "--cluster", address, "-o", folder / f"ocr-{workers}.jsonl")
        print(
            f"ocr: {files} scanned PDFs, {pages} A4 pages, {workers} worker(s): {figures[workers]:.1f} s ({figures[workers] / pages:.2f} s/page)"
        )
    same = (folder / "ocr-1.jsonl").read_bytes() == (folder / "ocr-2.jsonl").read_bytes()
    print(f"ocr: speed-up of 2 workers over 1: {figures[1] / figures[2]:.2f}x (target >= 1.7x); same output: {same}")


def text(folder: Path, files: int) -> None:
    texts = folder / "texts"
    texts.mkdir()
    data = SAMPLE.read_bytes()
    for i in range(files):
        (texts / f"issue-{i:04}.txt").write_bytes(data + f"\n第{i}期\n".encode())
    local = timed("batch", texts, "-j", "2", "-o", folder / "local.jsonl")
    with cluster(2, folder) as address:
        timed("batch", texts, "--cluster", address, "-o", folder / "warm.jsonl")
        remote = timed("batch", texts, "--cluster", address, "-o", folder / "cluster.jsonl")
    same = (folder / "local.jsonl").read_bytes() == (folder / "cluster.jsonl").read_bytes()
    size = len(data) / 1e3
    print(
        f"text: {files} files of {size:.0f} kB: -j 2 {local:.2f} s ({local / files * 1e3:.1f} ms/file); --cluster with 2 workers {remote:.2f} s ({remote / files * 1e3:.1f} ms/file)"
    )
    print(f"text: cluster overhead {(remote - local) / files * 1e3:+.1f} ms per file; same output: {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=("ocr", "text"))
    parser.add_argument("--scans", type=int, default=6, help="scanned PDFs of 2 pages (default 6)")
    parser.add_argument("--texts", type=int, default=400, help="text files (default 400)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "text"):
            text(Path(tmp), args.texts)
        if args.only in (None, "ocr"):
            ocr(Path(tmp), args.scans)


if __name__ == "__main__":
    main()
