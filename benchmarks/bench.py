"""Figures for gazette-extract's speed: the library, the CLI start-up, the deadline grammar, batch.

    python benchmarks/bench.py                      # everything
    python benchmarks/bench.py --only lib,cli       # some parts: lib, spans, cli, deadlines, batch

Prints figures, asserts nothing. Parts:

- lib: ``pipeline.extract`` on samples/pinggu-2021-01.txt, and on all sample texts concatenated,
  each repeated into one text of at least 5 MB (best of 3), and on the single sample in a loop;
  MB/s on one core, from the process's CPU time (the wall time is printed too);
- spans: the span stage's share of ``extract`` (the stage timed alone on extract's result);
- cli: wall time of ``gazette-extract --version`` and ``gazette-extract parse SAMPLE`` (median of
  10 runs each, in subprocesses, with the package's bytecode written first) and their ratio;
- deadlines: phrases/s of ``deadlines.parse_deadline_dict`` over benchmarks/deadline_phrases.py,
  cache cleared every round;
- batch: ``gazette-extract batch`` over 200 copies of the sample with ``-j 1`` and ``-j 2``:
  files/s, MB/s and the speed-up.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"
PARTS = ("lib", "spans", "cli", "deadlines", "batch")
MB = 1e6


def command() -> list[str]:
    """The installed console script next to this Python, else ``python -m gazette_extract``."""
    script = shutil.which("gazette-extract", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "gazette_extract"]


def best_of(rounds: int, work) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def wall_times(args: list[str], runs: int, **kwargs) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, **kwargs)
        times.append(time.perf_counter() - start)
    return times


def corpus() -> bytes:
    """Every sample text (samples/**/*.txt) concatenated: a large realistic input."""
    return b"\n".join(path.read_bytes() for path in sorted((ROOT / "samples").rglob("*.txt")))


def best_cpu(rounds: int, work) -> tuple[float, float]:
    """(best wall seconds, best CPU seconds of this process) over ``rounds`` runs of ``work``:
    on a shared machine the CPU time is what one core spends, whatever else runs."""
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def build_kind() -> str:
    """Which build of the stages is imported: pure Python, or the mypyc build's extensions (setup.py)."""
    import importlib

    listed = (ROOT / "tools" / "mypyc-modules.txt").read_text(encoding="utf-8").splitlines()
    names = [line.strip().removesuffix(".py").replace("/", ".") for line in listed if line.strip()[:1] not in ("", "#")]
    compiled = [name for name in names if (importlib.import_module(name).__file__ or "").endswith((".so", ".pyd"))]
    return f"compiled with mypyc ({len(compiled)} of {len(names)} listed modules)" if compiled else "pure Python"


