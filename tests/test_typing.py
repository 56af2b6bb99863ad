"""mypy --strict (the configuration in pyproject.toml: ``files = ["src"]``) finds nothing in the
package: the contract, the typed records, every stage, the store and the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_mypy_strict_finds_nothing_in_src(tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert errors == []
    assert proc.returncode == 0 and "Success" in proc.stdout, proc.stdout + proc.stderr
