"""Start-up of the console script's parse: the collector is off and the run's objects frozen only
in the process the console script owns, never in a library caller's or a test's (CliRunner)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gazette_extract.app.cli import app, main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "pinggu-2021-01.txt"

_SCRIPT = """
import atexit, gc, sys
atexit.register(lambda: print("collector", gc.isenabled(), "frozen", gc.get_freeze_count() > 1000, file=sys.stderr))
sys.argv = ["gazette-extract", *sys.argv[1:]]
from gazette_extract.app.cli import console
console()
"""


def _console(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GAZETTE_EXTRACT_NO_CACHE": "1"}
    return subprocess.run([sys.executable, "-c", _SCRIPT, *args], capture_output=True, text=True, env=env, check=False)


def test_console_parse_turns_the_collector_off_and_freezes_its_objects(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = _console("parse", str(SAMPLE), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "collector False frozen True"
    in_process = CliRunner().invoke(app, ["parse", str(SAMPLE)])
    assert out.read_text(encoding="utf-8") == in_process.stdout  # the same output


def test_other_commands_keep_the_collector() -> None:
    proc = _console("--version")
    assert proc.returncode == 0 and proc.stderr.strip().splitlines()[-1] == "collector True frozen False"


def test_an_in_process_parse_leaves_the_callers_collector_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    result = CliRunner().invoke(app, ["parse", str(SAMPLE)])
    assert result.exit_code == 0
    monkeypatch.setattr(sys, "argv", ["gazette-extract", "parse", str(SAMPLE)])
    with pytest.raises(SystemExit) as exited:
        main()  # what a caller of main() does (tests/test_cli.py): its process is not the command's
    assert exited.value.code in (0, None) and capsys.readouterr().out == result.stdout
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_the_console_script_is_console() -> None:
    scripts = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'gazette-extract = "gazette_extract.app.cli:console"' in scripts
    assert "console()" in (ROOT / "src" / "gazette_extract" / "__main__.py").read_text(encoding="utf-8")
