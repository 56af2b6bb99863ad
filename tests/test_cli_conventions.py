"""The conventions of the tools users know (jq, ripgrep, sqlite-utils, HTTPie), through the CLI.

Issue 15 (bugs 3, 6, 7 and the conventions) and issue 16 item 22. Each bug's test failed before its fix.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import signal
import subprocess
import sys

import pytest
from test_cli import SAMPLE, assert_one_error_line, err, run
from typer.testing import CliRunner

from gazette_extract.app import cli

ANSI = re.compile(rb"\x1b\[[0-9;]*m")
NOTE = "今天天气很好。\n"  # parses with a no-documents warning


def read_csv(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# ---------------------------------------------------------------------------------------------
# -o - is standard output (bug 3)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["parse", "batch"])
def test_output_dash_is_stdout(tmp_path, command):
    proc = run(command, SAMPLE, "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, err(proc)
    assert json.loads(proc.stdout.splitlines()[0] if command == "batch" else proc.stdout)["documents"]
    assert not (tmp_path / "-").exists()


def test_resume_needs_a_real_file_not_dash(tmp_path):
    assert_one_error_line(run("batch", SAMPLE, "-o", "-", "--resume", cwd=tmp_path), 2, "Error: --resume needs -o FILE")


# ---------------------------------------------------------------------------------------------
# A view or --excel implies CSV (bug 7)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["parse", "batch"])
@pytest.mark.parametrize("args", [["--view", "tasks"], ["--excel", "--view", "tasks"]], ids=["view", "excel-view"])
def test_a_view_alone_means_csv(command, args):
    proc = run(command, SAMPLE, *args)
    assert proc.returncode == 0, err(proc)
    rows = read_csv(proc.stdout)
    assert rows and "lead_units" in rows[0]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "table"])
def test_excel_with_another_format_is_one_usage_error(fmt):
    assert_one_error_line(
        run("parse", SAMPLE, "-f", fmt, "--excel"),
        2,
        f"Error: --excel writes CSV; it cannot be used with --format {fmt}",
    )


def test_a_view_with_json_is_one_usage_error():
    assert_one_error_line(
        run("parse", SAMPLE, "-f", "json", "--view", "tasks"), 2, "Error: --view needs --format csv or table"
    )


# ---------------------------------------------------------------------------------------------
# CSV task view: the document's date, issuer and kind; headings joined with ' > '
# ---------------------------------------------------------------------------------------------


def test_csv_tasks_view_has_document_date_issuer_kind_and_joined_sections():
    sample_json = json.loads(run("parse", SAMPLE).stdout)
    rows = read_csv(run("parse", SAMPLE, "--view", "tasks").stdout)
    documents = {d["title"]: d for d in sample_json["documents"]}
    for row in rows:
        doc = documents[row["doc_title"]]
        assert row["doc_date"] == (doc["date"] or "")
        assert row["doc_issuer"] == (doc["issuer"] or "")
        assert row["doc_kind"] == (doc["kind"] or "")
    tasks = [t for d in sample_json["documents"] for t in d["tasks"]]
    deep = next(t for t in tasks if len(t["section"]) > 1)
    row = next(r for r in rows if r["text"] == deep["text"])
    assert row["section"] == " > ".join(deep["section"])


# ---------------------------------------------------------------------------------------------
# Tables fit the terminal (bug 6)
# ---------------------------------------------------------------------------------------------


DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]+〔\d{4}〕\d+号")


@pytest.mark.parametrize("columns", [80, 100, 60])
@pytest.mark.parametrize("view", [None, "tasks", "appointments"])
def test_table_fits_the_terminal_and_never_splits_a_number(columns, view):
    args = ["-f", "table"] + (["--view", view] if view else [])
    proc = run("parse", SAMPLE, *args, env={"COLUMNS": str(columns)})
    assert proc.returncode == 0, err(proc)
    from rich.cells import cell_len

    lines = proc.stdout.decode("utf-8").splitlines()
    assert lines and all(cell_len(line) <= columns for line in lines), max(cell_len(line) for line in lines)
    body = [line for line in lines if line.startswith("│")]
    assert body and all(line.rstrip().endswith("│") for line in body)  # the right border is kept
    sample_json = json.loads(run("parse", SAMPLE).stdout)
    numbers = {
        d["doc_number"]["text"] for d in sample_json["documents"] if d["doc_number"] and (view is None or d[view])
    }
    assert numbers
    cells = "\n".join(lines)
    for number in numbers:
        assert number in cells, f"{number} is split across lines"


# ---------------------------------------------------------------------------------------------
# Help: -h, examples, usage of several paths, completion
# ---------------------------------------------------------------------------------------------

COMMANDS = ["parse", "batch", "schema", "validate", "check"]


@pytest.mark.parametrize("command", COMMANDS)
def test_h_is_help_and_help_ends_with_examples(command):
    runner = CliRunner()
    short = runner.invoke(cli.app, [command, "-h"])
    long = runner.invoke(cli.app, [command, "--help"])
    assert short.exit_code == 0 and long.exit_code == 0, short.output
    assert short.output == long.output
    tail = long.output.rstrip().split("Examples:")[-1].strip().splitlines()
    assert "Examples:" in long.output
    assert 2 <= len(tail) <= 3 and all(line.strip().startswith("gazette-extract ") for line in tail), tail
    assert long.output.rstrip().endswith(tail[-1])


def test_top_level_h_and_examples():
    result = CliRunner().invoke(cli.app, ["-h"])
    assert result.exit_code == 0 and "Examples:" in result.output
    assert "--install-completion" in result.output


@pytest.mark.parametrize(("command", "metavar"), [("batch", "PATH..."), ("validate", "FILE...")])
def test_usage_shows_several_paths(command, metavar):
    result = CliRunner().invoke(cli.app, [command, "--help"])
    usage = next(line for line in result.output.splitlines() if line.startswith("Usage:"))
    assert (
        usage.startswith(f"Usage: gazette-extract {command} [OPTIONS] ") and metavar in usage
    )  # typer writes {PATH...}


def test_completion_script_can_be_shown():
    proc = run("--show-completion", "bash", env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert proc.returncode == 0, err(proc)
    assert b"gazette" in proc.stdout and b"complete" in proc.stdout


def test_version_stays_light():
    code = (
        "import sys; sys.argv = ['gazette-extract', '--version']\n"
        "from gazette_extract.app import cli\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "print(','.join(m for m in ('pydantic', 'rich', 'regex') if m in sys.modules), file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.startswith("gazette-extract ")
    assert proc.stderr.strip() == ""


# ---------------------------------------------------------------------------------------------
# batch --quiet and --strict
# ---------------------------------------------------------------------------------------------


def test_batch_quiet_writes_nothing_on_stderr(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    loud = run("batch", SAMPLE, note)
    assert "files" in err(loud)
    quiet = run("batch", SAMPLE, note, "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == b""
    assert len(quiet.stdout.splitlines()) == 2
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    failed = run("batch", SAMPLE, empty, "-q")  # an error line is in the output; the exit code says it
    assert failed.returncode == 1 and failed.stderr == b""


def test_batch_strict_fails_on_warnings(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    clean = run("batch", SAMPLE, "--strict")
    assert clean.returncode == 0, err(clean)
    strict = run("batch", SAMPLE, note, "--strict", "-q")
    assert strict.returncode == 1 and strict.stderr == b""
    assert len(strict.stdout.splitlines()) == 2  # the output is whole all the same


# ---------------------------------------------------------------------------------------------
# --color on JSON
# ---------------------------------------------------------------------------------------------


def run_in_terminal(*args: str, env: dict | None = None) -> tuple[int, bytes]:
    """Run with stdout on a pseudo-terminal (as a person at a shell would)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", *args],
        stdout=follower, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        env={**{k: v for k, v in os.environ.items() if k != "NO_COLOR"}, **(env or {})},
    )  # fmt: skip
    os.close(follower)
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
    return proc.wait(timeout=120), b"".join(chunks)


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        pytest.param([], {}, True, id="auto-terminal"),
        pytest.param([], {"NO_COLOR": "1"}, False, id="auto-no-color"),
        pytest.param(["--color", "never"], {}, False, id="never"),
        pytest.param(["--color", "always"], {"NO_COLOR": "1"}, True, id="always-beats-no-color"),
    ],
)
def test_json_colour_on_a_terminal(args, env, coloured):
    code, out = run_in_terminal("parse", str(SAMPLE), *args, env=env)
    assert code == 0
    assert bool(ANSI.search(out)) is coloured
    assert json.loads(ANSI.sub(b"", out).replace(b"\r\n", b"\n"))["documents"]


