"""The command line as a user runs it: exit codes, exact error lines, output formats, CI commands.

Most tests run the real program (``python -m gazette_extract``) in a subprocess, so they see
what a shell sees: stdout, stderr and the exit code after ``main()`` has mapped every failure.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gazette_extract._meta import __version__
from gazette_extract.app import cli
from gazette_extract.app.goldens import expected_path, render, sample_inputs
from gazette_extract.text import decode

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"
UNDECODABLE = b"\xb9\xab\xb1\xa8 abc \x80\xff\x80\xff"  # not UTF-8, not GB18030, not Big5, no NULs


def run(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gazette_extract", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def err(proc: subprocess.CompletedProcess) -> str:
    return proc.stderr.decode("utf-8")


def assert_one_error_line(proc: subprocess.CompletedProcess, code: int, text: str) -> None:
    stderr = err(proc)
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr
    assert stderr.count("\n") == 1 and stderr.startswith("Error: "), stderr
    assert text in stderr
    assert proc.stdout == b""


@pytest.fixture(scope="module")
def sample_json() -> dict:
    proc = run("parse", SAMPLE)
    assert proc.returncode == 0, err(proc)
    return json.loads(proc.stdout)


def task_count(result: dict) -> int:
    return sum(len(doc["tasks"]) for doc in result["documents"])


# ---------------------------------------------------------------------------------------------
# parse: output
# ---------------------------------------------------------------------------------------------


def test_parse_prints_indented_json(sample_json):
    assert sample_json["source"]["path"] == str(SAMPLE)
    assert sample_json["issue"]["title"] == "北京市平谷区人民政府公报"
    assert len(sample_json["documents"]) == 5


def test_parse_reads_stdin(sample_json):
    proc = run("parse", "-", stdin=SAMPLE.read_bytes())
    assert proc.returncode == 0, err(proc)
    result = json.loads(proc.stdout)
    assert result["source"]["path"] == "-"
    assert result["documents"] == sample_json["documents"]


def test_parse_output_file_is_written_whole(tmp_path, sample_json):
    target = tmp_path / "out.json"
    proc = run("parse", SAMPLE, "-o", target)
    assert proc.returncode == 0, err(proc)
    assert proc.stdout == b""
    assert json.loads(target.read_text(encoding="utf-8")) == sample_json
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_parse_output_into_a_missing_folder_fails_without_a_file(tmp_path):
    target = tmp_path / "missing" / "out.json"
    proc = run("parse", SAMPLE, "-o", target)
    assert_one_error_line(proc, 5, f"Error: cannot write {target}")
    assert not target.parent.exists()


def test_parse_compact_is_one_line(sample_json):
    proc = run("parse", SAMPLE, "--compact")
    assert proc.returncode == 0
    assert proc.stdout.count(b"\n") == 1
    assert json.loads(proc.stdout) == sample_json


def test_parse_jsonl_is_one_line(sample_json):
    proc = run("parse", SAMPLE, "--format", "jsonl")
    assert proc.stdout.count(b"\n") == 1
    assert json.loads(proc.stdout) == sample_json


def test_version():
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode() == f"gazette-extract {__version__}\n"


# ---------------------------------------------------------------------------------------------
# parse: bad input — one line on stderr, the documented exit code
# ---------------------------------------------------------------------------------------------


BAD_INPUTS = [
    pytest.param("missing", None, 3, "Error: no such file: ", id="missing-path"),
    pytest.param("folder", None, 3, "Error: is a directory, not a file: ", id="directory"),
    pytest.param("scan.png", PNG, 4, ": a .png file is not text or HTML; convert it to text first", id="png-file"),
    pytest.param("scan.txt", PNG, 4, "Error: input looks binary", id="png-bytes-named-txt"),
    pytest.param(
        "issue.pdf",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        4,
        "Error: not a readable PDF (damaged or truncated: ",
        id="damaged-pdf-file",
    ),
    pytest.param("empty.txt", b"", 3, "Error: empty input: ", id="empty-file"),
    pytest.param(
        "garbled.txt",
        UNDECODABLE,
        4,
        "Error: input is not text in a supported encoding: not UTF-8 (byte 0), not GB18030 (byte",
        id="invalid-in-every-encoding",
    ),
]


@pytest.mark.parametrize(("name", "content", "code", "message"), BAD_INPUTS)
def test_bad_input_gives_one_error_line(tmp_path, name, content, code, message):
    path = tmp_path / name
    if name == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    proc = run("parse", path)
    assert_one_error_line(proc, code, message)
    if code == 3:
        assert str(path) in err(proc)


def test_empty_stdin_is_an_input_error():
    assert_one_error_line(run("parse", "-", stdin=b""), 3, "Error: empty input: -")


@pytest.mark.parametrize("name", ["klingon", "latin-1"])  # latin-1 decodes anything: mojibake with exit 0
def test_unsupported_encoding_is_refused_with_the_list(name):
    proc = run("parse", SAMPLE, "--encoding", name)
    assert_one_error_line(proc, 4, f"Error: unsupported encoding: {name}; use one of: utf-8, utf-16, ")
    assert "gb18030, gbk, gb2312, big5" in err(proc)


@pytest.mark.parametrize(
    ("name", "encoding", "codec"),
    [
        ("gbk", "gbk", "gb18030"),
        ("GB2312", "gb2312", "gb18030"),
        ("gb18030", "gb18030", None),
        ("big5", "big5", "big5hkscs"),
    ],
)
def test_source_reports_the_encoding_asked_and_the_codec_used(tmp_path, name, encoding, codec):
    path = tmp_path / "issue.txt"
    path.write_bytes("香港特別行政區政府關於開展工作的通知\n".encode(codec or encoding))
    proc = run("parse", path, "--encoding", name)
    assert proc.returncode == 0, err(proc)
    source = json.loads(proc.stdout)["source"]
    assert source["encoding"] == encoding
    assert source.get("codec") == codec


def test_utf16_without_bom_is_detected(tmp_path):
    path = tmp_path / "issue.txt"
    path.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("utf-16-le"))
    proc = run("parse", path)
    assert proc.returncode == 0, err(proc)
    assert json.loads(proc.stdout)["source"]["encoding"] == "utf-16-le"


def test_html_in_utf16_without_bom_is_read_as_utf16(tmp_path):
    page = ROOT / "tests" / "fixtures" / "html" / "govcn_policy.html"
    path = tmp_path / "page.html"
    path.write_bytes(page.read_text(encoding="utf-8").encode("utf-16-le"))
    proc = run("parse", path)
    assert proc.returncode == 0, err(proc)
    result = json.loads(proc.stdout)
    assert result["source"]["encoding"] == "utf-16-le"
    assert "replaced-bytes" not in [w["code"] for w in result["warnings"]]
    assert result == json.loads(run("parse", page).stdout) | {"source": result["source"]}


def test_forced_wrong_encoding_is_a_decode_error(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gbk"))
    assert_one_error_line(run("parse", path, "--encoding", "utf-8"), 4, "Error: input is not valid utf-8")


def test_unreadable_file(tmp_path, monkeypatch, capsys):
    # Tests run as root, for whom chmod 000 changes nothing: make open() refuse instead.
    path = tmp_path / "secret.txt"
    path.write_bytes(SAMPLE.read_bytes())

    def refuse(name, *args, **kwargs):
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(decode, "open", refuse, raising=False)
    monkeypatch.setattr(sys, "argv", ["gazette-extract", "parse", str(path)])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    captured = capsys.readouterr()
    assert exit_info.value.code == 3
    assert captured.err == f"Error: permission denied: {path}\n"
    assert captured.out == ""


def test_strict_with_warnings_exits_1(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("今天天气很好。\n", encoding="utf-8")
    relaxed = run("parse", path)
    assert relaxed.returncode == 0
    assert "Warning: no-documents" in err(relaxed)
    strict = run("parse", path, "--strict")
    assert strict.returncode == 1
    assert json.loads(strict.stdout)["warnings"][0]["code"] == "no-documents"


def test_strict_without_warnings_exits_0():
    assert run("parse", SAMPLE, "--strict").returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "json", "--excel"], "Error: --excel writes CSV; it cannot be used with --format json"),
        (["--format", "json", "--view", "tasks"], "Error: --view needs --format csv or table"),
    ],
    ids=["excel-with-json", "view-with-json"],
)
def test_inconsistent_options_are_usage_errors(args, message):
    assert_one_error_line(run("parse", SAMPLE, *args), 2, message)


# ---------------------------------------------------------------------------------------------
# parse: CSV and tables
# ---------------------------------------------------------------------------------------------


def read_csv(data: bytes, encoding: str = "utf-8") -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode(encoding), newline="")))


def test_csv_tasks_view_has_one_row_per_task(sample_json):
    proc = run("parse", SAMPLE, "--format", "csv", "--view", "tasks")
    assert proc.returncode == 0, err(proc)
    rows = read_csv(proc.stdout)
    assert len(rows) == task_count(sample_json)
    assert not proc.stdout.startswith(b"\xef\xbb\xbf")
    assert rows[0]["source_path"] == str(SAMPLE)
    assert {row["id"] for row in rows} >= {"t1"}


def test_csv_documents_view_is_the_default(sample_json):
    rows = read_csv(run("parse", SAMPLE, "--format", "csv").stdout)
    assert [row["doc_number"] for row in rows] == [doc["doc_number"]["text"] for doc in sample_json["documents"]]


def test_excel_csv_starts_with_a_bom(tmp_path, sample_json):
    target = tmp_path / "tasks.csv"
    proc = run("parse", SAMPLE, "--excel", "--view", "tasks", "-o", target)
    assert proc.returncode == 0, err(proc)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(read_csv(data, "utf-8-sig")) == task_count(sample_json)
    assert data.count(b"\r\n") >= task_count(sample_json) + 1  # the csv module's line ends, untranslated


def test_table_lists_documents(sample_json):
    proc = run("parse", SAMPLE, "--format", "table", env={"COLUMNS": "200"})
    assert proc.returncode == 0, err(proc)
    text = proc.stdout.decode("utf-8")
    for doc in sample_json["documents"]:
        assert doc["doc_number"]["text"] in text
        assert doc["date"] in text
    assert "personnel" in text


def test_table_of_a_view():
    proc = run("parse", SAMPLE, "--format", "table", "--view", "appointments", env={"COLUMNS": "200"})
    assert proc.returncode == 0, err(proc)
    assert "appoint" in proc.stdout.decode("utf-8")


# ---------------------------------------------------------------------------------------------
# schema, validate, check
# ---------------------------------------------------------------------------------------------


def test_schema_is_the_committed_file():
    proc = run("schema")
    assert proc.returncode == 0
    assert proc.stdout == (ROOT / "schemas" / "gazette.schema.json").read_bytes()


def test_validate_accepts_a_parse_output(tmp_path):
    target = tmp_path / "issue.json"
    run("parse", SAMPLE, "-o", target)
    proc = run("validate", target)
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.decode() == f"ok {target}\n"


def test_validate_reports_each_problem_on_one_line(tmp_path, sample_json):
    broken = json.loads(json.dumps(sample_json))
    broken["documents"][0]["lines"]["start"] = 0
    broken["documents"][1]["date"] = 20210114
    del broken["source"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(sample_json, ensure_ascii=False), encoding="utf-8")
    proc = run("validate", good, path)
    assert proc.returncode == 1
    lines = proc.stdout.decode("utf-8").splitlines()
    assert lines[0] == f"ok {good}"
    assert f"{path}: source: Field required" in lines
    assert f"{path}: documents.0.lines.start: Input should be greater than or equal to 1 (found 0)" in lines
    assert f"{path}: documents.1.date: Input should be a valid string (found 20210114)" in lines
    assert len(lines) == 4


def test_validate_json_lines_with_error_lines(tmp_path, sample_json):
    error_line = {
        "source": {"path": "a.txt", "sha256": None, "bytes": 0},
        "error": {"code": "empty", "message": "empty input"},
    }
    bad_error_line = {"source": {"path": "b.txt"}, "error": "oops"}
    path = tmp_path / "out.jsonl"
    lines = [sample_json, error_line, bad_error_line]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines) + "{not json\n", encoding="utf-8")
    proc = run("validate", path)
    assert proc.returncode == 1
    assert proc.stdout.decode("utf-8").splitlines() == [
        f"{path}: line 3: error: an error line needs a code and a message",
        f"{path}: line 4: not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
    ]


def test_validate_missing_file_is_an_input_error(tmp_path):
    assert_one_error_line(run("validate", tmp_path / "nope.json"), 3, "Error: no such file: ")


@pytest.fixture()
def samples_copy(tmp_path) -> Path:
    """A copy of samples/ with expected files freshly rendered: clean by construction."""
    folder = tmp_path / "samples"
    shutil.copytree(ROOT / "samples", folder, ignore=shutil.ignore_patterns("*.expected.json"))
    for sample in sample_inputs(folder):
        expected_path(sample).write_text(render(sample), encoding="utf-8")
    return folder


def test_check_passes_on_a_clean_tree(samples_copy):
    proc = run("check", samples_copy)
    count = len(sample_inputs(samples_copy))
    assert count >= 2 and any(p.parent.name == "more" for p in sample_inputs(samples_copy))
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.decode().splitlines() == [
        f"{count} samples: {count} unchanged, 0 changed, 0 without an expected file"
    ]


def test_check_shows_a_readable_diff_and_update_fixes_it(samples_copy):
    expected = samples_copy / "pinggu-2021-01.expected.json"
    text = expected.read_text(encoding="utf-8")
    assert text.count('"total_number": 9,') == 1
    expected.write_text(text.replace('"total_number": 9,', '"total_number": 10,'), encoding="utf-8")
    (samples_copy / "more" / "gwy-20.expected.json").unlink()

    proc = run("check", samples_copy)
    assert proc.returncode == 1
    out = proc.stdout.decode("utf-8").splitlines()
    assert '-    "total_number": 10,' in out
    assert '+    "total_number": 9,' in out
    assert any(line.startswith("--- ") and "pinggu-2021-01.txt (expected)" in line for line in out)
    assert (
        f"missing: {samples_copy / 'more' / 'gwy-20.expected.json'} (create it with: gazette-extract check {samples_copy} --update)"
        in out
    )
    assert out[-1].endswith("unchanged, 1 changed, 1 without an expected file")

    update = run("check", samples_copy, "--update")
    assert update.returncode == 0
    assert update.stdout.decode().splitlines()[:2] == [
        f"created {samples_copy / 'more' / 'gwy-20.expected.json'}",
        f"updated {expected}",
    ]
    assert run("check", samples_copy).returncode == 0
    assert expected.read_text(encoding="utf-8") == text


def test_check_of_a_missing_folder(tmp_path):
    assert_one_error_line(run("check", tmp_path / "nowhere"), 3, "Error: not a folder: ")


# ---------------------------------------------------------------------------------------------
# Every command documents itself; start-up stays light
# ---------------------------------------------------------------------------------------------


def test_every_command_has_help():
    runner = CliRunner()
    names = [command.name or command.callback.__name__ for command in cli.app.registered_commands]
    assert set(names) >= {"parse", "batch", "schema", "validate", "check"}
    for name in names:
        result = runner.invoke(cli.app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output and name in result.output
        help_text = result.output.split("Usage:", 1)[1]
        assert len(help_text.strip().splitlines()) > 2, f"{name} has no help text"
    top = runner.invoke(cli.app, ["--help"])
    assert top.exit_code == 0
    for name in names:
        assert name in top.output


def test_importing_the_cli_imports_no_heavy_module():
    code = (
        "import sys, gazette_extract.app.cli\n"
        "heavy = ('pydantic', 'rich', 'multiprocessing', 'selectolax', 'gazette_extract.pipeline')\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_text_writes_dash_to_stdout_and_never_over_its_input(tmp_path):
    """``text -o -`` once wrote a file named '-', and ``text FILE -o FILE`` replaced the input
    (with its UTF-8 rendering): -o behaves as it does for parse."""
    issue = tmp_path / "issue.txt"
    issue.write_bytes(SAMPLE.read_bytes().decode("utf-8").encode("gb18030"))
    printed = run("text", issue, "-o", "-", cwd=tmp_path)
    assert printed.returncode == 0, err(printed)
    assert printed.stdout.decode("utf-8") == SAMPLE.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["issue.txt"]
    before = issue.read_bytes()
    assert_one_error_line(run("text", issue, "-o", issue), 5, f"the output {issue} is also an input")
    assert issue.read_bytes() == before
