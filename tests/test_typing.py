"""mypy --strict (the configuration in pyproject.toml) finds nothing in the core: the contract,
the typed records and every stage up to the pipeline. The app, the store and the text readers
are checked by ``mypy`` over the whole of ``src/`` once they are clean too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "gazette_extract"
CORE = [
    *(PACKAGE / f"{name}.py" for name in ("models", "codes", "errors", "_meta", "data", "api", "pipeline")),
    *(PACKAGE / name for name in ("vocab", "grammars", "layout", "records")),
]


@pytest.mark.slow
def test_mypy_strict_finds_nothing_in_the_core(tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path), *map(str, CORE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    core = tuple(str(p.relative_to(ROOT)) for p in CORE)
    errors = [line for line in proc.stdout.splitlines() if line.startswith(core) and ": error:" in line]
    assert errors == []
    assert "Success" in proc.stdout or proc.returncode == 1, proc.stdout + proc.stderr  # mypy ran


def test_the_core_list_names_real_paths():
    assert [p for p in CORE if not p.exists()] == []
