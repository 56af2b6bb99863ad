"""Issue 16 items 6-18 and issue 15's batch inputs, through the command line: hostile folders
and archives, odd outputs, signals. Each ends in output lines, error lines or a one-line
error — never a hang, a traceback or a lost line."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from gazette_extract.app import batch, indexer, output

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"
TEXT = SAMPLE.read_bytes()


def run(*args, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """The CLI in its own process group, killed whole on a timeout: a regression that blocks a
    worker (on a FIFO, say) then fails the test instead of hanging it on the workers' pipes."""
    argv = [sys.executable, "-m", "gazette_extract", *map(os.fsdecode, args)]
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, start_new_session=True, **kwargs
    )
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    return subprocess.CompletedProcess(argv, proc.returncode, stdout, stderr)


def lines(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def test_a_fifo_a_dangling_link_and_a_link_to_a_device_in_a_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(TEXT)
    os.mkfifo(folder / "pipe.txt")  # once blocked forever
    (folder / "zero.txt").symlink_to("/dev/zero")  # once grew to gigabytes
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    proc = run("batch", folder, "-j", "1")
    assert proc.returncode == 1, proc.stderr
    records = lines(proc.stdout)
    assert [r["source"]["path"] for r in records] == [str(folder / "a.txt"), str(folder / "gone.txt")]
    assert records[1]["error"]["message"] == f"cannot read {folder / 'gone.txt'}: a dangling link"
    assert "skipped: 2 not a regular file (FIFO, socket, device)" in proc.stderr.decode()


def test_a_fifo_named_on_the_command_line_is_an_error_line(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    proc = run("batch", tmp_path / "pipe.txt", SAMPLE)
    assert proc.returncode == 1
    by_path = {r["source"]["path"]: r for r in lines(proc.stdout)}
    assert by_path[str(tmp_path / "pipe.txt")]["error"] == {
        "code": "input",
        "message": f"not a regular file: {tmp_path / 'pipe.txt'}",
    }


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("bad.zip", b"PK\x03\x04 this is not a zip", id="corrupt-zip"),
        pytest.param("cut.tar.gz", None, id="truncated-tar-gz"),
    ],
)
def test_a_damaged_archive_is_one_error_line(tmp_path, name, data):
    if data is None:
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
            info = tarfile.TarInfo("x.txt")
            info.size = len(TEXT)
            archive.addfile(info, io.BytesIO(TEXT))
        data = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    (tmp_path / name).write_bytes(data)
    (tmp_path / "a.txt").write_bytes(TEXT)
    proc = run("batch", tmp_path)
    assert proc.returncode == 1, proc.stderr
    records = lines(proc.stdout)
    assert "error" not in records[0]
    assert len(records) == 2 and records[1]["error"]["code"] == "input", records
    assert "Traceback" not in proc.stderr.decode()


