"""validate and check, the CI commands: formats checked, every file judged on its own, paths
relative to the folder checked. Bugs from issues 15 and 16; each test failed before its fix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_cli import ROOT, SAMPLE, err, run

from gazette_extract.app.goldens import expected_path, render, sample_inputs


@pytest.fixture(scope="module")
def sample_json() -> dict:
    proc = run("parse", SAMPLE)
    assert proc.returncode == 0, err(proc)
    return json.loads(proc.stdout)


def test_schema_declares_dates_as_format_date():
    schema = json.loads((ROOT / "schemas" / "gazette.schema.json").read_text(encoding="utf-8"))
    date = schema["$defs"]["Document"]["properties"]["date"]
    assert {"type": "string", "format": "date"} in date["anyOf"]
    assert {"type": "string", "format": "date"} in schema["$defs"]["Deadline"]["properties"]["date"]["anyOf"]


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("yesterday", id="a-word"),
        pytest.param("2021-02-30", id="no-such-day"),
        pytest.param("20210214", id="basic-format"),
        pytest.param("2021-2-14", id="unpadded"),
    ],
)
def test_validate_checks_date_format(tmp_path, sample_json, value):
    broken = json.loads(json.dumps(sample_json))
    broken["documents"][0]["date"] = value
    path = tmp_path / "issue.json"
    path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    proc = run("validate", path)
    assert proc.returncode == 1
    assert proc.stdout.decode("utf-8").splitlines() == [
        f"{path}: documents.0.date: Value error, not a date YYYY-MM-DD (found {value!r})"
    ]


HOSTILE = [
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "too deeply nested", id="deep-nesting"),
    pytest.param(b'{"issue": {"year": ' + b"9" * 5000 + b"}}", "number too long", id="huge-integer"),
    pytest.param(b"\xff\xfe{}", "not UTF-8 (byte 0)", id="not-utf8"),
]


@pytest.mark.parametrize(("content", "message"), HOSTILE)
def test_validate_gives_one_line_per_hostile_file_and_goes_on(tmp_path, sample_json, content, message):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(sample_json, ensure_ascii=False), encoding="utf-8")
    proc = run("validate", bad, good)
    assert proc.returncode == 1, err(proc)
    assert "Traceback" not in err(proc) and err(proc) == ""
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"{bad}: ") and message in lines[0]
    assert lines[1] == f"ok {good}"


def test_validate_goes_on_after_a_missing_file(tmp_path, sample_json):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(sample_json, ensure_ascii=False), encoding="utf-8")
    proc = run("validate", tmp_path / "nope.json", good)
    assert proc.returncode == 3
    assert err(proc) == f"Error: no such file: {tmp_path / 'nope.json'}\n"
    assert proc.stdout.decode() == f"ok {good}\n"


@pytest.fixture()
def samples_copy(tmp_path) -> Path:
    """samples/ with freshly rendered expected files, copied under another name."""
    folder = tmp_path / "samples"
    shutil.copytree(ROOT / "samples", folder, ignore=shutil.ignore_patterns("*.expected.json"))
    for sample in sample_inputs(folder):
        expected_path(sample).write_text(render(sample), encoding="utf-8")
    return folder


@pytest.mark.parametrize("new_name", ["gazette-samples", "samples-copy"])
def test_check_passes_when_the_samples_folder_is_renamed(samples_copy, new_name):
    renamed = samples_copy.rename(samples_copy.with_name(new_name))
    proc = run("check", renamed)
    assert proc.returncode == 0, proc.stdout.decode()
    assert " 0 changed" in proc.stdout.decode()


def test_check_with_a_non_utf8_expected_file_is_one_line_for_it(samples_copy):
    samples = sample_inputs(samples_copy)
    expected_path(samples[0]).write_bytes(b"\xff\xfe\x00garbage")
    proc = run("check", samples_copy)
    assert proc.returncode == 1
    assert "Traceback" not in err(proc)
    lines = proc.stdout.decode("utf-8").splitlines()
    assert f"{expected_path(samples[0])}: not UTF-8 (byte 0)" in lines
    assert lines[-1].startswith(f"{len(samples)} samples: {len(samples) - 1} unchanged, 1 changed")


def _hooks() -> list[dict[str, str]]:
    """.pre-commit-hooks.yaml read without a YAML library: a flat list of 'key: value' maps."""
    hooks: list[dict[str, str]] = []
    for line in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- "):
            hooks.append({})
            line = line[2:]
        key, _, value = line.strip().partition(": ")
        hooks[-1][key] = value
    return hooks


def test_pre_commit_hook_runs_check_on_the_samples_folder(samples_copy):
    [hook] = _hooks()
    assert hook["id"] == "gazette-extract-check" and hook["language"] == "python"
    assert hook["pass_filenames"] == "false"  # check takes a folder, not pre-commit's file names
    command = hook["entry"].split()
    assert command[0] == "gazette-extract"
    proc = run(*command[1:], cwd=samples_copy.parent)  # pre-commit runs in the repository's root
    assert proc.returncode == 0, proc.stdout.decode()
    expected = expected_path(sample_inputs(samples_copy)[0])
    changed = json.loads(expected.read_text(encoding="utf-8"))
    changed["issue"]["title"] = "changed"
    expected.write_text(json.dumps(changed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert run(*command[1:], cwd=samples_copy.parent).returncode == 1
