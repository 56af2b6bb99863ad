"""Build hook for the opt-in compiled build; pyproject.toml holds everything else.

A plain ``pip install .`` or ``pip install -e .`` builds the pure-Python package, as before.
``GAZETTE_EXTRACT_MYPYC=1 pip install --no-build-isolation .`` (in an environment holding the
``test`` extra — mypy type-checks the modules against the dependencies' types, numpy included —
and wheel, with a C compiler and Python's headers) compiles
the modules listed in tools/mypyc-modules.txt with mypyc: the same results (tests/test_mypyc_build.py
checks every golden against such a build), about 1.4× the library's throughput. An editable install
is never compiled: the extensions would shadow the sources being edited.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent


def mypyc_modules() -> list[str]:
    """The paths (under src/) of the modules the compiled build compiles."""
    lines = (HERE / "tools" / "mypyc-modules.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def ext_modules() -> list:
    if os.environ.get("GAZETTE_EXTRACT_MYPYC") != "1":
        return []
    if not {"bdist_wheel", "build_ext", "build", "install"} & set(sys.argv[1:]):
        # pip's metadata and editable steps (egg_info, editable_wheel, develop): an editable install
        # stays pure Python, since the extensions would shadow the sources being edited
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:  # pip's isolated build environment holds setuptools and wheel only
        raise SystemExit(
            "GAZETTE_EXTRACT_MYPYC=1 needs mypy and the dependencies in the build environment: "
            "pip install '.[test]' wheel, then pip install --no-build-isolation ."
        ) from exc
    os.chdir(HERE)  # the paths below and the C files mypyc writes (build/) are relative to the checkout
    # mypyc names each module from its path: src/ holds no __init__.py, so gazette_extract.records.people
    # (GAZETTE_EXTRACT_MYPYC_OPT_LEVEL: the C compiler's -O; tests/test_mypyc_build.py builds with 0 — the
    # compiled semantics are mypyc's, the same at any level, and -O3 of the big C file takes minutes)
    opt_level = os.environ.get("GAZETTE_EXTRACT_MYPYC_OPT_LEVEL", "3")
    return mypycify([f"src/{module}" for module in mypyc_modules()], opt_level=opt_level)


setup(ext_modules=ext_modules())
