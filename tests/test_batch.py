"""``gazette-extract batch``: whole archives of issues, in order, with workers, resumable.

The acceptance test is the one from the issue: a folder with 50 copies of the sample, a GBK copy,
a saved web page, a zip of 3 issues, an empty file and a PNG gives 55 issue lines and 2 error
lines, exit 1, a summary on stderr, and nothing but JSON lines on stdout.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from gazette_extract.app import batch
from gazette_extract.app.sources import SourceItem

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"
MORE = ROOT / "samples" / "more"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"

# A district government page as saved from the browser: site chrome, the metadata table of the
# 政府信息公开 template, and the article: a notice that issues a task table.
GOV_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>北京市平谷区人民政府办公室关于印发《平谷区2021年重点工作任务分工》的通知_区政府文件_北京市平谷区人民政府</title>
<meta name="ArticleTitle" content="北京市平谷区人民政府办公室关于印发《平谷区2021年重点工作任务分工》的通知">
<script>var siteName = "平谷区人民政府";</script>
<style>.xxgk td { border: 1px solid #ccc; }</style>
</head>
<body>
<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 区政府文件</div>
<div class="main">
  <table class="xxgk">
    <tr><td>索引号：</td><td>11110117000037544Y/2021-00012</td><td>主题分类：</td><td>综合政务</td></tr>
    <tr><td>发文机关：</td><td>北京市平谷区人民政府办公室</td><td>成文日期：</td><td>2021年03月02日</td></tr>
    <tr><td>标　　题：</td><td colspan="3">北京市平谷区人民政府办公室关于印发《平谷区2021年重点工作任务分工》的通知</td></tr>
    <tr><td>发文字号：</td><td>京平政办发〔2021〕3号</td><td>发布日期：</td><td>2021年03月05日</td></tr>
  </table>
  <div class="article">
    <h1>北京市平谷区人民政府办公室关于印发《平谷区2021年重点工作任务分工》的通知</h1>
    <div id="zoom" class="TRS_Editor">
      <p style="text-align:center">京平政办发〔2021〕3号</p>
      <p>各乡镇人民政府、街道办事处，区政府各委、办、局，各区属机构：</p>
      <p>　　经区政府同意，现将《平谷区2021年重点工作任务分工》印发给你们，请认真贯彻落实。</p>
      <p style="text-align:right">北京市平谷区人民政府办公室</p>
      <p style="text-align:right">2021年3月2日</p>
      <p>（此件公开发布）</p>
      <p style="text-align:center"><strong>平谷区2021年重点工作任务分工</strong></p>
      <table border="1">
        <tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
        <tr><td>1</td><td>推进平谷新城建设，完成新城重点地块土地一级开发</td><td>区规划自然资源分局</td><td>区发展改革委、区财政局</td><td>2021年12月底前</td></tr>
        <tr><td>2</td><td>加快农业中关村建设，推进平谷农业科技创新示范区建设</td><td>区农业农村局</td><td>区科委</td><td>长期推进</td></tr>
        <tr><td>3</td><td>开展营商环境优化提升行动</td><td>区发展改革委</td><td>区政务服务局</td><td>每年6月底前</td></tr>
      </table>
    </div>
  </div>
</div>
<div class="footer">主办：北京市平谷区人民政府办公室　京ICP备05060933号</div>
</body>
</html>
"""