def test_json_colour_only_when_asked_in_a_pipe():
    assert not ANSI.search(run("parse", SAMPLE).stdout)
    coloured = run("parse", SAMPLE, "--color", "always").stdout
    assert ANSI.search(coloured)
    assert json.loads(ANSI.sub(b"", coloured)) == json.loads(run("parse", SAMPLE).stdout)


# ---------------------------------------------------------------------------------------------
# Odd outputs (issue 16 item 22)
# ---------------------------------------------------------------------------------------------


def test_batch_into_a_closed_pipe_is_quiet(tmp_path):
    for i in range(40):
        (tmp_path / f"issue{i:02}.txt").write_bytes(SAMPLE.read_bytes())
    shell = f"{sys.executable} -m gazette_extract batch -j 1 {tmp_path} | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}} >&2"
    proc = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=120)
    assert err(proc).splitlines()[-1] in ("0", "141")
    assert err(proc).splitlines()[:-1] == [], err(proc)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["parse", "batch"])
def test_stdout_on_a_full_disk_is_exit_5(command):
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "gazette_extract", command, str(SAMPLE)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    stderr = proc.stderr.decode()
    assert proc.returncode == 5, stderr
    assert stderr.startswith("Error: cannot write stdout: No space left on device") and stderr.count("\n") == 1, stderr


def test_interrupted_json_array_does_not_advise_resume(tmp_path):
    for i in range(300):
        (tmp_path / f"issue{i:03}.txt").write_bytes(SAMPLE.read_bytes())
    target = tmp_path / "out.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gazette_extract", "batch", "-j", "1", "-f", "json", "-o", str(target), str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    import time

    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.json.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert b"--resume" not in stderr
    assert b"holds the complete results" in stderr
    json.loads(target.read_bytes())