def test_tar_members_named_dot_slash_are_read(tmp_path):
    path = tmp_path / "t.tar"
    with tarfile.open(path, "w") as archive:
        info = tarfile.TarInfo("./x.txt")
        info.size = len(TEXT)
        archive.addfile(info, io.BytesIO(TEXT))
    proc = run("batch", path)
    assert proc.returncode == 0, proc.stderr
    [record] = lines(proc.stdout)
    assert record["source"]["path"] == f"{path}!x.txt" and record["documents"]


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_odd_archive_members_are_counted(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("in.txt", TEXT)
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as z:
        z.writestr("ok.txt", TEXT)
        z.writestr("ok.txt", TEXT)  # a duplicate name
        z.writestr("nested.zip", inner.getvalue())
        z.writestr("../evil.txt", TEXT)
        z.writestr("cover.jpg", b"jpg")
    with tarfile.open(tmp_path / "b.tar", "w") as archive:
        info = tarfile.TarInfo("one.txt")
        info.size = len(TEXT)
        archive.addfile(info, io.BytesIO(TEXT))
        link = tarfile.TarInfo("two.txt")
        link.type, link.linkname = tarfile.LNKTYPE, "one.txt"
        archive.addfile(link)
    found = batch.scan_inputs([str(tmp_path)])
    assert [Path(i.path).name for i in found.items] == ["a.zip!ok.txt", "b.tar!one.txt"]
    assert dict(found.skipped) == {"duplicate": 1, "nested-archive": 1, "unsafe-name": 1, "format": 1, "link": 1}


def test_max_size_stops_a_zip_bomb(tmp_path):
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.txt", b"0" * (3 * 1024 * 1024))  # 3 MB of zeros, a few KB packed
    proc = run("batch", tmp_path / "bomb.zip", "--max-size", "1")
    assert proc.returncode == 1
    [record] = lines(proc.stdout)
    assert record["error"]["message"] == f"{tmp_path / 'bomb.zip'}!big.txt is larger than the 1 MB limit (--max-size)"


def test_a_file_name_that_is_not_utf8_keeps_its_bytes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/" + "公报".encode("gbk") + b".txt"
    with open(raw, "wb") as handle:
        handle.write(TEXT)
    (folder / "z.txt").write_bytes(TEXT)
    target = tmp_path / "out.jsonl"
    proc = run("batch", folder, "-o", target)
    assert proc.returncode == 0, proc.stderr
    second, first = lines(target.read_bytes())  # escaped bytes sort after ASCII
    assert bytes.fromhex(first["source"]["path_bytes"]) == raw
    assert "\ufffd" in first["source"]["path"] and first["documents"]
    assert "path_bytes" not in second["source"]
    again = run("batch", folder, "-o", target, "--resume")  # the name is recognised as done
    assert "(2 skipped: already in the output)" in again.stderr.decode()


def test_include_and_exclude(tmp_path):
    for name in ("a.txt", "b.txt", "keep.md", "page.html"):
        (tmp_path / name).write_bytes(TEXT)
    found = batch.scan_inputs([str(tmp_path)], include=["*.txt", "*.md"], exclude=["b.*"])
    assert [Path(i.path).name for i in found.items] == ["a.txt", "keep.md"]
    assert found.skipped["excluded"] == 2


def test_output_equal_to_an_input_is_refused(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(TEXT)
    proc = run("batch", target, "-o", target)
    assert proc.returncode == 5
    assert proc.stderr.decode() == f"Error: the output {target} is also an input: choose another file\n"
    assert target.read_bytes() == TEXT


def test_an_output_inside_the_input_folder_is_not_read_as_an_input(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT)
    target = tmp_path / "out.txt"
    assert run("batch", tmp_path, "-o", target).returncode == 0
    proc = run("batch", tmp_path, "-o", target)
    assert proc.returncode == 0
    assert len(lines(target.read_bytes())) == 1
    assert "1 the batch's own output file" in proc.stderr.decode()


def test_output_through_a_link_replaces_the_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run("batch", SAMPLE, "-o", link).returncode == 0
    assert link.is_symlink() and len(lines(real.read_bytes())) == 1


def test_output_to_a_fifo_is_written_directly(tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # open now, so the writer never blocks
    proc = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", "parse", str(SAMPLE), "-o", str(fifo), "--compact"]
    )
    chunks, deadline = [], time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            try:
                chunk = os.read(reader, 1 << 16)
            except BlockingIOError:
                chunk = b""
            if chunk:
                chunks.append(chunk)
            elif proc.poll() is not None:
                break
            else:
                time.sleep(0.01)
    finally:
        os.close(reader)
    data = b"".join(chunks)
    assert proc.wait(timeout=60) == 0
    assert json.loads(data)["documents"] and fifo.exists() and not fifo.is_file()


def test_resume_leaves_a_foreign_file_unchanged(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"my notes\nlast line without newline")
    proc = run("batch", SAMPLE, "-o", notes, "--resume")
    assert proc.returncode == 3
    assert "is not a gazette-extract JSON line (nothing changed)" in proc.stderr.decode()
    assert notes.read_bytes() == b"my notes\nlast line without newline"


def test_a_second_resume_on_the_same_file_is_refused(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"")
    held = output.OutputFile(str(target), append=True)  # another run holds the lock
    try:
        proc = run("batch", SAMPLE, "-o", target, "--resume")
    finally:
        held.discard()
    assert proc.returncode == 5
    assert (
        proc.stderr.decode()
        == f"Error: {target} is in use by another gazette-extract run (--resume): wait for it to finish\n"
    )


def test_disk_full_during_resume_leaves_no_partial_line(tmp_path, monkeypatch):
    target = tmp_path / "out.jsonl"
    good = b'{"source":{"path":"a.txt","sha256":"aa"},"documents":[]}\n'
    target.write_bytes(good)
    out = output.OutputFile(str(target), append=True)
    assert out.resume() == {"a.txt": "aa"}
    real_write = output._write_all

    def half_then_full(raw, data):
        real_write(raw, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output, "_write_all", half_then_full)
    with pytest.raises(batch.OutputError, match="No space left on device"):
        out.write_bytes(b'{"source":{"path":"b.txt","sha256":"bb"},"documents":[]}\n')
    monkeypatch.setattr(output, "_write_all", real_write)
    out.keep_complete()
    assert target.read_bytes() == good


@pytest.mark.slow
def test_sigterm_keeps_complete_lines_and_resume_finishes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(120):
        (folder / f"p{i:03d}.txt").write_bytes(TEXT)
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", "batch", str(folder), "-j", "2", "-o", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    temporary = tmp_path / f".out.jsonl.{proc.pid}.tmp"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (temporary.exists() and temporary.read_bytes().count(b"\n") >= 3):
        time.sleep(0.005)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    assert not temporary.exists()
    kept = target.read_bytes()
    assert kept.endswith(b"\n") and 3 <= kept.count(b"\n") < 120
    resumed = run("batch", folder, "-j", "2", "-o", target, "--resume")
    assert resumed.returncode == 0
    assert len(lines(target.read_bytes())) == 120


def test_iter_results_yields_ordered_results(tmp_path):
    (tmp_path / "b.txt").write_bytes(TEXT)
    (tmp_path / "a.txt").write_bytes(b"")
    results = list(batch.iter_results([str(tmp_path)], jobs=1))
    assert [Path(r.path).name for r in results] == ["a.txt", "b.txt"]
    assert results[0].error["code"] == "empty" and results[0].result is None
    assert results[1].result["documents"] and results[1].sha256 == results[1].result["source"]["sha256"]


def _killing_convert(item):
    """convert, except that a file named kill*.txt kills its worker (as the OOM killer would);
    with a marker file beside it, only the first time."""
    name = Path(item.path).name
    if name.startswith("kill"):
        marker = Path(item.path).with_suffix(".once")
        if not marker.exists() or name.startswith("kill-always"):
            marker.write_text("x")
            os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_CONVERT(item)


_REAL_CONVERT = batch.convert


@pytest.mark.parametrize(
    ("name", "code"), [("kill-always.txt", "worker"), ("kill-once.txt", None)], ids=["dies-twice", "dies-once-retried"]
)
def test_a_worker_that_dies_costs_one_error_line_at_most(tmp_path, monkeypatch, name, code):
    for i in range(8):
        (tmp_path / f"a{i}.txt").write_bytes(TEXT)
    (tmp_path / name).write_bytes(TEXT)
    monkeypatch.setattr(batch, "convert", _killing_convert)
    monkeypatch.setattr(batch, "_POLL", 0.05)
    items = batch.collect([str(tmp_path)])
    got = list(batch.outcomes(items, jobs=2))  # once hung forever
    assert [o.path for o in got] == [i.path for i in items]
    records = {Path(o.path).name: json.loads(o.line) for o in got}
    assert records[name].get("error", {}).get("code") == code
    assert all("error" not in r for n, r in records.items() if n != name)


def _killing_index_convert(item):
    """indexer.convert, except that a file named kill*.txt kills its worker every time."""
    if Path(item.path).name.startswith("kill"):
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_INDEX_CONVERT(item)


_REAL_INDEX_CONVERT = indexer.convert


def test_a_worker_that_dies_while_indexing_is_one_error_row(tmp_path, monkeypatch):
    """Once an internal error that ended the run: the died file's outcome was a batch line, not rows."""
    import sqlite3

    for i in range(4):
        (tmp_path / f"a{i}.txt").write_bytes(TEXT)
    (tmp_path / "kill.txt").write_bytes(TEXT)
    monkeypatch.setattr(indexer, "convert", _killing_index_convert)
    monkeypatch.setattr(batch, "_POLL", 0.05)
    items = batch.collect([str(tmp_path)])
    db = tmp_path / "archive.db"
    stats = indexer.index(items, str(db), jobs=2)
    assert (stats.files, stats.issues, stats.errors) == (5, 4, 1)
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT path, error_code FROM sources").fetchall())
    assert rows == {**{str(tmp_path / f"a{i}.txt"): None for i in range(4)}, str(tmp_path / "kill.txt"): "worker"}


@pytest.mark.parametrize("null", [False, True], ids=["lines", "nul"])
def test_files_from_stdin(tmp_path, null):
    names = [tmp_path / "a[1].txt", tmp_path / "b c.txt", tmp_path / "missing.txt"]  # literal, not globs
    for name in names[:2]:
        name.write_bytes(TEXT)
    data = (b"\0" if null else b"\n").join(os.fsencode(n) for n in names) + (b"\0" if null else b"\n")
    args = ["batch", "--files-from", "-", *(["-0"] if null else [])]
    proc = subprocess.run(
        [sys.executable, "-m", "gazette_extract", *args], input=data, capture_output=True, timeout=120
    )
    assert proc.returncode == 1, proc.stderr
    records = lines(proc.stdout)
    assert [r["source"]["path"] for r in records] == [str(n) for n in names]
    assert records[2]["error"]["message"] == f"no such file or directory: {names[2]}"


def test_output_dir_mirrors_paths(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_bytes(TEXT)
    with zipfile.ZipFile(folder / "z.zip", "w") as z:
        z.writestr("inner/b.txt", TEXT)
    (folder / "empty.txt").write_bytes(b"")
    proc = run("batch", "in", "--output-dir", "out", cwd=tmp_path)
    assert proc.returncode == 1  # the empty file
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert written == ["in/sub/a.json", "in/z.zip/inner/b.json"]
    assert json.loads((tmp_path / "out/in/sub/a.json").read_text(encoding="utf-8"))["documents"]
    assert proc.stdout == b""


def test_output_name_never_leaves_the_folder():
    assert batch.output_name("../../etc/passwd.txt") == "etc/passwd.json"
    assert batch.output_name("/abs/x.html") == "abs/x.json"


def test_devices_are_written_directly_and_links_followed(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    assert output.resolve_target(str(tmp_path / "fifo")) == (str(tmp_path / "fifo"), True)
    if Path("/dev/zero").is_char_device():
        assert output.resolve_target("/dev/zero") == ("/dev/zero", True)  # never renamed over
    real = tmp_path / "real.json"
    (tmp_path / "link.json").symlink_to(real)
    assert output.resolve_target(str(tmp_path / "link.json")) == (str(real), False)


def test_parse_refuses_to_overwrite_its_input(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(TEXT)
    proc = run("parse", target, "-o", target)
    assert proc.returncode == 5
    assert proc.stderr.decode() == f"Error: the output {target} is also an input: choose another file\n"
    assert target.read_bytes() == TEXT
