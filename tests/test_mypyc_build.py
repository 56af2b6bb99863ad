"""The opt-in compiled build gives every golden unchanged.

``GAZETTE_EXTRACT_MYPYC=1`` makes setup.py compile the modules of tools/mypyc-modules.txt with
mypyc (docs/throughput-rounds.md, "Round 8: throughput"). This test builds them the way setup.py does, in a copy of the
checkout (``setup.py build_ext --inplace``, so the sources here stay pure Python; started in the background
when collection selects this test: tests/compiled_build.py), and renders every
sample with the compiled modules: each must give its committed ``.expected.json``. It needs mypy (the
``test`` extra) and a C compiler with Python's headers, which CI has; the build (C at -O0: the semantics are mypyc's) takes a few minutes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from compiled_build import BUILD, Build

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# Run in the build's own interpreter, with the copy's src/ first on the path.
CHECK = r"""
import importlib, sys
from pathlib import Path

from gazette_extract.app.goldens import diff, expected_path, render

root, modules = Path(sys.argv[1]), sys.argv[2:]
for name in modules:
    file = importlib.import_module(name).__file__ or ""
    if not file.endswith(".so"):
        sys.exit(f"{name} was not compiled: {file}")
samples = sorted(p for p in (root / "samples").rglob("*") if p.suffix in (".txt", ".html") and p.is_file())
changed = [
    str(p.relative_to(root))
    for p in samples
    if diff(expected_path(p).read_text(encoding="utf-8"), render(p), p.name)
]
print(len(samples), "samples,", len(changed), "changed")
print("\n".join(changed))
sys.exit(1 if changed else 0)
"""


def compiled_modules() -> list[str]:
    text = (ROOT / "tools" / "mypyc-modules.txt").read_text(encoding="utf-8")
    paths = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    # a package's __init__.py is compiled as the package (records/appointments/__init__.py → records.appointments)
    return [path.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for path in paths]


def test_the_module_list_names_existing_modules():
    modules = compiled_modules()
    assert {
        "gazette_extract.records.people",
        "gazette_extract.records.appointments",
        "gazette_extract.records.rosters",
    } <= set(modules)
    assert "gazette_extract.records.personnel" not in modules
    # every module of the appointments package (session 14 cut it in seven) is compiled
    package = ROOT / "src" / "gazette_extract" / "records" / "appointments"
    assert {
        "gazette_extract.records.appointments" + ("" if p.stem == "__init__" else f".{p.stem}")
        for p in package.glob("*.py")
    } <= set(modules)
    for name in modules:
        path = ROOT / "src" / name.replace(".", "/")
        assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), name


def test_compiled_build_gives_every_golden(request):
    # the build started when collection selected this test (tests/conftest.py, tests/compiled_build.py)
    build = request.config.stash.get(BUILD, None)
    if build is None:  # selected by a hook of its own (e.g. a plugin's reordering): build now
        build = request.config.stash[BUILD] = Build()
    returncode, log = build.wait(timeout=1800)
    assert returncode == 0, log
    env = {
        **os.environ,
        "PYTHONPATH": str(build.copy / "src"),
        "GAZETTE_EXTRACT_NO_CACHE": "1",
        "GAZETTE_EXTRACT_MYPYC": "0",
    }
    check = subprocess.run(
        [sys.executable, "-c", CHECK, str(ROOT), *compiled_modules()], env=env, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout[-3000:] + check.stderr[-3000:]
    assert " samples, 0 changed" in check.stdout