def run(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gazette_extract", *map(str, args)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )


def json_lines(data: bytes) -> list[dict]:
    text = data.decode("utf-8")
    assert text.endswith("\n") or not text
    return [json.loads(line) for line in text.splitlines()]


def copies(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = SAMPLE.read_bytes()
    for i in range(1, count + 1):
        (folder / f"pinggu-{i:03d}.txt").write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """The issue's acceptance folder (57 inputs)."""
    folder = copies(tmp_path_factory.mktemp("archive") / "gazettes", 50)
    (folder / "gbk").mkdir()
    (folder / "gbk" / "pinggu-gbk.txt").write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gbk"))
    (folder / "web").mkdir()
    (folder / "web" / "t20210305_1.html").write_text(GOV_PAGE, encoding="utf-8")
    with zipfile.ZipFile(folder / "gwy.zip", "w", zipfile.ZIP_DEFLATED) as zipped:
        for name in ("gwy-15.txt", "gwy-16.txt", "gwy-17.txt"):
            zipped.write(MORE / name, f"gwy/{name}")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.png").write_bytes(PNG)  # a scanned page beside the texts
    return folder


@pytest.fixture(scope="module")
def acceptance(archive) -> subprocess.CompletedProcess:
    return run("batch", archive, "-j", "2")


def test_acceptance_lines(acceptance, archive):
    assert acceptance.returncode == 1, acceptance.stderr.decode()
    lines = json_lines(acceptance.stdout)  # every stdout line is JSON: nothing else when piped
    issues = [r for r in lines if "error" not in r]
    errors = [r for r in lines if "error" in r]
    assert len(issues) == 55
    assert len(errors) == 1  # the empty file; the PNG beside the texts is skipped (issue 15)
    paths = [r["source"]["path"] for r in lines]
    assert paths == sorted(paths)
    by_path = {r["source"]["path"]: r for r in lines}

    assert by_path[str(archive / "empty.txt")]["error"] == {
        "code": "empty",
        "message": f"empty input: {archive / 'empty.txt'}",
    }
    assert by_path[str(archive / "empty.txt")]["source"]["bytes"] == 0
    assert str(archive / "scan.png") not in by_path

    copy = by_path[str(archive / "pinggu-001.txt")]
    gbk = by_path[str(archive / "gbk" / "pinggu-gbk.txt")]
    assert gbk["source"]["encoding"] == "gb18030"
    assert gbk["documents"] == copy["documents"]
    page = by_path[str(archive / "web" / "t20210305_1.html")]
    assert page["source"]["encoding"] == "utf-8"  # the page's own charset, as detected
    assert [d["doc_number"]["text"] for d in page["documents"]] == ["京平政办发〔2021〕3号"]
    assert len(page["documents"][0]["tasks"]) == 3
    members = [p for p in paths if "!" in p]
    assert members == [f"{archive / 'gwy.zip'}!gwy/gwy-{n}.txt" for n in (15, 16, 17)]


def batch_sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def test_acceptance_stderr(acceptance, archive):
    stderr = acceptance.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert lines[-1].startswith("56 files, 55 issues, 1 errors, ")
    assert lines[-1].endswith(" s; skipped: 1 not a gazette format (images, styles, office files)")
    assert f"Error: empty input: {archive / 'empty.txt'}" in lines
    assert len(lines) == 2  # no progress bar: stderr is not a terminal


def test_a_png_named_on_the_command_line_is_still_an_error_line(archive):
    proc = run("batch", archive / "scan.png", archive / "pinggu-001.txt")
    assert proc.returncode == 1
    scan = json_lines(proc.stdout)[1]
    assert scan["error"] == {
        "code": "unsupported",
        "message": f"{archive / 'scan.png'}: a .png file is not text or HTML; convert it to text first",
    }
    assert scan["source"] == {"path": str(archive / "scan.png"), "sha256": batch_sha(PNG), "bytes": len(PNG)}


def test_acceptance_output_validates(acceptance, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(acceptance.stdout)
    proc = run("validate", out)
    assert proc.returncode == 0, proc.stdout.decode()


def test_one_worker_and_two_give_the_same_bytes(tmp_path):
    folder = copies(tmp_path / "in", 6)
    (folder / "b-empty.txt").write_bytes(b"")
    serial, parallel = run("batch", folder, "-j", "1"), run("batch", folder, "-j", "2")
    assert serial.returncode == parallel.returncode == 1
    assert serial.stdout == parallel.stdout
    assert len(json_lines(serial.stdout)) == 7


def test_output_file_is_renamed_into_place(tmp_path, acceptance, archive):
    target = tmp_path / "out.jsonl"
    proc = run("batch", archive, "-j", "2", "-o", target)
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert target.read_bytes() == acceptance.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_output_into_a_missing_folder(tmp_path):
    target = tmp_path / "missing" / "out.jsonl"
    proc = run("batch", SAMPLE, "-o", target)
    assert proc.returncode == 5
    assert proc.stderr.decode().splitlines() == [f"Error: cannot write {target}: No such file or directory"]
    assert not target.parent.exists()


def test_fail_fast_stops_at_the_first_failure(tmp_path):
    folder = copies(tmp_path / "in", 5)
    (folder / "a-empty.txt").write_bytes(b"")
    proc = run("batch", folder, "-j", "2", "--fail-fast")
    assert proc.returncode == 1
    lines = json_lines(proc.stdout)
    assert len(lines) == 1 and lines[0]["error"]["code"] == "empty"
    assert proc.stderr.decode().splitlines()[-1].startswith("1 files, 0 issues, 1 errors")


def test_json_format_is_one_array(tmp_path):
    folder = copies(tmp_path / "in", 3)
    proc = run("batch", folder, "--format", "json", "-j", "2")
    assert proc.returncode == 0
    results = json.loads(proc.stdout)
    assert [r["source"]["path"] for r in results] == [str(folder / f"pinggu-{i:03d}.txt") for i in (1, 2, 3)]


def test_csv_tasks_view_over_a_batch(tmp_path, archive):
    jsonl = json_lines(run("batch", archive, "-j", "2").stdout)
    tasks = sum(len(d["tasks"]) for r in jsonl if "error" not in r for d in r["documents"])
    target = tmp_path / "tasks.csv"
    proc = run("batch", archive, "-j", "2", "--excel", "--view", "tasks", "-o", target)
    assert proc.returncode == 1
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == tasks
    assert rows[0]["source_path"] == min(
        r["source"]["path"] for r in jsonl if "error" not in r and any(d["tasks"] for d in r["documents"])
    )


def test_missing_input_is_an_input_error(tmp_path):
    proc = run("batch", tmp_path / "nowhere")
    assert proc.returncode == 3
    assert proc.stderr.decode() == f"Error: no such file or directory: {tmp_path / 'nowhere'}\n"
    assert proc.stdout == b""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--resume"], "Error: --resume needs -o FILE"),
        (["--resume", "-o", "x.csv", "--format", "csv"], "Error: --resume works with --format jsonl only"),
        (["--excel", "--format", "jsonl"], "Error: --excel writes CSV; it cannot be used with --format jsonl"),
    ],
    ids=["resume-without-output", "resume-csv", "excel-jsonl"],
)
def test_usage_errors(tmp_path, args, message):
    proc = subprocess.run(
        [sys.executable, "-m", "gazette_extract", "batch", str(SAMPLE), *args], capture_output=True, cwd=tmp_path
    )
    assert proc.returncode == 2
    assert proc.stderr.decode() == message + "\n"


# ---------------------------------------------------------------------------------------------
# --resume
# ---------------------------------------------------------------------------------------------


def by_path(lines: list[str]) -> list[str]:
    return sorted(lines, key=lambda line: json.loads(line)["source"]["path"])


def sorted_lines(path: Path) -> list[str]:
    return by_path(path.read_text(encoding="utf-8").splitlines())


def test_resume_after_a_truncated_write(tmp_path, archive, acceptance):
    clean = acceptance.stdout.decode("utf-8").splitlines(keepends=True)
    target = tmp_path / "out.jsonl"
    partial = "".join(clean[:7]) + clean[7][: len(clean[7]) // 2]  # the 8th line cut mid-way
    target.write_text(partial, encoding="utf-8")
    proc = run("batch", archive, "-j", "2", "-o", target, "--resume")
    assert proc.returncode == 0  # the empty file sorts among the 7 already done: nothing failed in this run
    assert "(7 skipped: already in the output)" in proc.stderr.decode()
    assert sorted_lines(target) == by_path([line.rstrip("\n") for line in clean])
    assert target.read_text(encoding="utf-8").startswith("".join(clean[:7]))


def test_resume_with_nothing_left_to_do(tmp_path, archive, acceptance):
    target = tmp_path / "out.jsonl"
    target.write_bytes(acceptance.stdout)
    proc = run("batch", archive, "-o", target, "--resume")
    assert proc.returncode == 0  # nothing failed in this run
    assert target.read_bytes() == acceptance.stdout
    assert proc.stderr.decode().startswith("56 files, 0 issues, 0 errors")


def test_resume_after_ctrl_c(tmp_path):
    folder = copies(tmp_path / "in", 150)
    (folder / "pinggu-075-empty.txt").write_bytes(b"")
    clean = tmp_path / "clean.jsonl"
    assert run("batch", folder, "-j", "2", "-o", clean).returncode == 1

    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", "batch", str(folder), "-j", "2", "-o", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    temporary = tmp_path / f".out.jsonl.{proc.pid}.tmp"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if temporary.exists() and temporary.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    message = stderr.decode("utf-8")
    assert proc.returncode == 130, message
    assert "Traceback" not in message
    assert message.splitlines()[-1].startswith("Error: interrupted after ")
    assert message.splitlines()[-1].endswith(
        f"of 151 files; {target} holds the complete results (run again with --resume to finish)"
    )
    assert not temporary.exists()
    kept = target.read_bytes()
    assert kept.endswith(b"\n")
    kept_count = kept.count(b"\n")
    assert 3 <= kept_count < 151
    json_lines(kept)

    resumed = run("batch", folder, "-j", "2", "-o", target, "--resume")
    assert f"({kept_count} skipped: already in the output)" in resumed.stderr.decode()
    assert target.read_bytes().startswith(kept)
    assert sorted_lines(target) == sorted_lines(clean)


# ---------------------------------------------------------------------------------------------
# The engine, in-process
# ---------------------------------------------------------------------------------------------


def test_read_done_drops_a_truncated_last_line(tmp_path):
    path = tmp_path / "out.jsonl"
    good = '{"source":{"path":"a.txt","sha256":"aa"},"documents":[]}\n{"source":{"path":"b.txt","sha256":null,"bytes":3},"error":{}}\n'
    path.write_text(good + '{"source":{"path":"c.t', encoding="utf-8")
    assert batch.read_done(str(path)) == {"a.txt": "aa", "b.txt": None}
    assert path.read_text(encoding="utf-8") == good
    assert batch.read_done(str(tmp_path / "none.jsonl")) == {}


def test_read_done_refuses_a_foreign_file(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(batch.InputError, match="line 1 of"):
        batch.read_done(str(path))


def test_outcomes_skip_what_is_done(tmp_path):
    folder = copies(tmp_path / "in", 3)
    items = batch.collect([str(folder)])
    digest = batch_sha(SAMPLE.read_bytes())
    done = {items[0].path: digest, items[1].path: "0" * 64, "gone.txt": None}
    results = list(batch.outcomes(items, jobs=1, done=done))
    assert [o.skipped for o in results] == [True, False, False]
    assert all(o.ok for o in results)


def test_unreadable_member_becomes_an_input_error_line(tmp_path):
    item = SourceItem(path=str(tmp_path / "gone.txt"), size=10, location=str(tmp_path / "gone.txt"))
    outcome = batch.convert(item)
    record = json.loads(outcome.line)
    assert record == {
        "source": {"path": item.path, "sha256": None, "bytes": 10},
        "error": {"code": "input", "message": f"no such file or directory: {item.path}"},
    }


def test_internal_errors_become_error_lines(tmp_path, monkeypatch):
    from gazette_extract import pipeline

    def explode(data, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "extract", explode)
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    outcome = batch.convert(SourceItem(path=str(path), size=1, location=str(path)))
    assert json.loads(outcome.line)["error"] == {"code": "error", "message": "internal error: ValueError: boom"}


def test_chunk_size_bounds():
    assert batch.chunk_size(1, 4) == 1
    assert batch.chunk_size(10_000, 2) == 8
    assert 1 <= batch.chunk_size(200, 2) <= 8


def test_progress_bar_only_on_a_terminal(tmp_path):
    """With stderr on a pseudo-terminal a progress bar is drawn there; stdout stays data only."""
    import pty

    folder = copies(tmp_path / "in", 4)
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", "batch", str(folder), "-j", "2"],
        stdout=subprocess.PIPE, stderr=follower, stdin=subprocess.DEVNULL, env={**os.environ, "TERM": "xterm"},
    )  # fmt: skip
    os.close(follower)
    stdout, _ = proc.communicate(timeout=60)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert len(json_lines(stdout)) == 4
    assert "4 files, 4 issues, 0 errors" in terminal
    assert "files" in terminal.split("4 files, 4 issues")[0]  # the bar's "n/4 files" came first


def test_a_failed_write_is_an_output_error_and_leaves_no_file(tmp_path):
    target = tmp_path / "out.jsonl"
    out = batch.OutputFile(str(target))

    class DiskFull(io.StringIO):
        def write(self, text):
            raise OSError(28, "No space left on device")

    out.stream = DiskFull()
    with pytest.raises(batch.OutputError, match=f"cannot write {target}: No space left on device"):
        out.write("{}\n")
    out.discard()
    assert list(tmp_path.iterdir()) == []


def test_keep_complete_cuts_a_partial_line(tmp_path):
    target = tmp_path / "out.json"
    out = batch.OutputFile(str(target))
    out.write("[\n{}")
    out.mark()
    out.write(',\n{"half')
    out.keep_complete(batch.JSON_ARRAY_END)
    assert json.loads(target.read_text(encoding="utf-8")) == [{}]
    assert list(tmp_path.iterdir()) == [target]