def bench_lib() -> None:
    from gazette_extract.pipeline import extract

    print(f"lib: build: {build_kind()}")

    data = SAMPLE.read_bytes()
    extract(data, path=str(SAMPLE))  # warm up: compiled patterns, caches
    for label, unit in (("samples/pinggu-2021-01.txt", data), ("all samples concatenated", corpus())):
        copies = -(-5_000_000 // len(unit))  # at least 5 MB
        big = unit * copies
        wall, cpu = best_cpu(3, lambda big=big: extract(big, path="big.txt"))
        print(
            f"lib: {label} x{copies} ({len(big) / MB:.1f} MB): {len(big) / MB / cpu:.2f} MB/s on one core "
            f"(CPU time; {len(big) / MB / wall:.2f} MB/s wall; best of 3)"
        )

    loops = max(10, int(0.5 / max(best_of(1, lambda: extract(data, path="s.txt")), 1e-6)))
    wall, cpu = best_cpu(3, lambda: [extract(data, path="s.txt") for _ in range(loops)])
    print(
        f"lib: single sample ({len(data) / 1e3:.0f} kB) in a loop: {loops / cpu:.0f} issues/s, "
        f"{loops * len(data) / MB / cpu:.2f} MB/s on one core ({cpu / loops * 1e3:.1f} ms CPU per issue; "
        f"{loops * len(data) / MB / wall:.2f} MB/s wall)"
    )


def bench_spans(rounds: int = 7) -> None:
    """The span stage's share of ``extract``: the best CPU time of ``rounds`` runs of ``extract``
    without ``add_spans`` (a no-op put in its place, which keeps the result), and of ``add_spans``
    on that result (it overwrites the same spans each time); share = spans / (extract + spans).
    Timing the stage alone keeps the noise of a shared machine from swamping it. On 5 MB texts
    and the single sample. Target: under 10 %."""
    from gazette_extract import pipeline

    real = pipeline.add_spans
    data = SAMPLE.read_bytes()
    every = corpus()
    texts = (
        ("pinggu x80 (5 MB)", data * -(-5_000_000 // len(data))),
        ("all samples (5 MB)", every * -(-5_000_000 // len(every))),
        ("single sample", data),
    )
    for label, blob in texts:
        kept: list[tuple] = []
        pipeline.add_spans = lambda result, text, simplified=None, kept=kept: kept.append((result, text, simplified))
        try:
            _, extract_cpu = best_cpu(rounds, lambda blob=blob: pipeline.extract(blob, path="s.txt"))
        finally:
            pipeline.add_spans = real
        _, spans_cpu = best_cpu(rounds, lambda args=kept[-1]: real(*args))
        share = spans_cpu / (extract_cpu + spans_cpu)
        print(
            f"spans: {label}: extract without spans {extract_cpu * 1e3:.1f} ms CPU, add_spans {spans_cpu * 1e3:.1f} ms: "
            f"spans are {share:.1%} of extract (target < 10 %; best of {rounds})"
        )


def cpu_times(args: list[str], runs: int, env: dict[str, str] | None = None) -> list[float]:
    """User + system CPU seconds of each run of ``args`` (the children's accounting)."""
    import resource

    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times


def compile_bytecode() -> None:
    """Write the package's bytecode (__pycache__, ignored by git) before timing the CLI, as an
    installed package has it (pip compiles at install). Without it, under PYTHONDONTWRITEBYTECODE=1
    every run compiles the sources again: ≈ 25 ms more for --version, ≈ 110 ms more for parse."""
    import compileall

    if not compileall.compile_dir(str(ROOT / "src" / "gazette_extract"), quiet=1):
        print("cli: (could not write the bytecode; the figures include compiling the sources)")


def bench_cli() -> None:
    base = command()
    compile_bytecode()
    wall_times([*base, "--version"], 2)  # warm the file cache
    version = statistics.median(wall_times([*base, "--version"], 10))
    parse = statistics.median(wall_times([*base, "parse", str(SAMPLE)], 10))
    print(f"cli: gazette-extract --version    {version * 1e3:6.0f} ms (median of 10)")
    print(f"cli: gazette-extract parse SAMPLE {parse * 1e3:6.0f} ms (median of 10)")
    print(f"cli: parse / --version = {parse / version:.2f} wall (target <= 2)")
    version_cpu = statistics.median(cpu_times([*base, "--version"], 10))
    parse_cpu = statistics.median(cpu_times([*base, "parse", str(SAMPLE)], 10))
    print(
        f"cli: CPU time {version_cpu * 1e3:.0f} ms / {parse_cpu * 1e3:.0f} ms: parse / --version = "
        f"{parse_cpu / version_cpu:.2f} (median of 10; steadier than wall time on a shared machine)"
    )
    # Where parse's extra time goes: imports that --version does not need.
    python = [sys.executable, "-c"]
    bare = statistics.median(cpu_times([*python, "import gazette_extract.app.cli"], 10))
    extra = (
        statistics.median(cpu_times([*python, "import gazette_extract.app.cli, gazette_extract.pipeline"], 10)) - bare
    )
    print(
        f"cli:   of which importing the pipeline (its module-level patterns from the pattern cache): {extra * 1e3:.0f} ms CPU"
    )
    # The first run after an install (or with the cache off) compiles every pattern with re.
    off = {**os.environ, "GAZETTE_EXTRACT_NO_CACHE": "1"}
    cold_cpu = statistics.median(cpu_times([*base, "parse", str(SAMPLE)], 5, env=off))
    print(
        f"cli: parse without the pattern cache (a first run): {cold_cpu * 1e3:.0f} ms CPU, "
        f"{cold_cpu / version_cpu:.2f} x --version (median of 5)"
    )


def bench_deadlines(rounds: int = 7) -> None:
    from deadline_phrases import phrases

    from gazette_extract.grammars import deadlines

    items = phrases()

    def one_round() -> None:
        for phrase in items:
            deadlines.parse_deadline_dict(phrase, year=2021)

    times = []
    for _ in range(rounds):
        deadlines.clear_cache()
        times.append(best_of(1, one_round))
    print(
        f"deadlines: {len(items)} distinct phrases: {len(items) / min(times):,.0f} phrases/s (uncached, best of {rounds})"
    )


def bench_batch(count: int = 200) -> None:
    data = SAMPLE.read_bytes()
    with tempfile.TemporaryDirectory(prefix="gazette-bench-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i in range(count):
            (folder / f"issue-{i:04d}.txt").write_bytes(data)
        total = count * len(data)
        rates, work = {}, {}
        for jobs in (1, 2):
            out = Path(tmp) / f"out-{jobs}.jsonl"
            runs = [batch_run([*command(), "batch", str(folder), "-j", str(jobs), "-o", str(out)]) for _ in range(3)]
            seconds = min(wall for wall, _ in runs)
            rates[jobs] = seconds
            work[jobs] = min(inside for _, inside in runs)
            print(
                f"batch: {count} files ({total / MB:.1f} MB), -j {jobs}: {count / seconds:.1f} files/s, {total / MB / seconds:.2f} MB/s "
                f"({seconds:.2f} s wall, start-up included; {work[jobs]:.2f} s converting, as the batch summary reports; best of 3)"
            )
        print(
            f"batch: speed-up -j 2 over -j 1: {rates[1] / rates[2]:.2f}x wall, {work[1] / work[2]:.2f}x converting (start-up excluded)"
        )


def batch_run(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, seconds the batch itself reports in its summary line on stderr)."""
    import re
    import subprocess

    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, check=True)
    wall = time.perf_counter() - start
    m = re.search(rb"MB in ([0-9.]+) s", proc.stderr)
    return wall, float(m.group(1)) if m else wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts to run: {','.join(PARTS)}")
    wanted = [part.strip() for part in parser.parse_args().only.split(",") if part.strip()]
    unknown = [part for part in wanted if part not in PARTS]
    if unknown:
        parser.error(f"unknown part(s): {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    print(
        f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}"
    )
    for part in PARTS:
        if part in wanted:
            globals()[f"bench_{part}"]()


if __name__ == "__main__":
    main()
