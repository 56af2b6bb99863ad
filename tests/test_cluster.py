"""Issue 13: ``batch`` and ``index`` on a Dask cluster write what a local run writes.

A real ``dask scheduler`` and two ``dask worker --nworkers 1 --nthreads 1`` processes on
127.0.0.1 (random ports, through a scheduler file), started once for the module and always torn
down. Each test compares the command's output through the cluster with the same command's
output run locally: same bytes, same error lines, same database rows.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "pinggu-2021-01.txt"
BIN = Path(sys.executable).parent


def run(*args, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gazette_extract", *map(str, args)],
        capture_output=True, stdin=subprocess.DEVNULL, timeout=timeout, env={**os.environ, **(env or {})},
    )  # fmt: skip


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)  # its own session: the nanny and its worker too
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The scheduler's address; a scheduler and two one-thread worker processes run meanwhile."""
    folder = tmp_path_factory.mktemp("dask")
    scheduler_file = folder / "scheduler.json"
    procs: list[subprocess.Popen] = []
    # Dask gives up on a task at the first worker death (KilledWorker; default: after 3), so the
    # tests go through the client's resubmission; the workers can import cluster_helpers.
    env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0", "PYTHONPATH": str(Path(__file__).parent)}
    common = {"cwd": folder, "stdin": subprocess.DEVNULL, "start_new_session": True, "env": env}
    try:
        procs.append(subprocess.Popen(
            [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", scheduler_file],
            stdout=open(folder / "scheduler.log", "wb"), stderr=subprocess.STDOUT, **common,
        ))  # fmt: skip
        for i in range(2):
            procs.append(subprocess.Popen(
                [BIN / "dask", "worker", "--scheduler-file", scheduler_file, "--nworkers", "1", "--nthreads", "1",
                 "--host", "127.0.0.1", "--no-dashboard", "--name", f"w{i}"],
                stdout=open(folder / f"worker{i}.log", "wb"), stderr=subprocess.STDOUT, **common,
            ))  # fmt: skip
        from distributed import Client

        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        with Client(scheduler_file=str(scheduler_file), timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
            address = client.scheduler.address
        yield address
    finally:
        for proc in reversed(procs):
            _stop(proc)


@pytest.fixture()
def folder(tmp_path) -> Path:
    """Some samples, a binary file, an empty file and a dangling link: issues and error lines."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for sample in sorted((SAMPLES / "more").glob("*.txt"))[:12]:
        (inputs / sample.name).write_bytes(sample.read_bytes())
    paragraphs = "".join(f"<p>{line}</p>" for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:80])
    (inputs / "web.html").write_text(
        f'<!doctype html><html><head><meta charset="utf-8"></head><body>{paragraphs}</body></html>', encoding="utf-8"
    )
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "gone.txt").symlink_to(inputs / "nowhere.txt")
    return inputs


def test_batch_on_the_cluster_writes_the_bytes_of_a_local_run(cluster, folder, tmp_path):
    local = run("batch", folder, "-j", "1", "-o", tmp_path / "local.jsonl")
    remote = run("batch", folder, "--cluster", cluster, "-o", tmp_path / "cluster.jsonl")
    assert local.returncode == remote.returncode == 1, remote.stderr
    assert (tmp_path / "cluster.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    errors = [line for line in remote.stderr.decode().splitlines() if line.startswith("Error:")]
    assert errors == [line for line in local.stderr.decode().splitlines() if line.startswith("Error:")]
    assert len(errors) == 3  # binary, empty, dangling link
    codes = [
        json.loads(line).get("error", {}).get("code") for line in (tmp_path / "cluster.jsonl").read_text().splitlines()
    ]
    assert sorted(filter(None, codes)) == ["decode", "empty", "input"]
    assert remote.stderr.decode().splitlines()[-1].startswith("16 files, 13 issues, 3 errors")


def test_the_environment_variable_names_the_cluster_and_stdout_matches(cluster, folder):
    local = run("batch", folder, "-j", "2")
    remote = run("batch", folder, env={"GAZETTE_EXTRACT_CLUSTER": cluster})
    assert remote.stdout == local.stdout and remote.stdout


def test_max_in_flight_bounds_the_files_sent_and_waiting(cluster, folder):
    """The client touches an input only when fewer than N are sent and not yet yielded."""
    from gazette_extract.app import batch

    class Watched(list):
        highest = -1

        def __getitem__(self, i):
            Watched.highest = max(Watched.highest, i)
            return super().__getitem__(i)

    items = Watched(batch.collect([str(folder)]))
    yielded = 0
    for _ in batch.outcomes(items, cluster=cluster, max_in_flight=3):
        assert Watched.highest < yielded + 3
        yielded += 1
    assert yielded == len(items) == 16


def _big_inputs(folder: Path, count: int) -> None:
    """Inputs that take a while each (a sample repeated to about 0.6 MB, 0.15 s of parsing): a
    run long enough to kill a worker in the middle of it."""
    text = SAMPLE.read_bytes()
    folder.mkdir()
    for i in range(count):
        (folder / f"issue-{i:03}.txt").write_bytes(text * 10 + f"\n第{i}期\n".encode())


def test_a_worker_killed_mid_run_loses_and_duplicates_no_line(cluster, tmp_path):
    from distributed import Client

    inputs = tmp_path / "big"
    _big_inputs(inputs, 12)
    local = run("batch", inputs, "-j", "1", "-o", tmp_path / "local.jsonl")
    assert local.returncode == 0, local.stderr
    output = tmp_path / "cluster.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", "batch", str(inputs), "--cluster", cluster, "-o", str(output)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        with Client(cluster, timeout=30) as client:
            victim = next(iter(_wait_until_busy(client, proc)))  # in the middle of a file of this run
            pid = client.run(os.getpid, workers=[victim])[victim]
            os.kill(pid, signal.SIGKILL)
            assert proc.poll() is None, "killed after the run"
            _out, err = proc.communicate(timeout=120)
            client.wait_for_workers(2, timeout=60)  # the nanny starts a new worker for the next tests
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert output.read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert err.decode().splitlines()[-1].startswith("12 files, 12 issues, 0 errors")


def _wait_until_busy(client, proc) -> dict:
    """The workers converting files of the running command ``proc``, once there is one."""
    deadline = time.monotonic() + 60
    while True:
        assert time.monotonic() < deadline and proc.poll() is None, "the run ended before a worker was busy"
        busy = {w: keys for w, keys in client.processing().items() if any("run_task" in str(k) for k in keys)}
        if busy:
            return busy
        time.sleep(0.02)


def test_a_file_that_kills_every_worker_becomes_a_worker_error_line(cluster, folder):
    """Resubmitted after each death (here Dask gives up at the first), then an error line; the
    files around it are converted as usual."""
    sys.path.insert(0, str(Path(__file__).parent))
    import cluster_helpers
    from distributed import Client

    from gazette_extract.app import batch

    (folder / "poison.txt").write_bytes(SAMPLE.read_bytes() + b"\nPOISON\n")
    items = batch.collect([str(folder)])
    outcomes = list(batch.outcomes(items, cluster=cluster, worker=cluster_helpers.poisoned_convert))
    assert [o.path for o in outcomes] == [i.path for i in items]
    poisoned = [o for o in outcomes if o.path.endswith("poison.txt")]
    assert len(poisoned) == 1 and json.loads(poisoned[0].line)["error"] == {
        "code": "worker",
        "message": f"the Dask workers converting {folder / 'poison.txt'} kept dying (killed, or out of memory?); tried 3 times",
    }
    # the files queued on a worker when the poison killed it are suspects too, run again one at
    # a time: none of them is charged with the poison's later deaths
    worker_errors = [o.line for o in outcomes if b'"code":"worker"' in o.line]
    assert worker_errors == [poisoned[0].line]
    assert sum(o.ok for o in outcomes) == 13
    with Client(cluster, timeout=30) as client:
        client.wait_for_workers(2, timeout=60)


def test_sigterm_keeps_complete_lines_and_resume_finishes(cluster, tmp_path):
    from distributed import Client

    inputs = tmp_path / "big"
    _big_inputs(inputs, 12)
    local = run("batch", inputs, "-j", "1", "-o", tmp_path / "local.jsonl")
    output = tmp_path / "cluster.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", "batch", str(inputs), "--cluster", cluster, "-o", str(output)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        with Client(cluster, timeout=30) as client:
            _wait_until_busy(client, proc)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, err
    assert err.decode().splitlines()[-1].startswith("Error: interrupted after ")
    expected = (tmp_path / "local.jsonl").read_bytes()
    kept = output.read_bytes()
    assert expected.startswith(kept) and kept.count(b"\n") < 12  # complete lines only, in order
    resumed = run("batch", inputs, "--cluster", cluster, "-o", output, "--resume")
    assert resumed.returncode == local.returncode == 0, resumed.stderr
    assert output.read_bytes() == expected


def test_resume_across_a_cluster_run(cluster, folder, tmp_path):
    full = tmp_path / "full.jsonl"
    assert run("batch", folder, "-j", "1", "-o", full).returncode == 1
    lines = full.read_bytes().splitlines(keepends=True)
    cut = b"".join(lines[:7]) + lines[7][:40]  # an interrupted run: a cut line at the end
    for name in ("local", "cluster"):
        (tmp_path / f"{name}.jsonl").write_bytes(cut)
    local = run("batch", folder, "-j", "1", "-o", tmp_path / "local.jsonl", "--resume")
    remote = run("batch", folder, "--cluster", cluster, "-o", tmp_path / "cluster.jsonl", "--resume")
    assert remote.returncode == local.returncode, remote.stderr
    assert (tmp_path / "cluster.jsonl").read_bytes() == full.read_bytes()
    assert remote.stderr.decode().splitlines()[-1].endswith("(7 skipped: already in the output)")
    assert remote.stderr.decode().split(" MB in ")[0] == local.stderr.decode().split(" MB in ")[0]
    again = run("batch", folder, "--cluster", cluster, "-o", tmp_path / "cluster.jsonl", "--resume")
    assert again.returncode == 0
    assert (tmp_path / "cluster.jsonl").read_bytes() == full.read_bytes()
    assert again.stderr.decode().splitlines()[-1].endswith("(16 skipped: already in the output)")


def _rows(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {
            table: conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for table in tables
            if "fts" not in table
        }
    finally:
        conn.close()


def test_index_on_the_cluster_gives_the_rows_of_a_local_index(cluster, folder, tmp_path):
    local = run("index", folder, "--db", tmp_path / "local.db", "-j", "1")
    remote = run("index", folder, "--db", tmp_path / "cluster.db", "--cluster", cluster)
    assert local.returncode == remote.returncode == 1, remote.stderr
    rows = _rows(tmp_path / "cluster.db")
    assert rows == _rows(tmp_path / "local.db")
    assert len(rows["documents"]) > 12
    found = run("query", "search", "通知", "--db", tmp_path / "cluster.db", "-f", "jsonl")
    assert found.stdout == run("query", "search", "通知", "--db", tmp_path / "local.db", "-f", "jsonl").stdout


def _small_scan(pages: list[list[str]]) -> bytes:
    """A PDF of pictures only, one small page (3 × 1.2 in) per entry: a scan that OCRs in a
    fraction of the time of an A4 page."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    sys.path.insert(0, str(Path(__file__).parent))
    import pdfmaker

    font = ImageFont.truetype(pdfmaker.WQY, 36)
    images = []
    for lines in pages:
        image = Image.new("L", (600, 240), 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(lines):
            draw.text((30, 30 + 60 * row), line, font=font, fill=0)
        images.append(image)
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=200, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def test_scanned_pages_are_read_by_page_tasks_and_joined_in_order(cluster, tmp_path):
    from distributed import Client

    inputs = tmp_path / "scans"
    inputs.mkdir()
    pages = [
        ["北京市平谷区人民政府", "关于印发通知的通知"],
        ["京平政发〔2021〕3号", "各镇人民政府"],
        ["2021年3月5日", "平谷区人民政府"],
    ]
    (inputs / "scan.pdf").write_bytes(_small_scan(pages))
    local = run("batch", inputs, "-j", "1")
    remote = run("batch", inputs, "--cluster", cluster)
    assert remote.returncode == local.returncode == 0, remote.stderr
    record = json.loads(remote.stdout)
    assert record["source"]["pages"] == 3 and record["source"]["encoding"] == "pdf+ocr", record
    assert remote.stdout == local.stdout
    with Client(cluster, timeout=30) as client:
        keys = client.run_on_scheduler(lambda dask_scheduler: {str(t[0]) for t in dask_scheduler.transition_log})
    assert sum(key.startswith("ocr_page_task") for key in keys) == 3


def test_cluster_without_the_extra_says_how_to_install_it(tmp_path):
    code = (
        "import sys; sys.modules['distributed'] = None\n"  # what an environment without it does
        "from gazette_extract.app.cli import main; main()"
    )
    for command in (["batch", str(SAMPLE)], ["index", str(SAMPLE), "--db", str(tmp_path / "a.db")]):
        proc = subprocess.run(
            [sys.executable, "-c", code, *command, "--cluster", "tcp://127.0.0.1:1"],
            capture_output=True, stdin=subprocess.DEVNULL, timeout=60,
        )  # fmt: skip
        assert proc.returncode == 2
        assert (
            proc.stderr.decode()
            == "Error: --cluster needs Dask's distributed scheduler: pip install 'gazette-extract[dask]'\n"
        )
        assert proc.stdout == b""
    assert not (tmp_path / "a.db").exists()


def test_an_unreachable_scheduler_is_one_error_line(tmp_path):
    import socket

    with socket.socket() as sock:  # a free port: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = run("batch", SAMPLE, "--cluster", f"tcp://127.0.0.1:{port}", "-o", tmp_path / "out.jsonl", timeout=60)
    assert proc.returncode == 1
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    assert not (tmp_path / "out.jsonl").exists()


def test_a_scheduler_without_workers_is_one_error_line(tmp_path):
    """Once an internal error: the message read the address from a client already closed."""
    scheduler_file = tmp_path / "scheduler.json"
    proc = subprocess.Popen(
        [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", scheduler_file],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True,
        cwd=tmp_path,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() or not scheduler_file.read_text():
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        address = json.loads(scheduler_file.read_text())["address"]
        result = run("batch", SAMPLE, "--cluster", address, "-o", tmp_path / "out.jsonl", timeout=60)
    finally:
        _stop(proc)
    assert result.returncode == 1
    assert result.stderr.decode() == f"Error: the Dask scheduler at {address} has no workers\n"
    assert not (tmp_path / "out.jsonl").exists()
