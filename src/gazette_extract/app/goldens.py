"""Golden samples: ``samples/NAME.txt`` (or .html) → ``samples/NAME.expected.json``.

Used by ``gazette-extract check``, by the test-suite and by ``tools/regen.py``. The source
path is stored as ``FOLDER/NAME`` (e.g. ``samples/pinggu-2021-01.txt``) so that expected files
do not depend on where the repository is checked out.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..text.decode import read_input
from ..errors import InputError
from ..pipeline import extract

SAMPLE_SUFFIXES = (".txt", ".html", ".htm")  # not .md: samples/README.md is documentation
EXPECTED_SUFFIX = ".expected.json"


def sample_inputs(folder: Path) -> list[Path]:
    """Sample inputs in ``folder`` and its subfolders (they have, or should have, an expected file), sorted."""
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SAMPLE_SUFFIXES and not p.name.startswith(".")
    )


def expected_path(sample: Path) -> Path:
    return sample.with_name(sample.stem + EXPECTED_SUFFIX)


def result_for(sample: Path) -> dict:
    return extract(read_input(sample), path=f"{sample.resolve().parent.name}/{sample.name}")


def render(sample: Path) -> str:
    return json.dumps(result_for(sample), ensure_ascii=False, indent=2) + "\n"


def diff(expected: str, actual: str, name: str) -> str:
    """A unified diff of two JSON renderings, '' when equal."""
    if expected == actual:
        return ""
    return "".join(
        difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True), f"{name} (expected)", f"{name} (actual)", n=2)
    )


class SampleCheck(NamedTuple):
    sample: Path
    expected_file: Path
    expected: str | None  # None: no expected file yet
    actual: str

    @property
    def changed(self) -> bool:
        return self.expected != self.actual


def check_samples(folder: Path) -> Iterator[SampleCheck]:
    """Parse every sample again and pair the rendering with its expected file."""
    if not folder.is_dir():
        raise InputError(f"not a folder: {folder}")
    samples = sample_inputs(folder)  # subfolders (samples/more/) included
    if not samples:
        raise InputError(f"no samples in {folder}")
    for sample in samples:
        target = expected_path(sample)
        try:
            expected: str | None = target.read_text(encoding="utf-8")
        except FileNotFoundError:
            expected = None
        yield SampleCheck(sample, target, expected, render(sample))


